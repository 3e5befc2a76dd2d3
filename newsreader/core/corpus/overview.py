"""``overview(articles)``: similarity map, copies with kind and direction, copy families, story
clusters and duplicates.

Steps (each pure and picklable, see ``docs/scaling.md`` for running them on a cluster):

1. :func:`~newsreader.core.corpus.sketch.sketch_sentences` per article (content words, 3- and 5-grams);
2. near-copy groups in linear time (:mod:`~newsreader.core.corpus.families`: MinHash signatures and
   LSH); a group larger than ``SMALL_GROUP`` is checked as a tree under its representative, and only
   the representative takes part in the pairwise steps;
3. similarity (:mod:`~newsreader.core.corpus.similarity`): every pair up to ``DENSE_LIMIT`` articles,
   else a top-k sparse product;
4. candidate pairs (``CANDIDATE_SIMILARITY``) get the copy judgement of
   :mod:`~newsreader.core.corpus.relation` (order, verbatim reuse, aligned sentences with moved blocks);
   the pairs it leaves out get the paraphrase evidence of :mod:`~newsreader.core.corpus.paraphrase`
   (words only the two use in their story, and a story-weighted chain of sentences in order);
5. copies get a direction (:mod:`~newsreader.core.corpus.direction`); triangles of copies are
   resolved (the weakest likeness is "through a third"), copies of copies are related to their
   family's source, and clusters, families and duplicate groups close the overview.
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
from newsreader.core.corpus.credits import (
    Credited,
    body_size,
    credited,
    names_outlet,
    outlet_key,
)
from newsreader.core.corpus.direction import Meta, decide, name_tokens
from newsreader.core.corpus.families import (
    agreement,
    derivation_cost,
    lsh_groups,
    parents,
    representative,
    signatures,
)
from newsreader.core.corpus.matrix import Matrices, build_matrices
from newsreader.core.corpus.model import DerivedPair, Overview, families_of
from newsreader.core.corpus.paraphrase import find_paraphrases
from newsreader.core.corpus.readings import Aligned, SentenceTrigrams, side_with_third
from newsreader.core.corpus.relation import (
    VERBATIM_REUSE,
    Evidence,
    Relation,
    copy_relation,
    judge,
    measure,
    trigram_containment,
)
from newsreader.core.corpus.similarity import (
    DENSE_LIMIT,
    PAIR_FLOOR,
    Pairs,
    block_of,
    dense_similarity,
    exact_cosines,
    sparse_similarity,
    upper_pairs,
)
from newsreader.core.corpus.sketch import Sketch, shared_count, sketch_sentences
from newsreader.core.corpus.structure import (
    COPY_EXCESS,
    Coded,
    Coder,
    SentenceAlignment,
    order_evidence,
)

SKIP_CHANCE = (
    0.6  # verbatim reuse above which the order's chance level is not measured (figures only)
)
VOTE_MARGIN = 0.005  # a third copy votes when one side saves this share of its size in editing
SMALL_GROUP = 10  # near-copy groups larger than this are checked as a tree under a representative
CANDIDATE_SIMILARITY = 0.08  # pairs below this cosine are not tested for copying
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
    dense: bool | None = None,
    sketches: Sequence[Sketch] | None = None,
) -> Overview:
    """The corpus overview of ``articles`` (cancellable; progress from 0 to 1).

    ``dense``: see :func:`overview_of_sketches`. ``sketches``: the articles' sketches when they
    were made elsewhere (on a cluster).
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
    result = overview_of_sketches(sketches, meta, step=step, start=0.35, dense=dense)
    result.names = [a.name for a in articles]
    result.labels = [a.label for a in articles]
    result.cluster_titles = [
        _cluster_title(result, articles, members) for members in result.clusters
    ]
    step(1.0)
    return result


def pair_verdict(left: Article, right: Article) -> DerivedPair | None:
    """The copy relation of two articles exactly as an overview of the two states it (``compare``
    shows it; one notion of copy for the command line, the overview and the app), or None."""
    result = overview([left, right])
    return result.relation(0, 1)


def overview_of_sketches(
    sketches: Sequence[Sketch],
    meta: Sequence[Meta],
    *,
    step: Callable[[float], None] | None = None,
    start: float = 0.0,
    dense: bool | None = None,
) -> Overview:
    """The overview from sketches alone (no Article objects): what a batch run calls.

    ``dense``: compute the full similarity matrix (default: up to ``similarity.DENSE_LIMIT``
    articles); otherwise similarity is kept for the pairs that share heavy words only.
    """
    tick = step or (lambda _f: None)
    n = len(sketches)
    span = 1.0 - start

    def at(fraction: float) -> Callable[[float], None]:
        return lambda f: tick(start + fraction * span * f)

    # 1. near-copy groups in linear time; one representative stands for each in pairwise work
    sig = signatures(sketches)
    # small groups are tested pair by pair like any other articles
    all_groups = lsh_groups(sig)
    groups = [g for g in all_groups if len(g) > SMALL_GROUP]
    rep_of = np.arange(n)
    group_of: dict[int, list[int]] = {}
    sizes = np.array([sk.shingles.size for sk in sketches], dtype=np.float64)
    for g in groups:
        r = representative(sig, sizes, g)
        rep_of[g] = r
        group_of[r] = g
    tick(start + 0.05 * span)
    # 2. similarity: every pair, or the pairs sharing heavy words among the representatives
    matrices = build_matrices(sketches, shingles=False)
    tick(start + 0.1 * span)
    use_dense = n <= DENSE_LIMIT if dense is None else dense
    similarity: np.ndarray | sp.csr_matrix
    if use_dense:
        full = dense_similarity(matrices, lambda f: tick(start + (0.1 + 0.25 * f) * span))
        nonempty = np.array([s.size > 0 for s in sketches])
        np.fill_diagonal(full, np.where(nonempty, 1.0, 0.0))
        similarity = full
        pairs = upper_pairs(full, PAIR_FLOOR)
    else:
        pairs = _grouped_pairs(
            matrices, rep_of, group_of, lambda f: tick(start + (0.1 + 0.25 * f) * span)
        )
        similarity = pairs.matrix(n)
        similarity.setdiag(np.array([1.0 if s.size else 0.0 for s in sketches], np.float32))
    # 3. the copy test on candidate pairs of representatives, and within each group
    candidates = [
        (i, j)
        for i, j, v in zip(
            pairs.a.tolist(), pairs.b.tolist(), pairs.similarity.tolist(), strict=True
        )
        if v >= CANDIDATE_SIMILARITY and rep_of[i] == i and rep_of[j] == j
    ]
    tested: dict[tuple[int, int], Evidence] = {}
    coder = Coder(sketches)  # each article coded once for the pairwise tests
    copies: dict[tuple[int, int], tuple[Evidence, Relation]] = {}
    total = max(1, len(candidates) + sum(len(g) for g in groups))
    done = 0
    for i, j in candidates:
        done += 1
        if done % 256 == 0:
            tick(start + (0.35 + 0.45 * done / total) * span)
        evidence = quick_measure(sketches[i], sketches[j], _coded(coder, i, j))
        tested[(i, j)] = evidence
        verdict = judge(evidence)
        if verdict.is_copy:
            copies[(i, j)] = (evidence, verdict)
    family_edges: dict[tuple[int, int], int] = {}  # (parent, member) -> the group's representative
    parent_maps = {
        r: parents(
            sig, sizes, r, members, lambda m, p: trigram_containment(sketches[m], sketches[p])[0]
        )
        for r, members in group_of.items()
    }
    for r, parent_map in parent_maps.items():
        edges = [(parent, m) for m, parent in parent_map.items()]
        for parent, m in edges:
            done += 1
            if done % 256 == 0:
                tick(start + (0.35 + 0.45 * done / total) * span)
            key = (min(parent, m), max(parent, m))
            evidence = quick_measure(sketches[key[0]], sketches[key[1]], _coded(coder, *key))
            tested[key] = evidence
            verdict = judge(evidence)
            if verdict.is_copy:
                copies[key] = (evidence, verdict)
                if parent_map.get(m) == parent:
                    family_edges[(parent, m)] = r
    # 3b. paraphrase evidence (story-weighted sentence chains) on the candidates left over
    links = [*copies, *((m, r) for r, g in group_of.items() for m in g if m != r)]
    left = [key for key in candidates if key not in copies]
    ordered = {key for key in left if tested[key].order.ordered >= COPY_EXCESS}
    rewrites = find_paraphrases(sketches, pairs, left, links, ordered)
    for key, rewrite in rewrites.items():
        evidence = replace(tested[key], alignment=rewrite.alignment)
        copies[key] = (evidence, copy_relation(evidence, "paraphrase"))
    containment = _containment(tested, n)
    # 4. stories: connected components of the story graph, average linkage inside each
    story = pairs.above(STORY_SIMILARITY)
    members_edges = np.array(
        [(m, r) for r, g in group_of.items() for m in g if m != r], dtype=np.int64
    ).reshape(-1, 2)
    linked = np.concatenate((np.stack((story.a, story.b), axis=1), members_edges))
    graph = sp.coo_matrix((np.ones(len(linked)), (linked[:, 0], linked[:, 1])), shape=(n, n))
    clusters = story_clusters(
        lambda idx: _block(matrices, similarity, idx),
        graph,
        copies.keys(),
        [m.published for m in meta],
    )
    tick(start + 0.85 * span)
    derived, siblings = _derive(
        copies,
        family_edges,
        sketches=sketches,
        meta=meta,
        clusters=clusters,
        containment=containment,
        similarity=similarity,
    )
    tick(start + 0.98 * span)
    near = [
        (min(p, m), max(p, m))
        for parent_map in parent_maps.values()
        for m, p in parent_map.items()
        if float(agreement(sig, m, [p])[0]) >= NEAR_DUPLICATE
    ]
    near += [
        (x, y)
        for g in all_groups
        if len(g) <= SMALL_GROUP
        for k, x in enumerate(g)
        for y in g[k + 1 :]
        if resemblance(sketches[x], sketches[y]) >= NEAR_DUPLICATE
    ]
    nonempty_list = [s.size > 0 for s in sketches]
    return Overview(
        names=[f"#{i}" for i in range(n)],
        labels=[f"#{i}" for i in range(n)],
        similarity=similarity,
        containment=containment,
        derived=derived,
        clusters=clusters,
        order=[i for members in clusters for i in members],
        exact_duplicates=exact_groups([s.exact for s in sketches], nonempty_list),
        near_duplicates=near_groups(near, n),
        pairs=pairs,
        families=families_of(derived),
        siblings=siblings,
    )


def resemblance(a: Sketch, b: Sketch) -> float:
    """Jaccard resemblance of two articles' word 5-gram sets (Broder's near-duplicate measure)."""
    if a.shingles.size == 0 or b.shingles.size == 0:
        return 0.0
    shared = shared_count(a.shingles, b.shingles)
    return shared / (a.shingles.size + b.shingles.size - shared)


_NOT_ALIGNED = SentenceAlignment((), 0.0, 0.0, 0)


def quick_measure(a: Sketch, b: Sketch, coded: tuple[Coded, Coded] | None = None) -> Evidence:
    """:func:`relation.measure`, skipping the sentence alignment when no channel can call it a copy
    (it only grades copies), and the order's chance level when verbatim reuse already decides.
    ``coded``: the two articles' :class:`~newsreader.core.corpus.structure.Coded` forms (faster,
    the same figures)."""
    va, vb = trigram_containment(a, b)
    order = order_evidence(a, b, chance=max(va, vb) < SKIP_CHANCE, coded=coded)
    if order.excess < COPY_EXCESS and max(va, vb) < VERBATIM_REUSE:
        return Evidence(order, va, vb, _NOT_ALIGNED, a.size, b.size)
    return measure(a, b, order, reuse=(va, vb), coded=coded)


def _coded(coder: Coder, i: int, j: int) -> tuple[Coded, Coded] | None:
    a, b = coder(i), coder(j)
    return (a, b) if a is not None and b is not None else None


def _grouped_pairs(
    matrices: Matrices,
    rep_of: np.ndarray,
    group_of: dict[int, list[int]],
    tick: Callable[[float], None],
) -> Pairs:
    """Sparse similarity among the representatives, plus each member with its representative."""
    reps = np.flatnonzero(rep_of == np.arange(rep_of.size))
    sub = Matrices(
        matrices.tfidf_dense[reps],
        sp.csr_matrix(matrices.tfidf_sparse[reps]),
        matrices.shingles,
        matrices.shingle_mass[reps],
    )
    found = sparse_similarity(sub, tick)
    a, b = reps[found.a], reps[found.b]
    extra = [(r, m) for r, g in group_of.items() for m in g if m != r]
    if extra:
        pair = np.array(extra, dtype=np.int64)
        cos = exact_cosines(matrices, pair[:, 0], pair[:, 1])
        lo, hi = np.minimum(pair[:, 0], pair[:, 1]), np.maximum(pair[:, 0], pair[:, 1])
        a = np.concatenate((a, lo))
        b = np.concatenate((b, hi))
        sim = np.concatenate((found.similarity, cos))
    else:
        sim = found.similarity
    order = np.lexsort((b, a))
    return Pairs(a[order], b[order], sim[order].astype(np.float32))


def _block(
    matrices: Matrices, similarity: np.ndarray | sp.csr_matrix, idx: np.ndarray
) -> np.ndarray:
    if isinstance(similarity, np.ndarray):
        return similarity[np.ix_(idx, idx)]
    return block_of(matrices, idx)


def _containment(tested: dict[tuple[int, int], Evidence], n: int) -> sp.csr_matrix:
    """Share of each tested article's word 3-grams found in the other (both directions)."""
    if not tested:
        return sp.csr_matrix((n, n), dtype=np.float32)
    keys = np.array(list(tested), dtype=np.int64)
    va = np.array([e.verbatim_a for e in tested.values()], dtype=np.float32)
    vb = np.array([e.verbatim_b for e in tested.values()], dtype=np.float32)
    rows = np.concatenate((keys[:, 0], keys[:, 1]))
    cols = np.concatenate((keys[:, 1], keys[:, 0]))
    return sp.csr_matrix((np.concatenate((va, vb)), (rows, cols)), shape=(n, n))


def _derive(
    copies: dict[tuple[int, int], tuple[Evidence, Relation]],
    family_edges: dict[tuple[int, int], int],
    *,
    sketches: Sequence[Sketch],
    meta: Sequence[Meta],
    clusters: list[list[int]],
    containment: sp.csr_matrix,
    similarity: np.ndarray | sp.csr_matrix,
) -> tuple[list[DerivedPair], list[DerivedPair]]:
    """Copies with their direction, and the sibling pairs (see :func:`_through_thirds`)."""
    cluster_of = {i: k for k, members in enumerate(clusters) for i in members}
    partners: dict[int, set[int]] = {}
    for i, j in copies:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    names_cache: dict[int, set[str]] = {}
    rows_cache: dict[int, np.ndarray] = {}
    paragraph_lists: dict[int, list[int]] = {}

    def paragraph_of(i: int) -> list[int]:
        """Each sentence's paragraph, as a list (read once per article)."""
        got = paragraph_lists.get(i)
        if got is None:
            got = paragraph_lists[i] = sketches[i].sentence_paragraph.tolist()
        return got

    def row(i: int) -> np.ndarray:
        if i not in rows_cache:
            got = similarity[i]
            rows_cache[i] = np.asarray(got.toarray()).ravel() if sp.issparse(got) else got
        return rows_cache[i]

    def witnesses_for(i: int, j: int) -> Callable[[], set[str]]:
        def collect() -> set[str]:
            related = {i, j} | partners.get(i, set()) | partners.get(j, set())
            members = [w for w in clusters[cluster_of[i]] if w not in related]
            ri, rj = row(i), row(j)
            members.sort(key=lambda w: -float(ri[w] + rj[w]))
            names: set[str] = set()
            for w in members[:WITNESSES]:
                if w not in names_cache:
                    names_cache[w] = name_tokens(sketches[w])
                names |= names_cache[w]
            return names

        return collect

    credits_cache: dict[int, Credited] = {}

    def credits_of(k: int) -> Credited:
        if k not in credits_cache:
            credits_cache[k] = credited(sketches[k])
        return credits_cache[k]

    bodies_cache: dict[int, int] = {}

    def body_of(k: int) -> int:
        if k not in bodies_cache:
            bodies_cache[k] = body_size(sketches[k])
        return bodies_cache[k]

    held: dict[tuple[int, int], float] = {}  # (k, x) -> share of k's 3-grams found in x
    for (i, j), (evidence, _) in copies.items():
        held[(i, j)], held[(j, i)] = evidence.verbatim_a, evidence.verbatim_b

    grams = [s.trigrams.size for s in sketches]

    def thirds_of(x: int, y: int) -> Callable[[], list[int]]:
        """Third copies related to both x and y (the first ``WITNESSES``)."""
        return lambda: sorted((partners.get(x, set()) & partners.get(y, set())) - {x, y})[
            :WITNESSES
        ]

    def votes_of(x: int, y: int) -> Callable[[], tuple[int, int]]:
        def derivation_votes() -> tuple[int, int]:
            """Third copies related to both x and y: how many derive with less editing from x, and
            how many from y (:func:`families.derivation_cost`)."""
            vx = vy = 0
            for k in thirds_of(x, y)():
                from_x = derivation_cost(grams[k], grams[x], held.get((k, x), 0.0))
                from_y = derivation_cost(grams[k], grams[y], held.get((k, y), 0.0))
                if abs(from_x - from_y) > VOTE_MARGIN * grams[k]:
                    vx += from_x < from_y
                    vy += from_y < from_x
            return vx, vy

        return derivation_votes

    found: list[DerivedPair] = []
    for (i, j), (evidence, verdict) in sorted(copies.items()):
        family = i if (i, j) in family_edges else j if (j, i) in family_edges else None
        alignment = evidence.alignment
        way = decide(
            i,
            j,
            sketches=sketches,
            meta=meta,
            sentence_pairs=alignment.pairs,
            shared=evidence.order.shared,
            witnesses=witnesses_for(i, j),
            votes=votes_of(i, j),
            family_source=family,
            thirds=thirds_of(i, j),
            credits=credits_of,
            bodies=body_of,
        )
        s, c = way.source, way.copy
        forward = s == i
        sent_pairs = alignment.pairs if forward else tuple((y, x) for x, y in alignment.pairs)
        para_s, para_c = paragraph_of(s), paragraph_of(c)
        paragraphs = tuple(dict.fromkeys((para_s[x], para_c[y]) for x, y in sent_pairs))
        cov_s = alignment.coverage_a if forward else alignment.coverage_b
        cov_c = alignment.coverage_b if forward else alignment.coverage_a
        shorter_cov = cov_s if sketches[s].size <= sketches[c].size else cov_c
        order = evidence.order
        found.append(
            DerivedPair(
                source=s,
                copy=c,
                containment=order.shared / max(1, sketches[s].size),
                copy_in_source=order.shared / max(1, sketches[c].size),
                shingle_containment=float(evidence.verbatim_b if forward else evidence.verbatim_a),
                ordered=order.ordered,
                chance=order.chance,
                excess=order.excess,
                coverage=shorter_cov,
                longest_run=alignment.longest_run,
                aligned_sentences=len(alignment.pairs),
                reason=way.reason,
                shared=order.shared,
                paragraphs=paragraphs,
                kind=verdict.kind,
                coverage_source=cov_s,
                coverage_copy=cov_c,
                wording=verdict.wording,
                channel=verdict.channel,
                moved_sentences=len(alignment.moved),
            )
        )

    def aligned(a: int, b: int) -> Sequence[tuple[int, int]]:
        if (a, b) in copies:
            return copies[(a, b)][0].alignment.pairs
        return [(y, x) for x, y in copies[(b, a)][0].alignment.pairs]

    def credits_third(x: int, y: int, third: int) -> bool:
        """Does ``y`` name the third's outlet while ``x`` does not (and ``y`` does not name
        ``x``'s)? Then ``y`` took its text from the third's outlet, not from ``x``."""
        outlet = meta[third].outlet
        if not outlet or not meta[x].outlet or outlet_key(outlet) == outlet_key(meta[x].outlet):
            return False
        return (
            names_outlet(credits_of(y).text, outlet, folded=True)
            and not names_outlet(credits_of(x).text, outlet, folded=True)
            and not names_outlet(credits_of(y).text, meta[x].outlet, folded=True)
        )

    found, siblings = _through_thirds(found, aligned, SentenceTrigrams(sketches), credits_third)
    return found + _family_paths(found, family_edges), siblings


def _family_paths(
    pairs: list[DerivedPair], family_edges: dict[tuple[int, int], int]
) -> list[DerivedPair]:
    """A copy of a copy is also related to the family's source (``direct=False``, ``via`` its parent):
    duplicates of duplicates do not hide the source."""
    have = {frozenset((d.source, d.copy)) for d in pairs}
    parent_of = {d.copy: d for d in pairs if d.direct}
    out: list[DerivedPair] = []
    for (_parent, member), root in sorted(family_edges.items()):
        edge = parent_of.get(member)
        if edge is None or edge.source == root or frozenset((root, member)) in have:
            continue
        have.add(frozenset((root, member)))
        out.append(replace(edge, source=root, direct=False, via=edge.source, paragraphs=()))
    return out


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


def _through_thirds(
    pairs: list[DerivedPair],
    aligned: Aligned,
    trigrams: SentenceTrigrams,
    credits_third: Callable[[int, int, int], bool] = lambda _x, _y, _t: False,
) -> tuple[list[DerivedPair], list[DerivedPair]]:
    """Triangles of copies: which likeness is a copy relation of its own, and which a third explains.

    Two copies of one source resemble each other, and in a chain source -> copy -> copy of the copy
    the ends resemble each other; in both cases one of the three likenesses is not a copy relation
    of its own (``direct=False``, ``via`` the third). It is found in two steps:

    1. shared readings (:mod:`~newsreader.core.corpus.readings`): when each of two copies keeps the
       third's wording where the other changed it, neither took the other's changes; and credits
       (``credits_third(x, y, t)``): a copy that names the third's outlet, which the other copy
       does not name, took its text from that outlet — what the two share against the third's
       stored page is then an earlier version of it, not the other copy's changes;
    2. among the likenesses left, the weakest of a triangle (:func:`_stronger`): words shared in
       order, not the share of the shorter text, since a short digest of a syndicated copy follows
       both the copy and the original almost entirely, yet takes less from the original.

    A likeness explained by a third is a derivation when the third is a link of a chain (one side
    copied from it, the other copied by it): duplicates of duplicates do not hide the source. Else
    the two are siblings (both copied from it, or both sources of it) and are returned apart: they
    are members of one family, not a copy of each other.
    """
    strength = {frozenset((d.source, d.copy)): d for d in pairs}
    partners: dict[int, set[int]] = {}
    for d in pairs:
        partners.setdefault(d.source, set()).add(d.copy)
        partners.setdefault(d.copy, set()).add(d.source)
    via: dict[frozenset[int], int] = {}
    for d in pairs:
        for third in sorted(partners[d.source] & partners[d.copy]):
            if (
                side_with_third(d.source, d.copy, third, aligned, trigrams)
                or credits_third(d.source, d.copy, third)
                or credits_third(d.copy, d.source, third)
            ):
                via[frozenset((d.source, d.copy))] = third
                break
    kept = {key for key in strength if key not in via}
    for d in pairs:
        key = frozenset((d.source, d.copy))
        if key not in kept:
            continue
        own = strength[key]
        for third in sorted(partners[d.source] & partners[d.copy]):
            to_source, to_copy = frozenset((third, d.source)), frozenset((third, d.copy))
            if (
                to_source in kept
                and to_copy in kept
                and _stronger(strength[to_source], own)
                and _stronger(strength[to_copy], own)
            ):
                via[key] = third
                break
    _keep_one_each(pairs, via)
    derived: list[DerivedPair] = []
    siblings: list[DerivedPair] = []
    for d in pairs:
        t = via.get(frozenset((d.source, d.copy)))
        if t is None:
            derived.append(d)
            continue
        a, b = strength[frozenset((t, d.source))], strength[frozenset((t, d.copy))]
        if (a.copy == t) != (b.copy == t):  # one side copied from t, the other copied by it
            derived.append(replace(d, direct=False, via=t))
        else:
            siblings.append(replace(d, direct=False, via=t, sibling=True))
    return derived, siblings


def _keep_one_each(pairs: list[DerivedPair], via: dict[frozenset[int], int]) -> None:
    """An article left without any likeness of its own — each explained through a third, the
    explanations going round in a circle — keeps its strongest one (``via`` is edited)."""
    alone: dict[int, DerivedPair] = {}
    linked: set[int] = set()
    for d in pairs:
        if frozenset((d.source, d.copy)) not in via:
            linked.update((d.source, d.copy))
    for d in pairs:
        for end in (d.source, d.copy):
            if end not in linked and (end not in alone or _stronger(d, alone[end])):
                alone[end] = d
    for d in alone.values():
        via.pop(frozenset((d.source, d.copy)), None)


def _cluster_title(result: Overview, articles: Sequence[Article], members: list[int]) -> str:
    """The title of the cluster's most central article (highest mean similarity to the others)."""
    if len(members) == 1:
        a = articles[members[0]]
        return a.title or a.name
    idx = np.array(members)
    central = int(idx[np.argmax(result.similarity_block(idx).mean(axis=1))])
    return articles[central].title or articles[central].name
