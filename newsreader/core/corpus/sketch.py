"""One article's fingerprint for the corpus overview: a pure, picklable function of its sentences.

``sketch_sentences`` needs no :class:`~newsreader.core.article.Article` (a batch run can map it over
plain text on any worker) and gives the same result in every process: word ids come from a keyed
BLAKE2 hash, never from Python's per-process ``hash()``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from newsreader.core.text import STOPWORDS, WORD, folded_words, split_sentences, stem

SHINGLE = 5  # words per shingle (passim's default n-gram order)

# Odd 64-bit multipliers for rolling the word ids of a shingle into one id (wrapping arithmetic).
_MIX = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
    ],
    dtype=np.uint64,
)
_IDS: dict[str, int] = {}  # word -> id cache; deterministic, so safe in every process
_STEMMED: dict[str, int] = {}  # word -> id of its stem (content words)


@dataclass(frozen=True, slots=True)
class Sketch:
    """What the overview needs from one article.

    ``content``: ids of the content words (stop words left out, stemmed: ``negotiated`` ->
    ``negotiat``, ``talks`` -> ``talk``, ``Russia's`` -> ``russia``; the fold, words, stemmer and
    stop words are :mod:`newsreader.core.text`'s, as in the alignment engine), in text order.
    ``sentence_starts``: where each sentence starts in ``content`` (one entry per sentence, plus the
    total length at the end); ``sentence_paragraph``: the paragraph index of each sentence.
    ``shingles``: sorted distinct ids of the article's word 5-grams (all words).
    ``trigrams``: sorted distinct ids of its word 3-grams (all words): verbatim reuse at the grain
    text-reuse research measures it (Clough and Stevenson's containment of word 3-grams).
    ``exact``: an id of the whole folded word sequence (equal for exact duplicates).
    ``sentences``: the sentence texts (for variant spellings and evidence).
    ``terms``: the content words as the alignment engine stems them, which is ``content`` itself
    (one stemmer: the same array), kept under this name for the paraphrase evidence of
    :mod:`~newsreader.core.corpus.paraphrase`, which reads it.
    """

    content: np.ndarray
    sentence_starts: np.ndarray
    sentence_paragraph: np.ndarray
    shingles: np.ndarray
    exact: int
    sentences: tuple[str, ...]
    trigrams: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    terms: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))

    @property
    def size(self) -> int:
        return int(self.content.size)

    def sentence_content(self, index: int) -> np.ndarray:
        return self.content[self.sentence_starts[index] : self.sentence_starts[index + 1]]

    def head(self, max_words: int) -> Sketch:
        """This sketch cut to its first ``max_words`` content words (whole sentences, at least one
        sentence); the sketch itself when it is not longer."""
        if self.size <= max_words:
            return self
        starts = self.sentence_starts
        keep = max(1, int(np.searchsorted(starts, max_words, side="right")) - 1)
        end = int(starts[keep]) if keep < starts.size else self.size
        return replace(
            self,
            content=self.content[:end],
            terms=self.terms[:end],
            sentence_starts=starts[: keep + 1].copy(),
            sentence_paragraph=self.sentence_paragraph[:keep],
            sentences=self.sentences[:keep],
        )


def word_id(word: str) -> int:
    """A stable 63-bit id for a folded word."""
    got = _IDS.get(word)
    if got is None:
        got = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little") >> 1
        if len(_IDS) < 2_000_000:
            _IDS[word] = got
    return got


def _stemmed_id(word: str) -> int:
    """The id of a folded word's stem, remembered (up to two million words)."""
    got = _STEMMED.get(word)
    if got is None:
        got = word_id(stem(word))
        if len(_STEMMED) < 2_000_000:
            _STEMMED[word] = got
    return got


def term_id(word: str) -> int:
    """The id of a folded word's stem (an entry of ``Sketch.content`` and ``Sketch.terms``)."""
    return _stemmed_id(word)


def _STOP_IDS() -> np.ndarray:  # computed once, on first use
    global _STOP_SORTED
    if _STOP_SORTED is None:
        _STOP_SORTED = np.sort(np.array([word_id(w) for w in STOPWORDS], dtype=np.uint64))
    return _STOP_SORTED


_STOP_SORTED: np.ndarray | None = None


def content_case(sketch: Sketch) -> np.ndarray:
    """Per content word of ``sketch`` (as in ``Sketch.terms``): +1 when it is written with a capital
    inside its sentence or is a number, -1 in lower case, 0 at the start of a sentence or when
    unknown. Summed per word, this is the alignment engine's vote that tells names from other words
    (computed on demand: the overview needs it for few articles)."""
    firsts: list[str] = []
    tokens: list[str] = []
    for sentence in sketch.sentences:
        found = folded_words(sentence)
        raw = WORD.findall(sentence)
        letters = "".join([t[0] for t in raw]) if len(raw) == len(found) else "_" * len(found)
        if not letters.isascii():
            letters = "".join(
                "A" if c.isupper() else "a" if c.islower() else "0" if c.isdigit() else "_"
                for c in letters
            )
        if letters:
            letters = ("0" if letters[0] == "0" else "_") + letters[1:]  # a sentence's first word
        firsts.append(letters)
        tokens.extend(found)
    codes = np.frombuffer("".join(firsts).encode("ascii", "replace"), dtype=np.uint8)
    upper = (codes >= 65) & (codes <= 90)
    digit = (codes >= 48) & (codes <= 57)
    lower = (codes >= 97) & (codes <= 122)
    votes = np.where(upper | digit, 1, np.where(lower, -1, 0)).astype(np.int8)
    words = np.fromiter(map(word_id, tokens), dtype=np.uint64, count=len(tokens))
    stop = _STOP_IDS()
    is_content = stop[np.searchsorted(stop, words).clip(0, stop.size - 1)] != words
    out = votes[is_content]
    return out if out.size == sketch.terms.size else np.zeros(sketch.terms.size, dtype=np.int8)


def sketch_sentences(paragraphs: Sequence[Sequence[str]]) -> Sketch:
    """Sketch an article given as paragraphs, each a list of sentence texts."""
    tokens: list[str] = []
    counts: list[int] = []
    para_of: list[int] = []
    texts: list[str] = []
    for p_index, sentences in enumerate(paragraphs):
        for sentence in sentences:
            found = folded_words(sentence)
            if found:
                tokens.extend(found)
                counts.append(len(found))
                para_of.append(p_index)
                texts.append(sentence)
    distinct = set(tokens)
    for w in distinct.difference(_IDS):
        word_id(w)
    for w in distinct.difference(_STEMMED):
        _stemmed_id(w)
    id_of = _IDS if len(_IDS) < 2_000_000 else {w: word_id(w) for w in distinct}
    stem_of = _STEMMED if len(_STEMMED) < 2_000_000 else {w: _stemmed_id(w) for w in distinct}
    words = np.fromiter(map(id_of.__getitem__, tokens), dtype=np.uint64, count=len(tokens))
    stemmed = np.fromiter(map(stem_of.__getitem__, tokens), dtype=np.uint64, count=len(tokens))
    stop = _STOP_IDS()
    is_content = stop[np.searchsorted(stop, words).clip(0, stop.size - 1)] != words
    bounds = np.concatenate(([0], np.cumsum(counts, dtype=np.int64)))
    content_before = np.concatenate(([0], np.cumsum(is_content, dtype=np.int64)))
    content = stemmed[is_content]
    return Sketch(
        content=content,
        sentence_starts=content_before[bounds].astype(np.int32),
        sentence_paragraph=np.array(para_of, dtype=np.int32),
        shingles=shingle_ids(words),
        exact=_sequence_id(words),
        sentences=tuple(texts),
        trigrams=shingle_ids(words, 3),
        terms=content,
    )


def sketch_text(text: str) -> Sketch:
    """Sketch plain text: blank lines separate paragraphs, sentences split by ``text.split_sentences``."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return sketch_sentences([[p[a:b] for a, b in split_sentences(p)] for p in paragraphs])


def shingle_ids(words: np.ndarray, n: int = SHINGLE) -> np.ndarray:
    """Sorted distinct ids of the word n-grams (the whole text when it is shorter than n)."""
    if words.size == 0:
        return np.zeros(0, dtype=np.uint64)
    if words.size < n:
        return np.array([_sequence_id(words)], dtype=np.uint64)
    return sorted_unique(_gram_ids(words, n))


def trigram_ids(words: np.ndarray) -> np.ndarray:
    """The id of the word 3-gram starting at each position (``words.size - 2`` of them, in text
    order, repeats kept): the values :func:`shingle_ids` sorts and dedupes for ``n = 3``."""
    return _gram_ids(words, 3)


def _gram_ids(words: np.ndarray, n: int) -> np.ndarray:
    count = max(0, words.size - n + 1)
    with np.errstate(over="ignore"):
        acc = np.zeros(count, dtype=np.uint64)
        for k in range(n):
            acc += words[k : k + count] * _MIX[k]
            acc ^= acc >> np.uint64(29)
    return acc


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of a small 1-D array by sorting (faster than numpy 2's hash-based unique here)."""
    out = np.sort(values)
    if out.size > 1:
        out = out[np.concatenate(([True], out[1:] != out[:-1]))]
    return out


def shared_count(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of distinct values have in common (the size of
    ``np.intersect1d(a, b, assume_unique=True)``, without sorting the two together)."""
    small, big = (a, b) if a.size <= b.size else (b, a)
    if small.size == 0:
        return 0
    at = np.minimum(np.searchsorted(big, small), big.size - 1)
    return int(np.count_nonzero(big[at] == small))


def _sequence_id(words: np.ndarray) -> int:
    return int.from_bytes(hashlib.blake2b(words.tobytes(), digest_size=8).digest(), "little") >> 1
