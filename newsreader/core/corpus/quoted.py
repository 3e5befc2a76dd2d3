"""What a writer quotes rather than writes: the word 3-grams inside quotations.

Outlets quote the same press statement, spokesperson or speech word for word without copying each
other, so verbatim reuse is measured on the writers' own text (:func:`~newsreader.core.corpus.
relation.reuse_outside_quotes`). Only pairs that share a quarter of their 3-grams ask for it, so it is
computed on demand from the sketch's sentences and remembered per text.
"""

from __future__ import annotations

import numpy as np

from newsreader.core.corpus.sketch import Sketch, shingle_ids, sorted_unique, word_id
from newsreader.core.text import folded_words
from newsreader.core.text.quote_marks import MIN_QUOTE_WORDS, regions

_MARKS = frozenset("\"“”«»„‘'")
_CACHE_LIMIT = 20_000
_cache: dict[int, np.ndarray] = {}


def quoted_trigrams(sketch: Sketch) -> np.ndarray:
    """Sorted distinct ids of the word 3-grams inside quotations of :data:`MIN_QUOTE_WORDS` words or
    more (a scare-quoted phrase is the writer's own text); each paragraph's sentences are read as one
    text, so a quotation running over several sentences counts whole."""
    got = _cache.get(sketch.exact)
    if got is None:
        got = _compute(sketch)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[sketch.exact] = got
    return got


def _compute(sketch: Sketch) -> np.ndarray:
    paragraphs: dict[int, list[str]] = {}
    for text, p in zip(sketch.sentences, sketch.sentence_paragraph.tolist(), strict=False):
        paragraphs.setdefault(p, []).append(text)
    found: list[np.ndarray] = []
    for sentences in paragraphs.values():
        text = " ".join(sentences)
        if _MARKS.isdisjoint(text):
            continue
        for region in regions(text):
            words = folded_words(text[region.start : region.end])
            if len(words) >= max(MIN_QUOTE_WORDS, 3):
                ids = np.fromiter(map(word_id, words), dtype=np.uint64, count=len(words))
                found.append(shingle_ids(ids, 3))
    return sorted_unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.uint64)
