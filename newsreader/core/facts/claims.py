"""Claim pairs: sentences of different outlets that report the same thing, within one story.

Scope first. Stories are the overview's story clusters
(:func:`~newsreader.core.corpus.story_clusters_of`: word similarity and publication dates), so a
report of another round of talks is never compared with this one. With a single event loaded the
overview's idf cannot see the event's own vocabulary and splits it by outlet family, so clusters
are joined where the alignment engine shows two articles retell the same sentences: a copy or a
close rewrite (the engine's own matcher), or a looser sentence pair that repeats a specific number
("96 percent"). Articles published more than :data:`STORY_DAYS` apart are never joined or
compared. The user can override: ``scope="all"`` treats the loaded set as one story.

Claim pairs come from the alignment engine run over every pair of articles of a story (in a story
of more than :data:`ALL_PAIRS`, each article's closest partners; in all, at most
:data:`MIN_BUDGET` article pairs or one per article, the most similar first): the matched
sentences (:func:`~newsreader.core.align.sentence_matches`), with the engine's own tuning and a
looser :data:`CLAIM_TUNING`, so that independent reports of one event (which share facts, not
wording) pair up too. ``close`` marks the pairs the engine's own tuning finds: the same sentence
copied or rewritten, within a passage retold.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from newsreader.core.align import Cancelled, Tuning, sentence_matches
from newsreader.core.corpus import story_clusters_of
from newsreader.core.facts.model import ArticleFacts, Evidence
from newsreader.core.unionfind import UnionFind

STORY_DAYS = 7  # as the overview: reports of one event appear within days of it
CLAIM_TUNING = Tuning(seed=0.3, run_seed=0.25, lone=0.25, lone_context=0.0)
ALL_PAIRS = 16  # up to this many articles in a story, every pair is aligned
PARTNERS = 1  # beyond that, each article is aligned with its closest partners only
COPY_SHARE = 0.6  # the reading tuning pairs this share of sentences: a copy, no looser pass
MIN_BUDGET = 300  # article pairs aligned at most: this many, or one per article in larger sets
BRIDGE_SIMILARITY = 0.03  # overview similarity below which two clusters are never joined
_SPECIFIC_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{2,})(?![\d,]|\.\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")

Span = tuple[int, int, int]  # paragraph, start, end


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """Sentence ``left`` of article ``a`` and sentence ``right`` of article ``b`` (a < b) report
    the same thing; ``close`` when one is a copy or close rewrite of the other."""

    a: int
    b: int
    left: Evidence
    right: Evidence
    close: bool


@dataclass(slots=True)
class Claims:
    stories: list[list[int]]
    pairs: list[ClaimPair]


def find_claims(
    facts: list[ArticleFacts],
    *,
    scope: str = "story",
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> Claims:
    """Stories (lists of article indices) and the claim pairs within them (``progress``
    receives 0..1 as article pairs are aligned)."""
    n = len(facts)
    texts = [f.paragraphs for f in facts]
    if n < 2 or not any(texts):
        return Claims([list(range(n))] if n else [], [])
    if scope == "all":
        similarity = _similarity(facts) if n > ALL_PAIRS else None
        candidates = _candidates(n, [list(range(n))], similarity)
        stories = [list(range(n))]
    else:
        clusters, similarity = story_clusters_of(texts, [f.published for f in facts])
        candidates = _candidates(n, clusters, similarity)
        stories = clusters
    days = _days(facts)
    found: dict[tuple[int, int], tuple[SentencePair, ...]] = {}
    for n_done, (i, j) in enumerate(candidates):
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None and n_done % 8 == 0:
            progress(n_done / len(candidates))
        if scope != "all" and _apart(days, i, j):
            continue  # the user's "one story" overrides the dates
        found[(i, j)] = _sentence_pairs(texts[i], texts[j], cancelled)
    if scope != "all":
        stories = _join(n, stories, _bridges(texts, found), days)
    story_of = {i: k for k, members in enumerate(stories) for i in members}
    pairs = [
        ClaimPair(i, j, _evidence(texts[i], left), _evidence(texts[j], right), close)
        for (i, j), sentence_pairs in found.items()
        if story_of[i] == story_of[j]
        for left, right, close in sentence_pairs
    ]
    return Claims(stories, pairs)


def _evidence(paragraphs: tuple[str, ...], span: Span) -> Evidence:
    p, start, end = span
    return Evidence(p, start, end, paragraphs[p][start:end])


SentencePair = tuple[Span, Span, bool]  # left sentence, right sentence, close


_CACHE: OrderedDict[tuple[tuple[str, ...], tuple[str, ...]], tuple[SentencePair, ...]] = (
    OrderedDict()
)
_CACHE_SIZE = 4096
_CACHE_LOCK = threading.Lock()


def _sentence_pairs(
    left: tuple[str, ...],
    right: tuple[str, ...],
    cancelled: Callable[[], bool] | None = None,
) -> tuple[SentencePair, ...]:
    """The sentence pairs the engine matches with its reading tuning (``close``: the same
    sentence copied or rewritten) and with the looser claim tuning (cached: names do not
    change them, so a merge or split of people reuses them)."""
    key = (left, right)
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    found = _match(left, right, cancelled)
    with _CACHE_LOCK:
        _CACHE[key] = found
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return found


def _match(
    left: tuple[str, ...], right: tuple[str, ...], cancelled: Callable[[], bool] | None
) -> tuple[SentencePair, ...]:
    strict, loose = sentence_matches(
        left, right, (Tuning(), CLAIM_TUNING), enough=COPY_SHARE, cancelled=cancelled
    )
    close = {(m.left, m.left_span, m.right, m.right_span) for m in strict}
    out: dict[tuple[Span, Span], bool] = {}
    for m in [*strict, *loose]:
        key = ((m.left, *m.left_span), (m.right, *m.right_span))
        out[key] = out.get(key, False) or (m.left, m.left_span, m.right, m.right_span) in close
    return tuple((a, b, c) for (a, b), c in out.items())


def _similarity(facts: list[ArticleFacts]) -> np.ndarray:
    _, similarity = story_clusters_of([f.paragraphs for f in facts], ["" for _ in facts])
    return similarity


def _candidates(
    n: int, groups: list[list[int]], similarity: np.ndarray | None
) -> list[tuple[int, int]]:
    """Article pairs to align: every pair of a small story; in a large one, each article's
    closest partners; across stories, pairs similar enough to be one event told apart."""
    out: set[tuple[int, int]] = set()
    for members in groups:
        if len(members) <= ALL_PAIRS or similarity is None:
            out.update(combinations(sorted(members), 2))
        else:
            out.update(_closest(sorted(members), similarity))
    if similarity is not None and len(groups) > 1 and n <= 4 * ALL_PAIRS:
        group_of = {i: k for k, members in enumerate(groups) for i in members}
        for i, j in combinations(range(n), 2):
            if group_of[i] != group_of[j] and similarity[i, j] >= BRIDGE_SIMILARITY:
                out.add((i, j))
    elif similarity is not None and len(groups) > 1:
        out.update(_closest(list(range(n)), similarity, floor=BRIDGE_SIMILARITY))
    budget = max(MIN_BUDGET, n)
    if len(out) <= budget or similarity is None:
        return sorted(out)
    # Over budget: the most similar pairs first (those retell the most claims).
    ranked = sorted(out, key=lambda p: (-float(similarity[p[0], p[1]]), p))
    return sorted(ranked[:budget])


def _closest(
    members: list[int], similarity: np.ndarray, floor: float = 0.0
) -> set[tuple[int, int]]:
    idx = np.asarray(members)
    block = similarity[np.ix_(idx, idx)].astype(np.float64)
    np.fill_diagonal(block, -1.0)
    out: set[tuple[int, int]] = set()
    k = min(PARTNERS, len(members) - 1)
    for row, i in enumerate(members):
        for col in np.argpartition(-block[row], k - 1)[:k] if k > 0 else []:
            if block[row, col] >= floor:
                j = members[int(col)]
                out.add((min(i, j), max(i, j)))
    return out


def _bridges(
    texts: list[tuple[str, ...]], found: dict[tuple[int, int], tuple[SentencePair, ...]]
) -> list[tuple[int, int]]:
    """Article pairs shown to report one event: a copied or closely rewritten sentence, or a
    looser sentence pair that repeats a specific number."""
    out = []
    for (i, j), sentence_pairs in found.items():
        for left, right, close in sentence_pairs:
            if close or (
                _numbers(_evidence(texts[i], left).text) & _numbers(_evidence(texts[j], right).text)
            ):
                out.append((i, j))
                break
    return out


def _numbers(text: str) -> set[str]:
    return {
        m.group(1).replace(",", "")
        for m in _SPECIFIC_NUMBER.finditer(text)
        if not _YEAR.fullmatch(m.group(1))
    }


def _join(
    n: int,
    clusters: list[list[int]],
    bridges: list[tuple[int, int]],
    days: list[float | None],
) -> list[list[int]]:
    """Clusters joined by bridges, unless that would put articles far apart in time together."""
    uf = UnionFind(n)
    span: dict[int, tuple[float, float] | None] = {}
    for members in clusters:
        for m in members[1:]:
            uf.union(members[0], m)
    for i in range(n):
        root = uf.find(i)
        d = days[i]
        if d is not None:
            lo, hi = span.get(root) or (d, d)
            span[root] = (min(lo, d), max(hi, d))
    for i, j in bridges:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        a, b = span.get(ri), span.get(rj)
        if a and b and max(a[1], b[1]) - min(a[0], b[0]) > STORY_DAYS:
            continue
        uf.union(ri, rj)
        joined = [s for s in (a, b) if s]
        if joined:
            span[uf.find(ri)] = (min(s[0] for s in joined), max(s[1] for s in joined))
    groups = uf.groups()
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def _days(facts: list[ArticleFacts]) -> list[float | None]:
    out: list[float | None] = []
    for f in facts:
        try:
            out.append(float(dt.date.fromisoformat(f.published[:10]).toordinal()))
        except ValueError:
            out.append(None)
    return out


def _apart(days: list[float | None], i: int, j: int) -> bool:
    a, b = days[i], days[j]
    return a is not None and b is not None and abs(a - b) > STORY_DAYS
