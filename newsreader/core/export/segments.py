"""Inline word differences as text segments: which stretches of a paragraph changed.

The alignment engine gives :class:`~newsreader.core.align.DiffOp` character ranges; this module turns
them into a flat list of segments for one side, tolerant of ranges that overlap, run past the end of
the text or come out of order (the engine is free to change; the report must not break).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from newsreader.core.align import DiffOp

Side = Literal["left", "right"]

# Which op tags mark a changed stretch on each side.
_CHANGED_TAGS: dict[Side, frozenset[str]] = {
    "left": frozenset({"replace", "delete"}),
    "right": frozenset({"replace", "insert"}),
}


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    changed: bool = False


def changed_ranges(ops: Iterable[DiffOp], side: Side, length: int) -> list[tuple[int, int]]:
    """Sorted, clamped, non-overlapping character ranges that changed on ``side``."""
    ranges: list[tuple[int, int]] = []
    for op in ops:
        if op.tag not in _CHANGED_TAGS[side]:
            continue
        a, b = op.left if side == "left" else op.right
        a, b = max(0, min(a, length)), max(0, min(b, length))
        if b > a:
            ranges.append((a, b))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _only_glue(text: str) -> bool:
    """Whitespace and light punctuation between two changed words: shown as one changed stretch."""
    return len(text) <= 3 and all(ch.isspace() or ch in ",;:-–—'\"" for ch in text)


def segments(text: str, ops: Iterable[DiffOp] = (), side: Side = "left") -> list[Segment]:
    """``text`` cut into unchanged and changed segments for ``side`` of a link's inline diff."""
    ranges = changed_ranges(ops, side, len(text))
    joined: list[tuple[int, int]] = []
    for a, b in ranges:
        if joined and _only_glue(text[joined[-1][1] : a]):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    out: list[Segment] = []
    pos = 0
    for a, b in joined:
        if a > pos:
            out.append(Segment(text[pos:a]))
        out.append(Segment(text[a:b], changed=True))
        pos = b
    if pos < len(text) or not out:
        out.append(Segment(text[pos:]))
    return out


def changed_share(parts: list[Segment]) -> float:
    """Share of the characters inside changed segments (0-1)."""
    total = sum(len(p.text) for p in parts)
    changed = sum(len(p.text) for p in parts if p.changed)
    return changed / total if total else 0.0
