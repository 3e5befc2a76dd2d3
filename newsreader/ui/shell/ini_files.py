"""Opening ``settings.ini`` and ``session.ini``: a file that cannot be read is kept aside, not lost.

QSettings reads what it can of a damaged INI file and writes the rest away on exit. Before the
app opens either file, :func:`set_aside_if_unreadable` checks it (bytes that are not UTF-8 text, NUL
bytes, a syntax QSettings rejects, or content without a single setting) and renames a bad one to
``<name>.bad-<time>``; the app then starts from defaults and tells the user once (one message,
which is also the one log line).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)


def unreadable_reason(path: Path) -> str | None:
    """Why the INI file at ``path`` cannot be used, or None when it is fine (or absent)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if not data.strip():
        return None
    if b"\x00" in data:
        return "it contains NUL bytes"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not UTF-8 text"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    if store.status() != QSettings.Status.NoError:
        return "its syntax is broken"
    if not store.allKeys():
        return "it holds no settings"
    return None


@dataclass(frozen=True, slots=True)
class SetAside:
    kept: Path  # where the unreadable file is now
    reason: str


def set_aside_if_unreadable(path: Path, now: datetime | None = None) -> SetAside | None:
    """Rename an unreadable ``path`` to ``<name>.bad-<time>``; where it went and why, else None."""
    reason = unreadable_reason(path)
    if reason is None:
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    try:
        os.replace(path, target)
    except OSError as exc:
        log.error("%s is unreadable (%s) and could not be kept aside: %s", path, reason, exc)
        return None
    return SetAside(target, reason)
