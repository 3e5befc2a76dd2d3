"""Where things are: bundled resources, and the user's settings and log folders (platformdirs).

``NEWSREADER_HOME`` puts settings, session, data and logs under one folder instead (a portable set-up,
and how tests and ``scripts/screenshot.py`` keep away from the real user configuration).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "newsreader"
RESOURCES = Path(__file__).resolve().parents[3] / "resources"
SAMPLES = RESOURCES / "samples"
ICONS = RESOURCES / "icons"


@dataclass(frozen=True, slots=True)
class AppDirs:
    config: Path  # settings.ini, session.ini, session.lock
    logs: Path  # newsreader.log
    data: Path  # what the app keeps for the user: pasted articles

    @property
    def pasted(self) -> Path:
        """Pasted articles, one UTF-8 file each (named by content id)."""
        return self.data / "pasted"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    @property
    def session_file(self) -> Path:
        return self.config / "session.ini"

    @property
    def log_file(self) -> Path:
        return self.logs / "newsreader.log"

    @property
    def lock_file(self) -> Path:
        """Held by the window that owns the session (:mod:`newsreader.ui.shell.session_lock`)."""
        return self.config / "session.lock"


def app_dirs() -> AppDirs:
    home = os.environ.get("NEWSREADER_HOME")
    if home:
        root = Path(home)
        return AppDirs(root / "config", root / "logs", root / "data")
    return AppDirs(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
    )


def sample_files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))
