"""The overview's result: plain data, ready for a view (heatmap, copy list, badges) or for JSON."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp


@dataclass(frozen=True, slots=True)
class DerivedPair:
    """``copy`` was derived from ``source`` (indices into the overview's articles).

    ``shared``: how many content words the two have in common in the same order;
    ``containment``: share of the source's content words that the copy reproduces, in order;
    ``copy_in_source``: share of the copy's content words that come, in order, from the source.
    ``ordered`` / ``chance`` / ``excess``: see :mod:`newsreader.core.corpus.structure`.
    ``coverage``: share of the shorter article's content words in aligned sentences;
    ``longest_run``: most aligned sentences in a row. ``reason`` says what decided the direction
    (``dates``, ``credit``, ``spelling``, ``containment`` or ``undetermined``). ``direct`` is False when
    both are copies of a third article (``via``) that explains the likeness at least as well.
    ``paragraphs``: aligned (source paragraph, copy paragraph) pairs, for opening the pair side by side
    (from the overview's sentence alignment; :func:`~newsreader.core.corpus.refine.align_derived`
    replaces them by the alignment engine's links and fills ``link_kinds``, ``engine_source_in_copy``
    and ``engine_copy_in_source``).
    """

    source: int
    copy: int
    containment: float
    copy_in_source: float
    shingle_containment: float
    ordered: float
    chance: float
    excess: float
    coverage: float
    longest_run: int
    aligned_sentences: int
    reason: str
    shared: int = 0  # content words the two share in the same order (longest common subsequence)
    direct: bool = True
    via: int | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    link_kinds: tuple[str, ...] = ()  # the engine's link kinds, one per paragraph link
    engine_source_in_copy: float | None = (
        None  # alignment engine: share of the source found in the copy
    )
    engine_copy_in_source: float | None = None


@dataclass(slots=True)
class Overview:
    """Everything the Overview view and ``newsreader overview`` show.

    Indices refer to the order of the articles given to :func:`overview`. ``similarity`` is the
    tf-idf cosine (0-1, "same story"); ``containment[i, j]`` the share of i's word 5-grams found in j
    (sparse; verbatim reuse). ``order`` lists the articles cluster by cluster, for the heatmap.
    """

    names: list[str]
    labels: list[str]
    similarity: np.ndarray
    containment: sp.csr_matrix
    derived: list[DerivedPair] = field(default_factory=list)
    clusters: list[list[int]] = field(default_factory=list)
    cluster_titles: list[str] = field(default_factory=list)
    order: list[int] = field(default_factory=list)
    exact_duplicates: list[list[int]] = field(default_factory=list)
    near_duplicates: list[list[int]] = field(default_factory=list)
    _cluster_index: list[int] = field(default_factory=list, repr=False, compare=False)

    @property
    def size(self) -> int:
        return len(self.names)

    def cluster_of(self, index: int) -> int:
        """The cluster number of an article (clusters are numbered largest first), -1 if unknown."""
        if len(self._cluster_index) != self.size:
            self._cluster_index = [-1] * self.size
            for k, members in enumerate(self.clusters):
                for i in members:
                    self._cluster_index[i] = k
        return self._cluster_index[index] if 0 <= index < self.size else -1

    def cluster_bounds(self) -> list[tuple[int, int]]:
        """Each cluster's (first, last + 1) position in ``order``: where the heatmap draws its boxes."""
        bounds, start = [], 0
        for members in self.clusters:
            bounds.append((start, start + len(members)))
            start += len(members)
        return bounds

    def ordered_labels(self) -> list[str]:
        return [self.labels[i] for i in self.order]

    def ordered_similarity(self) -> np.ndarray:
        """The similarity matrix with rows and columns in heatmap order."""
        idx = np.asarray(self.order, dtype=np.int64)
        return self.similarity[np.ix_(idx, idx)]

    def pair_at(self, row: int, column: int) -> tuple[int, int]:
        """Article indices of a heatmap cell (row, column in heatmap order)."""
        return self.order[row], self.order[column]

    def sources_of(self, index: int) -> list[DerivedPair]:
        """Direct sources of an article, strongest first (what a "copy of …" badge names)."""
        found = [d for d in self.derived if d.copy == index and d.direct]
        return sorted(found, key=lambda d: -d.excess)

    def copies_of(self, index: int) -> list[DerivedPair]:
        return [d for d in self.derived if d.source == index and d.direct]

    def badge(self, index: int) -> str:
        """``"copy of NAME"`` (``"+N"`` when it has more direct sources), or ``""``."""
        sources = self.sources_of(index)
        if not sources:
            return ""
        more = f" +{len(sources) - 1}" if len(sources) > 1 else ""
        return f"copy of {self.names[sources[0].source]}{more}"

    def relation(self, a: int, b: int) -> DerivedPair | None:
        for d in self.derived:
            if {d.source, d.copy} == {a, b}:
                return d
        return None
