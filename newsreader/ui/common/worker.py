"""The one way the UI runs long work: a function on a thread pool, its outcome on the main thread.

Like Anki's ``QueryOp`` and Picard's ``run_task``::

    task = runner.run(load_files, label="Loading 12 files")
    task.succeeded.connect(self._on_loaded)        # called on the main thread with the result
    task.failed.connect(self._on_load_failed)      # the exception, if the function raised one
    ...
    task.cancel()                                  # e.g. from the status bar's Cancel button

``load_files`` receives a :class:`TaskContext` and must not touch widgets::

    def load_files(ctx: TaskContext) -> LoadReport:
        return load_many(paths, progress=lambda n, total: ctx.progress(n / total),
                         cancelled=ctx.cancelled)

Core functions that raise :class:`~newsreader.core.align.Cancelled` when ``cancelled()`` is true
end the task with :attr:`Task.cancelled`; so does :meth:`TaskContext.check`. A function that
returns normally succeeds even if cancel was requested: that is how it hands back partial work. Progress reports are
throttled (at most one every :data:`PROGRESS_INTERVAL` seconds, plus the final one) so a tight loop
cannot flood the event loop. Every outcome arrives as a queued signal: the window stays responsive
whatever the function does, as long as it does not hold the GIL in one long C call.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from newsreader.core.align import Cancelled

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between two progress signals from one task


class TaskContext:
    """What the work function gets: progress reporting and the cancel flag (thread-safe)."""

    def __init__(self, relay: _Relay, cancel_event: threading.Event) -> None:
        self._relay = relay
        self._cancel = cancel_event
        self._last_emit = 0.0

    def cancelled(self) -> bool:
        """True once :meth:`Task.cancel` was called; pass this as core's ``cancelled=``."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the task was cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, fraction: float | None, text: str = "") -> None:
        """Report progress: ``fraction`` in 0..1, or ``None`` when unknown; ``text`` is optional."""
        now = time.monotonic()
        final = fraction is not None and fraction >= 1.0
        if not final and now - self._last_emit < PROGRESS_INTERVAL:
            return
        self._last_emit = now
        value = -1.0 if fraction is None else min(1.0, max(0.0, float(fraction)))
        self._relay.progressed.emit(value, text)


class _Relay(QObject):
    """Lives on the main thread; the worker emits these, Qt queues them to the main thread."""

    progressed = Signal(float, str)
    returned = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class Task(QObject):
    """A handle on one piece of background work; lives on the main thread.

    Signals:
        progressed(float, str): fraction done (0..1, or -1 when unknown) and a short text.
        succeeded(object): the function's return value.
        failed(object): the exception the function raised (never :class:`Cancelled`).
        cancelled(): the work stopped because :meth:`cancel` was called.
        finished(): emitted after whichever of the three above.
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, label: str, *, cancellable: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self.cancellable = cancellable
        self.fraction = -1.0
        self.text = ""
        self.done = False
        self.outcome = ""  # "succeeded" | "failed" | "cancelled" once done
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progressed)
        self._relay.returned.connect(self._on_returned)
        self._relay.raised.connect(self._on_raised)
        self._relay.stopped.connect(self._on_stopped)

    def cancel(self) -> None:
        """Ask the work to stop; :attr:`cancelled` follows once it has."""
        if self.cancellable:
            self._cancel.set()

    @property
    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def context(self) -> TaskContext:
        return TaskContext(self._relay, self._cancel)

    def _run(self, fn: Callable[[TaskContext], Any]) -> None:
        """Worker-thread side: call ``fn`` and relay its outcome."""
        ctx = self.context()
        try:
            result = fn(ctx)
        except Cancelled:
            self._relay.stopped.emit()
        except BaseException as exc:  # delivered to the main thread, never lost
            self._relay.raised.emit(exc)
        else:
            self._relay.returned.emit(result)  # a normal return succeeds, even after cancel()

    @Slot(float, str)
    def _on_progressed(self, fraction: float, text: str) -> None:
        if self.done:
            return
        self.fraction, self.text = fraction, text or self.text
        self.progressed.emit(fraction, self.text)

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        self._finish("succeeded")
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_raised(self, exc: object) -> None:
        self._finish("failed")
        self.failed.emit(exc)
        self.finished.emit()

    @Slot()
    def _on_stopped(self) -> None:
        self._finish("cancelled")
        self.cancelled.emit()
        self.finished.emit()

    def _finish(self, outcome: str) -> None:
        self.done = True
        self.outcome = outcome


class _Job(QRunnable):
    def __init__(self, task: Task, fn: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self._task = task
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task._run(self._fn)


class TaskRunner(QObject):
    """Starts :class:`Task` s on its own thread pool and keeps them alive until they finish.

    Signals:
        task_started(Task): a task was queued.
        task_finished(Task): a task ended (any outcome).
    """

    task_started = Signal(object)
    task_finished = Signal(object)

    def __init__(self, max_threads: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads or max(1, min(4, os.cpu_count() or 1)))
        self._active: list[Task] = []

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        label: str,
        cancellable: bool = True,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Run ``fn(ctx)`` in the background and return its :class:`Task` handle.

        ``on_success`` / ``on_failure`` are shortcuts for connecting :attr:`Task.succeeded` /
        :attr:`Task.failed`. Every failure is logged with its traceback.
        """
        task = Task(label, cancellable=cancellable, parent=self)
        if on_success is not None:
            task.succeeded.connect(on_success)
        task.failed.connect(lambda exc, label=label: _log_failure(label, exc))
        if on_failure is not None:
            task.failed.connect(on_failure)
        task.finished.connect(lambda task=task: self._on_task_finished(task))
        self._active.append(task)
        self.task_started.emit(task)
        self._pool.start(_Job(task, fn))
        return task

    def active(self) -> list[Task]:
        """Tasks started and not yet finished, oldest first."""
        return list(self._active)

    def cancel_all(self) -> None:
        for task in self._active:
            task.cancel()

    def shutdown(self, msecs: int = 3000) -> bool:
        """Cancel everything and wait up to ``msecs`` for the threads; True if they all ended."""
        self.cancel_all()
        return self._pool.waitForDone(msecs)

    def _on_task_finished(self, task: Task) -> None:
        if task in self._active:
            self._active.remove(task)
        self.task_finished.emit(task)
        task.deleteLater()  # its Python attributes (outcome, label) stay readable afterwards


def _log_failure(label: str, exc: BaseException) -> None:
    log.error("Background task %r failed", label, exc_info=(type(exc), exc, exc.__traceback__))
