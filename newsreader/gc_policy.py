"""When Python's cycle collector runs, for the app and the headless commands alike.

Collect cycles after 50,000 allocations, not 700, and consider a full collection 10 times less
often. A full collection walks every object of the loaded articles and of the work in progress
while holding the interpreter lock (measured 35-175 ms on a 5 MB pair, when the window cannot run
a line of Python), and on a 3,000-article overview the default thresholds spend 5-12 % of the CPU
time collecting. Memory is freed by reference counting as before; only cycles wait a little longer.
"""

from __future__ import annotations

import gc

GC_THRESHOLDS = (50_000, 20, 100)


def tune_gc() -> None:
    """Set :data:`GC_THRESHOLDS` for this process."""
    gc.set_threshold(*GC_THRESHOLDS)
