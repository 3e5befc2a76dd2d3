"""Sentence-level evidence: which sentences of the left article say what which sentences of the right say.

Seed-and-extend, as the PAN text-alignment systems and passim do:

1. every candidate pair gets a *support* score: its own tf-idf cosine (discounted for tiny sentences)
   blended with the cosine of the two paragraphs it sits in, so a sentence pair in two paragraphs that
   say the same thing outranks one that only shares a name;
2. the heaviest monotone chain of pairs is cut into runs; a run is kept when it holds at least one
   *seed* (strong support), or when several fairly strong pairs follow each other in order (a
   paraphrase keeps the order but may leave no single sentence pair strong). Weak pairs are thus
   accepted only next to strong ones, in order, and only when neither of their sentences has a much
   stronger match elsewhere;
3. passages that were moved are found from what is left: each remaining strong seed (strongest
   first) is extended forwards and backwards along its own diagonal through nearby pairs, and the
   run is marked moved;
4. a *lone* pair is kept when its two sentences are each other's best match, neither of their
   paragraphs has any other match, its support is fair, and the texts are already known to run
   together (the runs above cover a good share of the shorter one): a paragraph that a rewrite moved
   on its own, or the closing paragraph of both texts, reworded. Two reports that merely share names
   (two rounds of talks with the same delegations) get no such pairs;
5. a sentence that sits next to a matched pair and matches the same counterpart joins it (one outlet
   merges two sentences into one).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
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
    run_seed: float = 0.35  # ... or, in a run of several pairs, the best pair's support
    run_total: float = 0.84  # ... when the run's supports add up to this much
    dominated: float = 0.8  # a weak run member needs this share of its sentences' best support
    moved_seed: float = 0.5  # ... for a run out of the main order
    lone: float = 0.33  # support of a lone pair (mutual best, both paragraphs otherwise unmatched)
    lone_context: float = 0.3  # ... once this share of the shorter text's sentences is matched
    max_gap: int = 3  # units a run may skip on either side
    extend: float = 0.3  # support for a neighbour sentence to join a matched pair
    gap: float = 0.2  # cosine for a paragraph between two linked neighbours to join them


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
    if cancelled is not None and cancelled():
        raise Cancelled
    idx = np.flatnonzero(live)
    chain = best_chain(pairs.x[idx], pairs.y[idx], support[idx] - tuning.chain_min / 2, cancelled)
    best_x = np.zeros(len(left.units))
    best_y = np.zeros(len(right.units))
    np.maximum.at(best_x, pairs.x, support)
    np.maximum.at(best_y, pairs.y, support)
    for run in runs(pairs.x[idx], pairs.y[idx], chain, tuning.max_gap):
        members = idx[run]
        if _trusted(support[members], tuning):
            members = members[_not_dominated(members, support, (best_x, best_y), pairs, tuning)]
            for m in members:
                accepted[int(m)] = False
            used_x[pairs.x[members]] = True
            used_y[pairs.y[members]] = True
    if cancelled is not None and cancelled():
        raise Cancelled
    live &= ~used_x[pairs.x] & ~used_y[pairs.y]
    for m in _moved_runs(pairs, support, live, used=(used_x, used_y), tuning=tuning):
        accepted[m] = True
    in_order = _Order([(int(pairs.x[m]), int(pairs.y[m])) for m, mv in accepted.items() if not mv])
    shorter = used_x if len(used_x) <= len(used_y) else used_y
    if shorter.mean() >= tuning.lone_context:
        for m in _lone_pairs(left, right, pairs, support, used=(used_x, used_y), tuning=tuning):
            accepted[m] = not in_order.fits(int(pairs.x[m]), int(pairs.y[m]))
    _extend(pairs, support, accepted, used=(used_x, used_y), tuning=tuning)
    out = [
        UnitMatch(int(pairs.x[m]), int(pairs.y[m]), float(pairs.sim[m]), float(support[m]), moved)
        for m, moved in accepted.items()
    ]
    out.sort(key=lambda u: (u.x, u.y))
    return out


def _trusted(supports: np.ndarray, tuning: Tuning) -> bool:
    """A run holds a seed, or several fair pairs in order that together weigh as much as two seeds."""
    best = float(supports.max())
    if best >= tuning.seed:
        return True
    return (
        len(supports) >= 2 and best >= tuning.run_seed and float(supports.sum()) >= tuning.run_total
    )


def _not_dominated(
    members: np.ndarray,
    support: np.ndarray,
    best: tuple[np.ndarray, np.ndarray],
    pairs: Pairs,
    tuning: Tuning,
) -> np.ndarray:
    """Mask of the run members to keep: seeds, and weak pairs that are not far weaker than the best
    pair of either of their sentences (a caption that names the same official as a lead sentence,
    while that lead sentence has a much closer match elsewhere)."""
    best_x, best_y = best
    top = np.maximum(best_x[pairs.x[members]], best_y[pairs.y[members]])
    own = support[members]
    return (own >= tuning.seed) | (own >= tuning.dominated * top)


def _moved_runs(
    pairs: Pairs,
    support: np.ndarray,
    live: np.ndarray,
    *,
    used: tuple[np.ndarray, np.ndarray],
    tuning: Tuning,
) -> list[int]:
    """Seed-and-extend over the pairs left out of the main chain (marks units used)."""
    used_x, used_y = used
    by_x: dict[int, list[tuple[int, int]]] = {}
    for k in np.flatnonzero(live):
        by_x.setdefault(int(pairs.x[k]), []).append((int(pairs.y[k]), int(k)))
    seeds = [int(k) for k in np.flatnonzero(live & (support >= tuning.moved_seed))]
    seeds.sort(key=lambda k: -support[k])
    out: list[int] = []
    reach = tuning.max_gap + 1
    for seed in seeds:
        x, y = int(pairs.x[seed]), int(pairs.y[seed])
        if used_x[x] or used_y[y]:
            continue
        run = [seed]
        used_x[x] = used_y[y] = True
        for step in (1, -1):
            cx, cy = x, y
            while True:
                nxt = _next_on_diagonal(by_x, support, (cx, cy), step=step, reach=reach, used=used)
                if nxt is None:
                    break
                run.append(nxt)
                cx, cy = int(pairs.x[nxt]), int(pairs.y[nxt])
                used_x[cx] = used_y[cy] = True
        out.extend(run)
    return out


def _lone_pairs(
    left: Side,
    right: Side,
    pairs: Pairs,
    support: np.ndarray,
    *,
    used: tuple[np.ndarray, np.ndarray],
    tuning: Tuning,
) -> list[int]:
    """Pairs that are each other's best match, in two paragraphs with no other match (marks units used)."""
    used_x, used_y = used
    best_x = np.full(len(used_x), -1.0)
    best_y = np.full(len(used_y), -1.0)
    np.maximum.at(best_x, pairs.x, support)
    np.maximum.at(best_y, pairs.y, support)
    taken_l = np.zeros(len(left.paragraphs), bool)
    taken_r = np.zeros(len(right.paragraphs), bool)
    taken_l[left.para[used_x]] = True
    taken_r[right.para[used_y]] = True
    mutual = (support >= best_x[pairs.x]) & (support >= best_y[pairs.y])
    ok = mutual & (support >= tuning.lone) & ~used_x[pairs.x] & ~used_y[pairs.y]
    ok &= ~taken_l[left.para[pairs.x]] & ~taken_r[right.para[pairs.y]]
    out: list[int] = []
    for k in sorted(np.flatnonzero(ok).tolist(), key=lambda k: -support[k]):
        x, y = int(pairs.x[k]), int(pairs.y[k])
        i, j = int(left.para[x]), int(right.para[y])
        if taken_l[i] or taken_r[j]:
            continue
        taken_l[i] = taken_r[j] = True
        used_x[x] = used_y[y] = True
        out.append(k)
    return out


class _Order:
    """The in-order pairs, sorted, for asking whether another pair keeps their order."""

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        pairs.sort()
        self.xs = [x for x, _ in pairs]
        ys = [y for _, y in pairs]
        self.max_before = list(itertools.accumulate(ys, max))  # largest y up to each position
        self.min_after = list(itertools.accumulate(reversed(ys), min))[::-1]

    def fits(self, x: int, y: int) -> bool:
        """True when every pair left of ``x`` is above ``y`` and every pair right of it below."""
        before = bisect_left(self.xs, x)
        after = bisect_right(self.xs, x)
        if before and self.max_before[before - 1] >= y:
            return False
        return not (after < len(self.xs) and self.min_after[after] <= y)


def _next_on_diagonal(
    by_x: dict[int, list[tuple[int, int]]],
    support: np.ndarray,
    at: tuple[int, int],
    *,
    step: int,
    reach: int,
    used: tuple[np.ndarray, np.ndarray],
) -> int | None:
    """The strongest free pair among the nearest following (or preceding) units on both sides."""
    used_x, used_y = used
    x, y = at
    for dx in range(1, reach + 1):
        nx = x + step * dx
        if nx < 0 or nx >= len(used_x) or used_x[nx]:
            continue
        options = [
            k for ny, k in by_x.get(nx, ()) if 0 < (ny - y) * step <= reach and not used_y[ny]
        ]
        if options:
            return max(options, key=lambda k: support[k])
    return None


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
