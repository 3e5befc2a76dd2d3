"""What the facts sidebar lists, as a plain tree (no Qt): disagreements first, then each outlet.

::

    Disagreements (3)
        Elena Varga — attendance · different attendance
            The Meridian Herald: Not attending           (evidence)
            Northern Observer: Attending        ⚠        (evidence)
    The Meridian Herald                                  (left)
        Attending (5)
            Tomas Halberg (Foreign Minister, leads …)    (evidence)
        …

Items come from :func:`newsreader.core.facts.sections` (plus the people named without an
attendance, so every person can be merged or split). An item is flagged when a compared row it
states conflicts across the loaded outlets: ``conflict`` when this outlet is the odd one out,
``disputed`` when it sides with the majority; its notes say what the others state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsreader.core.facts import (
    STATUS_LABELS,
    ArticleFacts,
    Evidence,
    FactRow,
    Person,
    sections,
)
from newsreader.core.facts.grid import KIND_ORDER

if TYPE_CHECKING:
    from newsreader.ui.facts_controller import FactsResult

LABEL_LIMIT = 200
PERSON_ROWS = ("attendance", "title")  # rows whose subject is a person
NAMES_ROWS = ("leader", "office")  # rows whose values are people's names
SIDE_NAMES = {"left": "Left", "right": "Right"}


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
    order = {k: n for n, k in enumerate(KIND_ORDER)}
    rows = [
        r
        for r in result.factset.rows
        if r.conflict and (not shown or any(r.cells[i].state != "absent" for i in shown))
    ]
    if not rows:
        return
    rows.sort(key=lambda r: order.get(r.kind, 99))
    group = root.add(Node("disagreements", "disagreements", "Disagreements", count=len(rows)))
    people = {p.name: p.id for p in result.factset.people}
    for r in rows:
        node = group.add(
            Node(
                "row",
                f"row:{r.key}",
                r.label,
                detail=_odd_ones(r, labels),
                notes=tuple(
                    f"{labels[i]}: {cell_text(r, c.value)}"
                    + (" (differs)" if c.state == "conflict" else "")
                    for i, c in enumerate(r.cells)
                    if c.state != "absent"
                ),
                flag="conflict",
                person_id=people.get(r.subject, "") if r.kind in PERSON_ROWS else "",
            )
        )
        for i, cell in enumerate(r.cells):
            if cell.state == "absent":
                continue
            node.add(
                Node(
                    "value",
                    f"row:{r.key}/{result.keys[i]}",
                    f"{labels[i]}: {cell_text(r, cell.value)}",
                    article=i,
                    evidence=cell.evidence,
                    flag="conflict" if cell.state == "conflict" else "",
                    notes=("Differs from most outlets",) if cell.state == "conflict" else (),
                )
            )


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
