"""The fact grid as a Qt table: rows are canonical facts, columns are outlets.

Column 0 names the fact, column 1 counts what the outlets shown state ("31 outlets: attending ·
2: not attending"), every other column is one outlet of the :class:`FactSet` — or several that
state the same on every shown row, collapsed into one column until expanded
(:mod:`newsreader.ui.facts.grid_columns`; outlets can be filtered and sorted). Rows come in
groups (attendance, delegation leads, offices, titles, figures, demands), each opened by a header
row the view spans across the table. A cell shows what that outlet states, coloured by its state
(agree / conflict / absent, :mod:`newsreader.ui.common.facts_colors`), with a badge on conflicts so
colour is not the only cue; its tooltip quotes the evidence sentence. ``conflicts_only`` keeps the
rows outlets disagree on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from newsreader.core.facts import Cell, Evidence, FactRow, fact_grid
from newsreader.core.facts.grid import KIND_LABELS
from newsreader.ui.common.facts_colors import badge_icon, fact_colors
from newsreader.ui.common.table_model import Index, TableModel
from newsreader.ui.common.visible import tooltip, visible
from newsreader.ui.facts import grid_columns
from newsreader.ui.facts.controller import FactsResult
from newsreader.ui.facts.grid_columns import Column
from newsreader.ui.facts.tree import cell_text, row_title

STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "agree" / "conflict" / "absent"; "" for names
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # (article index, Evidence) or None
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the FactRow (None on group headers)
CELL_LIMIT = 120
TIP_LIMIT = 600
ABSENT = "—"
FIRST_OUTLET = 2  # columns 0 and 1: the fact, the counts
MEMBERS_IN_TIP = 25


@dataclass(frozen=True, slots=True)
class Line:
    """A table row: a group header (``row`` None) or a fact."""

    kind: str
    row: FactRow | None = None
    count: int = 0


class FactGridModel(TableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: FactsResult | None = None
        self.conflicts_only = False
        self.sides: dict[int, str] = {}  # article index → "left" / "right"
        self.lines: list[Line] = []
        self.outlets: list[Column] = []  # the outlet columns, from column FIRST_OUTLET on
        self.filter_text = ""
        self.sort = "stated"
        self.collapse = True
        self.expanded: frozenset[tuple[int, ...]] = frozenset()
        self.stories: dict[str, str] = {}  # entry key → story name (the Overview's clusters)

    def set_result(self, result: FactsResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._build()
        self.endResetModel()

    def set_conflicts_only(self, on: bool) -> None:
        self._set(conflicts_only=on)

    def set_sides(self, sides: dict[int, str]) -> None:
        self._set(sides=dict(sides))

    def set_outlet_filter(self, text: str) -> None:
        self._set(filter_text=text)

    def set_sort(self, how: str) -> None:
        self._set(sort=how if how in grid_columns.SORTS else "stated")

    def set_collapse(self, on: bool) -> None:
        self._set(collapse=on, expanded=frozenset())

    def set_stories(self, stories: dict[str, str]) -> None:
        self._set(stories=dict(stories))

    def toggle_group(self, column: int) -> bool:
        """Expand a collapsed column into its outlets, or collapse an expanded outlet's group."""
        if not FIRST_OUTLET <= column < self.columnCount():
            return False
        found = self.outlets[column - FIRST_OUTLET]
        if found.grouped:
            self._set(expanded=self.expanded | {found.members})
        elif found.expanded_from:
            self._set(expanded=self.expanded - {found.expanded_from})
        else:
            return False
        return True

    def _set(self, **changes: Any) -> None:
        if all(getattr(self, name) == value for name, value in changes.items()):
            return
        self.beginResetModel()
        for name, value in changes.items():
            setattr(self, name, value)
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        self.lines = []
        self.outlets = []
        if self.result is None:
            return
        rows = fact_grid(self.result.factset).rows
        if self.conflicts_only:
            rows = [r for r in rows if r.conflict]
        keys = self.result.keys
        factset = self.result.factset
        self.outlets = grid_columns.columns(
            rows,
            [factset.label(i) for i in range(len(factset.articles))],
            pinned=sorted(self.sides, key=lambda i: self.sides[i] != "left"),
            text=self.filter_text,
            sort=self.sort,
            collapse=self.collapse,
            expanded=self.expanded,
            story=(lambda i: self.stories.get(keys[i], "")) if self.stories else None,
        )
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
        """The (first) outlet of an outlet column; -1 for the fact and counts columns."""
        if not FIRST_OUTLET <= column < FIRST_OUTLET + len(self.outlets):
            return -1
        return self.outlets[column - FIRST_OUTLET].first

    def members(self, column: int) -> tuple[int, ...]:
        if not FIRST_OUTLET <= column < FIRST_OUTLET + len(self.outlets):
            return ()
        return self.outlets[column - FIRST_OUTLET].members

    def column_of(self, article: int) -> int:
        """The column showing outlet ``article`` (alone or in a group), else -1."""
        return next(
            (FIRST_OUTLET + n for n, c in enumerate(self.outlets) if article in c.members), -1
        )

    def shown_outlets(self) -> list[int]:
        return [i for c in self.outlets for i in c.members]

    def cell(self, row: int, column: int) -> Cell | None:
        line = self.lines[row]
        article = self.article_of(column)
        if line.row is None or article < 0:
            return None
        return line.row.cells[article]

    # --- TableModel ---------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self.lines)

    def column_count(self) -> int:
        return 0 if self.result is None else FIRST_OUTLET + len(self.outlets)

    def header(self, section: int, role: int) -> Any:
        if self.result is None:
            return None
        factset = self.result.factset
        members = self.members(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "Fact"
            if section == 1:
                return f"Outlets ({len(self.shown_outlets())})"
            label = visible(factset.label(members[0]), 60)
            story = self.outlets[section - FIRST_OUTLET].story
            if len(members) > 1 and story:
                return f"{len(members)} outlets · {visible(story, 40)}"
            if len(members) > 1:
                return f"{len(members)} outlets: {label} …"
            side = self.sides.get(members[0])
            return f"{label} ({'L' if side == 'left' else 'R'})" if side else label
        if role == Qt.ItemDataRole.ToolTipRole and len(members) > 1:
            names = [visible(factset.label(i), 60) for i in members[:MEMBERS_IN_TIP]]
            more = len(members) - len(names)
            story = self.outlets[section - FIRST_OUTLET].story
            return tooltip(
                f"{len(members)} outlets of the story “{story}”:"
                if story
                else f"{len(members)} outlets state the same on every row shown:",
                ", ".join(names) + (f" and {more} more" if more else ""),
                "Double-click the header to show each of them",
            )
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_OUTLET:
            a = factset.articles[members[0]]
            side = self.sides.get(members[0])
            where = f"Shown on the {side}" if side else "Not in a pane: click a cell to show it"
            group = self.outlets[section - FIRST_OUTLET].expanded_from
            regroup = "Double-click the header to group alike outlets again" if group else ""
            lines = [a.outlet or a.name, a.title, a.path or a.name, where, regroup]
            return tooltip(*(x for x in lines if x))
        if role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return "What the outlets shown state, most common first"
        if role == Qt.ItemDataRole.FontRole and len(members) == 1 and self.sides.get(members[0]):
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
        if column == 1:
            return self._counts_data(row, role)
        return self._cell_data(row, self.members(column), role)

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

    def _counts_data(self, row: FactRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = grid_columns.counts(
                row, self.shown_outlets(), lambda value: cell_text(row, value)
            )
            return visible(text, CELL_LIMIT) if role == Qt.ItemDataRole.DisplayRole else text
        if role == ROW_ROLE:
            return row
        if role == STATE_ROLE:
            return ""
        return None

    def _cell_data(self, row: FactRow, members: tuple[int, ...], role: int) -> Any:
        if len(members) > 1:
            return self._group_cell_data(row, members, role)
        i = members[0]
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

    def _group_cell_data(self, row: FactRow, members: tuple[int, ...], role: int) -> Any:
        """A collapsed column's cell: what most of its outlets state, and how many."""
        summary = grid_columns.summarize(row, members)
        colors = fact_colors(QApplication.palette())
        if role == Qt.ItemDataRole.DisplayRole:
            if not summary.value:
                return ABSENT
            text = f"{cell_text(row, summary.value)} · {summary.count} of {summary.members}"
            if summary.others:
                text += f" · {summary.others} {'differs' if summary.others == 1 else 'differ'}"
            return visible(text, CELL_LIMIT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return colors.cells[summary.state]
        if role == Qt.ItemDataRole.ForegroundRole and summary.state == "absent":
            return colors.absent_text
        if role == Qt.ItemDataRole.TextAlignmentRole and not summary.value:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.DecorationRole and summary.state == "conflict":
            return badge_icon(colors.conflict)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{summary.members} outlets · {row_title(row)}"]
            lines += [f"{n}: {cell_text(row, value)}" for value, n in summary.tally]
            silent = summary.members - sum(n for _, n in summary.tally)
            if silent:
                lines.append(f"{silent}: not stated")
            lines.append("Double-click the column's header to see each outlet")
            return tooltip(*(visible(x, TIP_LIMIT) for x in lines))
        if role == STATE_ROLE:
            return summary.state
        if role == EVIDENCE_ROLE:
            quoted = [m for m in members if row.cells[m].value == summary.value]
            found = next((m for m in quoted if row.cells[m].evidence is not None), None)
            return (found, row.cells[found].evidence) if found is not None else None
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
