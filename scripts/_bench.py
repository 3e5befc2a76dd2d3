"""What the UI benchmarks share: the window, waiting on the event loop, its longest stall, the table.

Used by ``bench_ui.py``, ``bench_overview_ui.py`` and ``bench_facts_ui.py`` (each still runs on its
own: scripts/ is on ``sys.path`` when a script in it runs). Qt is imported only when needed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


class StallMeter:
    """The longest gap between ticks of a 5 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.longest = 0
        self._timer = QElapsedTimer()
        self._ticks = QTimer()
        self._ticks.setInterval(5)
        self._ticks.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.longest = max(self.longest, self._timer.restart())

    def start(self) -> None:
        self._timer.start()
        self._ticks.start()

    def stop(self) -> int:
        self._ticks.stop()
        return self.longest


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def stall(milliseconds: float) -> str:
    """A :class:`StallMeter` figure for a table cell."""
    return f"{milliseconds:.0f} ms"


def spin_until(
    done: Callable[[], bool], timeout: float | None = None, pause: float = 0.001
) -> bool:
    """Process events until ``done()`` (True) or ``timeout`` seconds have passed (False)."""
    from PySide6.QtCore import QCoreApplication

    deadline = None if timeout is None else time.monotonic() + timeout
    while deadline is None or time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if done():
            return True
        time.sleep(pause)
    return False


class Table:
    """A benchmark table: a title, a header of right-aligned column names, rows of cells."""

    def __init__(self, title: str, columns: list[tuple[str, int]]) -> None:
        self.widths = [width for _, width in columns]
        print(f"\n{title}")
        print(" ".join(name.rjust(width) for name, width in columns))

    def row(self, *cells: object) -> None:
        print(
            " ".join(str(c).rjust(w) for c, w in zip(cells, self.widths, strict=True)), flush=True
        )


@contextmanager
def bench_window(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """The app's main window, offscreen, with settings in a temporary folder; closed afterwards."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["NEWSREADER_HOME"] = tempfile.mkdtemp(prefix="newsreader-bench-")
    sys.path.insert(0, str(ROOT))
    from newsreader.ui.common.paths import app_dirs
    from newsreader.ui.shell.app import application, create_window

    app = application()
    window = create_window(app_dirs())
    window.resize(width, height)
    window.show()
    try:
        yield window
    finally:
        window.runner.shutdown(5000)
        window.close()
        app.processEvents()
