"""The Overview's side list: copy pairs and duplicates, a thin table model over :class:`PairRow`.

Rows name the files; copies come family by family (a wire story syndicated many times is one block:
its source, copies, copies of copies), each with its kind. Clicking a row (or Enter) opens the pair
side by side; hovering it outlines its cell in the heatmap.

Signals (of :class:`PairList`):
    pair_activated(int, int): a row was clicked: article indices (source, copy).
    pair_hovered(int, int): the mouse is over a row (source, copy); (-1, -1) when it leaves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsreader.ui.common.heatmap_colors import copy_mark_icon, duplicate_mark_icon
from newsreader.ui.common.table_model import Index, TableModel
from newsreader.ui.common.visible import tooltip
from newsreader.ui.overview.data import OverviewResult
from newsreader.ui.overview.text import (
    KIND_TEXT,
    PairRow,
    link_summary,
    pair_rows,
    percent,
    row_counts,
)

HEADERS = ("Copy", "Source", "Kind", "Covers", "Direction", "Family")
COPY_COLUMN, SOURCE_COLUMN, KIND_COLUMN, SHARE_COLUMN, WHY_COLUMN, FAMILY_COLUMN = range(
    len(HEADERS)
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_WIDTH = 190  # pixels a file-name column may take before names are elided


class PairTableModel(TableModel):
    columns = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: OverviewResult | None = None
        self.rows: list[PairRow] = []

    def set_result(self, result: OverviewResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.rows = pair_rows(result) if result is not None else []
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None or index.row() >= len(self.rows):
            return None
        row, column, name = self.rows[index.row()], index.column(), self.result.name
        if role == Qt.ItemDataRole.DisplayRole:
            family = f"{name(row.family)} ({row.family_size})" if row.family >= 0 else ""
            return (
                name(row.copy),
                name(row.source),
                row.grade,
                percent(row.share),
                row.short,
                family,
            )[column]
        if role == SORT_ROLE:
            if column == SHARE_COLUMN:
                return row.share
            if column == FAMILY_COLUMN:
                return (-row.family_size, row.family, index.row())
            return str(self.data(index)).casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == COPY_COLUMN:
            palette = QApplication.palette()
            if row.kind == "copy":
                return copy_mark_icon(palette)
            return duplicate_mark_icon(palette)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SHARE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _tooltip(self, row: PairRow) -> str:
        assert self.result is not None
        labels, name = self.result.labels, self.result.name
        if row.kind == "copy":
            d = self.result.relation(row.source, row.copy)
            lines = [f"{name(row.copy)} — {labels[row.copy]}"]
            lines.append(f"is {KIND_TEXT.get(row.grade, 'a copy')} copy of")
            lines.append(f"{name(row.source)} — {labels[row.source]}")
            if d is not None:
                lines.append(
                    f"Aligned sentences cover {percent(d.coverage_source)} of the source and "
                    f"{percent(d.coverage_copy)} of the copy."
                )
            if row.family >= 0:
                lines.append(f"Family of {name(row.family)}: {row.family_size - 1} copies in all.")
            links = link_summary(d) if d is not None else ""
            if links:
                lines.append(f"Paragraph links: {links}")
        else:
            what = "identical to" if row.kind == "exact" else "a near duplicate of"
            lines = [f"{name(row.copy)} — {labels[row.copy]}", f"is {what}"]
            lines.append(f"{name(row.source)} — {labels[row.source]}")
        lines.append(f"Direction: {row.note}" if row.kind == "copy" else f"Why: {row.note}")
        lines.append("Click to compare the two side by side.")
        return tooltip(*lines)

    def pair(self, row: int) -> tuple[int, int]:
        found = self.rows[row]
        return found.source, found.copy


class PairList(QWidget):
    pair_activated = Signal(int, int)
    pair_hovered = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPairs")
        self.model = PairTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.title = QLabel("Copies and duplicates", self)
        self.title.setObjectName("overviewPairsTitle")
        self.view = QTreeView(self)
        self.view.setObjectName("overviewPairsView")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # heatmap order until a click
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setMouseTracking(True)
        self.view.viewport().installEventFilter(self)
        self.view.clicked.connect(self._on_clicked)
        self.view.entered.connect(self._on_entered)
        header = self.view.header()
        header.setMinimumSectionSize(40)
        for column, width in (
            (COPY_COLUMN, 124),
            (SOURCE_COLUMN, 124),
            (KIND_COLUMN, 76),
            (SHARE_COLUMN, 52),
            (WHY_COLUMN, 100),
            (FAMILY_COLUMN, 124),
        ):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # fitting columns looks at a sample of the rows
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # file names differ at the end
        open_action = QAction("Compare", self.view)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._on_clicked(self.view.currentIndex()))
        self.view.addAction(open_action)
        self.empty = QLabel("No copies or duplicates among these articles.", self)
        self.empty.setObjectName("overviewPairsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def set_result(self, result: OverviewResult | None) -> None:
        self.model.set_result(result)
        rows = self.model.rows
        self.title.setText(
            f"Copies and duplicates: {row_counts(rows)}" if rows else "Copies and duplicates"
        )
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        if rows:  # short columns fit their words; file names up to NAME_WIDTH
            for column in (KIND_COLUMN, SHARE_COLUMN, WHY_COLUMN):
                self.view.resizeColumnToContents(column)
            for column in (COPY_COLUMN, SOURCE_COLUMN, FAMILY_COLUMN):
                width = min(NAME_WIDTH, self.view.sizeHintForColumn(column) + 8)
                self.view.header().resizeSection(column, max(60, width))

    def row_pairs(self) -> list[tuple[int, int]]:
        """(source, copy) of each row as shown (for tests)."""
        return [
            self.model.pair(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def index_of(self, source: int, copy: int) -> QModelIndex:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self.model.pair(self.proxy.mapToSource(index).row()) == (source, copy):
                return index
        return QModelIndex()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.pair_activated.emit(*self.model.pair(self.proxy.mapToSource(index).row()))

    def _on_entered(self, index: QModelIndex) -> None:
        if index.isValid():
            self.pair_hovered.emit(*self.model.pair(self.proxy.mapToSource(index).row()))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Leave:
            self.pair_hovered.emit(-1, -1)
        return super().eventFilter(watched, event)
