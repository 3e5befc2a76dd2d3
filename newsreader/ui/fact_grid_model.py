"""The fact grid as a Qt table: rows are canonical facts, columns are outlets.

Column 0 names the fact; every other column is one article of the :class:`FactSet`. Rows come in
groups (attendance, delegation leads, offices, titles, figures, demands), each opened by a header
row the view spans across the table. A cell shows what that outlet states, coloured by its state
(agree / conflict / absent, :mod:`newsreader.ui.facts_colors`), with a badge on conflicts so
colour is not the only cue; its tooltip quotes the evidence sentence. ``conflicts_only`` keeps the
rows outlets disagree on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from newsreader.core.facts import Cell, Evidence, FactRow, fact_grid
from newsreader.core.facts.grid import KIND_LABELS
from newsreader.ui.facts_colors import badge_icon, fact_colors
from newsreader.ui.facts_controller import FactsResult
from newsreader.ui.facts_tree import cell_text, row_title
from newsreader.ui.visible import tooltip, visible

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "agree" / "conflict" / "absent"; "" for names
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # (article index, Evidence) or None
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the FactRow (None on group headers)
CELL_LIMIT = 120
TIP_LIMIT = 600
ABSENT = "—"


@dataclass(frozen=True, slots=True)
class Line:
    """A table row: a group header (``row`` None) or a fact."""

    kind: str
    row: FactRow | None = None
    count: int = 0


class FactGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: FactsResult | None = None
        self.conflicts_only = False
        self.sides: dict[int, str] = {}  # article index → "left" / "right"
        self.lines: list[Line] = []

    def set_result(self, result: FactsResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._build()
        self.endResetModel()

    def set_conflicts_only(self, on: bool) -> None:
        if on != self.conflicts_only:
            self.beginResetModel()
            self.conflicts_only = on
            self._build()
            self.endResetModel()

    def set_sides(self, sides: dict[int, str]) -> None:
        if sides != self.sides:
            self.sides = dict(sides)
            if self.columnCount():
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _build(self) -> None:
        self.lines = []
        if self.result is None:
            return
        rows = fact_grid(self.result.factset).rows
        if self.conflicts_only:
            rows = [r for r in rows if r.conflict]
        kind = None
        for r in rows:
            if r.kind != kind:
                kind = r.kind
                count = sum(1 for x in rows if x.kind == kind)
                self.lines.append(Line(kind, None, count))
            self.lines.append(Line(r.kind, r))

    def header_rows(self) -> list[int]:
        return [n for n, line in enumerate(self.lines) if line.row is None]

    def fact_rows(self) -> list[FactRow]:
        return [line.row for line in self.lines if line.row is not None]

    def row_of(self, key: str) -> int:
        """The table row of the fact row with this key, else -1."""
        return next(
            (n for n, x in enumerate(self.lines) if x.row is not None and x.row.key == key), -1
        )

    def article_of(self, column: int) -> int:
        return column - 1

    def cell(self, row: int, column: int) -> Cell | None:
        line = self.lines[row]
        if line.row is None or column < 1:
            return None
        return line.row.cells[self.article_of(column)]

    # --- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.result is None:
            return 0
        return 1 + len(self.result.factset.articles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.result is None:
            return None
        factset = self.result.factset
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "Fact"
            label = visible(factset.label(self.article_of(section)), 60)
            side = self.sides.get(self.article_of(section))
            return f"{label} ({'L' if side == 'left' else 'R'})" if side else label
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            a = factset.articles[self.article_of(section)]
            side = self.sides.get(self.article_of(section))
            where = f"Shown on the {side}" if side else "Not in a pane: click a cell to show it"
            return tooltip(a.outlet or a.name, a.title, a.path or a.name, where)
        if role == Qt.ItemDataRole.FontRole and self.sides.get(self.article_of(section)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        line = self.lines[index.row()]
        column = index.column()
        if line.row is None:
            return self._group_data(line, column, role)
        row = line.row
        if column == 0:
            return self._name_data(row, role)
        return self._cell_data(row, self.article_of(column), role)

    def multiData(self, index: Index, roleDataSpan) -> None:  # noqa: N803 - Qt's name
        """Every role a delegate asks for in one call (one hand-over of the GIL per cell, not
        one per role: a worker thread computing facts would otherwise slow each paint down)."""
        for role_data in roleDataSpan:
            role_data.setData(self.data(index, role_data.role()))

    def _group_data(self, line: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{KIND_LABELS.get(line.kind, line.kind.title())} ({line.count})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return fact_colors(QApplication.palette()).group
        if role == STATE_ROLE:
            return ""
        return None

    def _name_data(self, row: FactRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return visible(row_title(row), CELL_LIMIT)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.label]
            if row.conflict:
                lines.append(f"Outlets disagree: {row.detail or 'different values'}")
            return tooltip(*(visible(x, TIP_LIMIT) for x in lines))
        if role == Qt.ItemDataRole.DecorationRole and row.conflict:
            return badge_icon(fact_colors(QApplication.palette()).conflict)
        if role == ROW_ROLE:
            return row
        if role == STATE_ROLE:
            return ""
        return None

    def _cell_data(self, row: FactRow, i: int, role: int) -> Any:
        cell = row.cells[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return visible(cell_text(row, cell.value), CELL_LIMIT) if cell.value else ABSENT
        if role == Qt.ItemDataRole.BackgroundRole:
            return fact_colors(QApplication.palette()).cells[cell.state]
        if role == Qt.ItemDataRole.ForegroundRole and cell.state == "absent":
            return fact_colors(QApplication.palette()).absent_text
        if role == Qt.ItemDataRole.TextAlignmentRole and not cell.value:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.DecorationRole and cell.state == "conflict":
            return badge_icon(fact_colors(QApplication.palette()).conflict)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(row, i, cell)
        if role == STATE_ROLE:
            return cell.state
        if role == EVIDENCE_ROLE:
            return (i, cell.evidence) if cell.evidence is not None else None
        if role == ROW_ROLE:
            return row
        return None

    def _cell_tip(self, row: FactRow, i: int, cell: Cell) -> str:
        assert self.result is not None
        outlet = self.result.factset.label(i)
        lines = [f"{outlet} · {row_title(row)}"]
        if cell.state == "absent":
            lines.append(
                "Not stated: the article mentions the subject but does not say this"
                if cell.evidence is not None
                else "Not stated in this article"
            )
        elif not row.conflict:
            lines.append(f"States: {cell_text(row, cell.value)} (no outlet disagrees)")
        elif cell.state == "agree":
            lines.append(f"With the majority: {cell_text(row, cell.value)}")
        else:
            lines.append(f"Differs from the others: {cell_text(row, cell.value)}")
        if cell.evidence is not None:
            lines.append(f"“{cell.evidence.text.strip()}”")
            lines.append("Click to show it in the article")
        return tooltip(*(visible(x, TIP_LIMIT) for x in lines))


def evidence_at(model: FactGridModel, index: Index) -> tuple[int, Evidence] | None:
    found = model.data(index, EVIDENCE_ROLE)
    return found if isinstance(found, tuple) else None
