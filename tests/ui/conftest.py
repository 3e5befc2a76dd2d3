"""Fixtures for the UI tests: an isolated home (never the real user config) and a window factory.

Qt warnings fail the UI tests (``qt_log_level_fail``), except the offscreen platform's notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from newsreader.ui.common.settings import Settings
from newsreader.ui.library.loading import LoadOutcome
from newsreader.ui.shell.main_window import MainWindow

OFFSCREEN_NOISE = (r"This plugin does not support (propagateSizeHints|raise)",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, session and logs of this test live under a temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    QStandardPaths.setTestModeEnabled(True)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))
    return home


@pytest.fixture
def make_window(qtbot, isolated_home: Path) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(home: Path | None = None, size: tuple[int, int] = (1300, 800)) -> MainWindow:
        root = home or isolated_home
        settings = Settings.at(root / "config" / "settings.ini")
        store = QSettings(str(root / "config" / "session.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, store, log_dir=root / "logs")
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.complete()  # the parts the window builds once painted (their imports: a thread)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.shutdown(10000)


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def load(qtbot) -> Callable[..., LoadOutcome]:
    """``load(window, paths)``: open paths and wait until they are in the list."""

    def run(window: MainWindow, paths: list[Path], timeout: int = 20000) -> LoadOutcome:
        with qtbot.waitSignal(window.loader.loaded, timeout=timeout) as blocker:
            window.open_paths(list(paths))
        return blocker.args[0]

    return run


@pytest.fixture
def wait_aligned(qtbot) -> Callable[[MainWindow], None]:
    def run(window: MainWindow, timeout: int = 20000) -> None:
        qtbot.waitUntil(lambda: window.compare.alignment is not None, timeout=timeout)
        qtbot.waitUntil(lambda: not window.runner.active(), timeout=timeout)

    return run


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
