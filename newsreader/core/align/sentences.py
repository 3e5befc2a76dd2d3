"""Matched sentences only: what other engines need from an alignment, without paragraph links.

The facts' comparison asks, for many article pairs, which sentences report the same thing, once
with the reading tuning and once with a looser one. :func:`sentence_matches` builds the two
articles' features and candidate pairs once, runs the sentence matcher with each tuning, and
keeps the matches the link stage would keep (the same acceptance rule, :func:`link_kind`), but
skips what only a view needs: inline word diffs, gap links, whole-article figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsreader.core.align.candidates import candidate_pairs
from newsreader.core.align.evidence import Tuning, UnitMatch, match_units
from newsreader.core.align.features import build
from newsreader.core.align.gaps import fill_gaps
from newsreader.core.align.links import link_kind
from newsreader.core.align.model import Cancelled, Kind

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """Sentence ``left_span`` of paragraph ``left`` says what ``right_span`` of ``right`` says;
    ``kind`` is the kind of the paragraph link they make."""

    left: int
    left_span: Span
    right: int
    right_span: Span
    kind: Kind


def sentence_matches(
    left: Sequence[str],
    right: Sequence[str],
    tunings: Sequence[Tuning],
    enough: float | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[list[SentenceMatch]]:
    """For each tuning, the matched sentences of two texts given as paragraphs.

    With ``enough``, the tunings after one whose matches cover that share of the shorter
    text's sentences are not run (their lists are empty): a copy needs no looser reading.
    ``cancelled`` is polled between stages (raises :class:`Cancelled`).
    """

    def check(_fraction: float = 0.0) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    lside, rside = build(list(left), list(right))  # each text's units are cached
    check()
    floor = min(t.floor for t in tunings)
    top_k = max(t.top_k for t in tunings)
    pairs = candidate_pairs(
        lside.matrix, rside.matrix, floor=floor, top_k=top_k, cancelled=cancelled
    )
    out: list[list[SentenceMatch]] = []
    shorter = max(1, min(len(lside.units), len(rside.units)))
    for tuning in tunings:
        if enough is not None and out and len(out[-1]) >= enough * shorter:
            out.append([])
            continue
        check()
        matches = fill_gaps(
            lside, rside, match_units(lside, rside, pairs, tuning, cancelled), tuning
        )
        groups: dict[tuple[int, int], list[UnitMatch]] = {}
        for m in matches:
            groups.setdefault((int(lside.para[m.x]), int(rside.para[m.y])), []).append(m)
        found: list[SentenceMatch] = []
        for (i, j), group in sorted(groups.items()):
            judged = link_kind(lside, rside, i, j, group)
            if judged is None:
                continue
            for m in sorted(group, key=lambda m: (m.x, m.y)):
                found.append(
                    SentenceMatch(i, lside.units[m.x].span, j, rside.units[m.y].span, judged[0])
                )
        out.append(found)
    return out
