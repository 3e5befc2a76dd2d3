"""One path for user-facing messages (qutebrowser's ``message.error()``).

Code that has something to tell the user calls ``messages.error(text, path=...)`` (or ``warning`` /
``info``); the status bar shows the latest one and the problems panel keeps warnings and errors per
file. Every message is also logged. The hub is passed to whoever needs it, never a global.

Signals:
    posted(object): a :class:`Message` was posted.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("newsreader.messages")

INFO, WARNING, ERROR = "info", "warning", "error"
_LEVELS = {INFO: logging.INFO, WARNING: logging.WARNING, ERROR: logging.ERROR}


@dataclass(frozen=True, slots=True)
class Message:
    severity: str  # info | warning | error
    text: str  # a sentence for the user: what happened and what they can do
    path: Path | None = None  # the file it is about, if any
    time: float = field(default_factory=time.time)


class MessageHub(QObject):
    posted = Signal(object)

    def post(self, severity: str, text: str, path: Path | str | None = None) -> Message:
        message = Message(severity, text, Path(path) if path is not None else None)
        log.log(_LEVELS.get(severity, logging.INFO), "%s%s", f"{path}: " if path else "", text)
        self.posted.emit(message)
        return message

    def info(self, text: str, path: Path | str | None = None) -> Message:
        return self.post(INFO, text, path)

    def warning(self, text: str, path: Path | str | None = None) -> Message:
        return self.post(WARNING, text, path)

    def error(self, text: str, path: Path | str | None = None) -> Message:
        return self.post(ERROR, text, path)
