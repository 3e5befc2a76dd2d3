"""Sparse matrices over the corpus and the pairwise block computation.

* ``tfidf``: rows are articles, columns content words; each word present weighs its idf
  ``log(1 + N/df)`` (presence, not counts: a long article repeating its topic words should not outweigh
  the specific names and facts that tell one event from another), rows L2-normalised, so
  ``tfidf @ tfidf.T`` is the cosine similarity ("same story").
* ``shingles``: rows are articles, columns word 5-grams; each present shingle weighs 1, or less when it is
  boilerplate: a shingle found in more than ``boilerplate_limit(N)`` articles weighs ``limit / df``
  (the banality filter of passim and TextPAIR, softened so big syndication families still count).
  ``shingles @ shingles.T`` gives the shared (weighted) shingle counts; divided by an article's own
  weighted count it gives how much of that article is contained in the other.

:func:`pair_block` computes one block of rows against all columns; it is pure and picklable, so a batch
run can compute the blocks anywhere (see ``docs/scaling.md``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from newsreader.core.corpus.sketch import Sketch

BOILERPLATE_MIN_DOCS = (
    20  # a shingle in more articles than this (or 1% of the corpus) is boilerplate
)
BOILERPLATE_SHARE = 0.01
DENSE_SHARE = 0.02  # tf-idf columns in at least this share of articles go to the dense part


@dataclass(frozen=True, slots=True)
class Matrices:
    """The corpus as matrices. The tf-idf columns are split in two: words found in at least
    ``DENSE_SHARE`` of the articles are kept as a dense array (multiplied by BLAS, on all cores), the
    rarer words as a sparse matrix. Shingles found in one article only are dropped (they are shared with
    nobody) but counted in ``shingle_mass``."""

    tfidf_dense: np.ndarray  # N x Vd float32
    tfidf_sparse: sp.csr_matrix  # N x Vs float32 (rows of both together are L2-normalised)
    shingles: sp.csr_matrix  # N x S float32 boilerplate-discounted weights (shared shingles only)
    shingle_mass: np.ndarray  # N float32: each row's total weight, at least 1

    @property
    def size(self) -> int:
        return int(self.shingle_mass.size)

    def rows(self, start: int, stop: int) -> Matrices:
        """The same matrices for a range of rows (what a worker needs for one block)."""
        return Matrices(
            self.tfidf_dense[start:stop],
            self.tfidf_sparse[start:stop],
            self.shingles[start:stop],
            self.shingle_mass[start:stop],
        )


@dataclass(frozen=True, slots=True)
class Block:
    """Rows ``start:stop`` against every article."""

    start: int
    stop: int
    cosine: np.ndarray  # (stop-start) x N float32
    shared: sp.csr_matrix  # (stop-start) x N float32 weighted shared shingles


def boilerplate_limit(n_docs: int) -> float:
    return max(BOILERPLATE_MIN_DOCS, BOILERPLATE_SHARE * n_docs)


def build_matrices(sketches: Sequence[Sketch], *, shingles: bool = True) -> Matrices:
    """The corpus matrices; ``shingles=False`` leaves the shingle matrix empty (the overview finds
    verbatim reuse per candidate pair instead, see :mod:`~newsreader.core.corpus.relation`)."""
    n = len(sketches)
    if not shingles:
        return Matrices(
            *_tfidf(sketches, n), sp.csr_matrix((n, 1), dtype=np.float32), np.ones(n, np.float32)
        )
    return Matrices(*_tfidf(sketches, n), *_shingles(sketches, n))


def _columns(ids_per_row: list[np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Row index and dense column index of every id; the number of distinct ids."""
    lengths = np.array([a.size for a in ids_per_row], dtype=np.int64)
    rows = np.repeat(np.arange(n, dtype=np.int32), lengths)
    if rows.size == 0:
        return rows, np.zeros(0, dtype=np.int32), 0
    flat = np.concatenate(ids_per_row)
    uniq, cols = np.unique(flat, return_inverse=True)
    return rows, cols.astype(np.int32), int(uniq.size)


def _tfidf(sketches: Sequence[Sketch], n: int) -> tuple[np.ndarray, sp.csr_matrix]:
    rows, cols, width = _columns([np.unique(s.content) for s in sketches], n)
    if width == 0:
        return np.zeros((n, 0), dtype=np.float32), sp.csr_matrix((n, 1), dtype=np.float32)
    df = np.bincount(cols, minlength=width).astype(np.float32)
    idf = np.log1p(n / df)
    data = idf[cols].astype(np.float32)
    m = sp.csr_matrix((data, (rows, cols)), shape=(n, width), dtype=np.float32)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = sp.csr_matrix(sp.diags((1.0 / norms).astype(np.float32)) @ m, dtype=np.float32)
    common = df >= max(2.0, DENSE_SHARE * n)
    return m[:, np.flatnonzero(common)].toarray(), sp.csr_matrix(m[:, np.flatnonzero(~common)])


def _shingles(sketches: Sequence[Sketch], n: int) -> tuple[sp.csr_matrix, np.ndarray]:
    rows, cols, width = _columns([s.shingles for s in sketches], n)
    if width == 0:
        return sp.csr_matrix((n, 1), dtype=np.float32), np.ones(n, dtype=np.float32)
    df = np.bincount(cols, minlength=width).astype(np.float32)
    weight = np.minimum(1.0, boilerplate_limit(n) / df).astype(np.float32)
    values = weight[cols]
    mass = np.bincount(rows, weights=values, minlength=n).astype(np.float32)
    shared = df[cols] >= 2  # a shingle in one article only is shared with nobody
    keep_cols = np.flatnonzero(df >= 2)
    remap = np.full(width, -1, dtype=np.int64)
    remap[keep_cols] = np.arange(keep_cols.size)
    m = sp.csr_matrix(
        (values[shared], (rows[shared], remap[cols[shared]])),
        shape=(n, max(1, keep_cols.size)),
        dtype=np.float32,
    )
    return m, np.maximum(mass, 1.0)


def pair_block(rows: Matrices, everything: Matrices, start: int = 0) -> Block:
    """Cosine similarity and shared shingle weight of ``rows`` against all articles (pure)."""
    cosine = rows.tfidf_dense @ everything.tfidf_dense.T
    cosine += (rows.tfidf_sparse @ everything.tfidf_sparse.T).toarray()
    np.clip(cosine, 0.0, 1.0, out=cosine)
    shared = sp.csr_matrix(rows.shingles @ everything.shingles.T, dtype=np.float32)
    return Block(start, start + rows.size, cosine.astype(np.float32, copy=False), shared)


def block_ranges(n: int, size: int) -> list[tuple[int, int]]:
    size = max(1, size)
    return [(a, min(n, a + size)) for a in range(0, n, size)]


def default_block_size(n: int) -> int:
    """Rows per block: about 8M cells of the dense cosine block (32 MB of float32)."""
    return max(1, min(n, math.ceil(8_000_000 / max(1, n))))
