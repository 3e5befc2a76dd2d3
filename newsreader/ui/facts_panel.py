"""The facts in the window: the sidebar and grid docks, their actions, and where a click leads.

:class:`FactsPanel` owns the :class:`FactsController` and the two docks (Facts on the right, Fact
Grid at the bottom), keeps View › Facts Sidebar (Ctrl+Shift+F) and View › Fact Grid
(Ctrl+Shift+G) in step with them, computes only while one is open, tells the views which outlets
are compared or selected, and shows a clicked fact's evidence: the article's pane (it is opened on
the right if no pane shows it) scrolls to the paragraph, highlights the sentence and flashes.

Signals:
    evidence_shown(str, str, object): an evidence sentence was shown (entry key, side, Evidence).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from newsreader.core.facts import Evidence
from newsreader.ui.article_list import ArticleList
from newsreader.ui.compare_view import CompareView
from newsreader.ui.fact_grid_view import FactGridView
from newsreader.ui.facts_controller import FactsController
from newsreader.ui.facts_sidebar import FactsSidebar
from newsreader.ui.messages import MessageHub
from newsreader.ui.pair import PairController
from newsreader.ui.visible import visible
from newsreader.ui.worker import TaskRunner

SIDEBAR_WIDTH = 380
GRID_HEIGHT = 280


class FactsPanel(QObject):
    evidence_shown = Signal(str, str, object)

    def __init__(
        self,
        window: QMainWindow,
        *,
        sidebar_action: QAction,
        grid_action: QAction,
        pair: PairController,
        article_list: ArticleList,
        compare: CompareView,
        runner: TaskRunner,
        messages: MessageHub,
    ) -> None:
        super().__init__(window)
        self.window, self.pair, self.article_list = window, pair, article_list
        self.compare, self.messages = compare, messages
        # Called before an evidence sentence is shown: brings the comparison to the front when
        # the window has other pages in its place (set by the window; None: always in front).
        self.reveal_compare: Callable[[], None] | None = None
        self.controller = FactsController(pair.model, runner, messages, self)
        self.sidebar = FactsSidebar(self.controller, window)
        self.grid = FactGridView(self.controller, window)
        self.sidebar_dock = _dock("Facts", "factsDock", self.sidebar, window)
        self.grid_dock = _dock("Fact Grid", "factGridDock", self.grid, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sidebar_dock)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.grid_dock)
        self.sidebar_dock.hide()
        self.grid_dock.hide()
        self._bind(sidebar_action, self.sidebar_dock, SIDEBAR_WIDTH, Qt.Orientation.Horizontal)
        self._bind(grid_action, self.grid_dock, GRID_HEIGHT, Qt.Orientation.Vertical)

        self.sidebar.grid_requested.connect(self.show_grid)
        self.sidebar.evidence_requested.connect(self.show_evidence)
        self.sidebar.pair_requested.connect(self.show_pair)
        self.grid.evidence_requested.connect(self.show_evidence)
        pair.pair_changed.connect(self._update_shown)
        article_list.view.selectionModel().selectionChanged.connect(self._update_shown)
        self.controller.result_changed.connect(self._update_shown)
        self._update_shown()

    # --- docks ---------------------------------------------------------------------------------
    def _bind(
        self, action: QAction, dock: QDockWidget, size: int, orientation: Qt.Orientation
    ) -> None:
        def toggled(on: bool) -> None:
            if on and not dock.isVisible():
                dock.show()
                self.window.resizeDocks([dock], [size], orientation)
            elif not on:
                dock.hide()

        action.toggled.connect(toggled)
        dock.visibilityChanged.connect(lambda _: action.setChecked(not dock.isHidden()))
        dock.visibilityChanged.connect(self._update_active)

    def _update_active(self, *_: object) -> None:
        self.controller.set_active(
            not self.sidebar_dock.isHidden() or not self.grid_dock.isHidden()
        )

    def show_sidebar(self) -> None:
        if self.sidebar_dock.isHidden():
            self.sidebar_dock.show()
            self.window.resizeDocks([self.sidebar_dock], [SIDEBAR_WIDTH], Qt.Orientation.Horizontal)
        self.sidebar_dock.raise_()

    def show_grid(self) -> None:
        if self.grid_dock.isHidden():
            self.grid_dock.show()
            self.window.resizeDocks([self.grid_dock], [GRID_HEIGHT], Qt.Orientation.Vertical)
        self.grid_dock.raise_()
        self.grid.table.setFocus()

    # --- what is shown -------------------------------------------------------------------------
    def shown_keys(self) -> tuple[list[str], dict[str, str]]:
        """The compared entries and the other selected ones; which pane each compared one is in."""
        sides = {
            k: s for k, s in ((self.pair.left_key, "left"), (self.pair.right_key, "right")) if k
        }
        keys = [self.pair.left_key, self.pair.right_key, *self.article_list.selected_keys()]
        return list(dict.fromkeys(k for k in keys if k)), sides

    def _update_shown(self, *_: object) -> None:
        keys, sides = self.shown_keys()
        self.sidebar.set_shown(keys, sides)
        self.grid.set_sides(sides)

    # --- evidence ------------------------------------------------------------------------------
    def show_evidence(self, key: str, evidence: Evidence) -> str | None:
        """Show ``evidence`` in the pane showing entry ``key`` (opened on the right if none does).

        Returns the side it is shown on, or None when it cannot be shown.
        """
        entry = self.pair.model.find(key)
        if entry is None or not entry.comparable:
            self.messages.warning("That article is no longer loaded.")
            return None
        if self.reveal_compare is not None:
            self.reveal_compare()
        if key == self.pair.right_key:
            side = "right"
        elif key == self.pair.left_key:
            side = "left"
        else:
            side = "right"
            self.pair.set_side("right", key)
        if not self.compare.show_sentence(side, evidence.paragraph, evidence.start, evidence.end):
            self.messages.info(
                f"{visible(entry.short_label, 60)} changed since its facts were read: "
                "the sentence is no longer there."
            )
            return None
        self.evidence_shown.emit(key, side, evidence)
        return side

    def show_pair(self, left_key: str, left: Evidence, right_key: str, right: Evidence) -> bool:
        """Open ``left_key`` and ``right_key`` side by side (kept on their sides if they are
        already compared the other way round), each at its evidence sentence."""
        entries = [self.pair.model.find(k) for k in (left_key, right_key)]
        if any(e is None or not e.comparable for e in entries):
            self.messages.warning("That article is no longer loaded.")
            return False
        if self.reveal_compare is not None:
            self.reveal_compare()
        if (self.pair.left_key, self.pair.right_key) == (right_key, left_key):
            left_key, left, right_key, right = right_key, right, left_key, left
        elif (self.pair.left_key, self.pair.right_key) != (left_key, right_key):
            self.pair.set_pair(left_key, right_key)
        shown = True
        for side, key, evidence in (("left", left_key, left), ("right", right_key, right)):
            if self.compare.show_sentence(side, evidence.paragraph, evidence.start, evidence.end):
                self.evidence_shown.emit(key, side, evidence)
            else:
                shown = False
        if not shown:
            self.messages.info(
                "An article changed since its facts were read: a sentence is no longer there."
            )
        return shown


def _dock(title: str, name: str, widget: QWidget, window: QMainWindow) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    return dock
