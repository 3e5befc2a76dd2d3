"""Which system libraries Qt's X11 platform plugin needs and this machine lacks (no Qt imported).

On a minimal Debian or Ubuntu desktop Qt aborts at start ("could not load the Qt platform plugin
'xcb'") until ``libxcb-cursor0`` and a few other xcb libraries are installed. ``scripts/run`` calls
``python -m newsreader.ui.shell.display_libs`` first: when a display is set and libraries are
missing it names them and prints the one ``apt-get install`` line that adds them, and the app is not
started.

The plugin's linked libraries are read from ``ldd``; ``libxcb-cursor.so.0`` is opened by Qt at run
time (not linked), so it is looked for by loading it. Library names map to Debian package names by
Debian's naming rule (``libxcb-icccm.so.4`` → ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` →
``libxkbcommon-x11-0``), with the few exceptions Qt's libraries run into.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

PLUGIN = Path("Qt") / "plugins" / "platforms" / "libqxcb.so"
OPENED_AT_RUN_TIME = ("libxcb-cursor.so.0",)  # Qt >= 6.5 dlopens it: ldd does not list it
EXCEPTIONS = {  # names that do not follow the rule
    "libz.so.1": "zlib1g",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libstdc++.so.6": "libstdc++6",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)
_SONAME = re.compile(r"^(lib[\w+.-]+?)\.so\.(\d+)$")


def needs_check(env: Mapping[str, str]) -> bool:
    """Qt will use its X11 plugin: a display is set and no other platform is chosen."""
    platform = env.get("QT_QPA_PLATFORM", "").strip().lower()
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def not_found(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as ``not found``, once each, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def debian_package(soname: str) -> str:
    """The Debian package that ships ``soname`` (Debian's library package naming rule)."""
    if soname in EXCEPTIONS:
        return EXCEPTIONS[soname]
    match = _SONAME.match(soname)
    if match is None:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def install_line(sonames: list[str], root: bool) -> str:
    packages = " ".join(dict.fromkeys(debian_package(s) for s in sonames))
    return f"{'' if root else 'sudo '}apt-get install -y {packages}"


def plugin_path() -> Path | None:
    """Qt's xcb plugin in the installed PySide6 (found without importing it)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / PLUGIN
        if candidate.is_file():
            return candidate
    return None


def run_ldd(path: Path) -> str:
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    done = subprocess.run([ldd, str(path)], capture_output=True, text=True, check=False)
    return done.stdout


def can_open(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(
    plugin: Path,
    ldd: Callable[[Path], str] = run_ldd,
    opens: Callable[[str], bool] = can_open,
) -> list[str]:
    """Libraries the plugin needs that the system lacks (linked ones first)."""
    missing = not_found(ldd(plugin))
    missing += [s for s in OPENED_AT_RUN_TIME if s not in missing and not opens(s)]
    return missing


def report(missing: list[str], root: bool, has_apt: bool) -> str:
    lines = [
        "newsreader cannot open its window: Qt's X11 platform plugin needs libraries this "
        f"system lacks: {', '.join(missing)}."
    ]
    if has_apt:
        lines += ["Install them with:", f"    {install_line(missing, root)}"]
    else:
        lines.append("Install them with your system's package manager.")
    lines.append("(Or run headless commands, e.g. `newsreader info FILE`, which need no display.)")
    return "\n".join(lines)


def main(
    env: Mapping[str, str] | None = None,
    plugin: Path | None = None,
    ldd: Callable[[Path], str] = run_ldd,
    opens: Callable[[str], bool] = can_open,
) -> int:
    """0 when the window can open (or no X11 display is used), 1 after naming what is missing."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not needs_check(env):
        return 0
    plugin = plugin or plugin_path()
    if plugin is None:
        return 0
    missing = missing_libraries(plugin, ldd, opens)
    if not missing:
        return 0
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    print(report(missing, root, shutil.which("apt-get") is not None), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
