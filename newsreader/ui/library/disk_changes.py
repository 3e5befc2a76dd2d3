"""Loaded files that change on disk: offer a reload; deleted ones keep their in-memory copy.

Connects a :class:`FileWatcher` to the article model, the notice bar and the loader. A changed file
is marked "Changed on disk" and the notice bar offers Reload / Keep current (nothing reloads by
itself); a deleted file is marked "Missing on disk (kept in memory)" and stays comparable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.notice_bar import NoticeBar
from newsreader.ui.common.visible import visible
from newsreader.ui.library.article_model import ArticleTableModel
from newsreader.ui.library.entries import file_key
from newsreader.ui.library.loading import LoadController, LoadOutcome
from newsreader.ui.library.watcher import FileWatcher


class DiskChanges(QObject):
    def __init__(
        self,
        model: ArticleTableModel,
        loader: LoadController,
        notice: NoticeBar,
        messages: MessageHub,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.loader, self.notice, self.messages = model, loader, notice, messages
        self.watcher = FileWatcher(self._stamp, self)
        self.watcher.changed.connect(self._on_changed)
        self.watcher.deleted.connect(self._on_deleted)
        loader.loaded.connect(self._on_loaded)
        loader.reloaded.connect(self._on_reloaded)
        self.pending: list[str] = []  # keys with a reload on offer

    def forget(self, keys: list[str]) -> None:
        self.watcher.unwatch(keys)
        self.pending = [k for k in self.pending if k not in keys]
        self._offer()

    def _stamp(self, path: str) -> tuple[int, int] | None:
        entry = self.model.find(path)
        return entry.stamp if entry is not None else None

    def _on_loaded(self, outcome: LoadOutcome) -> None:
        self.watcher.watch(e.key for e in outcome.added if e.path is not None and e.ok)

    def _on_reloaded(self, keys: list[str]) -> None:
        self.pending = [k for k in self.pending if k not in keys]
        self._offer()

    def _on_changed(self, path: str) -> None:
        entry = self.model.find(file_key(path))
        if entry is None:
            return
        entry.changed = True
        entry.missing = False
        self.model.refresh(entry.key)
        if entry.key not in self.pending:
            self.pending.append(entry.key)
        self._offer()

    def _on_deleted(self, path: str) -> None:
        entry = self.model.find(file_key(path))
        if entry is None:
            return
        entry.missing = True
        self.model.refresh(entry.key)
        self.pending = [k for k in self.pending if k != entry.key]
        self._offer()
        self.messages.warning(
            "The file was deleted or moved; its copy in memory is kept (marked missing).",
            Path(path),
        )

    def _offer(self) -> None:
        entries = [e for e in (self.model.find(k) for k in self.pending) if e is not None]
        if not entries:
            self.notice.hide()
            return
        if len(entries) == 1:
            text = f"{visible(entries[0].name, 80)} changed on disk."
        else:
            names = ", ".join(visible(e.name, 40) for e in entries[:3])
            more = f" and {len(entries) - 3} more" if len(entries) > 3 else ""
            text = f"{len(entries)} files changed on disk: {names}{more}."
        self.notice.show_notice(
            text + " Reload to see the new version?",
            [("Reload", self.reload_pending), ("Keep Current", self.dismiss)],
        )

    def reload_pending(self) -> None:
        keys, self.pending = self.pending, []
        self.loader.reload(keys)

    def dismiss(self) -> None:
        self.pending = []
        self.notice.hide()
