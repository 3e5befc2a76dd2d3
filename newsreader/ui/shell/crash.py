"""Uncaught exceptions: logged, shown in a dialog with copyable details, and the app keeps running.

:class:`CrashHandler` replaces ``sys.excepthook`` (PySide calls it for exceptions escaping slots
and event handlers, then carries on). The dialog is non-blocking; further exceptions while it is
open are appended to it rather than stacking dialogs.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsreader import __version__

log = logging.getLogger("newsreader.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def describe(exc_info: ExcInfo) -> str:
    """The details text: versions, then the traceback."""
    header = (
        f"newsreader {__version__} · Python {platform.python_version()} · "
        f"PySide6 {pyside_version} · Qt {qVersion()} · {platform.platform()}"
    )
    return header + "\n\n" + "".join(traceback.format_exception(*exc_info))


class CrashDialog(QDialog):
    def __init__(
        self, open_log_folder: Callable[[], None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle("newsreader: something went wrong")
        self.resize(680, 420)
        message = QLabel(
            "An unexpected error happened. newsreader is still running and your articles are "
            "still loaded, but the last action may not have finished.\n\n"
            "If you report this, please include the details below.",
            self,
        )
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("Copy Details", self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if open_log_folder is not None:
            logs = QPushButton("Open Log Folder", self)
            logs.clicked.connect(open_log_folder)
            buttons.addButton(logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def add(self, text: str) -> None:
        current = self.details.toPlainText()
        separator = "\n" + "-" * 72 + "\n\n" if current else ""
        self.details.setPlainText(current + separator + text)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText("Copied")


class CrashHandler:
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``."""

    def __init__(
        self,
        parent: Callable[[], QWidget | None] = lambda: None,
        open_log_folder: Callable[[], None] | None = None,
    ) -> None:
        self._parent = parent
        self._open_log_folder = open_log_folder
        self.dialog: CrashDialog | None = None
        self._previous: Callable[..., object] | None = None
        self._previous_thread: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self.handle
        self._previous_thread, threading.excepthook = threading.excepthook, self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous  # type: ignore[assignment]
        if self._previous_thread is not None:
            threading.excepthook = self._previous_thread  # type: ignore[assignment]

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        text = describe((exc_type, exc, tb))
        try:
            self._show(text)
        except Exception:  # never let the hook itself fail
            log.exception("Could not show the crash dialog")
            sys.__excepthook__(exc_type, exc, tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        log.critical(
            "Uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    def _show(self, text: str) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = CrashDialog(self._open_log_folder, self._parent())
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.add(text)
        self.dialog.show()
        self.dialog.raise_()
