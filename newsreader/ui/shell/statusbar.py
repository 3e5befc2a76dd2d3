"""The status bar: the latest message, and the running background task with progress and Cancel.

It listens to a :class:`~newsreader.ui.common.worker.TaskRunner` and a
:class:`~newsreader.ui.common.messages.MessageHub`; no other code needs to touch it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from newsreader.ui.common.messages import ERROR, Message, MessageHub
from newsreader.ui.common.visible import visible
from newsreader.ui.common.worker import Task, TaskRunner

MESSAGE_MS = {"info": 5000, "warning": 10000, "error": 15000}


class StatusBar(QStatusBar):
    def __init__(self, runner: TaskRunner, messages: MessageHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.task_label = QLabel(self)
        self.task_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("taskProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setMaximumHeight(16)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelTask")
        self.cancel_button.setToolTip("Stop the running task (what is done so far is kept)")
        self.cancel_button.clicked.connect(self._on_cancel)
        for widget in (self.task_label, self.progress, self.cancel_button):
            self.addPermanentWidget(widget)
            widget.hide()
        self._runner = runner
        self._shown: Task | None = None
        runner.task_started.connect(self._on_task_started)
        runner.task_finished.connect(self._on_task_finished)
        messages.posted.connect(self.show_message)

    def show_message(self, message: Message) -> None:
        prefix = "Error: " if message.severity == ERROR else ""
        where = f"{visible(message.path.name, 80)}: " if message.path is not None else ""
        self.showMessage(prefix + where + visible(message.text, 300), MESSAGE_MS[message.severity])

    def shown_task(self) -> Task | None:
        return self._shown

    def _on_task_started(self, task: Task) -> None:
        self._show(task)

    def _on_task_finished(self, task: Task) -> None:
        if task is self._shown:
            remaining = self._runner.active()
            self._show(remaining[-1] if remaining else None)

    def _show(self, task: Task | None) -> None:
        if self._shown is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._shown.progressed.disconnect(self._on_progress)
        self._shown = task
        visible_now = task is not None
        for widget in (self.task_label, self.progress):
            widget.setVisible(visible_now)
        self.cancel_button.setVisible(visible_now and task is not None and task.cancellable)
        if task is None:
            return
        task.progressed.connect(self._on_progress)
        self.cancel_button.setEnabled(True)
        self._on_progress(task.fraction, task.text)

    def _on_progress(self, fraction: float, text: str) -> None:
        task = self._shown
        if task is None:
            return
        others = len(self._runner.active()) - 1
        more = f" (+{others} more)" if others > 0 else ""
        self.task_label.setText(visible(text or task.label, 120) + more)
        if fraction < 0:
            self.progress.setRange(0, 0)  # busy indicator
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))

    def _on_cancel(self) -> None:
        if self._shown is not None:
            self._shown.cancel()
            self.cancel_button.setEnabled(False)
            self.task_label.setText("Cancelling…")
