"""Starting the desktop app: ``newsreader [FILES...]`` and ``newsreader --demo``.

Sets up logging (file in the platformdirs log folder, Qt's warnings included), the crash dialog,
settings and session, then shows the window. With files or ``--demo`` those are opened; with
neither, the previous session comes back.

The user's session is never overwritten by accident: the demo keeps a session file of its own,
a second window while another holds the session lock does not save it, and a settings or session
file that cannot be read is kept aside as ``*.bad-<time>`` (:mod:`newsreader.ui.shell.ini_files`).
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
from newsreader.gc_policy import tune_gc
from newsreader.ui.common.icons import app_icon
from newsreader.ui.common.paths import RESOURCES, SAMPLES, AppDirs, app_dirs
from newsreader.ui.common.settings import Settings
from newsreader.ui.library.entries import file_key
from newsreader.ui.library.pasted_store import PastedStore
from newsreader.ui.shell import startup_probe
from newsreader.ui.shell.crash import CrashHandler
from newsreader.ui.shell.ini_files import set_aside_if_unreadable
from newsreader.ui.shell.logs import (
    install_qt_message_handler,
    setup_logging,
    uninstall_qt_message_handler,
)
from newsreader.ui.shell.main_window import MainWindow
from newsreader.ui.shell.session import load_session
from newsreader.ui.shell.session_lock import SECOND_WINDOW, SessionLock

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


DEMO_SESSION = "demo-session.ini"  # the demo's own session: the user's is never touched


def create_window(dirs: AppDirs, *, demo: bool = False) -> MainWindow:
    set_aside = [
        (kind, set_aside_if_unreadable(path))
        for kind, path in (("settings", dirs.settings_file), ("session", dirs.session_file))
    ]
    settings = Settings.at(dirs.settings_file)
    session_file = dirs.config / DEMO_SESSION if demo else dirs.session_file
    session_store = QSettings(str(session_file), QSettings.Format.IniFormat)
    window = MainWindow(settings, session_store, log_dir=dirs.logs)
    window.loader.pasted_store = PastedStore(dirs.pasted)
    for kind, aside in set_aside:
        if aside is not None:
            window.messages.warning(
                f"The {kind} file could not be read ({aside.reason}); it was kept as "
                f"{aside.kept.name} and newsreader started with default {kind}.",
                aside.kept,
            )
    if not demo:
        lock = SessionLock(dirs.lock_file)
        if lock.acquire():
            window.session_lock = lock
        else:
            window.session.writable = False
            window.messages.warning(SECOND_WINDOW)
    return window


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


def launch(dirs: AppDirs, files: Sequence[str] = (), demo: bool = False) -> MainWindow:
    """The window with its settings and session; once it is on screen, the files, the demo or
    the previous session are opened (loading runs in the background)."""
    window = create_window(dirs, demo=demo)
    session = load_session(window.session_store)
    window.restore_layout(session)
    startup_probe.install(window)  # scripts/bench_ui.py --startup times the first paint

    def open_articles() -> None:
        if files:
            window.open_paths([Path(f) for f in files])
        if demo:
            open_demo(window)
        if not files and not demo:
            window.restore_articles(session)

    if not files and not demo:
        window.session.expect(session)  # quitting before the first paint keeps every file
    window.first_painted.connect(open_articles, Qt.ConnectionType.QueuedConnection)
    window.show()
    return window


def run_app(files: Sequence[str] = (), demo: bool = False) -> int:
    dirs = app_dirs()
    setup_logging(dirs.log_file)
    log.info("newsreader %s starting", __version__)
    app = application()
    install_qt_message_handler()
    tune_gc()
    window = launch(dirs, files, demo)
    crash = CrashHandler(parent=lambda: window, open_log_folder=window.open_log_folder)
    crash.install()

    # Let Ctrl+C in the terminal close the window (Python only sees signals between Qt events).
    signal.signal(signal.SIGINT, lambda *_: window.close())
    wake = QTimer()
    wake.start(200)
    wake.timeout.connect(lambda: None)

    code = app.exec()
    crash.uninstall()
    uninstall_qt_message_handler()
    log.info("newsreader exiting with status %s", code)
    return int(code)
