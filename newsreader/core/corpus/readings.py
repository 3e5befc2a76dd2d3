"""Shared variant readings: where two copies differ from a third related text, which of them does
each follow? (pure functions of sketches and sentence alignments).

Textual criticism groups the witnesses of a text by the readings they share against the others
(Lachmann's method: a change two witnesses share points to a common exemplar; a change only one has
says nothing about the others). Three related news texts ``t``, ``x`` and ``y``: a *place* is a
sentence of ``t`` aligned with a sentence of ``x`` and with one of ``y``; there, ``x``'s readings are
the word 3-grams of its sentence found nowhere in ``t``, and ``t``'s readings the 3-grams of ``t``'s
sentence found nowhere in ``x``. ``y`` follows ``x`` where it holds ``x``'s readings, and ``t`` where
it holds ``t``'s (anywhere: a sentence split or joined differently is no change of wording).

* A copy of a copy keeps the intermediate's own changes: ``y`` follows ``x`` against the source.
* Two copies of one source each keep the source's wording where the other changed it: each follows
  the source against the other (:func:`side_with_third`) — they are siblings, not a copy of each other.

Only places all three texts have count: a text cut short (a digest, a stored excerpt, a page whose
end is lost) has fewer places, not other readings, since omissions happen independently and
changed wording does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from newsreader.core.corpus.sketch import Sketch, trigram_ids, word_id
from newsreader.core.text import folded_words

MIN_READINGS = 3  # 3-grams: about one changed word

Aligned = Callable[[int, int], Sequence[tuple[int, int]]]  # (a, b) -> (sentence of a, of b) pairs


@dataclass(frozen=True, slots=True)
class Readings:
    """At the places where ``x`` differs from ``t``: how many of ``x``'s readings ``y`` holds
    (``with_x``), how many of ``t``'s (``with_third``), and how many places were compared."""

    with_x: int
    with_third: int
    places: int

    @property
    def follows_third(self) -> bool:
        return self.with_third >= MIN_READINGS and self.with_third > self.with_x


class SentenceTrigrams:
    """Word 3-gram ids of single sentences, computed on demand and remembered."""

    def __init__(self, sketches: Sequence[Sketch]) -> None:
        self._sketches = sketches
        self._cache: dict[tuple[int, int], set[int]] = {}
        self._whole: dict[int, set[int]] = {}
        self._maps: dict[tuple[int, int], dict[int, int]] = {}
        self._differences: dict[
            tuple[int, int], tuple[set[int], list[tuple[int, set[int], set[int]]]]
        ] = {}

    def whole(self, article: int) -> set[int]:
        """All of the article's word 3-gram ids."""
        got = self._whole.get(article)
        if got is None:
            got = self._whole[article] = set(self._sketches[article].trigrams.tolist())
        return got

    def aligned_map(self, t: int, y: int, aligned: Aligned) -> dict[int, int]:
        """``aligned(t, y)`` as a mapping from ``t``'s sentences (remembered per pair)."""
        got = self._maps.get((t, y))
        if got is None:
            got = self._maps[(t, y)] = dict(aligned(t, y))
        return got

    def differences(
        self, x: int, t: int, aligned: Aligned
    ) -> tuple[set[int], list[tuple[int, set[int], set[int]]]]:
        """The sentences of ``t`` aligned with ``x``, and where the two differ: each such
        sentence with ``x``'s readings (its 3-grams found nowhere in ``t``) and ``t``'s (found
        nowhere in ``x``); remembered per pair, since one pair is weighed against many thirds."""
        key = (x, t)
        got = self._differences.get(key)
        if got is None:
            all_t, all_x = self.whole(t), self.whole(x)
            text_t, text_x = self._sketches[t].sentences, self._sketches[x].sentences
            places: set[int] = set()
            changed: list[tuple[int, set[int], set[int]]] = []
            for s, sx in aligned(t, x):
                places.add(s)
                if text_x[sx] == text_t[s]:
                    continue  # the same sentence: no reading of either side
                own_x, own_t = self(x, sx) - all_t, self(t, s) - all_x
                if own_x or own_t:
                    changed.append((s, own_x, own_t))
            got = self._differences[key] = (places, changed)
        return got

    def __call__(self, article: int, sentence: int) -> set[int]:
        key = (article, sentence)
        got = self._cache.get(key)
        if got is None:
            self._sentences_of(article)
            got = self._cache[key]
        return got

    def _sentences_of(self, article: int) -> None:
        """Every sentence's 3-grams of ``article`` at once: the words of all its sentences in one
        array, their 3-gram ids in one pass, each sentence taking the 3-grams inside it (the ids
        :func:`~newsreader.core.corpus.sketch.shingle_ids` gives the sentence alone)."""
        words = [folded_words(text) for text in self._sketches[article].sentences]
        flat = [w for ws in words for w in ws]
        ids = np.fromiter(map(word_id, flat), dtype=np.uint64, count=len(flat))
        grams = trigram_ids(ids).tolist()
        start = 0
        for n, ws in enumerate(words):
            end = start + len(ws)
            self._cache[(article, n)] = set(grams[start : end - 2]) if len(ws) >= 3 else set()
            start = end


def readings(y: int, x: int, t: int, aligned: Aligned, trigrams: SentenceTrigrams) -> Readings:
    """Which of ``x`` and ``t`` does ``y`` follow where the two differ (see the module doc)."""
    places_x, changed = trigrams.differences(x, t, aligned)
    in_y = trigrams.aligned_map(t, y, aligned)
    all_y = trigrams.whole(y)
    with_x = with_third = 0
    for s, own_x, own_t in changed:
        if s in in_y:
            with_x += len(own_x & all_y)
            with_third += len(own_t & all_y)
    return Readings(with_x, with_third, len(places_x & in_y.keys()))


def side_with_third(x: int, y: int, t: int, aligned: Aligned, trigrams: SentenceTrigrams) -> bool:
    """Do ``x`` and ``y`` each keep ``t``'s wording where the other changed it? Then neither took
    the other's changes: their likeness is what both took from ``t`` (or ``t`` from one of them)."""
    return (
        readings(y, x, t, aligned, trigrams).follows_third
        and readings(x, y, t, aligned, trigrams).follows_third
    )
