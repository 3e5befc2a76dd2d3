"""Inline word differences as text segments: which stretches of a paragraph changed.

The alignment engine gives :class:`~newsreader.core.align.DiffOp` character ranges; this module turns
them into a flat list of segments for one side, tolerant of ranges that overlap, run past the end of
the text or come out of order (the engine is free to change; the report must not break). Which
ranges a paragraph marks is decided once, for the app and the export, in
:mod:`newsreader.core.align.wordmarks`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsreader.core.align import DiffOp
from newsreader.core.align.wordmarks import Side, changed_ranges, joined_ranges

__all__ = ["Segment", "Side", "changed_ranges", "changed_share", "cut", "segments"]


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    changed: bool = False


def segments(text: str, ops: Iterable[DiffOp] = (), side: Side = "left") -> list[Segment]:
    """``text`` cut into unchanged and changed segments for ``side`` of a link's inline diff."""
    return cut(text, joined_ranges(text, ops, side))


def cut(text: str, ranges: Iterable[tuple[int, int]]) -> list[Segment]:
    """``text`` cut into unchanged and changed segments at these sorted character ranges."""
    out: list[Segment] = []
    pos = 0
    for a, b in ranges:
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
