"""One window owns the session: a lock file (QLockFile) beside ``session.ini``.

The first window takes the lock and saves the session when it closes. A second window started
while the first is open cannot take it: it works normally but never writes the session (so the
last window to close no longer silently wins), and says so. A lock left by a crashed process is
stale and taken over (QLockFile checks whether its process still runs).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)

SECOND_WINDOW = (
    "Another newsreader window is open and keeps the session: what you open in this window "
    "will not be reopened next time."
)


class SessionLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(path))
        self._lock.setStaleLockTime(0)  # only a lock whose process is gone is stale

    def acquire(self) -> bool:
        """Take the lock now (never waits); False when another running process holds it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("Cannot create %s: %s", self.path.parent, exc)
            return False
        if self._lock.tryLock(0):
            return True
        info = self._lock.getLockInfo()
        holder = f"process {info[0]} on {info[1]}" if isinstance(info, tuple) and info else "?"
        log.warning("The session is locked by %s (%s): not saved by this window", holder, self.path)
        return False

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
