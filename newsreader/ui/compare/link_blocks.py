"""Links grouped into blocks, the way Meld groups changed lines into chunks (pure, no Qt).

Paragraph links that share a paragraph on either side — a run of many-to-many links where a
rewrite split and merged paragraphs — form one block, drawn as one band in the gutter from the
block's first to its last paragraph on each side. Links of moved paragraphs form their own blocks.
Blocks are numbered in document order, so neighbouring bands can be shaded apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newsreader.core.align import Link
from newsreader.core.align.wordmarks import link_order
from newsreader.core.unionfind import UnionFind

Side = Literal["left", "right"]
_KIND_RANK = {"identical": 0, "edited": 1, "paraphrase": 2}


@dataclass(frozen=True, slots=True)
class Block:
    links: tuple[Link, ...]  # best first
    left: tuple[int, int]  # first and last paragraph on the left
    right: tuple[int, int]
    kind: str  # the kind most of its links have (the closer one on a tie)
    moved: bool
    number: int  # in document order

    @property
    def best(self) -> Link:
        return self.links[0]

    def paragraphs(self, side: Side) -> frozenset[int]:
        """The paragraphs of ``side`` its links touch."""
        return frozenset(k.left if side == "left" else k.right for k in self.links)

    def describe(self) -> str:
        n_left, n_right = len(self.paragraphs("left")), len(self.paragraphs("right"))
        scores = sorted(k.score for k in self.links)
        score = (
            f"score {scores[0]:.0f}"
            if len(scores) == 1
            else f"{len(scores)} links, scores {scores[0]:.0f}–{scores[-1]:.0f}"
        )
        moved = " · moved" if self.moved else ""
        return (
            f"{self.kind.capitalize()} · {score}{moved}\n"
            f"left {_span(self.left)} ↔ right {_span(self.right)}"
            + (f"\n{n_left} paragraph(s) ↔ {n_right} paragraph(s)" if len(self.links) > 1 else "")
        )


def _span(span: tuple[int, int]) -> str:
    first, last = span
    return f"¶{first + 1}" if first == last else f"¶{first + 1}–{last + 1}"


def blocks(links: Sequence[Link]) -> list[Block]:
    """The links grouped into blocks, in document order (left first paragraph, then right)."""
    sets = UnionFind(len(links))
    first: dict[tuple[bool, Side, int], int] = {}
    for n, link in enumerate(links):
        for side, index in (("left", link.left), ("right", link.right)):
            key = (link.moved, side, index)
            if key in first:
                sets.union(first[key], n)
            else:
                first[key] = n
    groups: dict[int, list[Link]] = {}
    for n, link in enumerate(links):
        groups.setdefault(sets.find(n), []).append(link)
    out = []
    for members in groups.values():
        kinds = Counter(k.kind for k in members)
        kind = min(kinds, key=lambda k: (-kinds[k], _KIND_RANK.get(k, 9)))
        out.append(
            (
                sorted(members, key=link_order),
                (min(k.left for k in members), max(k.left for k in members)),
                (min(k.right for k in members), max(k.right for k in members)),
                kind,
                members[0].moved,
            )
        )
    out.sort(key=lambda b: (b[1][0], b[2][0]))
    return [
        Block(tuple(m), lt, rt, kind, moved, n) for n, (m, lt, rt, kind, moved) in enumerate(out)
    ]
