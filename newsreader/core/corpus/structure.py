"""Copy or same story? Evidence from the order of the words, for one candidate pair (pure functions).

A copy — syndicated, rewritten or machine translated — walks through its source sentence by sentence, so
a large share of the shorter text's content words reappear *in the same order* in the other. Two
independent reports of one event share names, places and numbers, but not that sequence.

* ``ordered``: the longest common subsequence of the two content-word sequences, as a share of the
  shorter one (word-level monotone alignment; ``rapidfuzz`` computes it bit-parallel).
* ``chance``: the same share when the longer article's sentences are shuffled (a few fixed shuffles):
  what shared vocabulary alone explains, without the order.
* ``excess = (ordered - chance) / (1 - chance)``: the share of the shorter text that follows the other's
  order beyond chance. A pair is a copy when ``excess >= COPY_EXCESS``.

Sentence-level evidence (which sentences align, the longest run of consecutive aligned sentences and the
share of each article they cover) follows the alignment engine's recipe
(:mod:`newsreader.core.align.evidence`) on the sketches' sentences: the heaviest in-order path of
overlapping sentence pairs (a dynamic programme over the small sentence matrix), then *moved blocks*: each remaining strong seed (most of the smaller sentence's content words in the
other sentence) extended along its diagonal through neighbouring overlapping pairs, so a cut-and-paste
copy that reorders the source's paragraphs is covered as well as one that keeps their order.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import LCSseq

from newsreader.core.corpus.sketch import Sketch

COPY_EXCESS = 0.2  # a fifth of the shorter text follows the other's order, beyond chance
MIN_CONTENT_WORDS = 20  # below this a text is too short to tell a copy from a coincidence
SHUFFLES = 6
RUN_GAP = 1  # a run of aligned sentences survives one skipped sentence (a byline, an added aside)
SENTENCE_MATCH = 0.3  # share of the smaller sentence's content words found in the other sentence
MOVED_SEED = 0.6  # ... for a sentence pair out of the main order to seed a moved block
# The order evidence of very long texts is judged on their first MAX_WORDS content words (about
# 20,000 words of text, far beyond any news article): the word-level LCS and the sentence matrices
# grow with the product of the two lengths, and one long C call would hold the GIL for seconds.
MAX_WORDS = 10_000


@dataclass(frozen=True, slots=True)
class Order:
    """How much of the shorter article follows the other's word order (see module doc)."""

    shared: int  # length of the longest common subsequence of content words
    ordered: float
    chance: float
    excess: float

    @property
    def is_copy(self) -> bool:
        return self.excess >= COPY_EXCESS


@dataclass(frozen=True, slots=True)
class SentenceAlignment:
    pairs: tuple[tuple[int, int], ...]  # (sentence in a, sentence in b), in a's order
    coverage_a: float  # share of a's content words in aligned sentences (in order or moved)
    coverage_b: float
    longest_run: (
        int  # aligned sentence pairs in a row, skipping at most one sentence on either side
    )
    moved: tuple[tuple[int, int], ...] = ()  # the pairs of moved blocks (also in ``pairs``)


class Coded:
    """One article's content words (its first ``MAX_WORDS``) as characters of a code shared by all
    the articles of one :class:`Coder`: the pairwise tests compare strings (rapidfuzz's fastest
    path) and per-sentence word sets made once per article, not once per pair."""

    __slots__ = ("_incidence", "_words", "starts", "text")

    def __init__(self, text: str, starts: np.ndarray) -> None:
        self.text = text  # one character per content word
        self.starts = starts  # where each sentence starts in ``text`` (and the end)
        self._words: np.ndarray | None = None
        self._incidence: np.ndarray | None = None

    def pieces(self) -> list[str]:
        """The sentences' content words, one string per sentence."""
        s = self.starts.tolist()
        return [self.text[s[k] : s[k + 1]] for k in range(len(s) - 1)]

    def incidence(self) -> tuple[np.ndarray, np.ndarray]:
        """The sorted distinct codes, and which sentences hold each (sentences x codes, bool)."""
        if self._words is None or self._incidence is None:
            codes = np.frombuffer(self.text.encode("utf-32-le"), dtype=np.uint32)
            self._words, inverse = np.unique(codes, return_inverse=True)
            rows = np.repeat(np.arange(self.starts.size - 1), np.diff(self.starts))
            self._incidence = np.zeros((self.starts.size - 1, self._words.size), dtype=bool)
            self._incidence[rows, inverse] = True
        return self._words, self._incidence


_FIRST_CODE = 0x100
_SURROGATES = (0xD800, 0xE000)  # code points a str cannot encode alone
_LAST_RANK = 0x10FFFF - _FIRST_CODE - (_SURROGATES[1] - _SURROGATES[0])


class Coder:
    """Codes the articles of one corpus (:class:`Coded`, made on first use and kept): word ids are
    numbered in order of first sight, so equal words get equal characters in every article coded
    here. ``None`` once more distinct words were seen than Unicode has characters for (the tests
    then take the uncoded path, with the same results)."""

    def __init__(self, sketches: Sequence[Sketch]) -> None:
        self._sketches = sketches
        self._ranks: dict[int, int] = {}
        self._coded: dict[int, Coded | None] = {}

    def __call__(self, index: int) -> Coded | None:
        if index not in self._coded:
            self._coded[index] = self._code(self._sketches[index].head(MAX_WORDS))
        return self._coded[index]

    def _code(self, sketch: Sketch) -> Coded | None:
        ranks = self._ranks
        codes = np.array(
            [ranks.setdefault(w, len(ranks)) for w in sketch.content.tolist()], dtype=np.uint32
        )
        if len(ranks) > _LAST_RANK:
            return None
        codes += _FIRST_CODE
        codes[codes >= _SURROGATES[0]] += _SURROGATES[1] - _SURROGATES[0]
        return Coded(codes.tobytes().decode("utf-32-le"), sketch.sentence_starts)


def order_evidence(
    a: Sketch,
    b: Sketch,
    *,
    seed: int = 0,
    chance: bool = True,
    coded: tuple[Coded, Coded] | None = None,
) -> Order:
    """Ordered retention between two sketches, with its chance level (pure, deterministic).

    ``chance=False`` skips the shuffles (chance 0): for pairs already known to be copies from
    their verbatim reuse, where only the figures are wanted. ``coded``: the two articles'
    :class:`Coded` forms (one :class:`Coder`), which give the same figures faster."""
    a, b = a.head(MAX_WORDS), b.head(MAX_WORDS)
    short = min(a.size, b.size)
    if short < MIN_CONTENT_WORDS:
        return Order(0, 0.0, 0.0, 0.0)
    la: Sequence[int] | str
    lb: Sequence[int] | str
    la, lb = (coded[0].text, coded[1].text) if coded else (a.content.tolist(), b.content.tolist())
    shared = int(LCSseq.similarity(la, lb))
    ordered = shared / short
    if ordered < COPY_EXCESS or not chance:  # excess <= ordered: no need to measure chance
        return Order(shared, ordered, 0.0, ordered)
    a_first = (a.size, a.exact) <= (b.size, b.exact)  # the same choice whatever the argument order
    fixed, moved = (la, b) if a_first else (lb, a)
    if coded:
        level = _shuffled_text(fixed, coded[1 if a_first else 0].pieces(), seed) / short
    else:
        starts = moved.sentence_starts
        pieces = [moved.content[starts[k] : starts[k + 1]].tolist() for k in range(starts.size - 1)]
        level = _shuffled(fixed, pieces, seed) / short
    excess = (ordered - level) / (1.0 - level) if level < 1.0 else 0.0
    return Order(shared, ordered, level, max(0.0, excess))


@lru_cache(maxsize=8192)
def _shuffles(state: int, count: int) -> tuple[tuple[int, ...], ...]:
    """The orders of ``count`` pieces after each of ``SHUFFLES`` successive shuffles by a
    ``random.Random(state)`` (a shuffle's swaps depend only on the generator and the length)."""
    rng = random.Random(state)
    order = list(range(count))
    out = []
    for _ in range(SHUFFLES):
        rng.shuffle(order)
        out.append(tuple(order))
    return tuple(out)


def _shuffled(fixed: Sequence[int] | str, pieces: list[list[int]], seed: int) -> float:
    total = 0
    for order in _shuffles(seed * 7919 + len(fixed), len(pieces)):
        total += LCSseq.similarity(fixed, [w for k in order for w in pieces[k]])
    return total / SHUFFLES


def _shuffled_text(fixed: Sequence[int] | str, pieces: list[str], seed: int) -> float:
    total = 0
    for order in _shuffles(seed * 7919 + len(fixed), len(pieces)):
        total += LCSseq.similarity(fixed, "".join([pieces[k] for k in order]))
    return total / SHUFFLES


def align_sentences(
    a: Sketch, b: Sketch, coded: tuple[Coded, Coded] | None = None
) -> SentenceAlignment:
    """Sentence alignment: the heaviest in-order chain of overlapping sentences, plus moved blocks
    (``coded``: as in :func:`order_evidence`)."""
    a, b = a.head(MAX_WORDS), b.head(MAX_WORDS)
    n, m = a.sentence_starts.size - 1, b.sentence_starts.size - 1
    if n == 0 or m == 0:
        return SentenceAlignment((), 0.0, 0.0, 0)
    overlap = _coded_overlap(*coded) if coded else _sentence_overlap(a, b)
    size_a = np.diff(a.sentence_starts).astype(np.float32)
    size_b = np.diff(b.sentence_starts).astype(np.float32)
    smaller = np.maximum(1.0, np.minimum(size_a[:, None], size_b[None, :]))
    score = overlap / smaller
    weight = np.where(score >= SENTENCE_MATCH, score, 0.0)
    pairs = monotone_path(weight)
    moved = _moved_blocks(score, pairs)
    both = sorted(pairs + moved)
    total_a, total_b = max(1.0, float(size_a.sum())), max(1.0, float(size_b.sum()))
    cov_a = float(size_a[sorted({i for i, _ in both})].sum() / total_a) if both else 0.0
    cov_b = float(size_b[sorted({j for _, j in both})].sum() / total_b) if both else 0.0
    return SentenceAlignment(tuple(both), cov_a, cov_b, longest_run(pairs), tuple(moved))


def _moved_blocks(score: np.ndarray, in_order: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Seed-and-extend over the sentence pairs left out of the in-order path (as the engine's
    :mod:`newsreader.core.align.evidence` does): strongest seed first, then along its diagonal."""
    used_a = [False] * score.shape[0]
    used_b = [False] * score.shape[1]
    for i, j in in_order:
        used_a[i] = used_b[j] = True
    seed_a, seed_b = np.nonzero(score >= MOVED_SEED)  # row by row, as np.argwhere
    order = np.argsort(-score[seed_a, seed_b], kind="stable")
    out: list[tuple[int, int]] = []
    for i, j in zip(seed_a[order].tolist(), seed_b[order].tolist(), strict=True):
        if used_a[i] or used_b[j]:
            continue
        used_a[i] = used_b[j] = True
        out.append((i, j))
        for step in (1, -1):
            x, y = i + step, j + step
            while (
                0 <= x < score.shape[0]
                and 0 <= y < score.shape[1]
                and not used_a[x]
                and not used_b[y]
                and score[x, y] >= SENTENCE_MATCH
            ):
                used_a[x] = used_b[y] = True
                out.append((x, y))
                x, y = x + step, y + step
    return out


def _sentence_overlap(a: Sketch, b: Sketch) -> np.ndarray:
    """Distinct content words shared by every sentence of ``a`` and every sentence of ``b``."""
    vocab, inverse = np.unique(np.concatenate((a.content, b.content)), return_inverse=True)
    ia, ib = inverse[: a.size], inverse[a.size :]
    inc_a = np.zeros((a.sentence_starts.size - 1, vocab.size), dtype=np.float32)
    inc_b = np.zeros((b.sentence_starts.size - 1, vocab.size), dtype=np.float32)
    inc_a[np.repeat(np.arange(inc_a.shape[0]), np.diff(a.sentence_starts)), ia] = 1.0
    inc_b[np.repeat(np.arange(inc_b.shape[0]), np.diff(b.sentence_starts)), ib] = 1.0
    return inc_a @ inc_b.T


def _coded_overlap(a: Coded, b: Coded) -> np.ndarray:
    """:func:`_sentence_overlap` from the articles' coded incidences (the same counts)."""
    (words_a, inc_a), (words_b, inc_b) = a.incidence(), b.incidence()
    if words_a.size == 0 or words_b.size == 0:
        return np.zeros((inc_a.shape[0], inc_b.shape[0]), dtype=np.float32)
    at = np.minimum(np.searchsorted(words_b, words_a), words_b.size - 1)
    hit = words_b[at] == words_a
    return inc_a[:, hit].astype(np.float32) @ inc_b[:, at[hit]].T.astype(np.float32)


def monotone_path(weight: np.ndarray) -> list[tuple[int, int]]:
    """Cells of a strictly increasing path through ``weight`` with the largest total (0 = no match).

    The dynamic programme ``best[x + 1][y + 1] = max(best[x][y + 1], best[x + 1][y], best[x][y] +
    weight[x, y])`` is filled from the positive cells only: every row of ``best`` is nondecreasing,
    so a cell without weight adds nothing, and a positive cell raises the new row from its column
    on until the row is already as high."""
    n, m = weight.shape
    x_of, y_of = np.nonzero(weight > 0)
    gain = weight[x_of, y_of].astype(np.float64).tolist()
    cells: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for x, y, w in zip(x_of.tolist(), y_of.tolist(), gain, strict=True):
        cells[x].append((y, w))
    best = [[0.0] * (m + 1)]
    for x in range(n):
        previous = best[x]
        row = previous[:]
        for y, w in cells[x]:  # in column order
            value = previous[y] + w
            end = bisect_left(row, value, y + 1)  # the row is nondecreasing
            row[y + 1 : end] = [value] * (end - y - 1)
        best.append(row)
    pairs: list[tuple[int, int]] = []
    x, y = n, m
    while x > 0 and y > 0:
        if best[x][y] == best[x - 1][y]:
            x -= 1
        elif best[x][y] == best[x][y - 1]:
            y -= 1
        else:
            pairs.append((x - 1, y - 1))
            x -= 1
            y -= 1
    pairs.reverse()
    return pairs


def longest_run(pairs: list[tuple[int, int]]) -> int:
    longest = run = 0
    previous = (-2, -2)
    for i, j in pairs:
        step_i, step_j = i - previous[0], j - previous[1]
        run = run + 1 if 1 <= step_i <= RUN_GAP + 1 and 1 <= step_j <= RUN_GAP + 1 else 1
        longest = max(longest, run)
        previous = (i, j)
    return longest
