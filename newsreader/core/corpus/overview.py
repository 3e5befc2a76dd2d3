"""``overview(articles)``: similarity map, copies with direction, story clusters and duplicates.

Steps (each pure and picklable, see ``docs/scaling.md`` for running them on a cluster):

1. :func:`~newsreader.core.corpus.sketch.sketch_sentences` per article (content words, shingles);
2. :func:`~newsreader.core.corpus.matrix.build_matrices`, then :func:`~newsreader.core.corpus.matrix.pair_block`
   per block of rows: cosine similarity and shared shingles of every pair;
3. candidate pairs (same story, or a tenth of one found verbatim in the other) get
   :func:`~newsreader.core.corpus.structure.order_evidence`: copy or independent report;
4. copies get a sentence alignment and a direction; clusters and duplicate groups close the overview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
import scipy.sparse as sp

from newsreader.core.align import Cancelled
from newsreader.core.article import Article
from newsreader.core.corpus.clusters import (
    NEAR_DUPLICATE,
    STORY_SIMILARITY,
    exact_groups,
    near_groups,
    story_clusters,
)
from newsreader.core.corpus.direction import Meta, decide, name_tokens
from newsreader.core.corpus.matrix import (
    Block,
    Matrices,
    block_ranges,
    build_matrices,
    default_block_size,
    pair_block,
)
from newsreader.core.corpus.model import DerivedPair, Overview
from newsreader.core.corpus.sketch import Sketch, sketch_sentences
from newsreader.core.corpus.structure import Order, align_sentences, order_evidence

CANDIDATE_CONTAINMENT = 0.1  # a tenth of an article's shingles found in the other
WITNESSES = 20  # independent reports consulted for name spellings: the pair's closest in its story


def sketch_article(article: Article) -> Sketch:
    return sketch_sentences([p.sentence_texts() for p in article.paragraphs])


class _Steps:
    def __init__(
        self,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.progress = progress
        self.cancelled = cancelled

    def __call__(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)))


def overview(
    articles: Sequence[Article],
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sketches: Sequence[Sketch] | None = None,
) -> Overview:
    """The corpus overview of ``articles`` (cancellable; progress from 0 to 1).

    ``sketches``: the articles' sketches when they were made elsewhere (on a cluster).
    """
    step = _Steps(progress, cancelled)
    step(0.0)
    if sketches is None:
        made: list[Sketch] = []
        for i, article in enumerate(articles):
            if i % 64 == 0:
                step(0.35 * i / max(1, len(articles)))
            made.append(sketch_article(article))
        sketches = made
    meta = [Meta(a.published, a.outlet) for a in articles]
    result = overview_of_sketches(sketches, meta, step=step, start=0.35)
    result.names = [a.name for a in articles]
    result.labels = [a.label for a in articles]
    result.cluster_titles = [
        _cluster_title(result, articles, members) for members in result.clusters
    ]
    step(1.0)
    return result


def overview_of_sketches(
    sketches: Sequence[Sketch],
    meta: Sequence[Meta],
    *,
    step: Callable[[float], None] | None = None,
    start: float = 0.0,
) -> Overview:
    """The overview from sketches alone (no Article objects): what a batch run calls."""
    tick = step or (lambda _f: None)
    n = len(sketches)
    span = 1.0 - start
    matrices = build_matrices(sketches)
    tick(start + 0.1 * span)
    similarity = np.zeros((n, n), dtype=np.float32)
    containment_parts: list[sp.csr_matrix] = []
    candidates: list[np.ndarray] = []
    near: list[tuple[int, int]] = []
    story_edges: list[np.ndarray] = []
    ranges = block_ranges(n, default_block_size(n))
    for k, (a, b) in enumerate(ranges):
        block = pair_block(matrices.rows(a, b), matrices, a)
        similarity[a:b] = block.cosine
        contained = _contained(block, matrices)
        containment_parts.append(contained)
        candidates.append(_candidates(block, contained))
        story_edges.append(_upper(block.cosine >= STORY_SIMILARITY, a))
        near.extend(_near_duplicates(block, matrices))
        tick(start + (0.1 + 0.3 * (k + 1) / len(ranges)) * span)
    nonempty = np.array([s.size > 0 for s in sketches])
    np.fill_diagonal(similarity, np.where(nonempty, 1.0, 0.0))
    containment = (
        sp.csr_matrix(sp.vstack(containment_parts)) if containment_parts else sp.csr_matrix((0, 0))
    )
    pairs = np.concatenate(candidates) if candidates else np.zeros((0, 2), dtype=np.int64)

    orders: dict[tuple[int, int], Order] = {}
    for k, (i, j) in enumerate(pairs.tolist()):
        if k % 256 == 0:
            tick(start + (0.4 + 0.4 * k / max(1, len(pairs))) * span)
        evidence = order_evidence(sketches[i], sketches[j])
        if evidence.is_copy:
            orders[(i, j)] = evidence
    edges = np.concatenate(story_edges) if story_edges else np.zeros((0, 2), dtype=np.int64)
    graph = sp.coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    clusters = story_clusters(similarity, graph, orders.keys(), [m.published for m in meta])
    tick(start + 0.85 * span)
    derived = _derive(
        orders,
        sketches=sketches,
        meta=meta,
        clusters=clusters,
        containment=containment,
        similarity=similarity,
    )
    tick(start + 0.98 * span)
    return Overview(
        names=[f"#{i}" for i in range(n)],
        labels=[f"#{i}" for i in range(n)],
        similarity=similarity,
        containment=containment,
        derived=derived,
        clusters=clusters,
        order=[i for members in clusters for i in members],
        exact_duplicates=exact_groups([s.exact for s in sketches], nonempty.tolist()),
        near_duplicates=near_groups(near, n),
    )


def _contained(block: Block, matrices: Matrices) -> sp.csr_matrix:
    """Share of each row article's shingles found in each other article (diagonal dropped)."""
    shared = block.shared.tocoo()
    rows = shared.row + block.start
    keep = rows != shared.col
    values = shared.data[keep] / matrices.shingle_mass[rows[keep]]
    return sp.csr_matrix(
        (np.minimum(values, 1.0).astype(np.float32), (shared.row[keep], shared.col[keep])),
        shape=block.shared.shape,
    )


def _upper(mask: np.ndarray, start: int) -> np.ndarray:
    rows, cols = np.nonzero(mask)
    rows = rows + start
    keep = cols > rows
    return np.stack((rows[keep], cols[keep]), axis=1).astype(np.int64)


def _candidates(block: Block, contained: sp.csr_matrix) -> np.ndarray:
    """Pairs (i < j) worth an order check: same story, or verbatim reuse in either direction."""
    mask = block.cosine >= STORY_SIMILARITY
    found = [_upper(mask, block.start)]
    reused = contained.tocoo()
    hit = reused.data >= CANDIDATE_CONTAINMENT
    rows, cols = reused.row[hit] + block.start, reused.col[hit]
    found.append(
        np.stack((np.minimum(rows, cols), np.maximum(rows, cols)), axis=1).astype(np.int64)
    )
    both = np.concatenate(found)
    return np.unique(both, axis=0) if both.size else both.reshape(0, 2)


def _near_duplicates(block: Block, matrices: Matrices) -> list[tuple[int, int]]:
    shared = block.shared.tocoo()
    rows = shared.row + block.start
    keep = shared.col > rows
    rows, cols, values = rows[keep], shared.col[keep], shared.data[keep]
    union = matrices.shingle_mass[rows] + matrices.shingle_mass[cols] - values
    hit = values / np.maximum(union, 1.0) >= NEAR_DUPLICATE
    return list(zip(rows[hit].tolist(), cols[hit].tolist(), strict=True))


def _derive(
    orders: dict[tuple[int, int], Order],
    *,
    sketches: Sequence[Sketch],
    meta: Sequence[Meta],
    clusters: list[list[int]],
    containment: sp.csr_matrix,
    similarity: np.ndarray,
) -> list[DerivedPair]:
    cluster_of = {i: k for k, members in enumerate(clusters) for i in members}
    partners: dict[int, set[int]] = {}
    for i, j in orders:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    names_cache: dict[int, set[str]] = {}

    def witnesses_for(i: int, j: int) -> Callable[[], set[str]]:
        def collect() -> set[str]:
            related = {i, j} | partners.get(i, set()) | partners.get(j, set())
            members = [w for w in clusters[cluster_of[i]] if w not in related]
            members.sort(key=lambda w: -float(similarity[i, w] + similarity[j, w]))
            names: set[str] = set()
            for w in members[:WITNESSES]:
                if w not in names_cache:
                    names_cache[w] = name_tokens(sketches[w])
                names |= names_cache[w]
            return names

        return collect

    found: list[DerivedPair] = []
    for (i, j), evidence in sorted(orders.items()):
        alignment = align_sentences(sketches[i], sketches[j])
        way = decide(
            i,
            j,
            sketches=sketches,
            meta=meta,
            sentence_pairs=alignment.pairs,
            shared=evidence.shared,
            witnesses=witnesses_for(i, j),
        )
        s, c = way.source, way.copy
        sent_pairs = alignment.pairs if s == i else tuple((y, x) for x, y in alignment.pairs)
        para_s, para_c = sketches[s].sentence_paragraph, sketches[c].sentence_paragraph
        paragraphs = tuple(dict.fromkeys((int(para_s[x]), int(para_c[y])) for x, y in sent_pairs))
        shorter_cov = (
            alignment.coverage_a if sketches[i].size <= sketches[j].size else alignment.coverage_b
        )
        found.append(
            DerivedPair(
                source=s,
                copy=c,
                containment=evidence.shared / max(1, sketches[s].size),
                copy_in_source=evidence.shared / max(1, sketches[c].size),
                shingle_containment=float(containment[c, s]),
                ordered=evidence.ordered,
                chance=evidence.chance,
                excess=evidence.excess,
                coverage=shorter_cov,
                longest_run=alignment.longest_run,
                aligned_sentences=len(alignment.pairs),
                reason=way.reason,
                shared=evidence.shared,
                paragraphs=paragraphs,
            )
        )
    return _mark_siblings(found)


SHARED_TIE = 0.1  # ordered overlaps within a tenth of each other are a tie
SHINGLE_TIE = 0.1


def _stronger(a: DerivedPair, b: DerivedPair) -> bool:
    """Is likeness ``a`` stronger than ``b``? More words shared in order; on a near tie, more of the
    copy's wording found verbatim (a digest takes its exact words from the version it read); then
    the order evidence, then the input order."""
    if abs(a.shared - b.shared) > SHARED_TIE * max(a.shared, b.shared):
        return a.shared > b.shared
    if abs(a.shingle_containment - b.shingle_containment) > SHINGLE_TIE:
        return a.shingle_containment > b.shingle_containment
    return (a.excess, -min(a.source, a.copy)) > (b.excess, -min(b.source, b.copy))


def _mark_siblings(pairs: list[DerivedPair]) -> list[DerivedPair]:
    """In a triangle of copies, the weakest likeness is explained by the two others.

    Two copies of one source resemble each other, and in a chain source -> copy -> copy of the copy the
    ends resemble each other; in both cases the weakest of the three pairs is not a copy relation of its
    own. It stays listed with ``direct=False`` and ``via`` the third article.

    A likeness is weighed by the words the two share in order (:func:`_stronger`), not by the share of
    the shorter text: a short digest of a syndicated copy follows both the copy and the original almost
    entirely, yet it takes less from the original than the copy does.
    """
    strength = {frozenset((d.source, d.copy)): d for d in pairs}
    partners: dict[int, set[int]] = {}
    for d in pairs:
        partners.setdefault(d.source, set()).add(d.copy)
        partners.setdefault(d.copy, set()).add(d.source)
    out: list[DerivedPair] = []
    for d in pairs:
        own = strength[frozenset((d.source, d.copy))]
        via = None
        for third in sorted(partners[d.source] & partners[d.copy]):
            if _stronger(strength[frozenset((third, d.source))], own) and _stronger(
                strength[frozenset((third, d.copy))], own
            ):
                via = third
                break
        out.append(d if via is None else replace(d, direct=False, via=via))
    return out


def _cluster_title(result: Overview, articles: Sequence[Article], members: list[int]) -> str:
    """The title of the cluster's most central article (highest mean similarity to the others)."""
    if len(members) == 1:
        a = articles[members[0]]
        return a.title or a.name
    idx = np.array(members)
    central = int(idx[np.argmax(result.similarity[np.ix_(idx, idx)].mean(axis=1))])
    return articles[central].title or articles[central].name
