"""The extraction worker: a reply that does not come in time is a timeout, a cancel stops the
wait, and a real page is extracted in the worker process."""

from __future__ import annotations

import queue

import pytest

from newsreader.core.align import Cancelled
from newsreader.core.ingest import worker


def test_a_reply_that_does_not_come_in_time_is_a_timeout() -> None:
    w = worker._Worker()
    w._replies = queue.Queue()  # nothing will ever answer
    with pytest.raises(worker.WorkerTimeoutError, match="longer than"):
        w._wait(0.05, None)


def test_a_cancel_stops_the_wait() -> None:
    w = worker._Worker()
    w._replies = queue.Queue()
    with pytest.raises(Cancelled):
        w._wait(30.0, lambda: True)


def test_a_page_is_extracted_in_the_worker_process() -> None:
    html = "<html><body><article>" + "<p>The talks resumed on Monday in Geneva.</p>" * 5
    reply = worker.run_task("html", html + "</article></body></html>", timeout=60)
    assert reply.get("items"), reply
