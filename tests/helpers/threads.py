"""Which threads ran a function: tests assert long work ran off the GUI thread (no wall clock)."""

from __future__ import annotations

import threading
from typing import Any

import pytest


def record_threads(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> set[int]:
    """Replace ``module.name`` by a wrapper; the returned set fills with the ids of the threads
    that called it."""
    threads: set[int] = set()
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.add(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return threads


def ran_off_the_gui_thread(threads: set[int]) -> bool:
    """Called at least once, never on the thread that runs the test (the GUI thread)."""
    return bool(threads) and threading.get_ident() not in threads
