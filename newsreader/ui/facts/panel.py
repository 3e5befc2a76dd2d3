"""The facts in the window: the sidebar dock, the grid page, their actions, where a click leads.

:class:`FactsPanel` owns the :class:`FactsController`, the Facts dock on the right (kept in step
with View › Facts Sidebar, Ctrl+Shift+F) and the :class:`FactGridView`, which the window shows as a
page beside Compare and Overview (View › Fact Grid, Ctrl+Shift+G) so it never squeezes the two
articles. It computes only while the sidebar or the grid is shown, tells the views which outlets
are compared or selected, and shows a chosen fact's evidence: the article's pane (it is opened on
the right if no pane shows it) scrolls to the paragraph, highlights the sentence and flashes.

Opening the sidebar takes its width from the article list first, so each article keeps at least
:data:`MIN_PANE` pixels while the window allows it.

Signals:
    evidence_shown(str, str, object): an evidence sentence was shown (entry key, side, Evidence).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from newsreader.core.facts import Evidence
from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.visible import visible
from newsreader.ui.common.worker import TaskRunner
from newsreader.ui.compare.pair import PairController
from newsreader.ui.compare.view import CompareView
from newsreader.ui.facts.controller import FactsController
from newsreader.ui.facts.grid_view import FactGridView
from newsreader.ui.facts.sidebar import FactsSidebar
from newsreader.ui.library.article_list import ArticleList

SIDEBAR_WIDTH = 380
MIN_PANE = 360  # what each article pane keeps when the sidebar opens, if the list can give it
MIN_LIST = 200  # the list is narrowed down to this, then collapsed


class FactsPanel(QObject):
    evidence_shown = Signal(str, str, object)

    def __init__(
        self,
        window: QMainWindow,
        *,
        sidebar_action: QAction,
        pair: PairController,
        article_list: ArticleList,
        compare: CompareView,
        runner: TaskRunner,
        messages: MessageHub,
        splitter: QSplitter | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.pair, self.article_list = window, pair, article_list
        self.compare, self.messages, self.splitter = compare, messages, splitter
        # Called before an evidence sentence is shown: brings the comparison to the front when
        # the window has other pages in its place (set by the window; None: always in front).
        self.reveal_compare: Callable[[], None] | None = None
        # Called to bring the grid page to the front (set by the window, which shows the page).
        self.reveal_grid: Callable[[], None] | None = None
        self._grid_shown = False
        self.controller = FactsController(pair.model, runner, messages, self)
        self.sidebar = FactsSidebar(self.controller, window)
        self.grid = FactGridView(self.controller, window)
        self.sidebar_dock = _dock("Facts", "factsDock", self.sidebar, window)
        # Built after the window restored the session's layout: the dock takes its place there.
        if not window.restoreDockWidget(self.sidebar_dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sidebar_dock)
            self.sidebar_dock.hide()
        self._bind(sidebar_action, self.sidebar_dock)

        self.sidebar.grid_requested.connect(self.show_grid)
        self.sidebar.evidence_requested.connect(self.show_evidence)
        self.sidebar.pair_requested.connect(self.show_pair)
        self.grid.evidence_requested.connect(self.show_evidence)
        pair.pair_changed.connect(self._update_shown)
        article_list.view.selectionModel().selectionChanged.connect(self._update_shown)
        self.controller.result_changed.connect(self._update_shown)
        self._update_shown()

    # --- docks ---------------------------------------------------------------------------------
    def _bind(self, action: QAction, dock: QDockWidget) -> None:
        def toggled(on: bool) -> None:
            if on and not dock.isVisible():
                self.show_sidebar()
            elif not on:
                dock.hide()

        action.toggled.connect(toggled)
        if action.isChecked() and dock.isHidden():
            self.show_sidebar()  # asked for before the panel was built
        else:
            action.setChecked(not dock.isHidden())
        dock.visibilityChanged.connect(lambda _: action.setChecked(not dock.isHidden()))
        dock.visibilityChanged.connect(self._update_active)
        self._update_active()

    def _update_active(self, *_: object) -> None:
        self.controller.set_active(not self.sidebar_dock.isHidden() or self._grid_shown)

    def set_grid_shown(self, shown: bool) -> None:
        """The window shows (or no longer shows) the grid page."""
        self._grid_shown = shown
        self._update_active()

    def show_sidebar(self) -> None:
        if self.sidebar_dock.isHidden():
            self._make_room(SIDEBAR_WIDTH)
            self.sidebar_dock.show()
            self.window.resizeDocks([self.sidebar_dock], [SIDEBAR_WIDTH], Qt.Orientation.Horizontal)
        self.sidebar_dock.raise_()

    def _make_room(self, width: int) -> None:
        """Narrow (then collapse) the article list so the panes keep :data:`MIN_PANE` each."""
        if self.splitter is None or not self.splitter.isVisible():
            return
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or sizes[0] == 0:
            return
        needed = 2 * MIN_PANE + self.compare.gutter.width() - (sizes[1] - width)
        if needed <= 0:
            return
        narrower = sizes[0] - needed
        list_width = narrower if narrower >= MIN_LIST else (MIN_LIST if sizes[0] > MIN_LIST else 0)
        if narrower < MIN_LIST and sizes[1] + sizes[0] - MIN_LIST - width < 2 * MIN_PANE:
            list_width = 0  # even a narrow list would squeeze them: collapse it
        self.splitter.setSizes([list_width, sizes[0] + sizes[1] - list_width])

    def focus_tree(self) -> None:
        """Open the sidebar if needed and give its tree the keyboard focus (Go › Facts, Ctrl+4)."""
        self.show_sidebar()
        self.sidebar.tree.setFocus()
        if not self.sidebar.tree.currentIndex().isValid():
            first = self.sidebar.tree.model().index(0, 0)
            if first.isValid():
                self.sidebar.tree.setCurrentIndex(first)

    def show_grid(self) -> None:
        if self.reveal_grid is not None:
            self.reveal_grid()
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
