"""Saving the window's session on close and bringing it back on the next start.

The plain data and its storage are :mod:`.session`; this module reads it from, and
applies it to, the parts of a window (list, pair, splitter, geometry, the facts' name merges).

Nothing of the session is lost on the way: while a restore is still loading, what it has not
loaded yet is saved as it was (quitting in the first second keeps every file); a window that does
not own the session (the demo, or a second window while another holds the lock) never writes it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from newsreader.ui.compare.pair import PairController
from newsreader.ui.library.entries import file_key
from newsreader.ui.library.loading import LoadController
from newsreader.ui.library.pasted_store import PastedStore
from newsreader.ui.shell.session import Session, save_session

if TYPE_CHECKING:
    from newsreader.ui.facts.controller import FactsController

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
        self.writable = True  # False: this window never writes the session (demo, second window)
        self._restoring: Session | None = None  # a restore still loading
        self._pending: Session | None = None  # name merges waiting for the facts

    def current(self) -> Session:
        entries = self.model.entries()
        pasted = [e for e in entries if e.is_pasted and e.pasted_text]
        session = Session(
            files=[str(e.path) for e in entries if e.path is not None],
            pasted=[e.pasted_text for e in pasted if e.pasted_file is None],
            pasted_files=[str(e.pasted_file) for e in pasted if e.pasted_file is not None],
            left=self.pair.left_key,
            right=self.pair.right_key,
            geometry=bytes(self.window.saveGeometry().data()),
            window_state=bytes(self.window.saveState().data()),
            splitter=bytes(self.splitter.saveState().data()),
            name_overrides=self._overrides_json(),
            facts_scope=self._facts_scope(),
        )
        if self._restoring is not None:
            _keep_unrestored(session, self._restoring, {e.pasted_text for e in pasted})
        return session

    def _overrides_json(self) -> str:
        if self.facts is None:  # not built yet: what the session gave them is kept
            return self._pending.name_overrides if self._pending is not None else ""
        overrides = self.facts.overrides
        return json.dumps(overrides.to_json()) if overrides.merges or overrides.splits else ""

    def _facts_scope(self) -> str:
        if self.facts is None:
            return self._pending.facts_scope if self._pending is not None else "story"
        return self.facts.scope

    def save(self) -> None:
        if not self.writable:
            log.info("This window does not own the session: not saved")
            return
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
        """The people merged or split in the facts (whichever articles are opened), and whether
        the facts compare the whole set as one story."""
        if self.facts is None:
            self._pending = session  # applied once the facts are built
            return
        self.facts.set_scope(session.facts_scope)
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

    def expect(self, session: Session) -> None:
        """``session``'s articles will be restored (once the window is painted): until then,
        :meth:`current` keeps them, so quitting at once loses nothing."""
        self._restoring = session

    def restore_articles(self, session: Session) -> None:
        """Load the session's files and pasted texts, then show its pair again.

        Until every part has arrived, :meth:`current` keeps what is still loading.
        """
        texts = list(session.pasted)
        for name in session.pasted_files:
            text = PastedStore.read(Path(name))
            if text is None:
                self.loader.messages.warning(
                    "A pasted article kept from the last session could not be read; "
                    "it is not in the list.",
                    Path(name),
                )
            else:
                texts.append(text)
        remaining = [len(texts) + (1 if session.files else 0)]
        self._restoring = session if remaining[0] else None

        def one_done(*_: object) -> None:
            remaining[0] -= 1
            if remaining[0] == 0:
                self._restoring = None
                self.pair.set_pair(session.left, session.right)
                self.pair.fill_empty()

        if session.files:
            task = self.loader.load_paths([Path(p) for p in session.files])
            if task is None:
                one_done()
            else:
                task.finished.connect(one_done)
        for text in texts:
            self.loader.load_text(text).finished.connect(one_done)


def _keep_unrestored(session: Session, restoring: Session, pasted_texts: set[str]) -> None:
    """Add to ``session`` what ``restoring`` holds and the window has not loaded yet (in place)."""
    loaded = {file_key(f) for f in session.files}
    session.files += [f for f in restoring.files if file_key(f) not in loaded]
    session.pasted += [t for t in restoring.pasted if t not in pasted_texts]
    session.pasted_files += [f for f in restoring.pasted_files if f not in session.pasted_files]
    if not session.left and not session.right:
        session.left, session.right = restoring.left, restoring.right
