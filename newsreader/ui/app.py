"""Starting the desktop app: ``newsreader [FILES...]`` and ``newsreader --demo``.

Sets up logging (file in the platformdirs log folder, Qt's warnings included), the crash dialog,
settings and session, then shows the window. With files or ``--demo`` those are opened; with
neither, the previous session comes back.
"""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from newsreader import __version__
from newsreader.ui import startup_probe
from newsreader.ui.crash import CrashHandler
from newsreader.ui.entries import file_key
from newsreader.ui.icons import app_icon
from newsreader.ui.logs import (
    install_qt_message_handler,
    setup_logging,
    uninstall_qt_message_handler,
)
from newsreader.ui.main_window import MainWindow
from newsreader.ui.paths import RESOURCES, SAMPLES, AppDirs, app_dirs
from newsreader.ui.session import load_session
from newsreader.ui.settings import Settings

log = logging.getLogger("newsreader.app")

# The demo opens on the original report and its paraphrase (the most instructive pair).
DEMO_PAIR = ("meridian-herald.txt", "harbour-times.html")


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), named, with the icon and the style sheet."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("newsreader")
    app.setApplicationDisplayName("newsreader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("newsreader")
    app.setWindowIcon(app_icon())
    style = RESOURCES / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def create_window(dirs: AppDirs) -> MainWindow:
    settings = Settings.at(dirs.settings_file)
    session_store = QSettings(str(dirs.session_file), QSettings.Format.IniFormat)
    return MainWindow(settings, session_store, log_dir=dirs.logs)


def open_demo(window: MainWindow) -> None:
    """Load the bundled samples and show the demo pair."""

    def choose(*_: object) -> None:
        left, right = (file_key(SAMPLES / name) for name in DEMO_PAIR)
        if window.model.find(left) and window.model.find(right):
            window.pair.set_pair(left, right)

    window.open_samples()
    tasks = window.runner.active()
    if tasks:
        tasks[-1].finished.connect(choose)
    else:
        choose()


def run_app(files: Sequence[str] = (), demo: bool = False) -> int:
    dirs = app_dirs()
    setup_logging(dirs.log_file)
    log.info("newsreader %s starting", __version__)
    app = application()
    install_qt_message_handler()
    window = create_window(dirs)
    crash = CrashHandler(parent=lambda: window, open_log_folder=window.open_log_folder)
    crash.install()
    session = load_session(window.session_store)
    window.restore_layout(session)
    probe = startup_probe.install(window)  # scripts/bench_ui.py --startup times the first paint
    window.show()

    def open_articles() -> None:  # once the window is on screen; loading runs in the background
        if files:
            window.open_paths([Path(f) for f in files])
        if demo:
            open_demo(window)
        if not files and not demo:
            window.restore_articles(session)

    window.first_painted.connect(open_articles, Qt.ConnectionType.QueuedConnection)

    # Let Ctrl+C in the terminal close the window (Python only sees signals between Qt events).
    signal.signal(signal.SIGINT, lambda *_: window.close())
    wake = QTimer()
    wake.start(200)
    wake.timeout.connect(lambda: None)

    code = app.exec()
    del probe
    crash.uninstall()
    uninstall_qt_message_handler()
    log.info("newsreader exiting with status %s", code)
    return int(code)
