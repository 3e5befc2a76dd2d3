"""The shared "recompute over the loaded articles" mechanism, with a small stand-in work function."""

from __future__ import annotations

import threading

import pytest

from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.worker import TaskContext, TaskRunner
from newsreader.ui.library.article_model import ArticleTableModel
from newsreader.ui.library.background_set import (
    CANCELLED,
    COMPUTING,
    FAILED,
    READY,
    BackgroundSetController,
    Signature,
)
from newsreader.ui.library.entries import Entry
from tests.helpers.synthetic import synthetic_entries

IDLE = "idle"


class Counting(BackgroundSetController):
    """Counts the articles of the set; ``gate`` holds the work back, ``fail`` makes it raise."""

    failure_text = "Counting failed"

    def __init__(self, model, runner, messages, *, active: bool = True) -> None:
        super().__init__(model, runner, messages, None, debounce_ms=20, state=IDLE, active=active)
        self.gate = threading.Event()
        self.gate.set()
        self.fail = False
        self.runs: list[Signature] = []

    def _begin(self, entries: list[Entry], signature: Signature, generation: int) -> None:
        self.runs.append(signature)
        gate, fail = self.gate, self.fail

        def work(ctx: TaskContext) -> int:
            while not gate.wait(0.01):
                ctx.check()
            if fail:
                raise RuntimeError("no count today")
            return len(entries)

        self._run(
            work,
            label="Counting",
            text="Counting…",
            succeeded=lambda n: self._on_counted(n, generation),
        )

    def _on_counted(self, n: int, generation: int) -> None:
        if generation == self._generation:
            self._publish(n)
            self._set_state(READY)


@pytest.fixture
def parts(qapp):
    runner = TaskRunner(max_threads=2)
    yield ArticleTableModel(), runner, MessageHub()
    runner.shutdown(5000)


def settled(controller: Counting) -> bool:
    return not controller.pending


def test_a_burst_of_changes_runs_once_and_the_same_set_not_again(qtbot, parts) -> None:
    model = parts[0]
    controller = Counting(*parts)
    entries = synthetic_entries(3)
    for e in entries:
        model.add([e])
    qtbot.waitUntil(lambda: controller.state == READY and settled(controller))
    assert controller.runs == [tuple((e.key, e.article.id) for e in entries)]
    assert controller.result == 3
    model.set_sides(entries[1].key, "")  # a change to the list that leaves the set as it was
    assert controller.pending
    qtbot.waitUntil(lambda: settled(controller))
    assert len(controller.runs) == 1
    model.remove([entries[0].key])
    qtbot.waitUntil(lambda: controller.result == 2 and settled(controller))
    assert len(controller.runs) == 2


def test_a_newer_set_cancels_the_older_run_and_ignores_its_outcome(qtbot, parts) -> None:
    model, _, _ = parts
    controller = Counting(*parts)
    states: list[str] = []
    controller.state_changed.connect(states.append)
    controller.gate.clear()
    model.add(synthetic_entries(2))
    qtbot.waitUntil(lambda: controller.state == COMPUTING)
    first = controller.task
    controller.gate = threading.Event()  # the next run is not held back
    controller.gate.set()
    model.add(synthetic_entries(1, seed=7))
    assert first is not None
    qtbot.waitUntil(lambda: first.done and controller.state == READY and settled(controller))
    assert first.outcome == "cancelled"  # its late "cancelled" did not reach the state
    assert controller.result == 3 and CANCELLED not in states


def test_cancel_stays_until_recompute_and_a_failure_is_reported(qtbot, parts) -> None:
    model, _, messages = parts
    posted: list[str] = []
    messages.posted.connect(lambda message: posted.append(message.text))
    controller = Counting(*parts)
    controller.gate.clear()
    model.add(synthetic_entries(2))
    qtbot.waitUntil(lambda: controller.state == COMPUTING)
    controller.cancel()
    qtbot.waitUntil(lambda: controller.state == CANCELLED and settled(controller))
    model.set_sides(model.keys()[0], "")  # the same set: not restarted behind the user's back
    assert controller.pending
    qtbot.waitUntil(lambda: settled(controller))
    assert controller.state == CANCELLED and len(controller.runs) == 1
    controller.gate.set()
    controller.fail = True
    controller.recompute()
    qtbot.waitUntil(lambda: controller.state == FAILED)
    assert controller.error == "no count today"
    assert posted == ["Counting failed: no count today"]
    controller.fail = False
    controller.recompute()
    qtbot.waitUntil(lambda: controller.state == READY)
    assert controller.result == 2


def test_nothing_is_scheduled_while_inactive(qtbot, parts) -> None:
    model, runner, messages = parts
    controller = Counting(model, runner, messages, active=False)
    model.add(synthetic_entries(2))
    assert not controller.pending and controller.runs == []  # no timer started
    controller.set_active(True)
    qtbot.waitUntil(lambda: controller.state == READY and settled(controller))
    assert controller.result == 2
