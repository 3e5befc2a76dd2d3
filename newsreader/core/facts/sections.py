"""The per-outlet sidebar as plain data: titled sections of one-line items, each with evidence.

Attending / Not attending / Conditional / Demands / Proposals / Rejects / Quotes / Figures (then
Dates and Places), in that order, empty sections left out. A view lists them and scrolls to
``item.evidence`` on click. A position's label names who said it when that is not its party
("according to X") and ends in "(uncertain)" when the rules are unsure.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.core.facts.model import STATUS_LABELS, ArticleFacts, FactItem, Person, Status

SECTION_ORDER = (
    "attending",
    "not_attending",
    "conditional",
    "demands",
    "proposals",
    "rejections",
    "quotes",
    "figures",
    "dates",
    "places",
)


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    items: tuple[FactItem, ...]


def _person_label(p: Person) -> str:
    titles = list(dict.fromkeys(r.display for r in p.roles if not r.former))
    extra = ", ".join(titles[:1] + (["leads the delegation"] if p.leads else []))
    return f"{p.display} ({extra})" if extra else p.display


def sections(f: ArticleFacts) -> list[Section]:
    out: list[Section] = []
    statuses: tuple[Status, ...] = ("attending", "not_attending", "conditional")
    for status in statuses:
        items = tuple(
            FactItem("attendance", _person_label(p), p.evidence)
            for p in f.by_status(status)
            if p.evidence is not None
        )
        out.append(Section(status, STATUS_LABELS[status], items))
    for key, title, kind, positions in (
        ("demands", "Demands", "demand", f.demands),
        ("proposals", "Proposals", "proposal", f.proposals),
        ("rejections", "Rejects", "rejection", f.rejections),
    ):
        out.append(
            Section(key, title, tuple(FactItem(kind, d.label, d.evidence) for d in positions))
        )
    out.append(
        Section(
            "quotes",
            "Quotes",
            tuple(
                FactItem("quote", f"{q.speaker or 'Unattributed'}: “{q.text}”", q.evidence)
                for q in f.quotes
            ),
        )
    )
    out.append(
        Section(
            "figures", "Figures", tuple(FactItem("figure", x.text, x.evidence) for x in f.figures)
        )
    )
    out.append(
        Section("dates", "Dates", tuple(FactItem("date", d.display, d.evidence) for d in f.dates))
    )
    out.append(
        Section("places", "Places", tuple(FactItem("place", p.name, p.evidence) for p in f.places))
    )
    return [s for s in out if s.items]
