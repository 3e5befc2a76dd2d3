"""What the Overview view shows, prepared from a core :class:`Overview` in the worker (numpy, no Qt).

* :class:`Heatmap`: the similarity matrix in cluster order as 8-bit levels, with a pyramid of
  2x2-averaged copies so a view of thousands of articles never touches more cells than it has
  pixels; the copy and duplicate marks as arrays; cluster bounds and titles; labels.
* :class:`OverviewResult`: the overview plus the entry keys and labels of its articles, so a cell
  or a list row leads back to the entries of the window.

Levels are ``round(255 * sqrt(similarity))``: tf-idf cosines of unrelated reports sit near 0.05 and
of one story around 0.1-0.4, so a square-root scale spreads the part of the range that matters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from newsreader.core.corpus import DerivedPair, Overview
from newsreader.ui.common.visible import visible

# Marks drawn on cells (row, column): the row's article is ...
COPY = 0  # ... a copy of the column's article
SOURCE = 1  # ... the source the column's article was copied from
RELATED = 2  # ... related to the column's through a third article (both copy it, or a chain)
DUPLICATE = 3  # ... an exact or near duplicate of the column's
MARK_KINDS = (COPY, SOURCE, RELATED, DUPLICATE)
PYRAMID_MIN = 64  # stop halving below this many cells a side


def level_of(similarity: float | np.ndarray) -> np.ndarray:
    """Similarity (0-1) to the 8-bit level a cell is drawn with (square-root scale)."""
    values = np.sqrt(np.clip(np.asarray(similarity, dtype=np.float32), 0.0, 1.0))
    return np.rint(values * 255.0).astype(np.uint8)


def similarity_of(level: float) -> float:
    """The similarity a level stands for (inverse of :func:`level_of`)."""
    return (max(0.0, min(255.0, level)) / 255.0) ** 2


@dataclass(frozen=True, slots=True)
class Marks:
    """Cell marks as parallel arrays (heatmap positions, not article indices)."""

    rows: np.ndarray
    cols: np.ndarray
    kinds: np.ndarray

    @classmethod
    def of(cls, items: list[tuple[int, int, int]]) -> Marks:
        array = np.asarray(sorted(set(items)), dtype=np.int32).reshape(-1, 3)
        return cls(array[:, 0], array[:, 1], array[:, 2])

    def __len__(self) -> int:
        return int(self.rows.size)

    def within(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        """Indices of the marks in rows ``r0:r1`` and columns ``c0:c1``."""
        inside = (self.rows >= r0) & (self.rows < r1) & (self.cols >= c0) & (self.cols < c1)
        return np.flatnonzero(inside)

    def at(self, row: int, col: int) -> set[int]:
        hit = (self.rows == row) & (self.cols == col)
        return {int(k) for k in self.kinds[hit]}


@dataclass(frozen=True, slots=True)
class Heatmap:
    """The drawable form of an overview: positions are heatmap rows/columns (cluster order)."""

    pyramid: tuple[np.ndarray, ...]  # [0]: n x n levels; [p]: means over 2^p x 2^p cells
    order: np.ndarray  # position -> article index
    position: np.ndarray  # article index -> position
    labels: tuple[str, ...]  # per position: "outlet — title" (row labels)
    short: tuple[str, ...]  # per position: outlet or file name (column labels)
    bounds: tuple[tuple[int, int], ...]  # each cluster's [first, last + 1) positions
    titles: tuple[str, ...]  # per cluster
    marks: Marks

    @property
    def size(self) -> int:
        return int(self.order.size)

    @property
    def levels(self) -> np.ndarray:
        return self.pyramid[0]

    def cluster_at(self, pos: int) -> int:
        """The cluster (index into ``bounds``) holding a position, -1 outside."""
        for k, (a, b) in enumerate(self.bounds):
            if a <= pos < b:
                return k
        return -1


def halve(levels: np.ndarray) -> np.ndarray:
    """2x2 means (the last row/column repeated when the size is odd)."""
    n0, n1 = levels.shape
    padded = np.pad(levels, ((0, n0 % 2), (0, n1 % 2)), mode="edge").astype(np.uint16)
    summed = padded[0::2, 0::2] + padded[1::2, 0::2] + padded[0::2, 1::2] + padded[1::2, 1::2]
    return ((summed + 2) // 4).astype(np.uint8)


def pyramid(levels: np.ndarray) -> tuple[np.ndarray, ...]:
    out = [levels]
    while out[-1].shape[0] > PYRAMID_MIN:
        out.append(halve(out[-1]))
    return tuple(out)


def pyramid_step(cell: float, available: int) -> int:
    """Which pyramid level to draw at ``cell`` pixels a cell: its cells are at least a pixel wide."""
    if cell >= 1.0 or available <= 1:
        return 0
    return min(available - 1, math.ceil(math.log2(1.0 / cell) - 1e-9))


def _levels(result: Overview, position: np.ndarray) -> np.ndarray:
    """The cells' levels in heatmap order: from the dense matrix, or straight from the sparse pairs of
    a large overview (8 bits a cell, never an N x N float matrix)."""
    n = position.size
    if n == 0:
        return np.zeros((0, 0), np.uint8)
    if result.is_dense:
        return level_of(result.ordered_similarity())
    levels = np.zeros((n, n), np.uint8)
    pairs = result.pairs
    rows, cols = position[pairs.a], position[pairs.b]
    values = level_of(pairs.similarity)
    levels[rows, cols] = values
    levels[cols, rows] = values
    diagonal = np.asarray(result.similarity.diagonal()).ravel()
    levels[position, position] = level_of(diagonal)
    return levels


def build_heatmap(result: Overview, labels: list[str], short: list[str] | None = None) -> Heatmap:
    """The heatmap of ``result``; ``labels`` and ``short`` (shorter labels) per article index."""
    order = np.asarray(result.order, dtype=np.int64)
    position = np.empty(order.size, dtype=np.int64)
    position[order] = np.arange(order.size)
    levels = _levels(result, position)
    items: list[tuple[int, int, int]] = []
    for d in (*result.derived, *result.siblings):
        s, c = int(position[d.source]), int(position[d.copy])
        if d.direct:
            items += [(c, s, COPY), (s, c, SOURCE)]
        else:
            items += [(c, s, RELATED), (s, c, RELATED)]
    for group in result.exact_duplicates + result.near_duplicates:
        places = [int(position[i]) for i in group]
        items += [(a, b, DUPLICATE) for a in places for b in places if a != b]
    return Heatmap(
        pyramid=pyramid(levels),
        order=order,
        position=position,
        labels=tuple(labels[i] for i in order.tolist()),
        short=tuple((short or labels)[i] for i in order.tolist()),
        bounds=tuple(result.cluster_bounds()),
        titles=tuple(visible(t, 300) for t in result.cluster_titles),
        marks=Marks.of(items),
    )


@dataclass(slots=True)
class OverviewResult:
    """An overview together with the window entries its article indices stand for."""

    keys: list[str]  # entry key per article index
    labels: list[str]  # "outlet — title" per article index
    short: list[str]  # outlet or file name per article index
    overview: Overview
    heatmap: Heatmap
    signature: tuple[tuple[str, str], ...] = ()  # (key, article id) of the articles, in order
    names: list[str] = field(default_factory=list)  # file name (or pasted label) per article index
    _relations: dict[frozenset[int], DerivedPair] = field(default_factory=dict, repr=False)
    _duplicates: dict[frozenset[int], str] = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return len(self.keys)

    def relation(self, a: int, b: int) -> DerivedPair | None:
        """The pair's copy record: a derivation, or siblings (``d.sibling``), or None."""
        ov = self.overview
        if not self._relations and (ov.derived or ov.siblings):
            self._relations = {frozenset((d.source, d.copy)): d for d in ov.siblings}
            self._relations.update({frozenset((d.source, d.copy)): d for d in ov.derived})
        return self._relations.get(frozenset((a, b)))

    def duplicate(self, a: int, b: int) -> str:
        """``"exact"``, ``"near"`` or ``""``: whether the two are in one duplicate group."""
        if not self._duplicates:
            ov = self.overview
            for kind, groups in (("near", ov.near_duplicates), ("exact", ov.exact_duplicates)):
                for group in groups:
                    for i in group:
                        for j in group:
                            if i != j:
                                self._duplicates[frozenset((i, j))] = kind
            self._duplicates.setdefault(frozenset(), "")  # computed, even when empty
        return self._duplicates.get(frozenset((a, b)), "")

    def with_overview(self, overview: Overview) -> OverviewResult:
        """The same articles and heatmap with a refined overview (paragraph links filled in)."""
        return OverviewResult(
            self.keys, self.labels, self.short, overview, self.heatmap, self.signature, self.names
        )

    def name(self, index: int) -> str:
        """The article's file name (what the side list names it by), else its short label."""
        return self.names[index] if index < len(self.names) else self.short[index]
