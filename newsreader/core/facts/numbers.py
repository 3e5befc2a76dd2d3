"""Dates and figures.

Dates: absolute ones ("15 May 2025", "May 15", "March 2022", "2025-09-10", "in 2022") are
normalized to ISO; impossible ones (31 February) are kept as written with no value. Relative
ones ("on Thursday", "yesterday", "last week", "3 days ago") are resolved against the article's
published date when it is known, else kept as written.

Figures: a number (digits or words, "thousands") with an optional qualifier ("less than",
"some") and its unit ("30-day", "40 per cent", "1,000 prisoners", "two hours").
"""

from __future__ import annotations

import datetime as dt
import re

from newsreader.core.facts.lexicon import MONTHS, WEEKDAYS, word_set
from newsreader.core.facts.model import DateFact, Figure
from newsreader.core.facts.tokens import Doc, Sentence
from newsreader.core.text import fold

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    ),
    re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    ),
    re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        r"\b(?:in|since|until|by|from|of|before|after|early|late|mid-)\s*(?P<year>(?:19|20)\d\d)\b(?![-‑]\w)"
    ),
]
_WEEKDAY = re.compile(
    r"\b(?:(?:late|early)\s+)?(?:on\s+|last\s+|next\s+|this\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:night|morning|evening|afternoon))?"
)
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tomorrow|(?:last|this|next)\s+(?:week|month|year)|(?P<n>\d+|a|an|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is set to|are set to|is due|are due|scheduled|to be held|is to|are to|next|upcoming|plans? to)\b",
    re.IGNORECASE,
)

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
    (?:\s*(?P<scale>thousand|million|billion|trillion|mn|bn)\b)?
    (?:
        [-‑](?P<hyunit>day|days|week|month|year|hour|minute|km|mile|nation|point|member|strong)\b
      | \s*(?P<unit>%|per\s?cent\b|percent\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b|minutes?\b|km\b|kilomet(?:re|er)s\b|miles\b|metres\b|meters\b|tonnes\b|tons\b|dollars\b|euros\b|pounds\b|barrels\b)
      | (?:\s+of)?\s+(?P<noun>(?:[a-z]+\s+)?[a-z]{{3,}}s)\b
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_STOP = word_set("""a an the of to in on at for and or but by with from as is are was were be been that this
    these those it its their his her they he she we our which who what when where while than
    then there here has have had will would could should may might not no also some any more
    most less least such into over under about after before during since until per said says
    only just very one two three four five six seven eight nine ten""")
_STOP_NOUNS = frozenset(
    {"years", "times", "ones", "others", "its", "sides", "this", "those", "ago", "things"}
)


def dates(doc: Doc) -> list[DateFact]:
    published = _parse_iso(doc.article.published)
    out: list[DateFact] = []
    seen: set[tuple[str, str]] = set()
    for sent in doc.sentences:
        if sent.heading:
            continue
        taken: list[tuple[int, int]] = []
        for fact, span in _absolute(sent, published):
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            _add(out, seen, fact)
        for fact, span in _relative(sent, published):
            if not any(a < span[1] and span[0] < b for a, b in taken):
                taken.append(span)
                _add(out, seen, fact)
    return out


def _add(out: list[DateFact], seen: set[tuple[str, str]], fact: DateFact) -> None:
    k = (fact.text.lower(), fact.value)
    if k not in seen:
        seen.add(k)
        out.append(fact)


def _parse_iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


_DATE_HINT = re.compile(r"\d")


def _absolute(sent: Sentence, published: dt.date | None) -> list[tuple[DateFact, tuple[int, int]]]:
    out: list[tuple[DateFact, tuple[int, int]]] = []
    if not _DATE_HINT.search(sent.text):
        return out
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(sent.text):
            g = m.groupdict()
            month = (
                int(g["mnum"])
                if g.get("mnum")
                else MONTHS.get((g.get("month") or "").lower().rstrip("."))
            )
            if g.get("month") == "May" and not g.get("day") and not g.get("year"):
                continue
            year = int(g["year"]) if g.get("year") else None
            day = int(g["day"]) if g.get("day") else None
            if g.get("month") and g["month"][0].islower():
                continue
            text = m.group().strip()
            if pattern is _DATE_PATTERNS[4]:
                text = m.group("year")
                start = m.start("year")
            else:
                start = m.start()
            value = _iso(year, month, day, published)
            out.append(
                (
                    DateFact(text, value, year is None and day is not None, sent.evidence),
                    (start, start + len(text)),
                )
            )
    return out


def _iso(year: int | None, month: int | None, day: int | None, published: dt.date | None) -> str:
    if year is None and published is not None and month is not None:
        year = published.year
        if month - published.month > 6:
            year -= 1
        elif published.month - month > 6:
            year += 1
    if year is None:
        return ""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""  # impossible date (31 February): kept as written, no value


def _relative(sent: Sentence, published: dt.date | None) -> list[tuple[DateFact, tuple[int, int]]]:
    out = []
    future = bool(_FUTURE.search(sent.text))
    for m in _WEEKDAY.finditer(sent.text):
        wd = WEEKDAYS[m.group("wd").lower()]
        value = ""
        if published is not None:
            words = m.group().lower()
            delta = (wd - published.weekday()) % 7
            if "last" in words or (not future and "next" not in words):
                delta = -((published.weekday() - wd) % 7)
            elif "next" in words and delta == 0:
                delta = 7
            value = (published + dt.timedelta(days=delta)).isoformat()
        text = re.sub(r"^(?:on|late on|early on)\s+", "", m.group(), flags=re.IGNORECASE)
        out.append((DateFact(text, value, True, sent.evidence), m.span()))
    for m in _RELATIVE.finditer(sent.text):
        value = _resolve_relative(m, published) if published else ""
        out.append((DateFact(m.group(), value, True, sent.evidence), m.span()))
    return out


def _resolve_relative(m: re.Match[str], published: dt.date) -> str:
    rel = m.group("rel").lower()
    if rel == "today":
        return published.isoformat()
    if rel == "yesterday":
        return (published - dt.timedelta(days=1)).isoformat()
    if rel == "tomorrow":
        return (published + dt.timedelta(days=1)).isoformat()
    if m.group("n"):
        n_text = m.group("n").lower()
        n = int(n_text) if n_text.isdigit() else (_NUMBER_WORDS.get(n_text) or 1)
        unit = m.group("unit").lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * int(n)
        when = published - dt.timedelta(days=days)
        return (
            when.isoformat()
            if unit in ("day", "week")
            else when.isoformat()[: 7 if unit == "month" else 4]
        )
    which, unit = rel.split()
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return f"{published.year + shift:04d}"
    if unit == "month":
        month = published.month + shift
        year = published.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
    return f"week of {monday.isoformat()}"


_HAS_NUMBER = re.compile(rf"\d|\b(?:{_WORDNUM}|{'|'.join(_VAGUE)})\b", re.IGNORECASE)


def figures(doc: Doc) -> list[Figure]:
    out: list[Figure] = []
    for sent in doc.sentences:
        if sent.heading or not _HAS_NUMBER.search(sent.text):
            continue
        date_spans = [span for _, span in _absolute(sent, None)]
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
            num = m.group("num")
            if re.fullmatch(r"(?:19|20)\d\d", num) and not (m.group("unit") or m.group("hyunit")):
                continue
            noun = (m.group("noun") or "").lower()
            if noun and (noun.split()[-1] in _STOP_NOUNS or noun.split()[0] in _STOP):
                if not (m.group("cur") or m.group("scale")):
                    continue
                noun = ""
            value = _value(num, m.group("scale"))
            unit = _unit(m)
            if num.lower() in _NUMBER_WORDS and not (
                m.group("unit") or m.group("hyunit") or noun or m.group("scale")
            ):
                continue
            small = num.lower() in _NUMBER_WORDS and (value or 0) < 3
            if small and not (m.group("unit") or m.group("hyunit")):
                continue  # "two leaders", "one side"
            text = m.group().strip()
            context = _context(sent.text, m.start(), m.end())
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
        if noun.endswith("ies"):
            return noun[:-3] + "y"
        return noun[:-1] if noun.endswith("s") else noun
    if m.group("cur"):
        return {"$": "dollar", "€": "euro", "£": "pound"}[m.group("cur")]
    return ""


def _context(text: str, start: int, end: int) -> tuple[str, ...]:
    """Content words near a figure (its clause), crudely stemmed, for matching across outlets."""
    left = re.split(r"[;:,.!?]", text[:start])[-1]
    right = re.split(r"[;:.!?]", text[end:])[0]
    words = re.findall(r"[a-z]+", fold(left + " " + right))
    out = []
    for w in words:
        if w in _STOP or len(w) < 3:
            continue
        out.append(stem(w))
    return tuple(dict.fromkeys(out))


def stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


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
