"""From matched sentences to paragraph links: score, kind, moved flag, inline diff; whole-article figures."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import numpy as np
from rapidfuzz.distance import Indel

from newsreader.core.align.diff import diff_tokens, word_diff
from newsreader.core.align.evidence import UnitMatch
from newsreader.core.align.features import Side
from newsreader.core.align.model import Alignment, Kind, Link

EDITED = 0.6  # share of words in common (Indel similarity) for "edited" rather than "paraphrase"
MIN_PARAGRAPH_TERMS = 3  # paragraphs with fewer content words link only as identical text in a gap
MIN_PIECE_WORDS = 4  # words a short paragraph needs to link as a sentence split off its neighbour
MIN_SHARED_WORDS = 3  # distinct common content words a paraphrase link needs (a number counts half)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def normalised(text: str) -> str:
    """Text with whitespace runs collapsed and typographic quotes made plain (for "identical")."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def build_alignment(
    left: Side,
    right: Side,
    matches: list[UnitMatch],
    checkpoint: Callable[[float], None] | None = None,
) -> Alignment:
    """Group matched sentences by paragraph pair and make one link of each group that holds up.

    ``checkpoint(fraction)`` is called now and then; it may raise to cancel.
    """
    groups: dict[tuple[int, int], list[UnitMatch]] = {}
    for m in matches:
        groups.setdefault((int(left.para[m.x]), int(right.para[m.y])), []).append(m)
    links: list[Link] = []
    kept: list[UnitMatch] = []
    for n, ((i, j), group) in enumerate(sorted(groups.items())):
        if checkpoint is not None and n % 64 == 0:
            checkpoint(n / len(groups))
        link = _link(left, right, i, j, group)
        if link is not None:
            links.append(link)
            kept.extend(group)
    links.extend(_gap_links(left, right, links))
    links.extend(_piece_links(left, right, links))
    links.sort(key=lambda link: (link.left, link.right))
    result = Alignment(len(left.paragraphs), len(right.paragraphs), links)
    _article_figures(result, left, right, kept)
    return result


def _link(left: Side, right: Side, i: int, j: int, group: list[UnitMatch]) -> Link | None:
    """The link of paragraphs ``i`` and ``j``, or None when their evidence is too thin.

    Paragraphs of one or two content words (page furniture: "Log In", "Source link") never link
    here. A paraphrase (few words in common) must share at least ``MIN_SHARED_WORDS`` content words,
    a number counting half and at least one of them a word: two datelines, or a subscription line and
    a credit line that both name the outlet, share too little to say the same thing, while a list of
    forecasts restated in other words shares its figures.
    """
    judged = link_kind(left, right, i, j, group)
    if judged is None:
        return None
    kind, score = judged
    ltext, rtext = left.paragraphs[i], right.paragraphs[j]
    moved = sum(m.moved for m in group) * 2 > len(group)
    sentences = tuple(
        (left.units[m.x].span, right.units[m.y].span)
        for m in sorted(group, key=lambda m: (m.x, m.y))
    )
    return Link(i, j, round(score, 1), kind, moved, word_diff(ltext, rtext), sentences)


def link_kind(
    left: Side, right: Side, i: int, j: int, group: list[UnitMatch]
) -> tuple[Kind, float] | None:
    """The kind and score of the link of paragraphs ``i`` and ``j`` made of the sentence
    matches ``group``, or None when their evidence is too thin (see :func:`_link`)."""
    if left.para_size[i] < MIN_PARAGRAPH_TERMS or right.para_size[j] < MIN_PARAGRAPH_TERMS:
        return None
    xs = sorted({m.x for m in group})
    ys = sorted({m.y for m in group})
    surface = Indel.normalized_similarity(_words(left, xs), _words(right, ys))
    if surface < EDITED:
        words, numbers = _shared_terms(left, right, i, j)
        if words == 0 or words + numbers / 2 < MIN_SHARED_WORDS:
            return None
    content = float(np.mean([m.sim for m in group]))
    if normalised(left.paragraphs[i]) == normalised(right.paragraphs[j]):
        return "identical", 100.0
    kind: Kind = "edited" if surface >= EDITED else "paraphrase"
    return kind, min(99.0, 50.0 * (surface + content))


def _shared_terms(left: Side, right: Side, i: int, j: int) -> tuple[int, int]:
    """Distinct content words and distinct numbers used by both paragraphs."""
    a = {t for x in range(left.first[i], left.first[i + 1]) for t in left.term_ids[x]}
    b = {t for y in range(right.first[j], right.first[j + 1]) for t in right.term_ids[y]}
    numbers = sum(1 for t in a & b if left.number[t])
    return len(a & b) - numbers, numbers


def _words(side: Side, units: list[int]) -> list[str]:
    """Comparison keys of the words of the given units (of one paragraph), in order."""
    out: list[str] = []
    for u in units:
        unit = side.units[u]
        spans, keys = diff_tokens(side.paragraphs[unit.para])
        a, b = unit.span
        lo = bisect_left(spans, (a, -1))
        hi = bisect_left(spans, (b, -1))
        out.extend(keys[lo:hi])
    return out


def _gap_links(left: Side, right: Side, links: list[Link]) -> list[Link]:
    """Tiny paragraphs (a dateline, "It was Kyiv.") of identical text, between two in-order links
    that leave gaps of the same size on both sides, at the same position in the gap."""
    out: list[Link] = []
    linked_left = {lk.left for lk in links}
    linked_right = {lk.right for lk in links}
    ordered = sorted((lk.left, lk.right) for lk in links if not lk.moved)
    for (i0, j0), (i1, j1) in pairwise(ordered):
        if i1 - i0 != j1 - j0 or i1 - i0 < 2:
            continue
        for d in range(1, i1 - i0):
            i, j = i0 + d, j0 + d
            if i in linked_left or j in linked_right:
                continue
            small = (
                left.para_size[i] < MIN_PARAGRAPH_TERMS or right.para_size[j] < MIN_PARAGRAPH_TERMS
            )
            a, b = left.paragraphs[i], right.paragraphs[j]
            if small and a.strip() and normalised(a) == normalised(b):
                out.append(Link(i, j, 100.0, "identical", False, word_diff(a, b)))
    return out


def _piece_links(left: Side, right: Side, links: list[Link]) -> list[Link]:
    """Short paragraphs split off a neighbour: a quote line ("'We will not sign,' he said.") that one
    outlet keeps inside a paragraph and another gives a paragraph of its own.

    A short unlinked paragraph (too few content words to link on its own evidence) links to the
    paragraph its previous or next paragraph is linked to, when its words are, word for word, one
    whole sentence of that paragraph. Either side may hold the short paragraph.
    """
    out: list[Link] = []
    for short, other, swap in ((left, right, False), (right, left, True)):
        linked: dict[int, set[int]] = {}
        for lk in links + out:
            a, b = (lk.right, lk.left) if swap else (lk.left, lk.right)
            linked.setdefault(a, set()).add(b)
        for q, text in enumerate(short.paragraphs):
            if q in linked or short.para_size[q] >= MIN_PARAGRAPH_TERMS:
                continue
            keys = diff_tokens(text)[1]
            if len(keys) < MIN_PIECE_WORDS:
                continue
            for p in sorted(linked.get(q - 1, set()) | linked.get(q + 1, set())):
                span = _same_sentence(other, p, keys)
                if span is None:
                    continue
                whole = (0, len(text))
                sentences = ((span, whole),) if swap else ((whole, span),)
                i, j = (p, q) if swap else (q, p)
                ops = word_diff(left.paragraphs[i], right.paragraphs[j])
                out.append(Link(i, j, 99.0, "edited", False, ops, sentences))
                break
    return out


def _same_sentence(side: Side, p: int, keys: tuple[str, ...]) -> tuple[int, int] | None:
    """The character range of the sentence of paragraph ``p`` whose words are exactly ``keys``."""
    text = side.paragraphs[p]
    spans, words = diff_tokens(text)
    for u in range(side.first[p], side.first[p + 1]):
        a, b = side.units[u].span
        lo = bisect_left(spans, (a, -1))
        hi = bisect_left(spans, (b, -1))
        if words[lo:hi] == keys:
            return a, b
    return None


def _article_figures(result: Alignment, left: Side, right: Side, matches: list[UnitMatch]) -> None:
    """Coverage both ways and the coverage-weighted similarity (tiny gap links do not count)."""
    best_left = np.zeros(len(left.units))
    best_right = np.zeros(len(right.units))
    for m in matches:
        best_left[m.x] = max(best_left[m.x], m.sim)
        best_right[m.y] = max(best_right[m.y], m.sim)
    lw, rw = left.words, right.words
    total_l, total_r = float(lw.sum()), float(rw.sum())
    if total_l:
        result.left_in_right = min(1.0, float(lw[best_left > 0].sum() / total_l))
    if total_r:
        result.right_in_left = min(1.0, float(rw[best_right > 0].sum() / total_r))
    if total_l + total_r:
        weighted = (best_left * lw).sum() + (best_right * rw).sum()
        result.similarity = min(100.0, float(100.0 * weighted / (total_l + total_r)))
