"""Text normalisation every engine shares, each in one place (tests/core/test_text_home.py keeps it so).

- :mod:`.sentences`: ``split_sentences``, rule-based sentence spans;
- :mod:`.fold`: ``fold`` (case, accents, Latin letters, quotes and dashes: for comparing, never for
  display) and ``ascii_fold`` (any script transliterated to ASCII: keys that meet across scripts);
- :mod:`.words`: ``WORD``, ``words``, ``word_spans``, ``folded_words`` (words as written) and
  ``TERM_WORD`` (the alignment's terms);
- :mod:`.stem`: ``stem``, the one stemmer;
- :mod:`.stopwords`: ``STOPWORDS``, the one list of English function words.

Alignment, the corpus overview, the facts and the ingest rules import these; none keeps a copy.
"""

from __future__ import annotations

from newsreader.core.text.fold import ascii_fold, fold
from newsreader.core.text.sentences import split_sentences
from newsreader.core.text.stem import stem
from newsreader.core.text.stopwords import STOPWORDS
from newsreader.core.text.words import TERM_WORD, WORD, folded_words, word_spans, words

__all__ = [
    "STOPWORDS",
    "TERM_WORD",
    "WORD",
    "ascii_fold",
    "fold",
    "folded_words",
    "split_sentences",
    "stem",
    "word_spans",
    "words",
]
