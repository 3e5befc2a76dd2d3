"""The facts of the compared articles (and any others analysed with them) as rows for the report.

Input is the ``facts --json`` dict of DESIGN.md (``articles[]`` and ``discrepancies[]``). It is read
defensively: missing keys, wrong types and extra keys are tolerated, so a changing facts engine
cannot break an export. Articles are lettered A and B when they are the compared pair (matched by
path), then C, D, ... in the dict's order.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsreader.core.article import Article
from newsreader.core.export.safe import clean_text, visible

ATTENDANCE_LABELS = {
    "attending": "attending",
    "not_attending": "not attending",
    "conditional": "conditional",
    "unknown": "unknown",
}


@dataclass(frozen=True, slots=True)
class PersonRow:
    name: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    attendance: str  # one of ATTENDANCE_LABELS' keys
    evidence: str

    @property
    def attendance_label(self) -> str:
        return ATTENDANCE_LABELS[self.attendance]


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    letter: str
    path: str
    label: str  # outlet, else title, else file name
    people: tuple[PersonRow, ...]
    demands: tuple[tuple[str, str], ...]  # (party, text)
    quotes: tuple[tuple[str, str], ...]  # (speaker or "", text)
    dates: tuple[str, ...]
    places: tuple[str, ...]
    figures: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not (
            self.people or self.demands or self.quotes or self.dates or self.places or self.figures
        )


@dataclass(frozen=True, slots=True)
class DisagreementSide:
    """One outlet's sentence in a disagreement, cut into plain and marked (differing) pieces."""

    outlet: str
    value: str
    segments: tuple[tuple[str, bool], ...]  # (text, marked)
    also: tuple[str, ...]  # other outlets that state the same value


@dataclass(frozen=True, slots=True)
class DiscrepancyRow:
    topic: str
    values: tuple[str, ...]  # one per FactsView.articles, "" when that article does not say
    kind: str = ""
    confidence: float | None = None  # 0-1, when the engine gives one
    sides: tuple[DisagreementSide, ...] = ()  # the two sentences that show it, side by side

    @property
    def percent(self) -> int | None:
        return None if self.confidence is None else round(100 * self.confidence)


@dataclass(frozen=True, slots=True)
class FactsView:
    articles: tuple[ArticleFacts, ...]
    discrepancies: tuple[DiscrepancyRow, ...]


def _str(value: Any) -> str:
    return clean_text(value) if isinstance(value, str) else ""


def _line(value: Any) -> str:
    return visible(value) if isinstance(value, str) else ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(s for s in (_line(v) for v in _list(value)) if s)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in _list(value) if isinstance(v, dict)]


def _person(raw: dict[str, Any]) -> PersonRow:
    attendance = raw.get("attendance")
    return PersonRow(
        name=_line(raw.get("name")),
        variants=_strs(raw.get("variants")),
        roles=_strs(raw.get("roles")),
        attendance=attendance if attendance in ATTENDANCE_LABELS else "unknown",
        evidence=_str(raw.get("evidence")),
    )


def _same_file(a: str, b: Path | None) -> bool:
    if b is None or not a:
        return False
    if a == str(b):
        return True
    try:
        return Path(a).resolve() == b.resolve()
    except (OSError, ValueError):
        return False


def _value_for(values: dict[Any, Any], path: Any) -> str:
    """The discrepancy value stated by the article at ``path`` (keys may spell the path differently)."""
    if not isinstance(path, str):
        return ""
    if path in values:
        return _str(values[path])
    for key, value in values.items():
        if isinstance(key, str) and key and _same_file(key, Path(path)):
            return _str(value)
    return ""


def build_facts_view(facts: dict[str, Any], left: Article, right: Article) -> FactsView:
    raw_articles = _dicts(facts.get("articles")) if isinstance(facts, dict) else []
    lettered: list[tuple[str, dict[str, Any]]] = []
    rest: list[dict[str, Any]] = []
    for raw in raw_articles:
        raw_path = raw.get("path")
        path = raw_path if isinstance(raw_path, str) else ""
        if _same_file(path, left.path) and all(k != "A" for k, _ in lettered):
            lettered.append(("A", raw))
        elif _same_file(path, right.path) and all(k != "B" for k, _ in lettered):
            lettered.append(("B", raw))
        else:
            rest.append(raw)
    lettered.sort(key=lambda item: item[0])
    spare = iter(string.ascii_uppercase[2:])
    for raw in rest:
        letter = next(spare, None)
        if letter is None:
            break
        lettered.append((letter, raw))
    articles = []
    for letter, raw in lettered:
        path = _line(raw.get("path"))
        label = _line(raw.get("outlet")) or _line(raw.get("title")) or Path(path).name or letter
        articles.append(
            ArticleFacts(
                letter=letter,
                path=path,
                label=label,
                people=tuple(_person(p) for p in _dicts(raw.get("people")) if _line(p.get("name"))),
                demands=tuple(
                    (_line(d.get("party")), _str(d.get("text")))
                    for d in _dicts(raw.get("demands"))
                    if _str(d.get("text"))
                ),
                quotes=tuple(
                    (_line(q.get("speaker")), _str(q.get("text")))
                    for q in _dicts(raw.get("quotes"))
                    if _str(q.get("text"))
                ),
                dates=_strs(raw.get("dates")),
                places=_strs(raw.get("places")),
                figures=_strs(raw.get("figures")),
            )
        )
    paths = [raw.get("path") for _, raw in lettered]
    labels = {
        p: _line(raw.get("outlet")) or _line(raw.get("title")) or Path(p).name
        for raw in raw_articles
        if isinstance(p := raw.get("path"), str)
    }
    discrepancies = []
    for raw in _dicts(facts.get("discrepancies")) if isinstance(facts, dict) else []:
        raw_values = raw.get("values")
        values = raw_values if isinstance(raw_values, dict) else {}
        row = tuple(_value_for(values, p) for p in paths)
        topic = _line(raw.get("topic"))
        if topic and any(row):
            confidence = raw.get("confidence")
            discrepancies.append(
                DiscrepancyRow(
                    topic,
                    row,
                    _line(raw.get("kind")),
                    float(confidence) if isinstance(confidence, (int, float)) else None,
                    _sides(raw, values, labels),
                )
            )
    return FactsView(tuple(articles), tuple(discrepancies))


def _sides(
    raw: dict[str, Any], values: dict[Any, Any], labels: dict[str, str]
) -> tuple[DisagreementSide, ...]:
    """The two sentences of the discrepancy's ``pair``, with the differing words marked (empty
    when the facts give no pair, or its sentences are missing)."""
    pair = _list(raw.get("pair"))
    raw_evidence, raw_marks = raw.get("evidence"), raw.get("marks")
    evidence: dict[Any, Any] = raw_evidence if isinstance(raw_evidence, dict) else {}
    marks: dict[Any, Any] = raw_marks if isinstance(raw_marks, dict) else {}
    sides = []
    for path in pair[:2]:
        sentence = evidence.get(path) if isinstance(path, str) else None
        if not isinstance(sentence, str):
            return ()
        value = _str(values.get(path))
        also = tuple(
            labels.get(p, Path(p).name)
            for p, v in values.items()
            if isinstance(p, str) and p != path and _str(v) == value
        )
        sides.append(
            DisagreementSide(
                labels.get(path, Path(path).name),
                value,
                _segments(clean_text(sentence), _list(marks.get(path))),
                also,
            )
        )
    return tuple(sides)


def _segments(sentence: str, marks: list[Any]) -> tuple[tuple[str, bool], ...]:
    spans = sorted(
        (int(m[0]), int(m[1]))
        for m in marks
        if isinstance(m, list)
        and len(m) == 2
        and all(isinstance(x, int) for x in m)
        and 0 <= m[0] < m[1] <= len(sentence)
    )
    out: list[tuple[str, bool]] = []
    at = 0
    for a, b in spans:
        if a < at:
            continue
        if a > at:
            out.append((sentence[at:a], False))
        out.append((sentence[a:b], True))
        at = b
    if at < len(sentence):
        out.append((sentence[at:], False))
    return tuple(out)
