"""An uncaught exception: logged, a dialog with copyable details, and the app keeps running."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from newsreader.ui.shell.crash import CrashHandler
from newsreader.ui.shell.logs import qt_message_handler


def exc_info(message: str):
    try:
        raise ZeroDivisionError(message)
    except ZeroDivisionError:
        return sys.exc_info()


def test_dialog_shows_copyable_details(qtbot, window, caplog) -> None:
    handler = CrashHandler(parent=lambda: window)
    with caplog.at_level(logging.CRITICAL, logger="newsreader.crash"):
        handler.handle(*exc_info("first failure"))
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError: first failure" in details and "Traceback" in details
    assert "newsreader" in details.splitlines()[0]  # versions first
    assert dialog.details.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert any("Uncaught exception" in r.message for r in caplog.records)
    # A second failure joins the open dialog instead of stacking another one.
    handler.handle(*exc_info("second failure"))
    assert handler.dialog is dialog
    assert "second failure" in dialog.details.toPlainText()
    dialog.close()
    assert window.isVisible()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_dialog_and_the_app_runs_on(
    qtbot, window, load, sample_paths
):
    handler = CrashHandler(parent=lambda: window)
    handler.install()
    try:

        def broken() -> None:
            raise RuntimeError("a bug in a slot")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        qtbot.addWidget(handler.dialog)
        assert "a bug in a slot" in handler.dialog.details.toPlainText()
        load(window, sample_paths[:2])  # still working
        assert window.model.rowCount() == 2
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler.handle


def test_qt_warnings_go_to_the_log(caplog) -> None:
    from PySide6.QtCore import QtMsgType

    with caplog.at_level(logging.WARNING, logger="newsreader.qt"):
        qt_message_handler(QtMsgType.QtWarningMsg, None, "QPainter::begin: bad things")
    assert [r.getMessage() for r in caplog.records] == ["QPainter::begin: bad things"]
