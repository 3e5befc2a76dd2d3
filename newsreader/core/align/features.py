"""tf-idf rows for the sentences and paragraphs of two articles, over one shared vocabulary.

Weights come from the two articles themselves: a term's idf counts the paragraphs (of both sides)
that use it, so what every paragraph repeats (the main actors, the place) weighs little and what
one passage says weighs a lot. Names and numbers are anchors and weigh more: a rewrite changes the
wording but keeps them. Rows are L2-normalised, so a product of two matrices gives cosines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from newsreader.core.align.tokens import TermCache, Unit, units_of
from newsreader.core.align.vocab import canonical_map

ANCHOR_BOOST = 1.3  # weight factor of names and numbers


@dataclass(slots=True)
class Side:
    """One article prepared for alignment."""

    paragraphs: list[str]
    units: list[Unit]
    para: np.ndarray  # paragraph index of each unit
    size: np.ndarray  # content terms per unit
    words: np.ndarray  # words per unit (all words), for coverage
    matrix: sparse.csr_matrix  # units x terms, rows L2-normalised
    para_matrix: sparse.csr_matrix  # paragraphs x terms, rows L2-normalised (blank: zero rows)
    para_size: np.ndarray  # content terms per paragraph
    first: np.ndarray  # first unit of each paragraph; first[p]:first[p + 1] are its units
    term_ids: list[list[int]]  # canonical term ids of each unit
    anchor: np.ndarray  # per term id (shared by both sides): True for names and numbers
    number: np.ndarray  # per term id: True for numbers

    @property
    def total_words(self) -> int:
        return int(self.words.sum())


def build(
    left: list[str], right: list[str], checkpoint: Callable[[float], None] | None = None
) -> tuple[Side, Side]:
    """Units, vocabulary and tf-idf matrices for both articles.

    ``checkpoint(fraction)`` is called now and then; it may raise to cancel.
    """
    votes: dict[str, int] = {}
    if checkpoint is None:  # no progress to report: each text's units are read once, cached
        lu, lvotes = _units(tuple(left))
        ru, rvotes = _units(tuple(right))
        for side_votes in (lvotes, rvotes):
            for term, vote in side_votes.items():
                votes[term] = votes.get(term, 0) + vote
    else:
        cache = TermCache()
        share = len(left) / max(1, len(left) + len(right))

        def part(start: float, size: float) -> Callable[[float], None] | None:
            report = checkpoint
            return lambda f: report(start + size * f)

        lu = units_of(left, cache, votes, part(0.0, 0.8 * share))
        ru = units_of(right, cache, votes, part(0.8 * share, 0.8 * (1 - share)))
    if checkpoint is not None:
        checkpoint(0.8)
    lcount = _term_counts(lu)
    rcount = _term_counts(ru)
    canon = canonical_map(lcount, rcount, votes)
    ids: dict[str, int] = {}
    lids = [[ids.setdefault(canon.get(t, t), len(ids)) for t in u.terms] for u in lu]
    rids = [[ids.setdefault(canon.get(t, t), len(ids)) for t in u.terms] for u in ru]
    weight = _idf(ids, [(lu, lids), (ru, rids)])
    anchor = _anchors(ids, canon, votes)
    weight[anchor] *= ANCHOR_BOOST
    number = np.fromiter((t[0].isdigit() for t in ids), dtype=bool, count=len(ids))
    flags = (anchor, number)
    return _side(left, lu, lids, weight, flags), _side(right, ru, rids, weight, flags)


@lru_cache(maxsize=512)
def _units(paragraphs: tuple[str, ...]) -> tuple[list[Unit], dict[str, int]]:
    """One text's units and case votes (read-only once made), for callers that align one text
    with many others."""
    votes: dict[str, int] = {}
    return units_of(list(paragraphs), TermCache(), votes), votes


def _term_counts(units: list[Unit]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for u in units:
        for t in u.terms:
            counts[t] = counts.get(t, 0) + 1
    return counts


def _idf(ids: dict[str, int], sides: list[tuple[list[Unit], list[list[int]]]]) -> np.ndarray:
    """Smoothed idf over the paragraphs of both articles."""
    df = np.zeros(len(ids), dtype=np.float64)
    docs = 0
    for units, idlists in sides:
        seen: set[int] = set()
        current = -1
        for u, terms in zip(units, idlists, strict=True):
            if u.para != current:
                df[list(seen)] += 1
                docs += current >= 0
                seen, current = set(), u.para
            seen.update(terms)
        df[list(seen)] += 1
        docs += current >= 0
    return np.log((docs + 1) / (df + 1)) + 1.0


def _anchors(ids: dict[str, int], canon: dict[str, str], votes: dict[str, int]) -> np.ndarray:
    """Names (mostly capitalized mid-sentence) and numbers: rewrites change the wording around them."""
    root_votes: dict[str, int] = {}
    for term, vote in votes.items():
        root = canon.get(term, term)
        root_votes[root] = root_votes.get(root, 0) + vote
    anchor = np.zeros(len(ids), dtype=bool)
    for term, i in ids.items():
        anchor[i] = term[0].isdigit() or root_votes.get(term, 0) > 0
    return anchor


def _side(
    paragraphs: list[str],
    units: list[Unit],
    idlists: list[list[int]],
    weight: np.ndarray,
    flags: tuple[np.ndarray, np.ndarray],
) -> Side:
    anchor, number = flags
    n_units, n_terms, n_paras = len(units), len(weight), len(paragraphs)
    lengths = np.fromiter((len(t) for t in idlists), dtype=np.int64, count=n_units)
    rows = np.repeat(np.arange(n_units), lengths)
    cols = np.fromiter(
        (t for terms in idlists for t in terms), dtype=np.int64, count=int(lengths.sum())
    )
    counts = sparse.csr_matrix(
        (np.ones(len(cols)), (rows, cols)), shape=(n_units, n_terms), dtype=np.float64
    )
    counts.sum_duplicates()
    tfidf = counts.copy()
    tfidf.data = (1.0 + np.log(tfidf.data)) * weight[tfidf.indices]
    para = np.fromiter((u.para for u in units), dtype=np.int64, count=n_units)
    pick = sparse.csr_matrix(
        (np.ones(n_units), (para, np.arange(n_units))), shape=(n_paras, n_units)
    )
    para_counts = (pick @ counts).tocsr()
    para_tfidf = para_counts.copy()
    para_tfidf.data = (1.0 + np.log(para_tfidf.data)) * weight[para_tfidf.indices]
    first = np.searchsorted(para, np.arange(n_paras + 1))
    return Side(
        paragraphs=paragraphs,
        units=units,
        para=para,
        size=lengths.astype(np.float64),
        words=np.fromiter((u.words for u in units), dtype=np.float64, count=n_units),
        matrix=_normalised(tfidf),
        para_matrix=_normalised(para_tfidf),
        para_size=np.bincount(para, weights=lengths, minlength=n_paras),
        first=first,
        term_ids=idlists,
        anchor=anchor,
        number=number,
    )


def _normalised(m: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)


PAIR_CHUNK_NNZ = 500_000  # stored terms gathered at once by cosine_pairs (memory stays bounded)


def cosine_pairs(
    a: sparse.csr_matrix, b: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray
) -> np.ndarray:
    """Cosines of the given (row of ``a``, row of ``b``) pairs, without the full product.

    Each distinct pair is computed once, in chunks of about :data:`PAIR_CHUNK_NNZ` stored terms,
    so memory does not grow with the number of pairs (many sentence pairs share one paragraph pair).
    """
    if len(rows) == 0:
        return np.zeros(0)
    rows, cols = np.asarray(rows, np.int64), np.asarray(cols, np.int64)
    keys, inverse = np.unique(rows * max(1, b.shape[0]) + cols, return_inverse=True)
    urows, ucols = keys // max(1, b.shape[0]), keys % max(1, b.shape[0])
    weight = np.diff(a.indptr)[urows] + 1
    bounds = np.searchsorted(
        np.cumsum(weight), np.arange(1, weight.sum() // PAIR_CHUNK_NNZ + 1) * PAIR_CHUNK_NNZ
    )
    out = np.empty(len(keys))
    start = 0
    for stop in [*bounds.tolist(), len(keys)]:
        if stop > start:
            part = a[urows[start:stop]].multiply(b[ucols[start:stop]])
            out[start:stop] = np.asarray(part.sum(axis=1)).ravel()
            start = stop
    return out[inverse.ravel()]


def shrink(sim: np.ndarray, size: np.ndarray, prior: float) -> np.ndarray:
    """Discount similarities of tiny units: a 2-word match says less than a 20-word one."""
    return sim * size / (size + prior)
