"""Candidate sentence pairs: sparse tf-idf cosines, computed in row blocks, best few per sentence.

Only pairs that share a term get a score at all (a sparse product), and only the best ``top_k`` per
sentence on either side above ``floor`` are kept, so the work stays close to linear in the length
of the articles. Blocks let a caller cancel and see progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsreader.core.align.model import Cancelled

BLOCK_NNZ = 400_000  # about how many stored products one block may produce


@dataclass(slots=True)
class Pairs:
    """Parallel arrays: left unit, right unit, cosine."""

    x: np.ndarray
    y: np.ndarray
    sim: np.ndarray

    def __len__(self) -> int:
        return len(self.x)

    def take(self, keep: np.ndarray) -> Pairs:
        return Pairs(self.x[keep], self.y[keep], self.sim[keep])


def candidate_pairs(
    a: sparse.csr_matrix,
    b: sparse.csr_matrix,
    *,
    floor: float,
    top_k: int,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Pairs:
    """Pairs ``(i, j)`` with ``cos(a[i], b[j]) >= floor`` among the ``top_k`` best of row i or column j."""
    n, m = a.shape[0], b.shape[0]
    empty = Pairs(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    if n == 0 or b.shape[0] == 0:
        return empty
    bt = sparse.csr_matrix(b.T)  # CSR on both sides: no conversion per block
    # Rough cost of a block: its stored terms times how many right rows share each term.
    col_df = np.bincount(b.indices, minlength=b.shape[1]).astype(np.float64)
    row_of = np.repeat(np.arange(n), np.diff(a.indptr))
    row_cost = np.bincount(row_of, weights=col_df[a.indices], minlength=n) + 1.0
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    vs: list[np.ndarray] = []
    start = 0
    cumulative = np.cumsum(row_cost)
    while start < n:
        if cancelled is not None and cancelled():
            raise Cancelled
        base = cumulative[start - 1] if start else 0.0
        stop = int(np.searchsorted(cumulative, base + BLOCK_NNZ, side="right"))
        stop = min(n, max(stop, start + 1))
        block = (a[start:stop] @ bt).tocoo()
        keep = block.data >= floor
        rows, cols = block.row[keep] + start, block.col[keep]
        vals = np.minimum(block.data[keep], 1.0)
        # Room for pairs that are only a column's best; ties (repeated text) go to the diagonal.
        top = _top_k(rows, _tie_break(vals, rows, cols, n, m), 3 * top_k)
        xs.append(rows[top])
        ys.append(cols[top])
        vs.append(vals[top])
        start = stop
        if progress is not None:
            progress(start / n)
    if not xs:
        return empty
    pairs = Pairs(np.concatenate(xs), np.concatenate(ys), np.concatenate(vs))
    # Keep a pair when it is among the best of its row (above) or of its column (here).
    ranking = _tie_break(pairs.sim, pairs.x, pairs.y, n, m)
    col_rank = _rank(pairs.y, ranking)
    row_rank = _rank(pairs.x, ranking)
    return pairs.take((col_rank < top_k) | (row_rank < top_k))


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
