"""Figures: a number (digits or words, "thousands") with an optional qualifier ("less than",
"some") and its unit ("30-day", "40 per cent", "1,000 prisoners", "two hours"), plus the content
words around it that let a figure be matched across outlets.
"""

from __future__ import annotations

import re

from newsreader.core.facts.dates import absolute
from newsreader.core.facts.lexicon import word_set
from newsreader.core.facts.model import Figure
from newsreader.core.facts.tokens import Doc
from newsreader.core.text import fold, stem

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a thousand": 1000,
    "a dozen": 12,
    "dozen": 12,
    "half": 0.5,
    "one-third": 1 / 3,
    "one-fifth": 0.2,
    "one-quarter": 0.25,
    "two-thirds": 2 / 3,
    "three-quarters": 0.75,
}
_VAGUE = {
    "hundreds": "hundreds",
    "thousands": "thousands",
    "millions": "millions",
    "dozens": "dozens",
    "tens": "tens",
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9}
_QUALIFIERS = (
    "no more than",
    "no less than",
    "less than",
    "more than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "roughly",
    "just over",
    "just under",
    "an estimated",
    "as many as",
)
_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "miles": "mile",
    "metres": "metre",
    "meters": "metre",
    "tonnes": "tonne",
    "tons": "tonne",
    "dollars": "dollar",
    "euros": "euro",
    "pounds": "pound",
    "barrels": "barrel",
}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_WORDNUM = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"""
    (?P<qual>\b(?:{"|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS)})\s+)?
    (?P<cur>[$€£])?
    (?P<num>{_NUM}|\b(?:{_WORDNUM})\b|\b(?:{"|".join(_VAGUE)})\b)
    (?:\s*(?P<scale>thousand|million|billion|trillion|mn|bn)\b|(?<=\d)(?P<mscale>m)\b)?
    (?:
        [-‑](?P<hyunit>day|days|week|month|year|hour|minute|km|mile|nation|point|member|strong)\b
      | \s*(?P<unit>%|per\s?cent\b|percent\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b|minutes?\b|km\b|kilomet(?:re|er)s\b|miles\b|metres\b|meters\b|tonnes\b|tons\b|dollars\b|euros\b|pounds\b|barrels\b)
      | (?:\s+of)?\s+(?P<noun>(?:[a-z]+\s+)?(?:[a-z]{{3,}}s|[a-z]*men|people|children))\b
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Words that cannot start a counted noun ("40 of the ...") and say nothing as a figure's context:
# function words (all in text.STOPWORDS, which is longer: it would also drop "other", as in "31 other
# members") and the small number words.
_STOP = word_set("""a an the of to in on at for and or but by with from as is are was were be been that this
    these those it its their his her they he she we our which who what when where while than
    then there here has have had will would could should may might not no also some any more
    most less least such into over under about after before during since until per said says
    only just very one two three four five six seven eight nine ten""")
_STOP_NOUNS = frozenset(
    {"years", "times", "ones", "others", "its", "sides", "this", "those", "ago", "things"}
)


_HAS_NUMBER = re.compile(rf"\d|\b(?:{_WORDNUM}|{'|'.join(_VAGUE)})\b", re.IGNORECASE)


def figures(doc: Doc) -> list[Figure]:
    out: list[Figure] = []
    for sent in doc.sentences:
        if sent.heading or not _HAS_NUMBER.search(sent.text):
            continue
        date_spans = [span for _, span in absolute(sent, None)]
        for m in _FIGURE.finditer(sent.text):
            if not (
                m.group("hyunit")
                or m.group("unit")
                or m.group("noun")
                or m.group("cur")
                or m.group("scale")
            ):
                continue
            if any(a < m.end("num") and m.start("num") < b for a, b in date_spans):
                continue
            if m.group("mscale") and not m.group("cur"):
                continue  # "a 5m wall": metres, or a million of what the words do not say
            num = m.group("num")
            if re.fullmatch(r"(?:19|20)\d\d", num) and not (m.group("unit") or m.group("hyunit")):
                continue
            noun = (m.group("noun") or "").lower()
            if noun and (noun.split()[-1] in _STOP_NOUNS or noun.split()[0] in _STOP):
                if not (m.group("cur") or m.group("scale")):
                    continue
                noun = ""
            value = _value(num, m.group("scale") or ("mn" if m.group("mscale") else None))
            unit = _unit(m)
            if num.lower() in _NUMBER_WORDS and not (
                m.group("unit") or m.group("hyunit") or noun or m.group("scale")
            ):
                continue
            small = num.lower() in _NUMBER_WORDS and (value or 0) < 3
            if small and not (m.group("unit") or m.group("hyunit")):
                continue  # "two leaders", "one side"
            text = m.group().strip()
            context = clause_words(sent.text, m.start(), m.end())
            qual = (m.group("qual") or "").strip().lower()
            out.append(Figure(text, value, unit, qual, context, sent.evidence))
    return out


def _value(num: str, scale: str | None) -> float | None:
    low = num.lower()
    if low in _VAGUE:
        return None
    if low in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[low])
    else:
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            return None
    if scale:
        value *= _SCALE[scale.lower()]
    return value


def _unit(m: re.Match[str]) -> str:
    if m.group("hyunit"):
        u = m.group("hyunit").lower()
        return _UNITS.get(u, _UNITS.get(u + "s", u))
    if m.group("unit"):
        u = re.sub(r"\s+", " ", m.group("unit").lower())
        return _UNITS.get(u, u.rstrip("s"))
    if m.group("noun"):
        noun = m.group("noun").lower().split()[-1]
        if noun.endswith("men"):
            return noun[:-3] + "man"
        if noun in ("people", "children"):
            return {"people": "person", "children": "child"}[noun]
        if noun.endswith("ies"):
            return noun[:-3] + "y"
        return noun[:-1] if noun.endswith("s") else noun
    if m.group("cur"):
        return {"$": "dollar", "€": "euro", "£": "pound"}[m.group("cur")]
    return ""


def clause_words(text: str, start: int, end: int) -> tuple[str, ...]:
    """Content words near a figure (its clause), stemmed, for matching across outlets."""
    left = re.split(r"[;:,.!?]", text[:start])[-1]
    right = re.split(r"[;:.!?]", text[end:])[0]
    words = re.findall(r"[a-z]+", fold(left + " " + right))
    out = []
    for w in words:
        if w in _STOP or len(w) < 3:
            continue
        out.append(stem(w))
    return tuple(dict.fromkeys(out))


def content_words(doc: Doc) -> frozenset[str]:
    """Stems of the article's content words (for deciding whether it covers a fact's topic)."""
    out: set[str] = set()
    for sent in doc.sentences:
        if sent.heading:
            continue
        for t in sent.tokens:
            if t.alpha and len(t.low) >= 3 and t.low not in _STOP:
                out.add(stem(t.low))
    return frozenset(out)
