"""Word tokens: words as written, and the alignment's terms.

``WORD`` is a word as written: letters and digits with inner hyphens, apostrophes and full stops
kept (``30-day``, ``Russia's``, ``1.6``, ``U.S``). The corpus sketches, the name spellings of the
copy direction, the word diff and the claim comparisons count these.

``TERM_WORD`` is the alignment's cut of the same text (:mod:`newsreader.core.align.tokens`): a
number with decimals or thousands separators is one token (``1,644``), hyphenated words are split
(``30-day`` → ``30``, ``day``), so a figure anchors two paragraphs as a whole and a compound meets
its parts.
"""

from __future__ import annotations

import re

from newsreader.core.text.fold import fold

WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
TERM_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    """The :data:`WORD` tokens of ``text``, as written."""
    return WORD.findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of :func:`words`."""
    return [m.span() for m in WORD.finditer(text)]


def folded_words(text: str) -> list[str]:
    """The :data:`WORD` tokens of ``text`` folded (:func:`~newsreader.core.text.fold.fold`)."""
    return WORD.findall(fold(text))
