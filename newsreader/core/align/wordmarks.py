"""Which words of a linked paragraph are marked as changed: one decision for the app and the export.

A paragraph is marked against its best link (highest score; on a tie the closer kind), with the
link's inline word diff: the changed words' character ranges for that side, clamped, sorted and
merged, neighbours separated only by a space or light punctuation joined into one stretch. When the
changed words are more than :data:`MAX_CHANGED_SHARE` of the paragraph's words (a paraphrase),
nothing is marked: nearly every word would light up, which says nothing. The app's panes
(``newsreader.ui.compare.marks``) and the export (``newsreader.core.export.context``) both call
:func:`word_marks`, so they mark the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from newsreader.core.align.model import DiffOp, Link

Side = Literal["left", "right"]
Range = tuple[int, int]
MAX_CHANGED_SHARE = 0.5
_KIND_RANK = {"identical": 0, "edited": 1, "paraphrase": 2}
# Which op tags mark a changed stretch on each side.
_CHANGED_TAGS: dict[Side, frozenset[str]] = {
    "left": frozenset({"replace", "delete"}),
    "right": frozenset({"replace", "insert"}),
}


def link_order(link: Link) -> tuple[float, int]:
    """Sort key putting the best link of a paragraph first."""
    return (-link.score, _KIND_RANK.get(link.kind, 9))


def best_link(links: Iterable[Link]) -> Link | None:
    return min(links, key=link_order, default=None)


def changed_ranges(ops: Iterable[DiffOp], side: Side, length: int) -> list[Range]:
    """Sorted, clamped, non-overlapping character ranges that changed on ``side``."""
    ranges: list[Range] = []
    for op in ops:
        if op.tag not in _CHANGED_TAGS[side]:
            continue
        a, b = op.left if side == "left" else op.right
        a, b = max(0, min(a, length)), max(0, min(b, length))
        if b > a:
            ranges.append((a, b))
    ranges.sort()
    merged: list[Range] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _only_glue(text: str) -> bool:
    """Whitespace and light punctuation between two changed words: shown as one changed stretch."""
    return len(text) <= 3 and all(ch.isspace() or ch in ",;:-–—'\"" for ch in text)


def joined_ranges(text: str, ops: Iterable[DiffOp], side: Side) -> list[Range]:
    """The changed ranges of ``side`` with neighbours separated only by glue joined."""
    joined: list[Range] = []
    for a, b in changed_ranges(ops, side, len(text)):
        if joined and _only_glue(text[joined[-1][1] : a]):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def word_marks(
    text: str, link: Link | None, side: Side, max_share: float = MAX_CHANGED_SHARE
) -> tuple[Range, ...]:
    """The character ranges of ``text`` to mark as changed against ``link`` (its best link).

    Empty when there is no link, nothing changed, or the changed words are more than
    ``max_share`` of the paragraph's words.
    """
    if link is None or not text.strip():
        return ()
    ranges = joined_ranges(text, link.ops, side)
    words = len(text.split())
    changed = sum(len(text[a:b].split()) for a, b in ranges)
    if not words or changed > max_share * words:
        return ()
    return tuple(ranges)
