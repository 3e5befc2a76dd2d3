"""The fact grid for the app: rows are canonical facts, columns are articles, cells agree /
conflict / absent with the value and its evidence. Plain data; a Qt table model adapts it."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsreader.core.facts.model import Cell, FactRow, FactSet

KIND_ORDER = ("attendance", "leader", "office", "title", "figure", "demands", "claim")
KIND_LABELS = {
    "attendance": "Attendance",
    "leader": "Delegation leads",
    "office": "Offices",
    "title": "Titles",
    "figure": "Figures",
    "demands": "Demands",
    "claim": "Disagreeing claims",  # sentences that report one thing differently (a figure, a date…)
}


@dataclass(frozen=True, slots=True)
class GridColumn:
    index: int  # article index in the FactSet
    label: str  # outlet, else file name
    path: str | None


@dataclass(slots=True)
class FactGrid:
    columns: list[GridColumn]
    rows: list[FactRow] = field(default_factory=list)

    def cell(self, row: int, column: int) -> Cell:
        return self.rows[row].cells[self.columns[column].index]

    def conflicts(self) -> list[FactRow]:
        return [r for r in self.rows if r.conflict]

    def by_kind(self, kind: str) -> list[FactRow]:
        return [r for r in self.rows if r.kind == kind]


def fact_grid(factset: FactSet, *, conflicts_first: bool = False) -> FactGrid:
    """Rows grouped by kind (attendance, leads, offices, titles, figures, demands)."""
    columns = [GridColumn(i, factset.label(i), a.path) for i, a in enumerate(factset.articles)]
    order = {k: n for n, k in enumerate(KIND_ORDER)}
    rows = sorted(
        factset.rows,
        key=lambda r: ((not r.conflict) if conflicts_first else 0, order.get(r.kind, 99)),
    )
    return FactGrid(columns, rows)
