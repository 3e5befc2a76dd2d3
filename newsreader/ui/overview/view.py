"""The Overview page: the similarity heatmap of all loaded articles, its legend, and the copy list.

It follows an :class:`OverviewController`: while an overview is computed (longer than a moment) it
shows progress with a Cancel button; with fewer than two articles, after a cancel or a failure, it
says so and offers the way on. Clicking a cell or a copy in the list asks for that pair side by
side: the source (or the row's article) on the left.

Signals:
    pair_requested(str, str): compare these two entries (left key, right key).
    open_requested(): the "Open files…" button (fewer than two articles loaded).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsreader.ui.common.icons import icon
from newsreader.ui.overview.controller import (
    CANCELLED,
    COMPUTING,
    FAILED,
    FEW,
    READY,
    OverviewController,
)
from newsreader.ui.overview.data import OverviewResult
from newsreader.ui.overview.heatmap import HeatmapView
from newsreader.ui.overview.heatmap_legend import HeatmapLegend
from newsreader.ui.overview.pairs import PairList
from newsreader.ui.overview.state import StatePage
from newsreader.ui.overview.text import describe, headline, summary

BUSY_DELAY_MS = 250  # a quick recomputation keeps the old map instead of flashing a progress page
HINT = "Hover a cell to see the pair · click it to compare the two · Ctrl+wheel zooms"


class OverviewView(QWidget):
    pair_requested = Signal(str, str)
    open_requested = Signal()

    def __init__(self, controller: OverviewController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.controller = controller
        self.result: OverviewResult | None = None

        self.heatmap = HeatmapView(self)
        self.legend = HeatmapLegend(self)
        self.pairs = PairList(self)
        self.state_page = StatePage(self)

        self.heading = QLabel("Overview", self)
        self.heading.setObjectName("overviewHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("overviewSummary")
        self.info = QLabel(HINT, self)
        self.info.setObjectName("overviewInfo")
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.summary, self.info):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_out = self._tool("zoom-out", "Smaller cells (Ctrl+wheel, -)")
        self.zoom_in = self._tool("zoom-in", "Larger cells (Ctrl+wheel, +)")
        self.fit_button = self._tool("", "Show every article (0)")
        self.fit_button.setText("Fit")
        self.zoom_out.clicked.connect(lambda: self.heatmap.zoom_by(-1))
        self.zoom_in.clicked.connect(lambda: self.heatmap.zoom_by(1))
        self.fit_button.clicked.connect(self.heatmap.fit)

        top = QHBoxLayout()
        top.setContentsMargins(10, 6, 8, 4)
        top.addWidget(self.heading)
        top.addSpacing(8)
        top.addWidget(self.summary)
        top.addSpacing(16)
        top.addWidget(self.info, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(10, 2, 6, 4)
        bottom.addWidget(self.legend, 1)
        for button in (self.zoom_out, self.fit_button, self.zoom_in):
            bottom.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("overviewSplitter")
        self.splitter.addWidget(self.heatmap)
        self.splitter.addWidget(self.pairs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([620, 440])
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(top)
        column.addWidget(self.splitter, 1)
        column.addLayout(bottom)
        self.content = content
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.state_page)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.setInterval(BUSY_DELAY_MS)
        self._busy.timeout.connect(self._show_busy)

        self.heatmap.cell_clicked.connect(self._open_cell)
        self.heatmap.cell_hovered.connect(self._on_hovered)
        self.pairs.pair_activated.connect(self._open_pair)
        self.pairs.pair_hovered.connect(self._on_pair_hovered)
        self.state_page.action_requested.connect(self._on_action)
        controller.state_changed.connect(self._on_state)
        controller.progressed.connect(self.state_page.set_progress)
        controller.result_changed.connect(self._on_result)
        self._on_result(controller.result)
        self._on_state(controller.state)

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        if name:
            button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # --- following the controller -------------------------------------------------------------
    def _on_state(self, state: str) -> None:
        self._busy.stop()
        if state == COMPUTING:
            if self.stack.currentWidget() is self.content and self.result is not None:
                self._busy.start()  # keep the current map for a moment
            else:
                self._show_busy()
        elif state == READY:
            self.stack.setCurrentWidget(self.content)
        elif state == FEW:
            self.state_page.show_state(
                "Nothing to map yet",
                "The overview compares every loaded article with every other: load at least "
                "two articles to see their stories, who copied whom, and duplicates.",
                "open",
                "Open Files…",
            )
            self.stack.setCurrentWidget(self.state_page)
        elif state == CANCELLED:
            self.state_page.show_state(
                "Overview cancelled",
                "The map was not computed. It is computed again when articles are added or "
                "removed, or now:",
                "recompute",
                "Compute Again",
            )
            self.stack.setCurrentWidget(self.state_page)
        elif state == FAILED:
            self.state_page.show_state(
                "The overview could not be computed",
                self.controller.error + "\n(details are in the log: Help › Open the Log Folder)",
                "recompute",
                "Try Again",
            )
            self.stack.setCurrentWidget(self.state_page)

    def _show_busy(self) -> None:
        if self.controller.state != COMPUTING:
            return
        count = sum(1 for e in self.controller.model.entries() if e.comparable)
        self.state_page.show_state(
            "Computing the overview…",
            f"Comparing {count:,} articles…",
            "cancel",
            "Cancel",
            progress=True,
        )
        self.stack.setCurrentWidget(self.state_page)

    def _on_action(self, action: str) -> None:
        if action == "cancel":
            self.controller.cancel()
        elif action == "recompute":
            self.controller.recompute()
        elif action == "open":
            self.open_requested.emit()

    def _on_result(self, result: OverviewResult | None) -> None:
        same_map = (
            result is not None and self.result is not None and result.heatmap is self.result.heatmap
        )
        self.result = result
        if not same_map:
            self.heatmap.set_heatmap(
                result.heatmap if result is not None else None,
                result.overview.similarity if result is not None else None,
                self._describe if result is not None else None,
            )
        self.pairs.set_result(result)
        self.summary.setText(summary(result) if result is not None else "")
        self.info.setText(HINT)

    # --- pairs ---------------------------------------------------------------------------------
    def _describe(self, a: int, b: int) -> tuple[list[str], list[str]]:
        assert self.result is not None
        lines = describe(self.result, a, b)
        blank = lines.index("") if "" in lines else len(lines)
        return lines[:blank], lines[blank + 1 :]

    def _on_hovered(self, a: int, b: int) -> None:
        if self.result is None or a < 0:
            self.info.setText(HINT)
            return
        self.info.setText(self._elided(headline(self.result, a, b)))

    def _on_pair_hovered(self, source: int, copy: int) -> None:
        self.heatmap.mark(copy, source)
        self._on_hovered(copy, source)

    def _elided(self, text: str) -> str:
        width = max(40, self.info.width())
        return self.info.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    def _open_cell(self, a: int, b: int) -> None:
        if self.result is None:
            return
        d = self.result.relation(a, b)
        if d is not None and d.direct:
            self._open_pair(d.source, d.copy)
        else:
            self._open_pair(a, b)

    def _open_pair(self, left: int, right: int) -> None:
        if self.result is not None and left != right:
            self.pair_requested.emit(self.result.keys[left], self.result.keys[right])

    def current_page(self) -> str:
        """``"map"`` or ``"state"`` (for tests)."""
        return "map" if self.stack.currentWidget() is self.content else "state"
