"""The background-work helper: results, progress, failures and cancellation on the main thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from newsreader.core.align import Cancelled
from newsreader.ui.common.worker import TaskContext, TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner(max_threads=2)
    yield runner
    runner.shutdown(5000)


def test_result_arrives_on_the_main_thread(qtbot, runner) -> None:
    seen = {}

    def work(ctx: TaskContext) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 6 * 7

    def on_success(value: int) -> None:
        seen["main"] = threading.current_thread() is threading.main_thread()
        seen["qt_main"] = QThread.currentThread() == QCoreApplication.instance().thread()
        seen["value"] = value

    task = runner.run(work, label="answer", on_success=on_success)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "main": True, "qt_main": True, "value": 42}
    assert task.outcome == "succeeded" and task.done
    assert runner.active() == []


def test_progress_is_reported_and_throttled(qtbot, runner) -> None:
    fractions: list[float] = []

    def work(ctx: TaskContext) -> None:
        for i in range(10_000):
            ctx.progress((i + 1) / 10_000, "counting")

    task = runner.run(work, label="count")
    task.progressed.connect(lambda f, _t: fractions.append(f))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert fractions, "no progress at all"
    assert len(fractions) < 1000, "progress was not throttled"
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_failure_is_delivered_not_raised(qtbot, runner) -> None:
    errors = []

    def work(ctx: TaskContext) -> None:
        raise ValueError("broken input")

    task = runner.run(work, label="fail", on_failure=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert task.outcome == "failed"
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "broken input"


def test_cancel_stops_the_work(qtbot, runner) -> None:
    started = threading.Event()
    loops = []

    def work(ctx: TaskContext) -> None:
        started.set()
        while True:
            loops.append(1)
            ctx.check()  # raises Cancelled once cancel() was called
            threading.Event().wait(0.001)

    task = runner.run(work, label="endless")
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.outcome == "cancelled"


def test_core_style_cancel_flag(qtbot, runner) -> None:
    def work(ctx: TaskContext) -> str:
        while not ctx.cancelled():
            threading.Event().wait(0.001)
        raise Cancelled

    task = runner.run(work, label="core")
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert task.outcome == "cancelled"


def test_uncancellable_task_ignores_cancel(qtbot, runner) -> None:
    gate = threading.Event()
    task = runner.run(lambda ctx: gate.wait(5) and "done", label="fixed", cancellable=False)
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
