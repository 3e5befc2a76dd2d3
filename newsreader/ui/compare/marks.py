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
from newsreader.core.align.wordmarks import MAX_CHANGED_SHARE, link_order, word_marks

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")


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
                links.sort(key=link_order)
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

    Changed words are those :func:`~newsreader.core.align.wordmarks.word_marks` gives for the
    paragraph's best link (the export marks the same ones).
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
        marks.append(Mark(best.kind, word_marks(text, best, side, max_changed_share), len(links)))
    return marks
