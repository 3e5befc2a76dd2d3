"""Settings declared once and the session round trip, in a temporary folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from newsreader.ui.session import PASTED_LIMIT, Session, load_session, save_session
from newsreader.ui.settings import OPTIONS, RECENT_FILES, RECENT_LIMIT, WORD_DIFF, ZOOM, Settings


def test_defaults_and_types_survive_the_ini_file(tmp_path: Path, qapp) -> None:
    path = tmp_path / "config" / "settings.ini"
    settings = Settings.at(path)
    for option in OPTIONS.values():
        assert settings.get(option) == option.default
    settings.set(WORD_DIFF, False)
    settings.set(ZOOM, 3)
    settings.set(RECENT_FILES, ["/only/one"])
    settings.sync()
    again = Settings.at(path)
    assert again.get(WORD_DIFF) is False
    assert again.get(ZOOM) == 3
    assert again.get(RECENT_FILES) == ["/only/one"]


def test_recent_files_newest_first_and_capped(tmp_path: Path, qapp) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    for n in range(RECENT_LIMIT + 5):
        settings.add_recent(f"/f{n}")
    settings.add_recent("/f3")
    recent = settings.get(RECENT_FILES)
    assert recent[0] == "/f3" and len(recent) == RECENT_LIMIT and len(set(recent)) == RECENT_LIMIT


def test_garbage_in_the_file_falls_back_to_defaults(tmp_path: Path, qapp) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[view]\nzoom=lots\n", encoding="utf-8")
    assert Settings.at(path).get(ZOOM) == 0


def test_session_round_trip(tmp_path: Path, qapp) -> None:
    store = QSettings(str(tmp_path / "session.ini"), QSettings.Format.IniFormat)
    session = Session(
        files=["/a/one.txt", "/b/two words.html"],
        pasted=["Pasted\nwith lines", "x"],
        left="/a/one.txt",
        right="pasted:abc",
        geometry=b"\x01\x02",
        window_state=b"\x00state",
        splitter=b"split",
    )
    save_session(store, session)
    again = load_session(QSettings(str(tmp_path / "session.ini"), QSettings.Format.IniFormat))
    assert again == session


def test_single_file_session_and_pasted_cap(tmp_path: Path, qapp) -> None:
    store = QSettings(str(tmp_path / "session.ini"), QSettings.Format.IniFormat)
    save_session(store, Session(files=["/only.txt"], pasted=["a" * PASTED_LIMIT, "b"]))
    again = load_session(store)
    assert again.files == ["/only.txt"]
    assert again.pasted == ["a" * PASTED_LIMIT]
    assert load_session(QSettings(str(tmp_path / "none.ini"), QSettings.Format.IniFormat)).is_empty
