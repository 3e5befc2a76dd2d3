"""File > Open Recent: the recently opened files, newest first, kept in the settings.

Signals:
    chosen(str): the user picked this path.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from newsreader.ui.common.settings import RECENT_FILES, Settings
from newsreader.ui.common.visible import visible


class RecentMenu(QMenu):
    chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Open &Recent", parent)
        self.setObjectName("recentMenu")
        self.setToolTipsVisible(True)
        self.settings = settings
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def add(self, paths: list[Path]) -> None:
        for path in reversed(paths):
            self.settings.add_recent(path)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        recent = self.settings.get(RECENT_FILES)
        for number, path in enumerate(recent, start=1):
            label = visible(Path(path).name, 60).replace("&", "&&")
            action = self.addAction(f"&{number % 10} {label}" if number <= 10 else label)
            action.setToolTip(visible(path, 300))
            action.setEnabled(os.path.exists(path))
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        if not recent:
            empty = self.addAction("No recent files")
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction("Clear the List")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear)

    def _clear(self) -> None:
        self.settings.set(RECENT_FILES, [])
        self.rebuild()
