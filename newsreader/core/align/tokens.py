"""Content words for alignment: terms and alignment units.

A *term* is a folded, stemmed content word (``"negotiated"`` → ``"negotiat"``); stop words and
one-letter words are dropped. Numbers are kept whole (``"2022"``), hyphenated words are split
(``"30-day"`` → ``"30"``, ``"day"``); a number with decimals or thousands separators is one term
(``"1.6%"`` → ``"1.6"``, ``"1,644"`` → ``"1644"``), so figures anchor as a whole rather than as loose
digits. The tokens (``TERM_WORD``), the fold, the stemmer and the stop words are
:mod:`newsreader.core.text`'s. An alignment *unit* is a sentence, or a slice of an overlong one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsreader.core.text import STOPWORDS, TERM_WORD, fold, split_sentences, stem

_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
MAX_UNIT_WORDS = 120  # longer sentences (lists, unpunctuated text) are cut into slices
_SLICE_WORDS = 60


class TermCache:
    """Maps a raw word to ``(term or None for stopwords, case)`` once per distinct spelling.

    ``case`` is +1 for a capitalized word, -1 for a lower-case one and 0 for a number.
    """

    __slots__ = ("known",)

    def __init__(self) -> None:
        self.known: dict[str, tuple[str | None, int]] = {}

    def get(self, raw: str) -> tuple[str | None, int]:
        hit = self.known.get(raw)
        if hit is not None:
            return hit
        word = raw.lower() if raw.isascii() else fold(raw)
        term: str | None
        if word[0].isdigit():
            term = word.replace(",", "") if _THOUSANDS.fullmatch(word) else word
        elif raw.isupper() and 2 <= len(raw) <= 5:  # an acronym such as "US" is not the word "us"
            term = word
        elif word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            term = None
        else:
            term = stem(word)
            if term in STOPWORDS:
                term = None
        case = 1 if raw[0].isupper() else -1 if raw[0].islower() else 0
        self.known[raw] = result = (term, case)
        return result

    def term(self, raw: str) -> str | None:
        return self.get(raw)[0]


@dataclass(slots=True)
class Unit:
    """One sentence (or slice) of a paragraph, with its content terms."""

    para: int
    local: int  # index of the sentence within its paragraph
    span: tuple[int, int]  # character range within the paragraph text
    words: int  # number of words (content and function words)
    terms: list[str] = field(default_factory=list)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, overlong sentences cut into slices of whole words."""
    out: list[tuple[int, int]] = []
    for start, end in split_sentences(text):
        if end - start < MAX_UNIT_WORDS * 2:  # too short to hold that many words
            out.append((start, end))
            continue
        words = [m.span() for m in TERM_WORD.finditer(text, start, end)]
        if len(words) <= MAX_UNIT_WORDS:
            out.append((start, end))
            continue
        for k in range(0, len(words), _SLICE_WORDS):
            chunk = words[k : k + _SLICE_WORDS]
            out.append((chunk[0][0] if k else start, chunk[-1][1]))
    return out


def units_of(
    paragraphs: list[str],
    cache: TermCache,
    case_votes: dict[str, int],
    checkpoint: Callable[[float], None] | None = None,
) -> list[Unit]:
    """All units of an article, in reading order. Blank paragraphs give none.

    ``case_votes`` collects, per term, +1 for each capitalized use that does not start a sentence
    and -1 for each lower-case use: terms with a positive total are names. ``checkpoint`` is called
    with the fraction done every few hundred paragraphs (it may raise to cancel).
    """
    units: list[Unit] = []
    known = cache.known
    lookup = cache.get
    findall = TERM_WORD.findall
    for p, text in enumerate(paragraphs):
        if checkpoint is not None and p % 256 == 255:
            checkpoint(p / len(paragraphs))
        if not text or text.isspace():
            continue
        for local, (start, end) in enumerate(sentence_spans(text)):
            raws = findall(text, start, end)
            if not raws:
                continue
            terms: list[str] = []
            for n, raw in enumerate(raws):
                term, case = known.get(raw) or lookup(raw)
                if term is None:
                    continue
                terms.append(term)
                if case < 0 or (case > 0 and n):
                    case_votes[term] = case_votes.get(term, 0) + case
            units.append(Unit(p, local, (start, end), len(raws), terms))
    return units
