"""Name spellings: a transliteration-tolerant key and a similarity for deciding "same person".

``name_key`` transliterates any script to ASCII with ``anyascii`` (Лукашенко → lukashenko,
Łukasz → lukasz, Søren → soren, Strauß → strauss), unifies common transliteration variants (y/i, w/v, ph/f, ck/k, c/k,
q/k, kh/h), collapses doubled letters and Slavic endings (-iy, -yy, -yi, -ii → -i), so
Zelenskyy / Zelensky / Zelenskiy share one key and Witkoff / Witkov nearly do. Similarity is
Jaro-Winkler on the keys, gated by the first name and by a gender ending (Zelensky ≠ Zelenska).
A word with no letter left after transliteration has an empty key: it is like no other name.
Initials, with or without dots ("JD", "J.D.", "J."), are compatible with a first name starting
with their first letter and with initials that begin the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from newsreader.core.facts.gazetteer import is_family_first, is_given_name
from newsreader.core.facts.lexicon import word_set
from newsreader.core.text import ascii_fold, fold

SURNAME_MATCH = 0.87  # keys at least this similar can be one surname
FIRST_MATCH = 0.8  # first names at least this similar are compatible
FIRST_CLASH = 0.7  # first names below this are different people whatever the surname

_NON_LETTER = re.compile(r"[^a-z]")
_RULES = (
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("x", "ks"),
    ("ou", "u"),
)
_C = re.compile(r"c(?!h)")
_DOUBLE = re.compile(r"(.)\1+")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?-?){1,3}|[A-Z]{1,3}\.?")


@lru_cache(maxsize=16384)
def name_key(word: str) -> str:
    """Transliteration-tolerant key of one name word ("" when no letter is left)."""
    k = _NON_LETTER.sub("", ascii_fold(word))
    for a, b in _RULES:
        k = k.replace(a, b)
    k = _C.sub("k", k)
    k = _DOUBLE.sub(r"\1", k)
    if k.endswith("ii"):
        k = k[:-1]
    return k


# Particles that belong to a surname ("von der Leyen", "de Gaulle") and Arabic articles that
# outlets write or drop at will ("El Rashid", "el-Rashid", "Rashid"; "Al Karim", "al-Karim").
_SURNAME_PARTICLES = word_set("von van der den de del della di da dos das du la le ter ten zu")
_ARTICLES = frozenset({"al", "el", "ul", "ad", "as", "ash", "at", "az", "ar", "an"})
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ad|as|ash|at|az|ar|an)[-‐‑'’](?=\w{3})", re.IGNORECASE)
_GIVEN_SKIP = frozenset({"bin", "ibn", "bint", "abu", "ben", "mc", "mac"}) | _ARTICLES


@dataclass(frozen=True, slots=True)
class NameParts:
    """A full name split for comparison: the given names and one key for the whole surname."""

    given: tuple[str, ...]
    surname: str  # name_key of the surname, particles included, Arabic article dropped


@lru_cache(maxsize=16384)
def name_parts(name: str) -> NameParts:
    """``"Ursula von der Leyen"`` → given ("Ursula",), surname key of "von der Leyen";
    ``"Omar el-Rashid"`` and ``"Omar El Rashid"`` → the same surname key as ``"Rashid"``."""
    words = name.split()
    if not words:
        return NameParts((), "")
    last = _ARTICLE_PREFIX.sub("", words[-1])
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in _SURNAME_PARTICLES | _ARTICLES:
        start -= 1
    particles = [w for w in words[start:-1] if w.lower() not in _ARTICLES]
    surname = "".join(name_key(w) for w in [*particles, last])
    given = tuple(w for w in words[:start] if w.lower() not in _GIVEN_SKIP)
    return NameParts(given, surname)


def hyphen_joined(name: str) -> str | None:
    """The name with its last two words written as one double surname ("Hilda Kabua Jibas" →
    "Hilda Kabua-Jibas"), or None when they cannot be one ("von der Leyen", a hyphen already,
    a lowercase word, one word)."""
    words = name.split()
    if len(words) < 2 or "-" in words[-1] or "-" in words[-2]:
        return None
    a, b = words[-2], words[-1]
    if not (a[:1].isupper() and b[:1].isupper()) or a.lower() in _SURNAME_PARTICLES | _ARTICLES:
        return None
    if initials(a) or not a.isalpha() or not b.isalpha():
        return None
    return " ".join([*words[:-2], f"{a}-{b}"])


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names of two spellings can be one person's: none on a side, or one pair matches
    ("Mohamed Omar" and "Omar": with and without the first of the given names)."""
    if not a or not b:
        return True
    if first_compatible(a[0], b[0]):
        return True
    return any(
        not initials(x) and not initials(y) and name_key(x) == name_key(y) != ""
        for x in a
        for y in b
    )


def full_key(words: list[str]) -> str:
    return " ".join(name_key(w) for w in words)


def similarity(a: str, b: str) -> float:
    """Similarity of two name words (0-1) on their keys."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    if gender_clash(ka, kb):
        return 0.0
    return float(JaroWinkler.similarity(ka, kb))


def gender_clash(ka: str, kb: str) -> bool:
    """Slavic and similar surnames: a feminine -a form is a different person (Zelensky/Zelenska)."""
    if len(ka) < 4 or len(kb) < 4:
        return False
    fa, fb = ka.endswith("a"), kb.endswith("a")
    return fa != fb and ka[:-1][:4] == kb[:-1][:4]


def same_surname(a: str, b: str) -> bool:
    if not name_key(a) or not name_key(b):
        return False
    if abs(len(name_key(a)) - len(name_key(b))) > 2:
        return False
    fa, fb = name_key(a)[:1], name_key(b)[:1]
    if fa != fb and {fa, fb} != {"f", "v"}:
        return False
    return similarity(a, b) >= SURNAME_MATCH


def initials(word: str) -> str:
    """The letters of a word written as initials ("J.D.", "JD", "J." → "jd", "jd", "j"), else ""."""
    if not _INITIALS.fullmatch(word.strip()):
        return ""
    return _NON_LETTER.sub("", word.lower())


def first_compatible(a: str | None, b: str | None) -> bool:
    """Missing first names are compatible with anything; initials match their name; a word
    with an empty key (nothing to compare) matches nothing."""
    if not a or not b:
        return True
    ia, ib = initials(a), initials(b)
    if ia or ib:
        la = ia or _NON_LETTER.sub("", ascii_fold(a))
        lb = ib or _NON_LETTER.sub("", ascii_fold(b))
        if not la or not lb:
            return False
        if ia and ib:
            return la.startswith(lb) or lb.startswith(la)
        return la[0] == lb[0]
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if len(ka) == 1 or len(kb) == 1:
        return ka[:1] == kb[:1]
    return ka == kb or float(JaroWinkler.similarity(ka, kb)) >= FIRST_MATCH


def same_name(a: list[str], b: list[str]) -> bool:
    """Whether two names as words (first ... last) can be one person."""
    if not a or not b:
        return False
    if not same_surname(a[-1], b[-1]):
        return False
    if (len(a) == 1 and _given_alone(a[0], b[-1])) or (len(b) == 1 and _given_alone(b[0], a[-1])):
        return False
    fa = a[0] if len(a) > 1 else None
    fb = b[0] if len(b) > 1 else None
    return first_compatible(fa, fb)


def _given_alone(word: str, surname: str) -> bool:
    """A known given name written alone ("his wife Melania") is a surname only when spelled as
    one: it is no misspelling of a similar surname ("Meloni")."""
    return is_given_name(word) and _fold(word) != _fold(surname)


@lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    return fold(text)


def surname_matches(word: str, name: list[str]) -> float:
    """How well a single word matches a full name: its surname, or any part (e.g. "Lula")."""
    if not name:
        return 0.0
    if "-" in word and _fold(name[-1]) in {_fold(p) for p in word.split("-")}:
        return 0.9  # "Putin-Don": a garbled surname that contains the surname
    fuzzy = same_surname(word, name[-1]) and not _given_alone(word, name[-1])
    best = similarity(word, name[-1]) if fuzzy else 0.0
    if (
        len(name) == 2
        and _fold(name[0]) == _fold(word)
        and (not is_given_name(word) or is_family_first(word))
    ):
        best = max(best, 0.9)  # family name first ("Xi" of "Xi Jinping")
    for part in name[1:-1]:
        if _fold(part) == _fold(word):
            best = max(best, 0.95)
    return best
