"""Watching loaded files: changed on disk, deleted, or replaced by an editor's atomic save.

QFileSystemWatcher drops a path when the file is replaced (written to a temporary file, then
renamed over it) or deleted. After a short settling delay each reported path is checked: if a file
is there again it is watched again and reported as changed (when its size or time differ from what
was loaded); if not, it is reported deleted and its folder is watched, so a file that comes back
is noticed.

Signals:
    changed(str): the file at this path has new content.
    deleted(str): the file at this path is gone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from newsreader.ui.library.entries import stamp_of

SETTLE_MS = 250


class FileWatcher(QObject):
    changed = Signal(str)
    deleted = Signal(str)

    def __init__(
        self,
        known_stamp: Callable[[str], tuple[int, int] | None],
        parent: QObject | None = None,
    ) -> None:
        """``known_stamp(path)`` gives the (size, mtime_ns) the window loaded, to skip no-ops."""
        super().__init__(parent)
        self._known_stamp = known_stamp
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_directory_changed)
        self._paths: set[str] = set()
        self._missing: set[str] = set()
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._check_pending)

    def watch(self, paths: Iterable[str]) -> None:
        fresh = [p for p in paths if p not in self._paths]
        self._paths.update(fresh)
        existing = [p for p in fresh if os.path.isfile(p)]
        if existing:
            self._watcher.addPaths(existing)

    def unwatch(self, paths: Iterable[str]) -> None:
        for path in paths:
            self._paths.discard(path)
            self._missing.discard(path)
            self._pending.discard(path)
            if path in self._watcher.files():
                self._watcher.removePath(path)
        self._update_directories()

    def watched(self) -> list[str]:
        return sorted(self._paths)

    def _on_event(self, path: str) -> None:
        if path in self._paths:
            self._pending.add(path)
            self._timer.start()

    def _on_directory_changed(self, directory: str) -> None:
        for path in self._missing:
            if os.path.dirname(path) == directory:
                self._pending.add(path)
        if self._pending:
            self._timer.start()

    def _check_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for path in sorted(pending):
            if path not in self._paths:
                continue
            if os.path.isfile(path):
                if path not in self._watcher.files():
                    self._watcher.addPath(path)  # re-watch after an atomic replace
                was_missing = path in self._missing
                self._missing.discard(path)
                if was_missing or stamp_of(path) != self._known_stamp(path):
                    self.changed.emit(path)
            elif path not in self._missing:
                self._missing.add(path)
                self.deleted.emit(path)
        self._update_directories()

    def _update_directories(self) -> None:
        wanted = {os.path.dirname(p) for p in self._missing}
        current = set(self._watcher.directories())
        for directory in current - wanted:
            self._watcher.removePath(directory)
        for directory in wanted - current:
            if os.path.isdir(directory):
                self._watcher.addPath(directory)
