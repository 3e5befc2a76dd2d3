"""The main window: composes the list, the comparison, the docks, actions and controllers.

It owns no logic of its own beyond wiring: bringing articles in is :class:`Intake`, loading
:class:`LoadController`, the pair and its alignment :class:`PairController`, files on disk
:class:`DiskChanges`, the session :class:`WindowSession`. Dependencies (settings, session store,
task runner) are passed in.

The parts that import the engines — the Overview, the facts (sidebar and grid) and the export —
are built by :meth:`complete` right after the window is first painted (or when first asked for:
``window.facts``, ``window.overview``, ``window.overview_view`` and ``window.exporter`` build
them), so the window is on screen quickly and the engines load while the user looks at it.
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from newsreader import __version__
from newsreader.ui.common.icons import app_icon, icon
from newsreader.ui.common.messages import ERROR, Message, MessageHub
from newsreader.ui.common.settings import (
    LOCK_SCROLL,
    SHOW_REMOVED,
    SHOW_TOOLBAR,
    WORD_DIFF,
    ZOOM,
    Settings,
)
from newsreader.ui.common.visible import visible
from newsreader.ui.common.worker import TaskRunner
from newsreader.ui.compare.pair import PairController
from newsreader.ui.compare.view import CompareView
from newsreader.ui.library.article_filter import ComparableProxy
from newsreader.ui.library.article_list import ArticleList
from newsreader.ui.library.article_model import ArticleTableModel
from newsreader.ui.library.disk_changes import DiskChanges
from newsreader.ui.library.intake import Intake
from newsreader.ui.library.loading import LoadController, LoadOutcome
from newsreader.ui.library.problems import ProblemsPanel
from newsreader.ui.library.recent import RecentMenu
from newsreader.ui.library.web_intake import WebIntake
from newsreader.ui.shell.actions import Actions, build_menus, build_toolbar
from newsreader.ui.shell.empty_state import EmptyState
from newsreader.ui.shell.session import Session
from newsreader.ui.shell.session_lock import SessionLock
from newsreader.ui.shell.statusbar import StatusBar
from newsreader.ui.shell.view_tabs import COMPARE, GRID, OVERVIEW, ViewTabs
from newsreader.ui.shell.window_session import WindowSession

if TYPE_CHECKING:
    from newsreader.ui.export.action import ExportController
    from newsreader.ui.facts.panel import FactsPanel
    from newsreader.ui.overview.controller import OverviewController
    from newsreader.ui.overview.view import OverviewView

log = logging.getLogger(__name__)
ZOOM_RANGE = ZOOM.bounds or (0, 0)
# What complete() imports, imported first in a thread once the window is painted.
WARM_UP = (
    "newsreader.ui.overview.view",
    "newsreader.ui.facts.panel",
    "newsreader.ui.export.action",
    "newsreader.core.align.engine",
    "newsreader.core.ingest",
)
LIST_WIDTH = 400  # the article list's width on a first start
LIST_SHARE = 0.3  # ... and at most this share of the window's width


class MainWindow(QMainWindow):
    """Signals:
    first_painted(): the window has been painted for the first time.
    """

    first_painted = Signal()

    def __init__(
        self,
        settings: Settings,
        session_store: QSettings,
        runner: TaskRunner | None = None,
        log_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.settings, self.session_store, self.log_dir = settings, session_store, log_dir
        self.runner = runner or TaskRunner(parent=self)
        self.messages = MessageHub(self)

        self.model = ArticleTableModel(self)
        self.comparable = ComparableProxy(self)
        self.comparable.setSourceModel(self.model)
        self.article_list = ArticleList(self.model, self)
        self.compare = CompareView(self.comparable, self)
        self.views = ViewTabs(self.compare, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([LIST_WIDTH, 1000])
        self._list_width = LIST_WIDTH  # to come back to when the list is shown again
        self._list_restored = False
        self.empty_state = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.problems = ProblemsPanel(self)
        self.problems_dock = QDockWidget("Problems", self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.status = StatusBar(self.runner, self.messages, self)
        self.setStatusBar(self.status)

        self.loader = LoadController(self.model, self.runner, self.messages, self)
        self.pair = PairController(self.model, self.compare, self.runner, self.messages, self)
        self.disk = DiskChanges(self.model, self.loader, self.compare.notice, self.messages, self)
        self.session = WindowSession(self, self.splitter, self.loader, self.pair, session_store)
        self.session_lock: SessionLock | None = None  # held while this window owns the session

        self.actions = Actions(self)
        self.recent = RecentMenu(settings, self)
        self.intake = Intake(self, self.loader, settings, self.recent, self.messages)
        self.web = WebIntake(self, self.loader, self.runner, self.messages)
        self._parts: dict[str, object] = {}  # built by complete(): overview, facts, exporter
        self._painted = False
        for painted in (self.menuBar(), self.status):  # (a native menu bar never paints)
            painted.installEventFilter(self)
        build_menus(self.menuBar(), self.actions, self.recent)
        self.toolbar = QToolBar("Toolbar", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        build_toolbar(self.toolbar, self.actions)
        self.addToolBar(self.toolbar)
        self._connect()
        self._apply_settings()
        self._update_stack()
        self._update_title()
        self._update_actions()

    # --- wiring --------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions
        a.open.triggered.connect(self.intake.open_dialog)
        a.open_samples.triggered.connect(self.intake.open_samples)
        a.open_url.triggered.connect(lambda _checked=False: self.web.ask())
        a.open_link.triggered.connect(self.web.open_clipboard_link)
        self.intake.links_dropped.connect(self.web.ask)
        self.loader.loaded.connect(self.web.offer_feeds)
        self.web.failed.connect(self.show_problems)
        a.paste.triggered.connect(self.intake.paste)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.compare.find_bar.open)
        a.find_next.triggered.connect(self.compare.find_bar.find_next)
        a.find_previous.triggered.connect(self.compare.find_bar.find_previous)
        a.word_diff.toggled.connect(self._on_word_diff)
        a.show_removed.toggled.connect(self._on_show_removed)
        a.lock_scroll.toggled.connect(self._on_lock)
        a.zoom_in.triggered.connect(lambda: self.zoom_by(1))
        a.zoom_out.triggered.connect(lambda: self.zoom_by(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom_by(None))
        a.show_problems.toggled.connect(
            lambda on: self.show_problems() if on else self.problems_dock.hide()
        )
        self.problems_dock.visibilityChanged.connect(a.show_problems.setChecked)
        a.show_toolbar.toggled.connect(self._on_toolbar)
        a.next_match.triggered.connect(lambda: self.navigate(True, True))
        a.previous_match.triggered.connect(lambda: self.navigate(True, False))
        a.next_unmatched.triggered.connect(lambda: self.navigate(False, True))
        a.previous_unmatched.triggered.connect(lambda: self.navigate(False, False))
        a.focus_left.triggered.connect(self.compare.left_pane.setFocus)
        a.focus_right.triggered.connect(self.compare.right_pane.setFocus)
        a.focus_list.triggered.connect(self._focus_list)
        a.focus_facts.triggered.connect(lambda: self.facts.focus_tree())  # noqa: PLW0108 - built late
        a.show_list.toggled.connect(self.show_list)
        self.splitter.splitterMoved.connect(lambda *_: self._sync_list_action())
        a.show_left.triggered.connect(lambda: self._show_selected("left"))
        a.show_right.triggered.connect(lambda: self._show_selected("right"))
        a.swap.triggered.connect(self.pair.swap)
        a.reload.triggered.connect(self._reload_selected)
        a.remove.triggered.connect(lambda: self.remove(self.article_list.selected_keys()))
        a.open_log_folder.triggered.connect(self.open_log_folder)
        a.about.triggered.connect(self._about)
        self.intake.text_added.connect(self._on_text_added)
        self.views.bind(
            {COMPARE: a.show_compare, OVERVIEW: a.show_overview, GRID: a.fact_grid}, self.settings
        )

        self.article_list.pair_chosen.connect(self.pair.set_pair)
        self.article_list.show_requested.connect(lambda key, side: self.pair.set_side(side, key))
        self.article_list.remove_requested.connect(self.remove)
        self.article_list.reload_requested.connect(self.loader.reload)
        self.article_list.reopen_requested.connect(
            lambda keys, codec: self.loader.reload(keys, encoding=codec)
        )
        self.compare.picked.connect(self.pair.set_side)
        self.compare.swap_requested.connect(self.pair.swap)
        self.compare.zoom_requested.connect(self.zoom_by)
        self.empty_state.open_requested.connect(self.intake.open_dialog)
        self.empty_state.samples_requested.connect(self.intake.open_samples)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.reloaded.connect(self.pair.entries_replaced)
        self.pair.pair_changed.connect(self._update_title)
        self.pair.pair_changed.connect(self._update_actions)
        self.pair.aligned.connect(self._update_actions)
        self.messages.posted.connect(self._on_message)
        self.problems.count_changed.connect(
            lambda n: self.problems_dock.setWindowTitle(f"Problems ({n})" if n else "Problems")
        )
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_stack)
            signal.connect(self.compare.refresh_headers)

    def _apply_settings(self) -> None:
        s, a = self.settings, self.actions
        for action, option in (
            (a.word_diff, WORD_DIFF),
            (a.show_removed, SHOW_REMOVED),
            (a.lock_scroll, LOCK_SCROLL),
            (a.show_toolbar, SHOW_TOOLBAR),
        ):
            action.setChecked(s.get(option))
        self.compare.set_options(word_diff=s.get(WORD_DIFF), show_removed=s.get(SHOW_REMOVED))
        self.compare.set_locked(s.get(LOCK_SCROLL))
        self.toolbar.setVisible(s.get(SHOW_TOOLBAR))
        self.compare.set_zoom(s.get(ZOOM))
        self._sync_list_action()

    # --- the parts built after the first paint ------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._parts:
            QTimer.singleShot(0, self._fit_list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The menu and status bars paint with the rest of the window (a filter, not an event()
        # override: the window's own events must not all pass through Python holding the GIL).
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.menuBar().removeEventFilter(self)
            self.status.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        """The window is on screen: now the engines load (in a thread), then the parts that
        need them are built, and the articles asked for start loading."""
        self.first_painted.emit()
        imported = threading.Event()
        threading.Thread(
            target=_import_parts, args=(imported,), name="warm-up", daemon=True
        ).start()
        # The thread never touches Qt objects: the window looks for the end of its work (a timer
        # of the window's own dies with it).
        watch = QTimer(self)
        watch.setInterval(20)

        def check() -> None:
            if imported.is_set():
                watch.stop()
                self.complete()

        watch.timeout.connect(check)
        watch.start()

    def _fit_list(self) -> None:
        """In a small window (or at a large scale factor) the list takes at most a third."""
        if self._list_restored:
            return  # the user's own layout, from the session
        sizes = self.splitter.sizes()
        total = sum(sizes)
        limit = self.width() * LIST_SHARE
        if total and sizes[0] > limit:
            width = round(limit)
            self.splitter.setSizes([width, total - width])
            self._sync_list_action()

    def complete(self) -> None:
        """Build the Overview, the facts and the export (they import the engines); once."""
        if self._parts:
            return
        from newsreader.ui.export.action import ExportController
        from newsreader.ui.facts.panel import FactsPanel
        from newsreader.ui.overview.controller import OverviewController
        from newsreader.ui.overview.view import OverviewView

        self._parts["overview"] = overview = OverviewController(
            self.model, self.runner, self.messages, self
        )
        self._parts["overview_view"] = overview_view = OverviewView(overview, self)
        self.views.set_page(OVERVIEW, overview_view)
        overview.schedule()  # for the articles already loaded
        overview_view.pair_requested.connect(self.pair.set_pair)
        overview_view.pair_requested.connect(lambda *_: self.views.show_compare())
        overview_view.open_requested.connect(self.intake.open_dialog)
        # one notion of copy: the comparison says what the Overview says of the pair on screen
        overview.result_changed.connect(lambda *_: self._show_pair_verdict())
        self.pair.pair_changed.connect(lambda *_: self._show_pair_verdict())
        self._show_pair_verdict()
        self._parts["exporter"] = exporter = ExportController(
            self,
            self.actions.export,
            self.pair,
            self.runner,
            settings=self.settings,
            messages=self.messages,
            status_bar=self.status,
        )
        self._parts["facts"] = facts = FactsPanel(
            self,
            sidebar_action=self.actions.facts,
            pair=self.pair,
            article_list=self.article_list,
            compare=self.compare,
            runner=self.runner,
            messages=self.messages,
            splitter=self.splitter,
        )
        self.views.set_page(GRID, facts.grid)
        facts.reveal_compare = self.views.show_compare  # a chosen fact shows its article
        facts.reveal_grid = self.views.show_grid
        self.views.page_changed.connect(lambda page: facts.set_grid_shown(page == GRID))
        facts.set_grid_shown(self.views.page() == GRID)
        overview.result_changed.connect(lambda result: facts.grid.set_stories(_stories(result)))
        self.session.set_facts(facts.controller)  # the name merges are kept with the session
        exporter.facts_source = facts.controller.export_facts

    def _show_pair_verdict(self) -> None:
        from newsreader.ui.overview.text import pair_verdict

        result = self._parts["overview"].result  # type: ignore[attr-defined]
        text = (
            "" if result is None else pair_verdict(result, self.pair.left_key, self.pair.right_key)
        )
        self.compare.set_relation(text)

    def _part(self, name: str) -> Any:
        self.complete()
        return self._parts[name]

    overview: OverviewController = property(lambda self: self._part("overview"))  # type: ignore[assignment]
    overview_view: OverviewView = property(lambda self: self._part("overview_view"))  # type: ignore[assignment]
    facts: FactsPanel = property(lambda self: self._part("facts"))  # type: ignore[assignment]
    exporter: ExportController = property(lambda self: self._part("exporter"))  # type: ignore[assignment]

    # --- the article list ----------------------------------------------------------------------
    def show_list(self, shown: bool) -> None:
        """Show the article list (at its last width) or collapse it (the comparison gets it all)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if shown and sizes[0] == 0:
            width = min(self._list_width, total // 2)
            self.splitter.setSizes([width, total - width])
        elif not shown and sizes[0] > 0:
            self._list_width = sizes[0]
            self.splitter.setSizes([0, total])
        self._sync_list_action()

    def _sync_list_action(self) -> None:
        shown = self.splitter.sizes()[0] > 0
        if shown:
            self._list_width = self.splitter.sizes()[0]
        if self.actions.show_list.isChecked() != shown:
            with_signals = self.actions.show_list.blockSignals(True)
            self.actions.show_list.setChecked(shown)
            self.actions.show_list.blockSignals(with_signals)

    def _focus_list(self) -> None:
        if self.splitter.sizes()[0] == 0:
            self.show_list(True)
        self.article_list.view.setFocus()

    # --- reacting ------------------------------------------------------------------------------
    def _on_loaded(self, outcome: LoadOutcome) -> None:
        self.pair.fill_empty()
        if any(not e.ok for e in outcome.added):
            self.show_problems()

    def show_problems(self) -> None:
        if not self.problems_dock.isVisible():
            self.problems_dock.show()
            self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)

    def _on_text_added(self, added: list) -> None:
        if added:
            self.pair.set_side("right" if self.pair.left_key else "left", added[0].key)

    def _on_message(self, message: Message) -> None:
        if (message.severity != "info" and message.path is not None) or message.severity == ERROR:
            self.problems.add(message)

    def _update_stack(self, *_: object) -> None:
        self.stack.setCurrentWidget(self.splitter if self.model.rowCount() else self.empty_state)

    def _update_title(self, *_: object) -> None:
        left = self.model.find(self.pair.left_key)
        right = self.model.find(self.pair.right_key)
        names = [visible(e.short_label, 50) for e in (left, right) if e is not None]
        self.setWindowTitle(" ↔ ".join(names) + " — newsreader" if names else "newsreader")

    def _update_actions(self, *_: object) -> None:
        """Comparison actions are enabled only when they can do something."""
        a = self.actions
        shown = bool(self.pair.left_key or self.pair.right_key)
        linked = self.compare.alignment is not None
        for action in (a.swap, a.find, a.find_next, a.find_previous):
            action.setEnabled(shown)
        for action in (a.next_match, a.previous_match, a.next_unmatched, a.previous_unmatched):
            action.setEnabled(linked)

    def navigate(self, matched: bool, forward: bool) -> int | None:
        """Go › Next/Previous…; at the end of the article, say so (the view stays where it is)."""
        target = self.compare.navigate(matched, forward)
        if target is None and self.compare.index is not None:
            what = "linked paragraph" if matched else "paragraph found only here"
            where = "below" if forward else "above"
            side = self.compare.active_side
            self.messages.info(f"No {what} {where} in the {side} article: this is the last one.")
        return target

    def _show_selected(self, side: str) -> None:
        keys = self.article_list.selected_keys()
        if len(keys) == 1:
            self.pair.set_side(side, keys[0])

    def _reload_selected(self) -> None:
        keys = self.article_list.selected_keys() if self.article_list.view.hasFocus() else []
        self.loader.reload(keys or [k for k in (self.pair.left_key, self.pair.right_key) if k])

    def remove(self, keys: list[str]) -> None:
        removed = self.model.remove(keys)
        if removed:
            gone = [e.key for e in removed]
            self.disk.forget(gone)
            self.pair.entries_removed(gone)

    def zoom_by(self, steps: int | None) -> None:
        zoom = 0 if steps is None else self.settings.get(ZOOM) + steps
        zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], zoom))
        self.settings.set(ZOOM, zoom)
        self.compare.set_zoom(zoom)

    def _on_word_diff(self, on: bool) -> None:
        self.settings.set(WORD_DIFF, on)
        self.compare.set_options(word_diff=on)

    def _on_show_removed(self, on: bool) -> None:
        self.settings.set(SHOW_REMOVED, on)
        self.compare.set_options(show_removed=on)

    def _on_lock(self, on: bool) -> None:
        self.settings.set(LOCK_SCROLL, on)
        self.compare.set_locked(on)

    def _on_toolbar(self, on: bool) -> None:
        self.settings.set(SHOW_TOOLBAR, on)
        self.toolbar.setVisible(on)

    def open_log_folder(self) -> None:
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About newsreader",
            f"newsreader {__version__}\n\nCompare how different outlets report the same event: "
            "linked paragraphs, word differences, and what each article alone says.",
        )

    # --- delegations kept for callers (app, tests) -------------------------------------------
    def open_paths(self, paths: list[Path], remember: bool = True) -> None:
        self.intake.open_paths(paths, remember)

    def open_samples(self) -> None:
        self.intake.open_samples()

    def restore_layout(self, session: Session) -> None:
        self.session.restore_layout(session)
        self._list_restored = bool(session.splitter)
        self._sync_list_action()

    def restore_articles(self, session: Session) -> None:
        self.session.restore_articles(session)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.actions.refresh_icons()
            self.compare.swap_button.setIcon(icon("swap"))

    def closeEvent(self, event) -> None:
        self.session.save()
        self.settings.sync()
        if self.session_lock is not None:
            self.session_lock.release()
        self.runner.shutdown(2000)
        super().closeEvent(event)


def _stories(result: object) -> dict[str, str]:
    """Entry key → the name of its story, from an :class:`OverviewResult` (empty: none yet)."""
    if result is None:
        return {}
    keys, overview = result.keys, result.overview  # type: ignore[attr-defined]
    titles = overview.cluster_titles
    out: dict[str, str] = {}
    for i, key in enumerate(keys):
        cluster = overview.cluster_of(i)
        if cluster >= 0 and len(overview.clusters[cluster]) > 1:
            title = titles[cluster] if cluster < len(titles) and titles[cluster] else ""
            out[key] = title or f"story {cluster + 1}"
    return out


def _import_parts(done: threading.Event) -> None:
    """Worker thread: import the modules :meth:`MainWindow.complete` needs, then set ``done``."""
    try:
        for name in WARM_UP:
            importlib.import_module(name)
    except Exception:  # e.g. the app quit meanwhile; complete() imports (and reports) again
        log.debug("Warming up the imports stopped", exc_info=True)
    done.set()
