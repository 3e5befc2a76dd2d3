"""Saving the window's session on close and bringing it back on the next start.

The plain data and its storage are :mod:`newsreader.ui.session`; this module reads it from, and
applies it to, the parts of a window (list, pair, splitter, geometry, the facts' name merges).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from newsreader.ui.loading import LoadController
from newsreader.ui.pair import PairController
from newsreader.ui.session import Session, save_session

if TYPE_CHECKING:
    from newsreader.ui.facts_controller import FactsController

log = logging.getLogger(__name__)


class WindowSession(QObject):
    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        loader: LoadController,
        pair: PairController,
        store: QSettings,
    ) -> None:
        super().__init__(window)
        self.window, self.splitter, self.loader = window, splitter, loader
        self.model, self.pair, self.store = loader.model, pair, store
        self.facts: FactsController | None = None  # set by the window when it has facts
        self._pending: Session | None = None  # name merges waiting for the facts

    def current(self) -> Session:
        entries = self.model.entries()
        return Session(
            files=[str(e.path) for e in entries if e.path is not None],
            pasted=[e.pasted_text for e in entries if e.is_pasted and e.pasted_text],
            left=self.pair.left_key,
            right=self.pair.right_key,
            geometry=bytes(self.window.saveGeometry().data()),
            window_state=bytes(self.window.saveState().data()),
            splitter=bytes(self.splitter.saveState().data()),
            name_overrides=self._overrides_json(),
        )

    def _overrides_json(self) -> str:
        if self.facts is None:
            return ""
        overrides = self.facts.overrides
        return json.dumps(overrides.to_json()) if overrides.merges or overrides.splits else ""

    def save(self) -> None:
        save_session(self.store, self.current())

    def restore_layout(self, session: Session) -> None:
        if not session.geometry or not self.window.restoreGeometry(session.geometry):
            self.default_geometry()
        if session.window_state:
            self.window.restoreState(session.window_state)
        if session.splitter:
            self.splitter.restoreState(session.splitter)
        self.restore_overrides(session)

    def set_facts(self, facts: FactsController) -> None:
        """The facts are there (built after the window): give them the session's name merges."""
        self.facts = facts
        pending, self._pending = self._pending, None
        if pending is not None:
            self.restore_overrides(pending)

    def restore_overrides(self, session: Session) -> None:
        """The people merged or split in the facts (whichever articles are opened)."""
        if self.facts is None:
            self._pending = session  # applied once the facts are built
            return
        if not session.name_overrides:
            return
        try:
            data = json.loads(session.name_overrides)
        except ValueError:
            log.warning("Ignoring unreadable name merges in the session")
            return
        from newsreader.core.facts import NameOverrides  # the facts engine: not at start-up

        self.facts.set_overrides(NameOverrides.from_json(data))

    def default_geometry(self) -> None:
        """First start: most of the screen, centred."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(1500, max(900, int(area.width() * 0.85)))
        height = min(960, max(600, int(area.height() * 0.85)))
        self.window.resize(min(width, area.width()), min(height, area.height()))
        frame = self.window.frameGeometry()
        frame.moveCenter(area.center())
        self.window.move(frame.topLeft())

    def restore_articles(self, session: Session) -> None:
        """Load the session's files and pasted texts, then show its pair again."""
        remaining = [len(session.pasted) + (1 if session.files else 0)]

        def one_done(*_: object) -> None:
            remaining[0] -= 1
            if remaining[0] == 0:
                self.pair.set_pair(session.left, session.right)
                self.pair.fill_empty()

        if session.files:
            task = self.loader.load_paths([Path(p) for p in session.files])
            if task is None:
                one_done()
            else:
                task.finished.connect(one_done)
        for text in session.pasted:
            self.loader.load_text(text).finished.connect(one_done)
