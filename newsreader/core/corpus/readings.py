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

from newsreader.core.corpus.sketch import Sketch, shingle_ids, word_id
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
        self._differences: dict[
            tuple[int, int], tuple[list[int], list[tuple[int, set[int], set[int]]]]
        ] = {}

    def whole(self, article: int) -> set[int]:
        """All of the article's word 3-gram ids."""
        got = self._whole.get(article)
        if got is None:
            got = self._whole[article] = set(self._sketches[article].trigrams.tolist())
        return got

    def differences(
        self, x: int, t: int, aligned: Aligned
    ) -> tuple[list[int], list[tuple[int, set[int], set[int]]]]:
        """The sentences of ``t`` aligned with ``x``, and where the two differ: each such
        sentence with ``x``'s readings (its 3-grams found nowhere in ``t``) and ``t``'s (found
        nowhere in ``x``); remembered per pair, since one pair is weighed against many thirds."""
        key = (x, t)
        got = self._differences.get(key)
        if got is None:
            all_t, all_x = self.whole(t), self.whole(x)
            places, changed = [], []
            for s, sx in aligned(t, x):
                places.append(s)
                own_x, own_t = self(x, sx) - all_t, self(t, s) - all_x
                if own_x or own_t:
                    changed.append((s, own_x, own_t))
            got = self._differences[key] = (places, changed)
        return got

    def __call__(self, article: int, sentence: int) -> set[int]:
        key = (article, sentence)
        got = self._cache.get(key)
        if got is None:
            words = folded_words(self._sketches[article].sentences[sentence])
            ids = np.fromiter(map(word_id, words), dtype=np.uint64, count=len(words))
            got = set(shingle_ids(ids, 3).tolist()) if ids.size >= 3 else set()
            self._cache[key] = got
        return got


def readings(y: int, x: int, t: int, aligned: Aligned, trigrams: SentenceTrigrams) -> Readings:
    """Which of ``x`` and ``t`` does ``y`` follow where the two differ (see the module doc)."""
    places_x, changed = trigrams.differences(x, t, aligned)
    in_y = dict(aligned(t, y))
    all_y = trigrams.whole(y)
    with_x = with_third = 0
    for s, own_x, own_t in changed:
        if s in in_y:
            with_x += len(own_x & all_y)
            with_third += len(own_t & all_y)
    return Readings(with_x, with_third, sum(1 for s in places_x if s in in_y))


def side_with_third(x: int, y: int, t: int, aligned: Aligned, trigrams: SentenceTrigrams) -> bool:
    """Do ``x`` and ``y`` each keep ``t``'s wording where the other changed it? Then neither took
    the other's changes: their likeness is what both took from ``t`` (or ``t`` from one of them)."""
    return (
        readings(y, x, t, aligned, trigrams).follows_third
        and readings(x, y, t, aligned, trigrams).follows_third
    )
