"""scripts/run's check for the X11 libraries Qt needs (no Qt, no real display involved)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.ui.shell import display_libs
from newsreader.ui.shell.display_libs import (
    debian_package,
    install_line,
    main,
    needs_check,
    not_found,
)

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb1.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
\tlibxcb-icccm.so.4 => not found
"""


def test_ldd_not_found_lines_are_collected_once_in_order():
    assert not_found(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert not_found("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_library_names_map_to_debian_packages(soname, package):
    assert debian_package(soname) == package


def test_one_install_line_with_each_package_once():
    line = install_line(["libxcb-icccm.so.4", "libglib-2.0.so.0", "libgobject-2.0.so.0"], root=True)
    assert line == "apt-get install -y libxcb-icccm4 libglib2.0-0"
    assert install_line(["libxcb-cursor.so.0"], root=False).startswith("sudo apt-get install")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_checked_only_when_qt_will_use_x11(env, expected):
    assert needs_check(env) is expected


def test_missing_libraries_are_named_with_the_apt_line(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setattr(display_libs.sys, "platform", "linux")
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    code = main(
        {"DISPLAY": ":0"}, plugin, ldd=lambda _: LDD, opens=lambda s: s != "libxcb-cursor.so.0"
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxcb-cursor.so.0" in err
    install = [line.strip() for line in err.splitlines() if "apt-get install" in line]
    assert len(install) == 1
    assert install[0].endswith("apt-get install -y libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0")


def test_nothing_said_when_everything_is_there_or_no_display(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setattr(display_libs.sys, "platform", "linux")
    plugin = tmp_path / "libqxcb.so"
    assert main({"DISPLAY": ":0"}, plugin, ldd=lambda _: "", opens=lambda _: True) == 0
    assert main({}, plugin, ldd=lambda _: LDD, opens=lambda _: False) == 0
    assert capsys.readouterr().err == ""


def test_the_check_does_not_import_qt():
    code = "import sys, newsreader.ui.shell.display_libs; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_scripts_run_checks_before_starting_the_app():
    run = (Path(__file__).resolve().parents[3] / "scripts" / "run").read_text(encoding="utf-8")
    check = run.index("-m newsreader.ui.shell.display_libs")
    assert check < run.index("exec ")
