"""Monotone chains over scored pairs: the in-order backbone of an alignment.

:func:`best_chain` picks, among candidate pairs ``(x, y, weight)``, the set with the largest total
weight whose ``x`` and ``y`` both strictly increase (the sparse form of a monotone DP, as genome
aligners chain seeds): O(K log K) with a Fenwick tree of prefix maxima. :func:`runs` cuts a chain
where it jumps over more than a few units on either side, so each stretch of aligned text can be
judged on its own evidence.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from newsreader.core.align.model import Cancelled


def best_chain(
    x: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """Indices of the heaviest chain with strictly increasing ``x`` and ``y``, in chain order.

    Weights must be positive.
    """
    k = len(x)
    if k == 0:
        return []
    # Same x: larger y first, so two pairs of one left unit never see each other.
    order = np.lexsort((-y, x)).tolist()
    ys = y.tolist()
    ws = weight.tolist()
    size = int(y.max()) + 2
    tree_val = [0.0] * (size + 1)
    tree_arg = [-1] * (size + 1)
    score = [0.0] * k
    parent = [-1] * k
    for n, idx in enumerate(order):
        if cancelled is not None and n % 4096 == 0 and cancelled():
            raise Cancelled
        # Best chain ending at any y' < y: Fenwick prefix maximum over positions 1..y.
        best, arg = 0.0, -1
        i = ys[idx]
        while i > 0:
            if tree_val[i] > best:
                best, arg = tree_val[i], tree_arg[i]
            i -= i & -i
        total = best + ws[idx]
        score[idx], parent[idx] = total, arg
        i = ys[idx] + 1
        while i <= size:
            if tree_val[i] < total:
                tree_val[i], tree_arg[i] = total, idx
            i += i & -i
    end = max(range(k), key=score.__getitem__)
    chain: list[int] = []
    while end >= 0:
        chain.append(end)
        end = parent[end]
    chain.reverse()
    return chain


def runs(x: np.ndarray, y: np.ndarray, chain: list[int], max_gap: int) -> list[list[int]]:
    """Split a chain into runs: consecutive pairs skip at most ``max_gap`` units on each side."""
    out: list[list[int]] = []
    for idx in chain:
        if out:
            prev = out[-1][-1]
            if x[idx] - x[prev] - 1 <= max_gap and y[idx] - y[prev] - 1 <= max_gap:
                out[-1].append(idx)
                continue
        out.append([idx])
    return out
