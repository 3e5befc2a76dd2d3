"""What each paragraph of one side looks like, computed from an :class:`Alignment` (pure, no Qt).

:class:`LinkIndex` answers "which links touch paragraph i of this side" in O(1);
:func:`side_marks` turns that into one :class:`Mark` per paragraph: its tier (the kind of its best
link, or ``only`` when nothing links to it) and the character ranges of its changed words.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from newsreader.core.align import Alignment, Link

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")
_KIND_RANK = {"identical": 0, "edited": 1, "paraphrase": 2}
MAX_CHANGED_SHARE = 0.5


def other(side: Side) -> Side:
    return "right" if side == "left" else "left"


@dataclass(frozen=True, slots=True)
class Mark:
    tier: str  # identical | edited | paraphrase | only
    changed: tuple[tuple[int, int], ...] = ()  # character ranges of changed words
    link_count: int = 0


class LinkIndex:
    """Links of an alignment, looked up by paragraph on either side."""

    def __init__(self, alignment: Alignment) -> None:
        self.alignment = alignment
        self._by: dict[Side, dict[int, list[Link]]] = {
            "left": defaultdict(list),
            "right": defaultdict(list),
        }
        for link in alignment.links:
            self._by["left"][link.left].append(link)
            self._by["right"][link.right].append(link)
        for table in self._by.values():
            for links in table.values():
                links.sort(key=lambda k: (-k.score, _KIND_RANK.get(k.kind, 9)))
        self._counts: dict[Side, int] = {
            "left": alignment.left_count,
            "right": alignment.right_count,
        }

    def count(self, side: Side) -> int:
        return self._counts[side]

    def links(self, side: Side, index: int) -> list[Link]:
        """Links touching paragraph ``index`` of ``side``, best first."""
        return list(self._by[side].get(index, ()))

    def best(self, side: Side, index: int) -> Link | None:
        links = self._by[side].get(index)
        return links[0] if links else None

    def linked(self, side: Side) -> list[int]:
        return sorted(i for i, links in self._by[side].items() if links)

    def unmatched(self, side: Side) -> list[int]:
        linked = self._by[side]
        return [i for i in range(self._counts[side]) if not linked.get(i)]


def partner(link: Link, side: Side) -> int:
    """The paragraph index on the other side of ``link`` from ``side``."""
    return link.right if side == "left" else link.left


def side_marks(
    index: LinkIndex, side: Side, texts: list[str], max_changed_share: float = MAX_CHANGED_SHARE
) -> list[Mark | None]:
    """One mark per paragraph of ``side``; ``None`` for blank paragraphs (never matched).

    Changed words are only marked while they are at most ``max_changed_share`` of the paragraph's
    words: beyond that (a paraphrase) nearly every word would light up, which says nothing.
    """
    marks: list[Mark | None] = []
    for i, text in enumerate(texts):
        if not text.strip():
            marks.append(None)
            continue
        links = index.links(side, i)
        if not links:
            marks.append(Mark("only"))
            continue
        best = links[0]
        if side == "left":
            changed = tuple(op.left for op in best.ops if op.tag in ("replace", "delete"))
        else:
            changed = tuple(op.right for op in best.ops if op.tag in ("replace", "insert"))
        changed = tuple((a, b) for a, b in changed if 0 <= a < b <= len(text))
        words = len(text.split())
        changed_words = sum(len(text[a:b].split()) for a, b in changed)
        if words and changed_words > max_changed_share * words:
            changed = ()
        marks.append(Mark(best.kind, changed, len(links)))
    return marks
