"""Where things are: bundled resources, and the user's settings and log folders (platformdirs).

``NEWSREADER_HOME`` puts settings, session and logs under one folder instead (a portable set-up,
and how tests and ``scripts/screenshot.py`` keep away from the real user configuration).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "newsreader"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLES = RESOURCES / "samples"
ICONS = RESOURCES / "icons"


@dataclass(frozen=True, slots=True)
class AppDirs:
    config: Path  # settings.ini, session.ini
    logs: Path  # newsreader.log

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    @property
    def session_file(self) -> Path:
        return self.config / "session.ini"

    @property
    def log_file(self) -> Path:
        return self.logs / "newsreader.log"


def app_dirs() -> AppDirs:
    home = os.environ.get("NEWSREADER_HOME")
    if home:
        root = Path(home)
        return AppDirs(root / "config", root / "logs")
    return AppDirs(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def sample_files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))
