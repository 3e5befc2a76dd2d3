"""Folding text for comparing words, never for display.

``fold`` lowercases, takes off accents and other diacritics (the Combining Diacritical Marks blocks:
é → e, ё → е), spells the Latin letters that have no accent to take off the ASCII way with
``anyascii`` (ø → o, ł → l, ß → ss, æ → ae), and unifies curly quotes, dashes and hyphens
(’ → ', “ → ", – — ‐ → -). Other scripts keep their letters and the marks that make them different
letters (Devanagari's virama, the kana voicing marks): folding compares spellings of one script,
it does not transliterate. Pure ASCII text is only lowercased.

``ascii_fold`` transliterates any script to lower-case ASCII (Лукашенко → lukashenko), for keys
that must meet across scripts: name spellings (:mod:`newsreader.core.facts.spelling`) and file
slugs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_PUNCTUATION = {
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
}
# Unicode's Latin blocks: Latin-1 letters, Extended-A and -B, IPA, Extended Additional, -C, -D, -E.
_LATIN = ((0x00C0, 0x02AF), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F))


def _latin_table() -> dict[int, str]:
    """Each Latin letter that keeps no accent to take off, as ``anyascii`` spells it, when that is
    letters (ø → o, ß → ss); plus the quotes, dashes and hyphens."""
    table = {ord(k): v for k, v in _PUNCTUATION.items()}
    for first, last in _LATIN:
        for code in range(first, last + 1):
            ch = chr(code)
            if not unicodedata.category(ch).startswith("L") or unicodedata.decomposition(ch):
                continue
            spelt = anyascii(ch).lower()
            if spelt.isascii() and spelt.isalpha():
                table[code] = spelt
    return table


_TABLE = _latin_table()


def fold(text: str) -> str:
    """``text`` folded for comparing (see the module doc): same length only for ASCII text."""
    if text.isascii():
        return text.lower()
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text)).lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text).translate(_TABLE)


@lru_cache(maxsize=16384)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII transliteration of any script (for keys only, never for display)."""
    return anyascii(text).lower()
