"""The fact grid view: a bar (what is shown, the filter, a legend) over the table of facts.

Clicking a cell (or Enter on it) asks for that outlet's evidence sentence; the window opens the
article in a pane and highlights it. Until facts are there, a :class:`FactsStatePage` says why.
With many outlets, "Group Alike" collapses outlets that state the same into one column (double-click
its header to expand it, or an expanded outlet's header to group it again); the outlets can be
filtered by name and sorted.

Signals:
    evidence_requested(str, object): show this entry key's :class:`Evidence`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsreader.ui.common.facts_colors import fact_colors
from newsreader.ui.facts.controller import COMPUTING, READY, FactsController, FactsResult
from newsreader.ui.facts.grid_columns import SORTS
from newsreader.ui.facts.grid_model import FIRST_OUTLET, FactGridModel, evidence_at
from newsreader.ui.facts.state import FactsStatePage

NAME_WIDTH = 230
COUNTS_WIDTH = 250
OUTLET_WIDTH = 170
STRETCH_UP_TO = 5  # outlet columns share the width up to this many, then scroll


class FactGridView(QWidget):
    evidence_requested = Signal(str, object)

    def __init__(self, controller: FactsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factGrid")
        self.controller = controller
        self.model = FactGridModel(self)

        self.summary = QLabel(self)
        self.summary.setObjectName("factGridSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.all_button = _segment("All Facts", "Every compared fact", self)
        self.conflicts_button = _segment(
            "Disagreements", "Only the facts outlets disagree on", self
        )
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_group.addButton(self.all_button)
        self.filter_group.addButton(self.conflicts_button)
        self.all_button.setChecked(True)
        self.conflicts_button.toggled.connect(self.set_conflicts_only)
        self.group_button = _segment(
            "Group Outlets",
            "One column per story (or for outlets that state the same on every row shown); "
            "double-click a column's header to see each outlet",
            self,
        )
        self.group_button.setChecked(True)
        self.group_button.toggled.connect(self.model.set_collapse)
        self.outlet_filter = QLineEdit(self)
        self.outlet_filter.setObjectName("outletFilter")
        self.outlet_filter.setPlaceholderText("Filter outlets…")
        self.outlet_filter.setClearButtonEnabled(True)
        self.outlet_filter.setMaximumWidth(220)
        self.outlet_filter.setMinimumWidth(60)
        self.outlet_filter.textChanged.connect(self.model.set_outlet_filter)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("outletSort")
        self.sort_box.setToolTip("The order of the outlet columns")
        self.sort_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sort_box.setMinimumContentsLength(8)
        for key, text in SORTS.items():
            self.sort_box.addItem(text, key)
        self.sort_box.currentIndexChanged.connect(
            lambda _: self.model.set_sort(self.sort_box.currentData())
        )
        self.legend = {state: QLabel(self) for state in ("agree", "conflict", "absent")}
        texts = {"agree": "Agrees", "conflict": "Conflicts", "absent": "Not stated"}
        for state, label in self.legend.items():
            label.setObjectName(f"legend_{state}")
            label.setText(texts[state])
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.setSpacing(4)
        bar.addWidget(self.all_button)
        bar.addWidget(self.conflicts_button)
        bar.addSpacing(12)
        bar.addWidget(self.group_button)
        bar.addWidget(self.outlet_filter)
        bar.addWidget(self.sort_box)
        bar.addStretch(1)
        info = QHBoxLayout()  # a second row, so the page fits beside a narrow window's list
        info.setContentsMargins(8, 0, 8, 4)
        info.setSpacing(4)
        info.addWidget(self.summary, 1)
        for label in self.legend.values():
            info.addWidget(label)

        self.table = QTableView(self)
        self.table.setObjectName("factGridTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self.model.toggle_group)
        self.table.setMouseTracking(True)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self.model.modelReset.connect(self._after_reset)

        self.state_page = FactsStatePage(self)
        self.state_page.cancel_requested.connect(controller.cancel)
        self.state_page.retry_requested.connect(controller.recompute)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.state_page)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(info)
        layout.addWidget(self.stack, 1)

        controller.state_changed.connect(self._on_state)
        controller.progressed.connect(self.state_page.set_progress)
        controller.result_changed.connect(self.set_result)
        self._style_legend()
        self.set_result(controller.result)
        self._on_state(controller.state)

    # --- content -------------------------------------------------------------------------------
    def set_result(self, result: FactsResult | None) -> None:
        self.model.set_result(result)
        self._update_summary()

    def set_sides(self, sides: dict[str, str]) -> None:
        """Mark the outlets shown in the panes (entry key → "left" / "right")."""
        result = self.model.result
        if result is None:
            self.model.set_sides({})
            return
        found = {result.index_of(key): side for key, side in sides.items()}
        self.model.set_sides({i: side for i, side in found.items() if i is not None})

    def set_stories(self, stories: dict[str, str]) -> None:
        """Which story (its name) each entry key belongs to: a story's outlets share a column."""
        self.model.set_stories(stories)

    def set_conflicts_only(self, on: bool) -> None:
        self.conflicts_button.setChecked(on)
        self.model.set_conflicts_only(on)
        self._update_summary()

    def _after_reset(self) -> None:
        self.table.clearSpans()
        columns = self.model.columnCount()
        for row in self.model.header_rows():
            self.table.setSpan(row, 0, 1, max(1, columns))
        header = self.table.horizontalHeader()
        if columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, NAME_WIDTH)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(1, COUNTS_WIDTH)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if columns - FIRST_OUTLET <= STRETCH_UP_TO
                else QHeaderView.ResizeMode.Interactive
            )
            for column in range(FIRST_OUTLET, columns):
                header.setSectionResizeMode(column, mode)
                if mode == QHeaderView.ResizeMode.Interactive:
                    header.resizeSection(column, OUTLET_WIDTH)
        self._update_summary()

    def _update_summary(self) -> None:
        result = self.model.result
        if result is None:
            self.summary.setText("")
            return
        rows = result.factset.rows
        conflicts = sum(1 for r in rows if r.conflict)
        outlets = len(result.factset.articles)
        shown = len(self.model.shown_outlets())
        columns = len(self.model.outlets)
        view = f" · {shown} shown in {columns} columns" if columns < outlets else ""
        self.summary.setText(
            f"{len(rows)} facts compared across {outlets} "
            f"{'outlet' if outlets == 1 else 'outlets'} · "
            f"{conflicts} {'disagreement' if conflicts == 1 else 'disagreements'}{view}"
        )
        self.summary.setToolTip(self.summary.text())

    def _on_state(self, state: str) -> None:
        self.state_page.set_state(state, self.controller.error)
        # While computing again (a merge, a new article) the previous grid stays up.
        shown = state == READY or (state == COMPUTING and self.model.result is not None)
        self.stack.setCurrentWidget(self.table if shown else self.state_page)

    def _on_clicked(self, index: QModelIndex) -> None:
        found = evidence_at(self.model, index)
        result = self.model.result
        if found is None or result is None:
            return
        article, evidence = found
        self.evidence_requested.emit(result.keys[article], evidence)

    # --- look ----------------------------------------------------------------------------------
    def _style_legend(self) -> None:
        """The legend's chips, in the cells' colours."""
        colors = fact_colors(self.palette())

        for state, label in self.legend.items():
            label.setStyleSheet(
                f"background-color: {colors.cells[state].name()}; color: {colors.text.name()};"
                "border-radius: 3px; padding: 1px 8px;"
            )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_legend()
            self.table.viewport().update()


class CellDelegate(QStyledItemDelegate):
    """Cells keep their state colour when selected; the selection is an outline around them."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


def _segment(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(True)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
