"""Nothing of the user's session is lost (issue 13, points 1-5): quitting during a restore, the
demo, unreadable settings or session files, two windows at once, pasted articles."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from newsreader.ui.common.paths import AppDirs, app_dirs
from newsreader.ui.shell.app import launch
from newsreader.ui.shell.main_window import MainWindow
from newsreader.ui.shell.session import Session, load_session, save_session
from tests.ui.conftest import write


@pytest.fixture
def dirs(isolated_home: Path) -> AppDirs:
    return app_dirs()


@pytest.fixture
def start(qtbot, dirs: AppDirs) -> Iterator[Callable[..., MainWindow]]:
    """``start(files=(), demo=False)``: the app's own start-up (``launch``), in this test's home."""
    windows: list[MainWindow] = []

    def run(files: tuple[str, ...] = (), demo: bool = False) -> MainWindow:
        window = launch(dirs, files, demo)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield run
    for window in windows:
        window.runner.shutdown(10000)
        if getattr(window, "session_lock", None) is not None:
            window.session_lock.release()


def saved(dirs: AppDirs) -> Session:
    return load_session(QSettings(str(dirs.session_file), QSettings.Format.IniFormat))


def store(dirs: AppDirs, session: Session) -> None:
    dirs.config.mkdir(parents=True, exist_ok=True)
    save_session(QSettings(str(dirs.session_file), QSettings.Format.IniFormat), session)


def articles(folder: Path, count: int) -> list[str]:
    return [
        str(
            write(
                folder,
                f"story-{n:02d}.txt",
                f"Report number {n} on the harbour talks.\n\nThe ministers met again on day {n}.",
            )
        )
        for n in range(count)
    ]


def test_quitting_while_the_session_is_restored_keeps_every_file(start, dirs, tmp_path) -> None:
    files = articles(tmp_path, 36)
    store(dirs, Session(files=files, pasted=["A pasted note.\n\nIts second paragraph."]))
    window = start()
    window.close()  # Ctrl+Q before the restore has delivered anything
    again = saved(dirs)
    assert again.files == files
    assert again.pasted == ["A pasted note.\n\nIts second paragraph."]


def test_quitting_after_the_restore_keeps_what_the_user_removed_removed(
    qtbot, start, dirs, tmp_path
) -> None:
    files = articles(tmp_path, 3)
    store(dirs, Session(files=files))
    window = start()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.active(), timeout=20000)
    window.remove([window.model.entries()[0].key])
    window.close()
    assert saved(dirs).files == files[1:]


def test_the_demo_never_overwrites_the_users_session(qtbot, start, dirs, tmp_path) -> None:
    mine = Session(files=articles(tmp_path, 2), pasted=["My own pasted notes.\n\nSecond."])
    store(dirs, mine)
    before = dirs.session_file.read_bytes()
    demo = start(demo=True)
    qtbot.waitUntil(lambda: demo.model.rowCount() >= 5, timeout=20000)
    demo.close()
    assert dirs.session_file.read_bytes() == before
    # ... and the next plain start restores the user's own session.
    window = start()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20000)


@pytest.mark.parametrize("damage", [b"[session]\nfiles=\x00\x00\x01", b"\xff\xfe\x00garbage" * 40])
def test_an_unreadable_session_and_settings_file_is_kept_aside(
    qtbot, start, dirs, caplog, damage
) -> None:
    dirs.config.mkdir(parents=True)
    dirs.session_file.write_bytes(damage)
    dirs.settings_file.write_bytes(damage)
    with caplog.at_level(logging.WARNING):
        window = start()
    for name in ("session.ini", "settings.ini"):
        kept = sorted(dirs.config.glob(f"{name}.bad-*"))
        assert len(kept) == 1 and kept[0].read_bytes() == damage
        said = [r for r in caplog.records if kept[0].name in r.getMessage()]
        assert len(said) == 1, said  # said once, naming the kept file
        assert any(m.path == kept[0] for m in window.problems.model.messages)
    window.close()
    assert saved(dirs).is_empty  # a fresh, readable session
    assert len(list(dirs.config.glob("session.ini.bad-*"))) == 1


def test_a_readable_session_is_not_set_aside(start, dirs, tmp_path) -> None:
    store(dirs, Session(files=articles(tmp_path, 1)))
    window = start()
    window.close()
    assert not list(dirs.config.glob("*.bad-*"))


def test_a_second_window_does_not_overwrite_the_session(
    qtbot, start, dirs, tmp_path, caplog
) -> None:
    first_file, second_file = articles(tmp_path, 2)
    first = start((first_file,))
    assert first.session.writable
    with caplog.at_level(logging.WARNING, logger="newsreader.messages"):
        second = start((second_file,))
    assert not second.session.writable
    assert any("Another newsreader window" in r.getMessage() for r in caplog.records)
    qtbot.waitUntil(lambda: first.model.rowCount() == 1 and second.model.rowCount() == 1)
    first.close()
    second.close()  # the last to close no longer wins
    assert saved(dirs).files == [first_file]
    # Once the first window has closed, the next one owns the session again.
    third = start()
    assert third.session.writable


def test_pasted_articles_are_kept_as_files(qtbot, start, dirs) -> None:
    text = "A statement pasted from the clipboard.\n\nIt has a second paragraph too."
    window = start()
    with qtbot.waitSignal(window.model.rowsInserted, timeout=10000):
        window.loader.load_text(text)
    window.close()
    kept = list(dirs.pasted.glob("*.txt"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == text
    session = saved(dirs)
    assert session.pasted_files == [str(kept[0])] and session.pasted == []
    # The session file is lost: the text is still in the data folder. With it, it comes back.
    again = start()
    qtbot.waitUntil(lambda: again.model.rowCount() == 1, timeout=10000)
    assert again.model.entries()[0].pasted_text == text
