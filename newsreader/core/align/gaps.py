"""Paragraph-level gap filling: a paragraph left out between two linked neighbours.

When an outlet splits one paragraph into three, the middle piece is often the one that was rewritten
most, and its sentences alone may be too weak to seed a match. But its position says a lot: both of
its neighbours are linked to the same paragraph of the other side, so it most likely comes from that
paragraph too — or it is new material inserted there. Its own words decide: it joins when its best
sentence cosine with that paragraph clears ``Tuning.gap``. A paragraph between neighbours linked to
two different paragraphs is left alone: it could belong to either, or to neither.
"""

from __future__ import annotations

import numpy as np

from newsreader.core.align.evidence import Tuning, UnitMatch
from newsreader.core.align.features import Side, cosine_pairs

MAX_NEIGHBOUR_DISTANCE = 2  # how far (in paragraphs) the linked neighbours may be
MIN_TERMS = 3  # content words a gap paragraph needs


def fill_gaps(left: Side, right: Side, matches: list[UnitMatch], tuning: Tuning) -> list[UnitMatch]:
    """``matches`` plus one match for each gap paragraph (either side) that fits its context."""
    in_order = [m for m in matches if not m.moved]
    right_links: dict[int, set[int]] = {}
    left_links: dict[int, set[int]] = {}
    for m in in_order:
        i, j = int(left.para[m.x]), int(right.para[m.y])
        right_links.setdefault(j, set()).add(i)
        left_links.setdefault(i, set()).add(j)
    added = [
        UnitMatch(x, y, sim, sim, False)
        for x, y, sim in _fill(right, left, right_links, tuning, swap=True)
    ]
    added += [
        UnitMatch(x, y, sim, sim, False)
        for x, y, sim in _fill(left, right, left_links, tuning, swap=False)
    ]
    return sorted(matches + added, key=lambda u: (u.x, u.y))


def _fill(
    gap_side: Side, other: Side, links: dict[int, set[int]], tuning: Tuning, *, swap: bool
) -> list[tuple[int, int, float]]:
    """(left unit, right unit, cosine) for the gap paragraphs of ``gap_side``."""
    out: list[tuple[int, int, float]] = []
    count = len(gap_side.paragraphs)
    for q in range(count):
        if q in links or gap_side.para_size[q] < MIN_TERMS:
            continue
        before = next((q - d for d in range(1, MAX_NEIGHBOUR_DISTANCE + 1) if q - d in links), None)
        after = next((q + d for d in range(1, MAX_NEIGHBOUR_DISTANCE + 1) if q + d in links), None)
        if before is None or after is None:
            continue
        common = links[before] & links[after]
        if len(common) != 1:
            continue
        best = _best_sentence_pair(gap_side, other, q, common.pop())
        if best is not None and best[2] >= tuning.gap:
            g, o, sim = best
            out.append((o, g, sim) if swap else (g, o, sim))
    return out


def _best_sentence_pair(
    gap_side: Side, other: Side, q: int, p: int
) -> tuple[int, int, float] | None:
    """The most similar (gap unit, other unit, cosine) between paragraph q and paragraph p."""
    gap_units = np.arange(gap_side.first[q], gap_side.first[q + 1])
    other_units = np.arange(other.first[p], other.first[p + 1])
    if len(gap_units) == 0 or len(other_units) == 0:
        return None
    g = np.repeat(gap_units, len(other_units))
    o = np.tile(other_units, len(gap_units))
    sims = cosine_pairs(gap_side.matrix, other.matrix, g, o)
    k = int(np.argmax(sims))
    return int(g[k]), int(o[k]), float(sims[k])
