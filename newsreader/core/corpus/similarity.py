"""The "same story" similarity of many articles: every pair when the set is small, the pairs that
matter when it is large (pure functions of the :class:`~newsreader.core.corpus.matrix.Matrices`).

Up to ``DENSE_LIMIT`` articles (or when asked), the full tf-idf cosine matrix is computed block by
block (:func:`~newsreader.core.corpus.matrix.pair_block`). Beyond that an N x N matrix costs N² in
memory and time (20,000 articles: 1.6 GB), so candidate pairs come from a sparse product of *pruned*
rows — each article keeps its ``TOP_TERMS`` heaviest words shared with other articles (its names,
places and rarer words, which are what two reports of one event share; weighed by idf times the log
of how many articles use them, so a word that links many articles is kept before one that links
two) — and each article's ``MAX_NEIGHBOURS`` best candidates get their exact cosine. Pairs that share
none of each other's heavy words are left out, so a large overview's similarity is a lower bound:
related pairs can be missing, never invented.

``pairs_floor`` keeps the pairs at or above ``PAIR_FLOOR`` as the sparse list the JSON and the heatmap
read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from newsreader.core.corpus.matrix import Matrices, block_ranges, default_block_size, pair_block

DENSE_LIMIT = 2000  # articles up to which the full matrix is computed and printed
PAIR_FLOOR = 0.05  # cosine below which a pair is not listed
TOP_TERMS = 32  # heaviest words per article used to find candidate pairs
MAX_NEIGHBOURS = 32  # candidates kept per article (the closest by those words)
HEAVY_FLOOR = 0.02  # the heavy words' part of the cosine a candidate pair needs
_BLOCK_ROWS = 2048


@dataclass(frozen=True, slots=True)
class Pairs:
    """Article pairs ``a < b`` with their cosine, sorted by (a, b)."""

    a: np.ndarray
    b: np.ndarray
    similarity: np.ndarray

    def __len__(self) -> int:
        return int(self.a.size)

    @classmethod
    def empty(cls) -> Pairs:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))

    def above(self, floor: float) -> Pairs:
        keep = self.similarity >= floor
        return Pairs(self.a[keep], self.b[keep], self.similarity[keep])

    def matrix(self, n: int) -> sp.csr_matrix:
        """Symmetric sparse matrix of the pairs."""
        rows = np.concatenate((self.a, self.b))
        cols = np.concatenate((self.b, self.a))
        vals = np.concatenate((self.similarity, self.similarity))
        return sp.csr_matrix((vals, (rows, cols)), shape=(n, n), dtype=np.float32)


def dense_similarity(matrices: Matrices, tick: Callable[[float], None] | None = None) -> np.ndarray:
    """The full cosine matrix (diagonal 1 for non-empty articles, 0 for empty ones)."""
    n = matrices.size
    out = np.zeros((n, n), dtype=np.float32)
    ranges = block_ranges(n, default_block_size(n))
    for k, (a, b) in enumerate(ranges):
        out[a:b] = pair_block(matrices.rows(a, b), matrices, a).cosine
        if tick is not None:
            tick((k + 1) / len(ranges))
    return out


def upper_pairs(dense: np.ndarray, floor: float) -> Pairs:
    a, b = np.nonzero(np.triu(dense >= floor, k=1))
    return Pairs(a.astype(np.int64), b.astype(np.int64), dense[a, b].astype(np.float32))


def _pruned(x: sp.csr_matrix, keep: int) -> sp.csr_matrix:
    """Each row with only its ``keep`` heaviest entries among words shared with another article."""
    x = x.tocsr()
    df = np.bincount(x.indices, minlength=x.shape[1])
    # a word shared by more articles links more of them: rank by weight times log(df)
    weight = np.where(df[x.indices] >= 2, x.data * np.log(np.maximum(df[x.indices], 2)), 0.0)
    rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
    order = np.lexsort((-weight, rows))
    rank = np.arange(order.size) - np.repeat(x.indptr[:-1], np.diff(x.indptr))
    chosen = order[(rank < keep) & (weight[order] > 0)]
    return sp.csr_matrix(
        (x.data[chosen], (rows[chosen], x.indices[chosen])), shape=x.shape, dtype=np.float32
    )


def exact_cosines(m: Matrices, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosines of the given pairs (rows of the tf-idf matrices are L2-normalised together)."""
    out = np.empty(a.size, dtype=np.float32)
    step = 8192  # rows gathered at once: 8192 x the dense vocabulary, a few tens of MB
    for s in range(0, a.size, step):
        ia, ib = a[s : s + step], b[s : s + step]
        dense = np.einsum("ij,ij->i", m.tfidf_dense[ia], m.tfidf_dense[ib])
        rare = np.asarray(m.tfidf_sparse[ia].multiply(m.tfidf_sparse[ib]).sum(axis=1)).ravel()
        out[s : s + step] = dense + rare
    return np.clip(out, 0.0, 1.0)


def sparse_similarity(matrices: Matrices, tick: Callable[[float], None] | None = None) -> Pairs:
    """Candidate pairs with their exact cosine, at or above ``PAIR_FLOOR``: for each article, the
    ``MAX_NEIGHBOURS`` articles closest by their heaviest words (a top-k sparse product)."""
    n = matrices.size
    x = sp.csr_matrix(sp.hstack((sp.csr_matrix(matrices.tfidf_dense), matrices.tfidf_sparse)))
    pruned = _pruned(x, TOP_TERMS)
    pt = sp.csr_matrix(pruned.T)
    found_a: list[np.ndarray] = []
    found_b: list[np.ndarray] = []
    ranges = block_ranges(n, _BLOCK_ROWS)
    for k, (s, e) in enumerate(ranges):
        shared = (pruned[s:e] @ pt).tocoo()
        rows, cols, vals = shared.row + s, shared.col, shared.data
        keep = (cols != rows) & (vals >= HEAVY_FLOOR)
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
        top = _top_per_row(rows, vals, MAX_NEIGHBOURS)
        rows, cols = rows[top], cols[top]
        found_a.append(np.minimum(rows, cols).astype(np.int64))
        found_b.append(np.maximum(rows, cols).astype(np.int64))
        if tick is not None:
            tick(0.5 * (k + 1) / len(ranges))
    a = np.concatenate(found_a) if found_a else np.zeros(0, np.int64)
    b = np.concatenate(found_b) if found_b else np.zeros(0, np.int64)
    if a.size:
        key = np.unique(a * n + b)
        a, b = key // n, key % n
    cos = exact_cosines(matrices, a, b)
    keep = cos >= PAIR_FLOOR
    if tick is not None:
        tick(1.0)
    return Pairs(a[keep], b[keep], cos[keep])


def _top_per_row(rows: np.ndarray, vals: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` largest values of each row."""
    if rows.size == 0:
        return np.zeros(0, np.int64)
    order = np.argsort(rows + (1.0 - np.clip(vals, 0.0, 1.0)) * 0.999, kind="stable")
    grouped = rows[order]
    starts = np.r_[0, np.flatnonzero(np.diff(grouped)) + 1]
    rank = np.arange(order.size) - np.repeat(starts, np.diff(np.r_[starts, order.size]))
    return order[rank < k]


def block_of(matrices: Matrices, members: np.ndarray) -> np.ndarray:
    """Exact cosines among ``members`` (for clustering one connected component)."""
    dense = matrices.tfidf_dense[members]
    out = dense @ dense.T
    part = matrices.tfidf_sparse[members]
    out += (part @ part.T).toarray()
    return np.clip(out, 0.0, 1.0).astype(np.float32)
