"""Start-up measurement: record when a window is first painted, then quit (``scripts/bench_ui.py``).

When ``NEWSREADER_STARTUP_PROBE`` names a file, the app writes the wall-clock time (``time.time()``)
at which its main window's first paint began there and quits, so a benchmark can time start-to-paint of the real
entry point from outside, against a minimal PySide6 window timed the same way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

VARIABLE = "NEWSREADER_STARTUP_PROBE"


class PaintProbe(QObject):
    """Writes the time of the first paint of ``window`` (or a child) to ``path``, then quits."""

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.path = path
        self._done = False
        self._painted = 0.0
        for widget in (window, *window.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self._painted = time.time()  # the window's widgets paint together, from here
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self.path.write_text(f"{self._painted:.6f}\n", encoding="utf-8")
        QCoreApplication.quit()


def install(window: QWidget) -> PaintProbe | None:
    target = os.environ.get(VARIABLE)
    return PaintProbe(window, Path(target)) if target else None
