"""Logging to a rotating file in the log folder, with Qt's own warnings routed into it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("newsreader")
qt_log = logging.getLogger("newsreader.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Send the ``newsreader`` loggers to ``log_file`` (1 MB × 3 files); None if not writable."""
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("Cannot write the log file %s: %s", log_file, exc)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    return handler


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Qt's qDebug/qWarning/... as log records of ``newsreader.qt``."""
    where = ""
    if context is not None and getattr(context, "category", None) not in (None, "default"):
        where = f"[{context.category}] "
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", where, message)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)


def uninstall_qt_message_handler() -> None:
    qInstallMessageHandler(None)
