"""The overview's result: plain data, ready for a view (heatmap, copy list, badges) or for JSON."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from newsreader.core.corpus.similarity import Pairs


@dataclass(frozen=True, slots=True)
class DerivedPair:
    """``copy`` was derived from ``source`` (indices into the overview's articles).

    ``shared``: how many content words the two have in common in the same order;
    ``containment``: share of the source's content words that the copy reproduces, in order;
    ``copy_in_source``: share of the copy's content words that come, in order, from the source.
    ``ordered`` / ``chance`` / ``excess``: see :mod:`newsreader.core.corpus.structure`.
    ``coverage``: share of the shorter article's content words in aligned sentences;
    ``longest_run``: most aligned sentences in a row. ``reason`` says what decided the direction
    (one of :data:`~newsreader.core.corpus.direction.REASONS`). ``direct`` is False when
    a third article (``via``) explains the likeness: a copy of a copy and the source it came from
    through ``via``. ``sibling``: the two are both copies of ``via`` (or both sources of it) and
    neither copied the other: such pairs are :attr:`Overview.siblings`, never ``derived``.
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
    kind: str = ""  # verbatim | edited | paraphrased | partial (see corpus.relation)
    coverage_source: float = 0.0  # share of the source in aligned sentences (in order or moved)
    coverage_copy: float = 0.0  # share of the copy in aligned sentences
    wording: float = 0.0  # share of the aligned part shared word for word (3-grams)
    channel: str = ""  # the evidence that made it a copy: order | verbatim | paraphrase
    moved_sentences: int = 0  # aligned sentence pairs out of the main order (moved blocks)
    sibling: bool = False  # not a derivation: both copies (or both sources) of ``via``


@dataclass(frozen=True, slots=True)
class FamilyMember:
    index: int
    kind: str  # the kind of its relation to its parent
    parent: int  # the article it was copied from (the family's source or another member)


@dataclass(frozen=True, slots=True)
class Family:
    """A source and everything copied from it, directly or through other copies."""

    source: int
    members: tuple[FamilyMember, ...]

    @property
    def size(self) -> int:
        return 1 + len(self.members)


def families_of(derived: list[DerivedPair]) -> list[Family]:
    """Families from the direct copy relations: each member hangs under its strongest source; the
    family's source is the member no other one was copied from (largest families first)."""
    best: dict[int, DerivedPair] = {}
    for d in derived:
        if d.direct and (d.copy not in best or d.shared > best[d.copy].shared):
            best[d.copy] = d
    children: dict[int, list[int]] = {}
    for copy, d in best.items():
        children.setdefault(d.source, []).append(copy)
    roots = sorted(s for s in children if s not in best)
    seen: set[int] = set()
    out: list[Family] = []
    for root in roots:
        members: list[FamilyMember] = []
        stack = [root]
        seen.add(root)
        while stack:
            node = stack.pop()
            for child in sorted(children.get(node, ())):
                if child in seen:
                    continue
                seen.add(child)
                members.append(FamilyMember(child, best[child].kind, node))
                stack.append(child)
        out.append(Family(root, tuple(members)))
    return sorted(out, key=lambda f: (-f.size, f.source))


@dataclass(slots=True)
class Overview:
    """Everything the Overview view and ``newsreader overview`` show.

    Indices refer to the order of the articles given to :func:`overview`. ``similarity`` is the
    tf-idf cosine (0-1, "same story"): a dense matrix for sets up to ``similarity.DENSE_LIMIT``
    articles, else a sparse one holding ``pairs`` only (read it with :meth:`similarity_of`).
    ``pairs`` lists the pairs at or above ``similarity.PAIR_FLOOR``. ``containment[i, j]`` is the
    share of i's word 3-grams found in j, for the pairs that were tested (sparse; verbatim reuse).
    ``order`` lists the articles cluster by cluster, for the heatmap. ``families``: each source with
    everything copied from it. ``derived`` says who copied whom: each copy against what it derives
    from (``direct``), and copies of copies against the source they came from through another copy.
    ``siblings``: pairs alike only because both were copied from a third article of the set (or
    both are sources of it): members of one family, not a copy of each other.
    """

    names: list[str]
    labels: list[str]
    similarity: np.ndarray | sp.csr_matrix
    containment: sp.csr_matrix
    derived: list[DerivedPair] = field(default_factory=list)
    clusters: list[list[int]] = field(default_factory=list)
    cluster_titles: list[str] = field(default_factory=list)
    order: list[int] = field(default_factory=list)
    exact_duplicates: list[list[int]] = field(default_factory=list)
    near_duplicates: list[list[int]] = field(default_factory=list)
    pairs: Pairs = field(default_factory=Pairs.empty)
    families: list[Family] = field(default_factory=list)
    siblings: list[DerivedPair] = field(default_factory=list)
    _cluster_index: list[int] = field(default_factory=list, repr=False, compare=False)
    _by_copy: dict[int, list[DerivedPair]] = field(default_factory=dict, repr=False, compare=False)
    _index_key: tuple[int, int] = field(default=(0, -1), repr=False, compare=False)

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

    @property
    def is_dense(self) -> bool:
        return isinstance(self.similarity, np.ndarray)

    def similarity_of(self, a: int, b: int) -> float:
        return float(self.similarity[a, b])

    def similarity_block(self, idx: np.ndarray) -> np.ndarray:
        """Dense similarities among the articles ``idx`` (0 where a sparse overview has no pair)."""
        if isinstance(self.similarity, np.ndarray):
            return self.similarity[np.ix_(idx, idx)]
        return np.asarray(self.similarity[idx][:, idx].toarray(), dtype=np.float32)

    def ordered_similarity(self) -> np.ndarray:
        """The similarity matrix with rows and columns in heatmap order (dense)."""
        return self.similarity_block(np.asarray(self.order, dtype=np.int64))

    def pair_at(self, row: int, column: int) -> tuple[int, int]:
        """Article indices of a heatmap cell (row, column in heatmap order)."""
        return self.order[row], self.order[column]

    def _indexed(self) -> dict[int, list[DerivedPair]]:
        """Direct sources per copy, built once per list of derived pairs (it is replaced, never
        edited in place, except by :func:`align_derived`, which keeps the length)."""
        key = (id(self.derived), len(self.derived))
        if self._index_key != key:
            by_copy: dict[int, list[DerivedPair]] = {}
            for d in self.derived:
                if d.direct:
                    by_copy.setdefault(d.copy, []).append(d)
            self._by_copy, self._index_key = by_copy, key
        return self._by_copy

    def sources_of(self, index: int) -> list[DerivedPair]:
        """Direct sources of an article, strongest first (what a "copy of …" badge names)."""
        found = self._indexed().get(index, [])
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

    def family_of(self, index: int) -> Family | None:
        for f in self.families:
            if f.source == index or any(m.index == index for m in f.members):
                return f
        return None

    def relation(self, a: int, b: int) -> DerivedPair | None:
        """The copy relation of two articles (a derivation, direct or through a copy), or None."""
        for d in self.derived:
            if {d.source, d.copy} == {a, b}:
                return d
        return None

    def copied_from_via(self, d: DerivedPair) -> bool:
        """Were the siblings ``d`` both copied from ``d.via`` (else both are sources of it)?"""
        return any(e.source == d.via and e.copy in (d.source, d.copy) for e in self.derived)

    def sibling(self, a: int, b: int) -> DerivedPair | None:
        """The sibling record of two articles (both copied from ``via``), or None."""
        for d in self.siblings:
            if {d.source, d.copy} == {a, b}:
                return d
        return None
