"""Candidate sentence pairs: sparse tf-idf cosines, computed in row blocks, best few per sentence.

Only pairs that share a term get a score at all (a sparse product), and only the best ``top_k`` per
sentence on either side above ``floor`` are kept, so the work stays close to linear in the length
of the articles. Blocks let a caller cancel and see progress.

The product's cost is the sum over terms of (sentences with it on the left) x (on the right). For
ordinary articles that is small; for text that repeats itself (the same sentence a hundred thousand
times, a 5 MB line of boilerplate) it grows with the square of the length. Above a budget linear in
the number of sentences (:data:`PRODUCTS_PER_UNIT`), the most widespread terms are left out of the
search for candidates (they say least about which sentence matches which), each sentence keeps its
best few candidates by what remains, and those candidates get their exact cosines; sentences at the
same relative position on both sides are candidates too, so repeated text still aligns in order.
Work and memory stay linear in the length whatever the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsreader.core.align.features import cosine_pairs
from newsreader.core.align.model import Cancelled

BLOCK_NNZ = 400_000  # about how many stored products one block may produce
PRODUCTS_PER_UNIT = 3000  # budget of the sparse product per sentence (both sides together) ...
MIN_PRODUCTS = 20_000_000  # ... and never less than this: ordinary articles stay exact
BAND = 2  # sentences either side of the same relative position, candidates when over budget


@dataclass(slots=True)
class Pairs:
    """Parallel arrays: left unit, right unit, cosine."""

    x: np.ndarray
    y: np.ndarray
    sim: np.ndarray
    products: int = 0  # how many products the search computed (its work, for tests and benches)

    def __len__(self) -> int:
        return len(self.x)

    def take(self, keep: np.ndarray) -> Pairs:
        return Pairs(self.x[keep], self.y[keep], self.sim[keep], self.products)


def candidate_pairs(
    a: sparse.csr_matrix,
    b: sparse.csr_matrix,
    *,
    floor: float,
    top_k: int,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    budget: float | None = None,
) -> Pairs:
    """Pairs ``(i, j)`` with ``cos(a[i], b[j]) >= floor`` among the ``top_k`` best of row i or column j.

    ``budget``: most products the sparse product may compute (default: linear in the number of
    rows, see the module's docstring); above it the search is pruned and banded.
    """
    n, m = a.shape[0], b.shape[0]
    empty = Pairs(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    if n == 0 or b.shape[0] == 0:
        return empty
    if budget is None:
        budget = max(MIN_PRODUCTS, PRODUCTS_PER_UNIT * (n + m))
    search_a, search_b = a, b
    dropped = _widespread_terms(a, b, budget)
    if dropped.any():
        search_a, search_b = _without(a, dropped), _without(b, dropped)
        # What the left-out terms can add to a cosine is at most the product of their norms.
        rest_a, rest_b = _row_norms(a - search_a), _row_norms(b - search_b)
    bt = sparse.csr_matrix(search_b.T)  # CSR on both sides: no conversion per block
    # Rough cost of a block: its stored terms times how many right rows share each term.
    col_df = np.bincount(search_b.indices, minlength=b.shape[1]).astype(np.float64)
    row_of = np.repeat(np.arange(n), np.diff(search_a.indptr))
    row_cost = np.bincount(row_of, weights=col_df[search_a.indices], minlength=n) + 1.0
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    vs: list[np.ndarray] = []
    start = products = 0
    cumulative = np.cumsum(row_cost)
    while start < n:
        if cancelled is not None and cancelled():
            raise Cancelled
        base = cumulative[start - 1] if start else 0.0
        stop = int(np.searchsorted(cumulative, base + BLOCK_NNZ, side="right"))
        stop = min(n, max(stop, start + 1))
        block = (search_a[start:stop] @ bt).tocoo()
        products += block.nnz
        rows, cols, vals = block.row + start, block.col, block.data
        if dropped.any():  # a lower bound of the cosine: rank by it, then score exactly
            can = vals + rest_a[rows] * rest_b[cols] >= floor
            rows, cols, vals = rows[can], cols[can], vals[can]
            top = _top_k(rows, _tie_break(vals, rows, cols, n, m), 3 * top_k)
            rows, cols = rows[top], cols[top]
            vals = cosine_pairs(a, b, rows, cols)
        keep = vals >= floor
        rows, cols, vals = rows[keep], cols[keep], np.minimum(vals[keep], 1.0)
        # Room for pairs that are only a column's best; ties (repeated text) go to the diagonal.
        top = _top_k(rows, _tie_break(vals, rows, cols, n, m), 3 * top_k)
        xs.append(rows[top])
        ys.append(cols[top])
        vs.append(vals[top])
        start = stop
        if progress is not None:
            progress(start / n)
    if dropped.any():
        bx, by = _band(n, m)
        sims = cosine_pairs(a, b, bx, by)
        keep = sims >= floor
        xs.append(bx[keep])
        ys.append(by[keep])
        vs.append(np.minimum(sims[keep], 1.0))
    if not xs:
        return empty
    pairs = _distinct(Pairs(np.concatenate(xs), np.concatenate(ys), np.concatenate(vs), products))
    # Keep a pair when it is among the best of its row (above) or of its column (here).
    ranking = _tie_break(pairs.sim, pairs.x, pairs.y, n, m)
    col_rank = _rank(pairs.y, ranking)
    row_rank = _rank(pairs.x, ranking)
    return pairs.take((col_rank < top_k) | (row_rank < top_k))


def _widespread_terms(a: sparse.csr_matrix, b: sparse.csr_matrix, budget: float) -> np.ndarray:
    """Mask of the terms to leave out of the search so that the product fits ``budget``.

    The terms whose (left count x right count) is largest go first: the most widespread ones.
    """
    width = max(a.shape[1], b.shape[1])
    products = np.bincount(a.indices, minlength=width).astype(np.float64)
    products *= np.bincount(b.indices, minlength=width)
    dropped = np.zeros(width, bool)
    total = float(products.sum())
    if total <= budget:
        return dropped
    order = np.argsort(-products, kind="stable")
    remaining = total - np.cumsum(products[order])
    count = int(np.searchsorted(-remaining, -budget)) + 1  # first point where the rest fits
    dropped[order[:count]] = True
    return dropped


def _without(matrix: sparse.csr_matrix, dropped: np.ndarray) -> sparse.csr_matrix:
    """``matrix`` with the columns in ``dropped`` emptied."""
    out = matrix.copy()
    out.data = np.where(dropped[out.indices], 0.0, out.data)
    out.eliminate_zeros()
    return out


def _row_norms(matrix: sparse.csr_matrix) -> np.ndarray:
    return np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())


def _band(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of rows at about the same relative position on both sides (``BAND`` either way)."""
    x = np.repeat(np.arange(n, dtype=np.int64), 2 * BAND + 1)
    centre = np.round(np.arange(n) * (m / n)).astype(np.int64)
    y = (centre[:, None] + np.arange(-BAND, BAND + 1)[None, :]).ravel()
    keep = (y >= 0) & (y < m)
    return x[keep], y[keep]


def _distinct(pairs: Pairs) -> Pairs:
    """Each (x, y) once (the band may repeat a pair the product found)."""
    keys = pairs.x.astype(np.int64) * (int(pairs.y.max(initial=0)) + 1) + pairs.y
    _, first = np.unique(keys, return_index=True)
    return pairs.take(np.sort(first))


def _tie_break(sim: np.ndarray, x: np.ndarray, y: np.ndarray, n: int, m: int) -> np.ndarray:
    """Values for ranking only: among equal cosines, the pair nearer the diagonal comes first."""
    return sim - 1e-4 * np.abs(x / max(1, n) - y / max(1, m))


def _rank(group: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Rank (0 = best) of each value within its group."""
    if len(group) == 0:
        return np.zeros(0, np.int64)
    order = np.lexsort((-value, group))
    sorted_group = group[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_group)) + 1]
    run_start = np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    ranks = np.empty(len(order), np.int64)
    ranks[order] = np.arange(len(order)) - run_start
    return ranks


def _top_k(group: np.ndarray, value: np.ndarray, k: int) -> np.ndarray:
    return np.flatnonzero(_rank(group, value) < k)
