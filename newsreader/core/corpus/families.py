"""Near-copy groups found in linear time, so a story syndicated a hundred times costs a hundred checks,
not five thousand (pure functions of the sketches).

* :func:`signatures`: a MinHash signature of each article's word 5-grams, by one-permutation hashing
  (Li, Owen and Zhang 2012): one hash per shingle, its top bits choose one of ``SLOTS`` slots, each slot
  keeps its smallest value. The share of equal slots of two signatures estimates the Jaccard
  resemblance of their shingle sets. Empty slots (texts of a few dozen words) are filled from their
  neighbours (rotation densification); a text without any shingle gets values of its own.
* :func:`lsh_groups`: locality-sensitive hashing (Broder; Indyk and Motwani): slots in ``BANDS`` bands of
  ``ROWS``; articles that agree on a whole band fall in one bucket, and the buckets' union gives the
  groups — without listing any pair. Two lightly edited copies of one wire story (resemblance 0.6 and
  more) share a band with probability 0.89 and more; two independent reports of one event (0.01) never.
* :func:`representative`: the member from which the others derive with the least editing, additions
  weighing more than cuts (a parsimony rule): the group's source.
* :func:`parents`: who was copied from whom inside a group: a member that another member holds much
  more of than the representative does was copied from that member (a copy of a copy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from newsreader.core.corpus.sketch import Sketch

SLOTS = 64
ROWS = 4
BANDS = SLOTS // ROWS
DELETION_COST = 0.1  # a dropped shingle costs this share of an added one
SAMPLE = 256  # members compared with each other when choosing a representative
PARENT_MARGIN = 0.1  # a parent other than the representative must hold this much more of the copy
EXACT_MARGIN = 0.02  # ... when measured exactly
PARENT_CHOICES = 3
_SLOT_BITS = 6  # log2(SLOTS)
_CHUNK = 2000
_MULT = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.uint64(1 << 62)


def _mix(ids: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        h = ids * _MULT
        h ^= h >> np.uint64(31)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(29)
    return h


def signatures(sketches: Sequence[Sketch]) -> np.ndarray:
    """``N x SLOTS`` uint64 signatures of the articles' 5-gram sets (computed in chunks of articles,
    so the temporary arrays stay small)."""
    n = len(sketches)
    out = np.empty((n, SLOTS), dtype=np.uint64)
    for start in range(0, n, _CHUNK):
        out[start : start + _CHUNK] = _signatures(sketches[start : start + _CHUNK], start)
    return out


def _signatures(sketches: Sequence[Sketch], offset: int) -> np.ndarray:
    n = len(sketches)
    lengths = np.array([s.shingles.size for s in sketches], dtype=np.int64)
    first = np.uint64(offset * SLOTS)
    empty = _EMPTY + first + np.arange(n * SLOTS, dtype=np.uint64).reshape(n, SLOTS)
    if lengths.sum() == 0:
        return empty
    h = _mix(np.concatenate([s.shingles for s in sketches]))
    slot = (h >> np.uint64(64 - _SLOT_BITS)).astype(np.int64)
    value = h & np.uint64((1 << (64 - _SLOT_BITS)) - 1)
    key = np.repeat(np.arange(n, dtype=np.int64), lengths) * SLOTS + slot
    sig = empty.reshape(-1).copy()
    np.minimum.at(sig, key, value)
    return _densified(sig.reshape(n, SLOTS), lengths > 0)


def _densified(sig: np.ndarray, nonempty: np.ndarray) -> np.ndarray:
    """Empty slots take the value of the next filled slot to their right, circularly, plus the
    distance (rotation densification, Shrivastava 2017), so short texts still compare slot by slot."""
    filled = sig < _EMPTY
    k = sig.shape[1]
    pos = np.where(filled, np.arange(k)[None, :], 2 * k)
    doubled = np.concatenate((pos, pos + k), axis=1)
    nxt = np.minimum.accumulate(doubled[:, ::-1], axis=1)[:, ::-1][:, :k]
    rows = np.arange(sig.shape[0])[:, None]
    ok = nonempty[:, None] & (nxt < 2 * k)
    src = np.where(ok, nxt % k, 0)
    dist = (np.where(ok, nxt, 0) - np.arange(k)[None, :]).astype(np.uint64)
    with np.errstate(over="ignore"):
        dense = sig[rows, src] + dist * np.uint64(0x9E3779B1)
    return np.where(filled | ~ok, sig, dense)


def lsh_groups(sig: np.ndarray) -> list[list[int]]:
    """Groups (two members or more, sorted) of articles that agree on at least one whole band."""
    n = sig.shape[0]
    if n < 2:
        return []
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for band in range(BANDS):
        part = sig[:, band * ROWS : (band + 1) * ROWS]
        with np.errstate(over="ignore"):
            key = part[:, 0].copy()
            for row in range(1, ROWS):
                key = _mix(key ^ part[:, row])
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        heads = first[inverse]
        linked = heads != np.arange(n)
        rows.append(np.flatnonzero(linked))
        cols.append(heads[linked])
    src, dst = np.concatenate(rows), np.concatenate(cols)
    graph = coo_matrix((np.ones(src.size, dtype=np.int8), (src, dst)), shape=(n, n))
    count, label = connected_components(graph, directed=False)
    counts = np.bincount(label, minlength=count)
    order = np.argsort(label, kind="stable")
    groups = np.split(order, np.cumsum(counts)[:-1])
    return [g.tolist() for g in groups if g.size > 1]


def agreement(sig: np.ndarray, i: int, others: Sequence[int] | np.ndarray) -> np.ndarray:
    """Estimated resemblance of article ``i`` with each of ``others`` (share of equal slots)."""
    return (sig[np.asarray(others, dtype=np.int64)] == sig[i]).mean(axis=1)


def derivation_cost(copy_size: float, source_size: float, held: float) -> float:
    """The editing that derives a text of ``copy_size`` shingles, ``held`` of which (a share) are
    found in a text of ``source_size``: what it adds, plus ``DELETION_COST`` times what it drops."""
    shared = held * copy_size
    return (copy_size - shared) + DELETION_COST * max(0.0, source_size - shared)


def representative(sig: np.ndarray, sizes: np.ndarray, members: Sequence[int]) -> int:
    """The member from which the others derive with the least editing (ties go to the first).

    A copy cuts its source (deletion: common, cheap) and may add text of its own (addition: rarer).
    The cost of deriving member m from x is the shingles m adds plus ``DELETION_COST`` times those it
    drops: so an original cut short a dozen ways is the source of its cuts, and a copy that adds a
    paragraph to it is still its copy once a few other copies lack that paragraph."""
    idx = np.asarray(members, dtype=np.int64)
    probe = idx if idx.size <= SAMPLE else idx[np.linspace(0, idx.size - 1, SAMPLE).astype(int)]
    j = (sig[idx][:, None, :] == sig[probe][None, :, :]).mean(axis=2)  # members x probes
    size_x, size_m = sizes[idx][:, None], sizes[probe][None, :]
    inter = np.minimum(np.minimum(size_x, size_m), j * (size_x + size_m) / (1.0 + j))
    cost = (size_m - inter) + DELETION_COST * (size_x - inter)
    return int(idx[int(np.argmin(cost.sum(axis=1)))])


def contained(sig: np.ndarray, sizes: np.ndarray, i: int, others: Sequence[int]) -> np.ndarray:
    """Estimated share of article ``i``'s shingles found in each of ``others``: from the resemblance
    J and the set sizes, |i ∩ o| = J (|i| + |o|) / (1 + J)."""
    idx = np.asarray(others, dtype=np.int64)
    j = agreement(sig, i, idx)
    inter = j * (sizes[i] + sizes[idx]) / (1.0 + j)
    return np.minimum(1.0, inter / max(1, int(sizes[i])))


def parents(
    sig: np.ndarray,
    sizes: np.ndarray,
    root: int,
    members: Sequence[int],
    held: Callable[[int, int], float] | None = None,
) -> dict[int, int]:
    """The parent of every member but ``root``: the root, or a member that holds clearly more of it.

    Members are placed in order of how much of them the root holds; each may take as parent only a
    member placed before it, so the result is a tree under ``root``. Containment, not resemblance,
    decides: a copy cut short still sits wholly inside the text it was made from. ``held(m, p)``,
    when given, measures exactly how much of ``m`` is found in ``p``; it settles the choice among the
    root and the ``PARENT_CHOICES`` likeliest members the signatures propose.
    """
    others = [m for m in members if m != root]
    if not others:
        return {}
    estimate = np.array([float(contained(sig, sizes, m, [root])[0]) for m in others])
    order = [others[k] for k in np.argsort(-estimate, kind="stable")]
    placed: list[int] = []
    out: dict[int, int] = {}
    for m in order:
        parent = root
        if placed:
            near = contained(sig, sizes, m, placed)
            top = np.argsort(-near, kind="stable")[:PARENT_CHOICES]
            if held is not None:
                base = held(m, root)
                best = max(((held(m, placed[k]), placed[k]) for k in top), key=lambda t: t[0])
                if best[0] >= base + EXACT_MARGIN:
                    parent = best[1]
            else:
                k = int(top[0])
                if near[k] >= float(contained(sig, sizes, m, [root])[0]) + PARENT_MARGIN:
                    parent = placed[k]
        out[m] = parent
        placed.append(m)
    return out
