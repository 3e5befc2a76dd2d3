"""What one claim sentence states, slot by slot: quantities, dates and times, people and their
offices, parties, quotations.

Everything is read from the article's own facts (figures, dates, people, roles, quotes found by
the per-article rules) where their evidence lies in the sentence, so a number or a name means the
same thing here as in the sidebar; only clock times and the quoted words themselves are read
from the sentence text. Offsets are relative to the sentence text (for marking differing words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsreader.core.facts.compare import ABBREVIATED_OFFICES
from newsreader.core.facts.gazetteer import party_of
from newsreader.core.facts.lexicon import FORMER, ROLE_HEADS, ROLE_MODIFIERS
from newsreader.core.facts.model import ArticleFacts, Evidence

DURATION_DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.0,
    "year": 365.0,
}
_CURRENCY = {"dollar": "$", "euro": "€", "pound": "£"}
_CLOCK = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“([^”“]{8,})”?|\"([^\"]{8,})\"?|‘([^’‘]{8,})’|(?<!\w)'([^']{8,}?)'(?!\w)")
_TITLE_WORD = re.compile(r"([\w.-]+)\s+$")
_CAPS = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,2}")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as one sentence states it. ``kind``: ``percent``, ``duration`` (value in days),
    ``money:<currency>``, ``time`` (minutes after midnight), ``measure:<unit>`` or ``count``
    (``unit`` is then the noun counted)."""

    text: str
    start: int
    end: int
    value: float
    kind: str
    unit: str
    qualifier: str
    decimals: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A person (``entity`` = canonical id) or party (``entity`` = ``party:<name>``) named in the
    sentence, as ``label`` reads and where it is written."""

    entity: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Title:
    """A title stated for a person in the sentence: ``title`` normalized for comparing."""

    text: str
    title: str
    former: bool
    office: bool


@dataclass(frozen=True, slots=True)
class Quoted:
    text: str
    start: int
    end: int
    speaker: str | None


@dataclass(slots=True)
class Slots:
    article: int
    evidence: Evidence
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[tuple[str, str, int, int]] = field(default_factory=list)  # text, ISO, start, end
    people: list[Mention] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    offices: dict[str, list[Title]] = field(default_factory=dict)  # person id → titles here
    quotes: list[Quoted] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.evidence.text

    def entities(self) -> list[Mention]:
        return sorted([*self.people, *self.parties], key=lambda m: m.start)


def overlaps(e: Evidence, claim: Evidence) -> bool:
    return e.paragraph == claim.paragraph and e.start < claim.end and claim.start < e.end


def read_slots(facts: ArticleFacts, article: int, claim: Evidence) -> Slots:
    """The slots of sentence ``claim`` of ``facts`` (article number ``article``)."""
    s = Slots(article, claim)
    text = claim.text
    for fig in facts.figures:
        if fig.value is None or not overlaps(fig.evidence, claim):
            continue
        at = text.find(fig.text)
        if at >= 0 and not (at and text[at - 1].isalnum()):  # "G20 leaders" counts no leaders
            kind, unit, value = _kind(fig.unit, fig.value)
            s.quantities.append(
                Quantity(
                    fig.text,
                    at,
                    at + len(fig.text),
                    value,
                    kind,
                    unit,
                    fig.qualifier,
                    _decimals(fig.text),
                )
            )
    for m in _CLOCK.finditer(text):
        s.quantities.append(_clock(m))
    for d in facts.dates:
        if overlaps(d.evidence, claim) and (at := text.find(d.text)) >= 0:
            s.dates.append((d.text, d.value, at, at + len(d.text)))
    taken: list[tuple[int, int]] = []
    for p in facts.people:
        if not any(overlaps(e, claim) for e in p.mentions):
            continue
        for spelled in sorted({p.name, *p.variants}, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(spelled)}(?!\w)", text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    taken.append(m.span())
                    s.people.append(Mention(p.person_id, p.display, m.start(), m.end()))
        titles = [
            Title(r.text, r.title, r.former, r.office)
            for r in p.roles
            if overlaps(r.evidence, claim)
        ]
        if not titles:
            titles = [
                t for m in s.people if m.entity == p.person_id if (t := _title_before(text, m))
            ]
        if titles:
            s.offices.setdefault(p.person_id, []).extend(titles)
    for m in _CAPS.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        party = party_of(m.group().rstrip(".")) or party_of(m.group().split()[0])
        if party:
            s.parties.append(Mention(f"party:{party}", party, m.start(), m.end()))
    speakers = [q.speaker for q in facts.quotes if q.speaker and overlaps(q.evidence, claim)]
    for m in _QUOTED.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if m.group(g) is not None)
        words = m.group(group)
        if len(words.split()) >= 3:
            s.quotes.append(
                Quoted(words, m.start(group), m.end(group), speakers[0] if speakers else None)
            )
    return s


def _title_before(text: str, mention: Mention) -> Title | None:
    """Office words written right before a name ("French PM Emmanuel Macron" → prime minister),
    for the titles the per-article rules did not attach."""
    words: list[str] = []
    end = mention.start
    while len(words) < 5:
        m = _TITLE_WORD.search(text, 0, end)
        if m is None:
            break
        low = m.group(1).lower().rstrip(".")
        if (
            low in ABBREVIATED_OFFICES
            or low in ROLE_HEADS
            or low in ROLE_MODIFIERS
            or low in FORMER
        ):
            words.insert(0, ABBREVIATED_OFFICES.get(low, low))
            end = m.start()
            continue
        break
    former = any(w in FORMER for w in words)
    title = " ".join(w for w in words if w not in FORMER)
    if not title or not any(w in ROLE_HEADS for w in title.split()):
        return None
    return Title(text[end : mention.start].strip(), title, former, True)


def _kind(unit: str, value: float) -> tuple[str, str, float]:
    if unit == "percent":
        return "percent", "", value
    if unit in DURATION_DAYS:
        return "duration", "", value * DURATION_DAYS[unit]
    if unit in _CURRENCY:
        return f"money:{_CURRENCY[unit]}", "", value
    if unit in ("km", "mile", "metre", "tonne", "barrel"):
        return f"measure:{unit}", "", value
    return "count", unit, value


def _decimals(text: str) -> int:
    m = re.search(r"\d\.(\d+)", text)
    return len(m.group(1)) if m else 0


def _clock(m: re.Match[str]) -> Quantity:
    if m.group("h") is not None:
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        minute = int(m.group("m") or 0)
    else:
        hour, minute = int(m.group("h2")), int(m.group("m2"))
    return Quantity(m.group(), m.start(), m.end(), hour * 60.0 + minute, "time", "", "", 0)
