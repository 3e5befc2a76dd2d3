"""Settings declared once and the session round trip, in a temporary folder."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from newsreader.ui.common.settings import (
    EXPORT_FORMAT,
    OPTIONS,
    PAGE,
    RECENT_FILES,
    RECENT_LIMIT,
    WORD_DIFF,
    ZOOM,
    Settings,
)
from newsreader.ui.shell.session import PASTED_LIMIT, Session, load_session, save_session


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


# --- every setting validated where it is read (issue 13, point 7) ------------------------------

BAD_VALUES = {
    "view/zoom": ["8000", "-8000", "99999999999999999999999", "lots", "1.5", "@Invalid()"],
    "view/word_diff": ["maybe", "2", "@Invalid()"],
    "view/show_removed": ["nope"],
    "view/lock_scroll": ["yes please"],
    "view/toolbar": ["-1"],
    "view/page": ["heatmap", "1"],
    "files/recent": ["@Invalid()"],
    "files/last_folder": ["x" * 5000],
    "export/folder": ["a\\0b"],
    "export/format": ["exe", "HTML "],
}


def test_every_option_has_bad_values_tried() -> None:
    assert set(BAD_VALUES) == set(OPTIONS)


@pytest.mark.parametrize(
    ("key", "value"), [(k, v) for k, values in BAD_VALUES.items() for v in values]
)
def test_a_bad_stored_value_is_replaced_and_logged_once(tmp_path, qapp, caplog, key, value) -> None:
    path = tmp_path / "settings.ini"
    group, name = key.split("/")
    path.write_text(f"[{group}]\n{name}={value}\n", encoding="utf-8")
    option = OPTIONS[key]
    settings = Settings.at(path)
    with caplog.at_level(logging.WARNING, logger="newsreader.ui.common.settings"):
        got = [settings.get(option) for _ in range(3)]
    assert got[0] == got[1] == got[2]
    assert isinstance(got[0], type(option.default))
    if option.bounds is not None:
        assert option.bounds[0] <= got[0] <= option.bounds[1]
    if option.choices:
        assert got[0] in option.choices
    said = [r for r in caplog.records if key in r.getMessage()]
    assert len(said) == 1, [r.getMessage() for r in caplog.records]


def test_defaults_are_read_silently(tmp_path, qapp, caplog) -> None:
    settings = Settings.at(tmp_path / "settings.ini")
    with caplog.at_level(logging.WARNING, logger="newsreader.ui.common.settings"):
        for option in OPTIONS.values():
            assert settings.get(option) == option.default
    assert not caplog.records


def test_good_values_are_read_silently(tmp_path, qapp, caplog) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[view]\nzoom=-5\nword_diff=false\npage=overview\n[export]\nformat=md\n", encoding="utf-8"
    )
    settings = Settings.at(path)
    with caplog.at_level(logging.WARNING, logger="newsreader.ui.common.settings"):
        assert settings.get(ZOOM) == -5
        assert settings.get(WORD_DIFF) is False
        assert settings.get(PAGE) == "overview"
        assert settings.get(EXPORT_FORMAT) == "md"
    assert not caplog.records


def test_a_huge_zoom_in_the_settings_file_does_not_stop_the_app(
    qtbot, make_window, isolated_home
) -> None:
    config = isolated_home / "config"
    config.mkdir(parents=True)
    (config / "settings.ini").write_text("[view]\nzoom=8000\n", encoding="utf-8")
    window = make_window()
    assert window.settings.get(ZOOM) == ZOOM.bounds[1]
    window.zoom_by(1)
    assert window.settings.get(ZOOM) == ZOOM.bounds[1]
