"""Dates: absolute ones ("15 May 2025", "May 15", "March 2022", "2025-09-10", "in 2022") are
normalized to ISO; impossible ones (31 February) are kept as written with no value. Relative ones
("on Thursday", "yesterday", "last week", "3 days ago") are resolved against the article's published
date when it is known, else kept as written.
"""

from __future__ import annotations

import datetime as dt
import re

from newsreader.core.facts.lexicon import MONTHS, WEEKDAYS, word_set
from newsreader.core.facts.model import DateFact
from newsreader.core.facts.tokens import Doc, Sentence

_SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
}

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


def dates(doc: Doc) -> list[DateFact]:
    published = _parse_iso(doc.article.published)
    out: list[DateFact] = []
    seen: set[tuple[str, str]] = set()
    for sent in doc.sentences:
        if sent.heading:
            continue
        taken: list[tuple[int, int]] = []
        for fact, span in absolute(sent, published):
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


def absolute(sent: Sentence, published: dt.date | None) -> list[tuple[DateFact, tuple[int, int]]]:
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
    sentence_future = bool(_FUTURE.search(sent.text))
    for m in _WEEKDAY.finditer(sent.text):
        wd = WEEKDAYS[m.group("wd").lower()]
        value = ""
        if published is not None:
            future = sentence_future and not _past_verb_before(sent.text, m.start())
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


_PAST = word_set(
    """said told met began held made gave took went came spoke wrote sent left flew saw was were
    had announced"""
)


def _past_verb_before(text: str, start: int) -> bool:
    """ "said on Tuesday", "arrived late on Monday": the weekday belongs to a past-tense verb."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 30) : start])[-3:]
    return any(w.lower() in _PAST or (w.lower().endswith("ed") and len(w) > 4) for w in words)


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
        n = int(n_text) if n_text.isdigit() else _SMALL_NUMBERS.get(n_text, 1)
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
