"""Sentence-level evidence: which sentences of the left article say what which sentences of the right say.

Seed-and-extend, as the PAN text-alignment systems and passim do:

1. every candidate pair gets a *support* score: its own tf-idf cosine (discounted for tiny sentences)
   blended with the cosine of the two paragraphs it sits in, so a sentence pair in two paragraphs that
   say the same thing outranks one that only shares a name;
2. the heaviest monotone chain of pairs is cut into runs; a run is kept when it holds at least one
   *seed* (strong support). Weak pairs are thus accepted only next to strong ones, in order;
3. the chain is taken again over what is left, to find passages that were moved: those runs need a
   stronger seed and are marked moved;
4. a sentence that sits next to a matched pair and matches the same counterpart joins it (one outlet
   merges two sentences into one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from newsreader.core.align.candidates import Pairs
from newsreader.core.align.chain import best_chain, runs
from newsreader.core.align.features import Side, cosine_pairs
from newsreader.core.align.model import Cancelled


@dataclass(frozen=True, slots=True)
class Tuning:
    """Thresholds of the sentence matcher (supports are 0-1)."""

    floor: float = 0.12  # cosine below which a pair is not a candidate at all
    top_k: int = 6  # candidates kept per sentence, per side
    size_prior: float = (
        1.5  # support = cos * n / (n + prior), n = content terms of the smaller unit
    )
    context: float = 0.35  # weight of the paragraph cosine in a pair's support
    chain_min: float = 0.2  # support a pair needs to enter a chain
    seed: float = 0.42  # support that makes a run trustworthy
    moved_seed: float = 0.55  # ... for a run out of the main order
    max_gap: int = 3  # units a run may skip on either side
    extend: float = 0.3  # support for a neighbour sentence to join a matched pair
    gap: float = 0.2  # cosine for a paragraph between two linked neighbours to join them
    max_passes: int = 6


@dataclass(slots=True)
class UnitMatch:
    x: int  # left unit
    y: int  # right unit
    sim: float  # raw cosine of the two units
    support: float
    moved: bool


def match_units(
    left: Side,
    right: Side,
    pairs: Pairs,
    tuning: Tuning,
    cancelled: Callable[[], bool] | None = None,
) -> list[UnitMatch]:
    """Accepted unit pairs, in left order."""
    if len(pairs) == 0:
        return []
    support = _support(left, right, pairs, tuning)
    live = support >= tuning.chain_min
    used_x = np.zeros(len(left.units), bool)
    used_y = np.zeros(len(right.units), bool)
    accepted: dict[int, bool] = {}  # pair index -> moved
    for n in range(tuning.max_passes):
        if cancelled is not None and cancelled():
            raise Cancelled
        live &= ~used_x[pairs.x] & ~used_y[pairs.y]
        idx = np.flatnonzero(live)
        if len(idx) == 0:
            break
        chain = best_chain(
            pairs.x[idx], pairs.y[idx], support[idx] - tuning.chain_min / 2, cancelled
        )
        seed = tuning.seed if n == 0 else tuning.moved_seed
        found = False
        for run in runs(pairs.x[idx], pairs.y[idx], chain, tuning.max_gap):
            members = idx[run]
            if support[members].max() < seed:
                continue
            found = True
            for m in members:
                accepted[int(m)] = n > 0
            used_x[pairs.x[members]] = True
            used_y[pairs.y[members]] = True
        if not found:
            break
    _extend(pairs, support, accepted, used=(used_x, used_y), tuning=tuning)
    out = [
        UnitMatch(int(pairs.x[m]), int(pairs.y[m]), float(pairs.sim[m]), float(support[m]), moved)
        for m, moved in accepted.items()
    ]
    out.sort(key=lambda u: (u.x, u.y))
    return out


def _support(left: Side, right: Side, pairs: Pairs, tuning: Tuning) -> np.ndarray:
    smaller = np.minimum(left.size[pairs.x], right.size[pairs.y])
    own = pairs.sim * smaller / (smaller + tuning.size_prior)
    context = cosine_pairs(
        left.para_matrix, right.para_matrix, left.para[pairs.x], right.para[pairs.y]
    )
    return (1.0 - tuning.context) * own + tuning.context * context


def _extend(
    pairs: Pairs,
    support: np.ndarray,
    accepted: dict[int, bool],
    *,
    used: tuple[np.ndarray, np.ndarray],
    tuning: Tuning,
) -> None:
    """Let an unmatched sentence join the counterpart of its matched neighbour."""
    used_x, used_y = used
    strong = np.flatnonzero(support >= tuning.extend)
    index = {(int(pairs.x[k]), int(pairs.y[k])): int(k) for k in strong}
    for k, moved in list(accepted.items()):
        x, y = int(pairs.x[k]), int(pairs.y[k])
        for ny in (y - 1, y + 1):
            j = index.get((x, ny))
            if j is not None and not used_y[ny]:
                accepted[j] = moved
                used_y[ny] = True
        for nx in (x - 1, x + 1):
            j = index.get((nx, y))
            if j is not None and not used_x[nx]:
                accepted[j] = moved
                used_x[nx] = True
