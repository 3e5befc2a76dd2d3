"""Recompute something over the loaded articles in the background: the mechanism, not the work.

:class:`BackgroundSetController` watches the article model: any change restarts a short
single-shot timer; when it fires and the set of articles (keys and content ids, :func:`signature_of`)
differs from the one last computed, being computed or cancelled, a subclass starts its task through
the window's :class:`TaskRunner` (:meth:`_run`). An older task still going is cancelled and a
generation counter drops its late outcome. The controller moves through the states computing,
cancelled, failed (with :attr:`error` and a message) and whatever the subclass calls done.

A subclass writes :meth:`_begin` (what to do for the new set: start its work with :meth:`_run`, or
publish a state of its own at once) and its result handling. While :attr:`active` is false nothing
is scheduled, and only :meth:`recompute` starts work.

Signals:
    state_changed(str): the controller's new state.
    progressed(float, str): the running task's progress (0..1) and what it is doing.
    result_changed(object): the result now current (None when there is none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.worker import Task, TaskContext, TaskRunner
from newsreader.ui.library.article_model import ArticleTableModel
from newsreader.ui.library.entries import Entry

COMPUTING, READY, CANCELLED, FAILED = "computing", "ready", "cancelled", "failed"

Signature = tuple[tuple[str, str], ...]


def signature_of(entries: Sequence[Entry]) -> Signature:
    """What identifies a set of articles: each entry's key and its article's content id."""
    return tuple((e.key, e.article.id) for e in entries if e.article is not None)


class BackgroundSetController(QObject):
    state_changed = Signal(str)
    progressed = Signal(float, str)
    result_changed = Signal(object)

    failure_text = "The work could not be done"  # the message before ": <error>" when it fails

    def __init__(
        self,
        model: ArticleTableModel,
        runner: TaskRunner,
        messages: MessageHub,
        parent: QObject | None,
        *,
        debounce_ms: int,
        state: str,
        active: bool = True,
        wanted: Signature | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.runner, self.messages = model, runner, messages
        self.state = state
        self.result: Any = None
        self.task: Task | None = None
        self.error = ""
        self.active = active
        self._wanted = wanted  # the set last computed, being computed, or cancelled
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.schedule)

    # --- requests ------------------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """Someone looks at the result (compute) or nobody does (stay idle until someone does)."""
        self.active = active
        if active:
            self.schedule()

    def schedule(self, *_: object) -> None:
        """The list changed: look again once it has been quiet for a moment."""
        if self.active:
            self._timer.start()

    def recompute(self) -> None:
        """Compute now, even for the same articles (after a cancel or a failure)."""
        self._timer.stop()
        self._start(force=True)

    def cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()

    @property
    def pending(self) -> bool:
        """A computation is scheduled or running."""
        return self._timer.isActive() or (self.task is not None and not self.task.done)

    # --- for subclasses ------------------------------------------------------------------------
    def _begin(self, entries: list[Entry], signature: Signature, generation: int) -> None:
        """A new set of articles (or a forced recompute): start the work or publish at once."""
        raise NotImplementedError

    def _run(
        self,
        work: Callable[[TaskContext], Any],
        *,
        label: str,
        text: str,
        succeeded: Callable[[Any], None],
    ) -> None:
        """Start ``work`` as the current task; ``succeeded`` checks the generation it needs."""
        generation = self._generation
        self.task = self.runner.run(
            work, label=label, on_failure=lambda exc: self._on_failed(exc, generation)
        )
        self.task.progressed.connect(lambda f, text: self._on_progress(f, text, generation))
        self.task.succeeded.connect(succeeded)
        self.task.cancelled.connect(lambda: self._on_cancelled(generation))
        self._set_state(COMPUTING)
        self.progressed.emit(0.0, text)

    def _stop(self) -> None:
        """Cancel what is still running for an older set (its late outcome is ignored)."""
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.task = None

    def _publish(self, result: Any) -> None:
        self.result = result
        self.result_changed.emit(result)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # --- the mechanism -------------------------------------------------------------------------
    def _entries(self) -> list[Entry]:
        return [e for e in self.model.entries() if e.comparable]

    def _start(self, force: bool = False) -> None:
        if not self.active and not force:
            return
        entries = self._entries()
        wanted = signature_of(entries)
        if wanted == self._wanted and not force:
            return
        self._wanted = wanted
        self._generation += 1
        self._stop()
        self._begin(entries, wanted, self._generation)

    def _on_progress(self, fraction: float, text: str, generation: int) -> None:
        if generation == self._generation:
            self.progressed.emit(fraction, text)

    def _on_cancelled(self, generation: int) -> None:
        if generation == self._generation:
            self._set_state(CANCELLED)

    def _on_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.error = str(exc) or type(exc).__name__
        self.messages.error(f"{self.failure_text}: {self.error}")
        self._set_state(FAILED)
