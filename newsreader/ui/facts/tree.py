"""What the facts sidebar lists, as a plain tree (no Qt): disagreements first, then each outlet.

::

    Disagreements (3)                                    most certain first
        Elena Varga — attendance · attendance · 70 %     (a card: both sentences side by side,
            The Meridian Herald: Not attending            differing words marked, who says
            Northern Observer: Attending        ⚠         which; a click opens the pair)
    The Meridian Herald                                  (left)
        Attending (5)
            Tomas Halberg (Foreign Minister, leads …)    (evidence)
        …

Disagreements come from the engine's ranked list (:attr:`FactSet.discrepancies`); each carries
a :class:`Card` — the two sentences that show it best, their differing words, the outlets on
each side — that the sidebar paints side by side. Items come from
:func:`newsreader.core.facts.sections` (plus the people named without an attendance, so every
person can be merged or split). An item is flagged when a compared row it
states conflicts across the loaded outlets: ``conflict`` when this outlet is the odd one out,
``disputed`` when it sides with the majority; its notes say what the others state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsreader.core.facts import (
    STATUS_LABELS,
    ArticleFacts,
    Discrepancy,
    Evidence,
    FactRow,
    Person,
    sections,
)
from newsreader.core.facts.disagreements import value_key

if TYPE_CHECKING:
    from newsreader.ui.facts.controller import FactsResult

LABEL_LIMIT = 200
PERSON_ROWS = ("attendance", "title")  # rows whose subject is a person
NAMES_ROWS = ("leader", "office")  # rows whose values are people's names
SIDE_NAMES = {"left": "Left", "right": "Right"}
KIND_NAMES = {
    "number": "figure",
    "date": "date",
    "person": "who",
    "office": "title",
    "attendance": "attendance",
    "negation": "negation",
    "agent": "who does what",
    "quote": "quote",
}


@dataclass(frozen=True, slots=True)
class CardSide:
    """One side of a disagreement: an outlet's sentence, its differing words, who says so."""

    article: int  # the article whose sentence is shown
    key: str  # its entry key
    value: str
    sentence: str
    marks: tuple[tuple[int, int], ...]  # differing words, offsets in ``sentence``
    evidence: Evidence
    outlets: tuple[str, ...]  # every outlet stating this value (the shown one first)


@dataclass(frozen=True, slots=True)
class Card:
    """A disagreement as the sidebar shows it: topic, kind, confidence and two sides."""

    topic: str
    kind: str
    detail: str
    confidence: float
    left: CardSide
    right: CardSide
    others: int = 0  # outlets stating yet another value

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)


@dataclass(eq=False)
class Node:
    """One line of the sidebar. ``key`` is stable across recomputations (for expansion state)."""

    kind: str  # root | disagreements | row | value | outlet | section | item | note
    key: str
    text: str
    count: int | None = None
    detail: str = ""  # a second, dimmer part of the line
    notes: tuple[str, ...] = ()  # tooltip lines after the evidence
    article: int = -1  # index in the FactSet of the article the evidence is in
    evidence: Evidence | None = None
    flag: str = ""  # "" | "conflict" | "disputed"
    side: str = ""  # "left" / "right" for an outlet shown in a pane
    person_id: str = ""  # canonical person, for merge / split
    written: str = ""  # the person's name as this outlet writes it
    unsure: bool = False  # inferred or quoted rather than stated: shown muted
    card: Card | None = None  # a disagreement's two sides (kind "row")
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def cell_text(row: FactRow, value: str) -> str:
    """A row's value as a reader says it (attendance statuses in words)."""
    if row.kind == "attendance":
        return STATUS_LABELS.get(value, value)
    return value


def row_title(row: FactRow) -> str:
    """The row's name inside its group (the group already says "Attendance", "Titles" …)."""
    if row.kind in ("attendance", "title", "demands") and row.subject:
        return row.subject
    return row.label


def _conflicts(row: FactRow, i: int, labels: list[str]) -> str:
    """What the other outlets state when it differs from outlet ``i``'s value."""
    mine = row.cells[i].value
    others = [
        f"{labels[j]}: {cell_text(row, c.value)}"
        for j, c in enumerate(row.cells)
        if j != i and c.state != "absent" and c.value != mine
    ]
    return f"{row.label} — " + "; ".join(others) if others else ""


def _odd_ones(row: FactRow, labels: list[str]) -> str:
    """Who differs: "Northern Observer differs", "2 outlets differ", or the row's own detail."""
    odd = [labels[i] for i, c in enumerate(row.cells) if c.state == "conflict"]
    agree = any(c.state == "agree" for c in row.cells)
    if not agree or not odd:
        return row.detail or "outlets disagree"
    return f"{odd[0]} differs" if len(odd) == 1 else f"{len(odd)} outlets differ"


def _flag(rows: list[FactRow], i: int) -> str:
    states = {r.cells[i].state for r in rows}
    return "conflict" if "conflict" in states else ("disputed" if rows else "")


class _Flags:
    """The conflicting rows each person and figure of each article takes part in."""

    def __init__(self, result: FactsResult, labels: list[str]) -> None:
        self.rows = [r for r in result.factset.rows if r.conflict]
        self.labels = labels

    def person(self, i: int, p: Person) -> list[FactRow]:
        names = {p.display, p.name, *p.variants}
        return [
            r
            for r in self.rows
            if r.cells[i].state != "absent"
            and (
                (r.kind in PERSON_ROWS and r.subject == p.display)
                or (r.kind in NAMES_ROWS and bool(names & set(r.cells[i].value.split(", "))))
            )
        ]

    def figure(self, i: int, text: str, evidence: Evidence) -> list[FactRow]:
        return [
            r
            for r in self.rows
            if r.kind == "figure"
            and r.cells[i].state != "absent"
            and r.cells[i].value == text
            and r.cells[i].evidence == evidence
        ]

    def item(
        self, key: str, label: str, i: int, evidence: Evidence | None, person: Person | None
    ) -> Node:
        """An item of outlet ``i``, flagged by the conflicting rows it states."""
        rows: list[FactRow] = []
        if person is not None:
            rows = self.person(i, person)
        elif evidence is not None and key.split("/")[-2] == "figures":
            rows = self.figure(i, label, evidence)
        return Node(
            "item",
            key,
            label,
            article=i,
            evidence=evidence,
            flag=_flag(rows, i),
            notes=tuple(x for r in rows if (x := _conflicts(r, i, self.labels))),
            person_id=person.person_id if person is not None else "",
            written=person.name if person is not None else "",
        )


def person_label(p: Person) -> str:
    titles = list(dict.fromkeys(r.display for r in p.roles if not r.former))
    return f"{p.display} ({titles[0]})" if titles else p.display


def build_tree(
    result: FactsResult | None, shown: list[int], sides: dict[int, str] | None = None
) -> Node:
    """The sidebar for the articles ``shown`` (FactSet indices); ``sides`` names the panes
    they are shown in (``left`` / ``right``)."""
    root = Node("root", "", "")
    if result is None:
        return root
    factset = result.factset
    labels = [factset.label(i) for i in range(len(factset.articles))]
    flags = _Flags(result, labels)
    _disagreements(root, result, shown, labels)
    for i in shown:
        _outlet(root, result, i, flags).side = (sides or {}).get(i, "")
    return root


def _disagreements(root: Node, result: FactsResult, shown: list[int], labels: list[str]) -> None:
    factset = result.factset
    rows = {r.key: r for r in factset.rows}
    items = [d for d in factset.discrepancies if not shown or any(i in d.values for i in shown)]
    if not items:
        return
    group = root.add(Node("disagreements", "disagreements", "Disagreements", count=len(items)))
    for d in items:  # the engine's order: most certain first
        row = rows.get(d.row)
        card = make_card(d, result.keys, labels, shown)
        node = group.add(
            Node(
                "row",
                f"row:{d.row}",
                d.topic,
                detail=f"{card.kind_name} · {round(100 * d.confidence)} %" if card else d.detail,
                notes=tuple(
                    f"{labels[i]}: {_value_text(d, v)}"
                    + (" (differs)" if _differs(row, d, i) else "")
                    for i, v in d.values.items()
                ),
                flag="conflict",
                person_id=_person_of(d),
                card=card,
            )
        )
        for i, value in d.values.items():
            differs = _differs(row, d, i)
            node.add(
                Node(
                    "value",
                    f"row:{d.row}/{result.keys[i]}",
                    f"{labels[i]}: {_value_text(d, value)}",
                    article=i,
                    evidence=d.evidence.get(i),
                    flag="conflict" if differs else "",
                    notes=("Differs from most outlets",) if differs else (),
                )
            )


def _value_text(d: Discrepancy, value: str) -> str:
    return STATUS_LABELS.get(value, value) if d.kind == "attendance" else value


def _differs(row: FactRow | None, d: Discrepancy, i: int) -> bool:
    if row is not None and i < len(row.cells):
        return row.cells[i].state == "conflict"
    return False


def _person_of(d: Discrepancy) -> str:
    kind, _, rest = d.row.partition(":")
    return rest if kind in PERSON_ROWS else ""


def make_card(
    d: Discrepancy, keys: tuple[str, ...], labels: list[str], shown: list[int]
) -> Card | None:
    """The two sentences to set side by side: one outlet for each of the two values of the
    engine's best pair — a shown outlet where one states it (the left pane's first) — turned
    so that the shown outlet that comes first is on the left."""
    if d.pair is None or any(i not in d.evidence for i in d.pair):
        return None

    def group(i: int) -> list[int]:
        key = value_key(d.kind, d.values[i])
        return [j for j, v in d.values.items() if value_key(d.kind, v) == key]

    def pick(i: int) -> int:
        visible_ones = [j for j in shown if j in group(i) and j in d.evidence and d.marks.get(j)]
        return visible_ones[0] if visible_ones else i

    a, b = (pick(i) for i in d.pair)
    rank = {j: n for n, j in enumerate(shown)}
    if rank.get(b, len(shown)) < rank.get(a, len(shown)):
        a, b = b, a

    def side(i: int) -> CardSide:
        outlets = [labels[i], *(labels[j] for j in group(i) if j != i)]
        e = d.evidence[i]
        return CardSide(i, keys[i], d.values[i], e.text, d.marks.get(i, ()), e, tuple(outlets))

    told = {value_key(d.kind, d.values[a]), value_key(d.kind, d.values[b])}
    others = sum(1 for v in d.values.values() if value_key(d.kind, v) not in told)
    return Card(d.topic, d.kind, d.detail, d.confidence, side(a), side(b), others)


def _outlet(root: Node, result: FactsResult, i: int, flags: _Flags) -> Node:
    f = result.factset.articles[i]
    key = f"outlet:{result.keys[i]}"
    outlet = root.add(Node("outlet", key, flags.labels[i], article=i))
    for section in sections(f):
        people = _people_of(f, section.key, len(section.items))
        node = outlet.add(
            Node("section", f"{key}/{section.key}", section.title, count=len(section.items))
        )
        for n, item in enumerate(section.items):
            person = people[n] if people is not None else None
            child = node.add(flags.item(f"{node.key}/{n}", item.label, i, item.evidence, person))
            if person is not None and person.unsure:
                _mark_unsure(child, person)
    # People named without an attendance: listed too, so that anyone can be merged or split.
    named = [p for p in f.people if p.attendance == "unknown" and p.evidence is not None]
    if named:
        node = outlet.add(Node("section", f"{key}/named", "Also named", count=len(named)))
        for n, p in enumerate(named):
            node.add(flags.item(f"{node.key}/{n}", person_label(p), i, p.evidence, p))
    if not outlet.children:
        outlet.add(Node("note", f"{key}/none", "No facts found in this article"))
    return outlet


def _mark_unsure(node: Node, person: Person) -> None:
    """An attendance the article implies or quotes rather than states: muted, and says why."""
    cue = next((c for c in person.cues if c.status == person.attendance), None)
    quoted = cue is not None and "quotation" in cue.cue
    node.unsure = True
    node.detail = "in a quotation" if quoted else "inferred"
    how = f" (from “{cue.cue}”)" if cue is not None else ""
    node.notes = (
        *node.notes,
        (
            "Someone quoted says so; the article does not state it"
            if quoted
            else f"Implied rather than stated{how}"
        ),
    )


def _people_of(f: ArticleFacts, section: str, count: int) -> list[Person] | None:
    """The people behind an attendance section's items (None for other sections)."""
    if section not in ("attending", "not_attending", "conditional"):
        return None
    people = [p for p in f.by_status(section) if p.evidence is not None]  # type: ignore[arg-type]
    return people if len(people) == count else None
