#!/usr/bin/env python3
"""The facts in the app: how long until they show, how long the window cannot respond.

    .venv/bin/python scripts/bench_facts_ui.py [--sizes 10,100,200]

For each size, articles made from the bundled samples (``bench_facts.corpus``, ~900 words each)
are added to a window with the facts sidebar open. Baseline, measured in the same run:
``analyze()`` called on the GUI thread, which is how long the window would freeze without the
background task. The app's figures: time until the sidebar shows the facts (including the 300 ms
debounce, with the Overview of the same articles computing alongside, as in the app), the longest
stall of the event loop meanwhile (the UI limit is 200 ms), the same for a split of one person
(only the cross-article step runs again; measured once everything else is done), and the
GUI-thread cost of rebuilding the sidebar (pair plus three selected outlets) and the grid's model.

Runs offscreen with settings in a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import time

from _bench import StallMeter, Table, bench_window, ms, spin_until, stall
from bench_facts import corpus


def wait_ready(window, timeout: float = 120.0) -> None:
    from newsreader.ui.facts.controller import READY

    controller = window.facts.controller
    if not spin_until(lambda: controller.state == READY and not controller.pending, timeout):
        raise SystemExit("the facts were not ready in time")


def settle(window, seconds: float = 0.3) -> None:
    """Let the window finish other work (the Overview of the new articles) and paint what it has,
    so one step's work is not counted in the next."""
    until = time.monotonic() + seconds
    spin_until(lambda: time.monotonic() >= until and not window.runner.active(), pause=0.005)


def bench(window, sizes: list[int]) -> None:
    from newsreader.core.facts import analyze
    from newsreader.ui.library.entries import Entry, pasted_key

    table = Table(
        "Facts in the app (times in ms; the stall is the longest the window could not respond)",
        [
            ("articles", 8),
            ("baseline: GUI-thread analyze", 29),
            ("app: facts shown", 17),
            ("longest stall", 14),
            ("split: shown", 13),
            ("split: stall", 13),
            ("sidebar rebuild", 16),
            ("grid model", 11),
        ],
    )
    for count in sizes:
        window.remove(window.model.keys())
        settle(window)
        articles = corpus(count, 3)
        t = time.perf_counter()
        analyze(articles)
        baseline = time.perf_counter() - t

        meter = StallMeter()
        meter.start()
        t = time.perf_counter()
        window.model.add([Entry(pasted_key(a), None, a) for a in articles])
        wait_ready(window)
        shown = time.perf_counter() - t
        longest = meter.stop()
        settle(window)

        controller = window.facts.controller
        person = next(p for p in controller.result.factset.people if len(p.variants) > 1)
        spelling = next(v for v in person.variants if v != person.name)
        meter = StallMeter()
        meter.start()
        t = time.perf_counter()
        controller.split(spelling)
        wait_ready(window)
        split = time.perf_counter() - t
        split_stall = meter.stop()
        controller.reset_overrides()
        wait_ready(window)
        settle(window)

        keys = window.model.keys()
        window.pair.set_pair(keys[0], keys[1])
        window.article_list.select_keys(keys[2:5])
        sidebar = window.facts.sidebar
        t = time.perf_counter()
        for _ in range(5):
            sidebar.rebuild()
        rebuild = (time.perf_counter() - t) / 5
        t = time.perf_counter()
        for _ in range(5):
            window.facts.grid.set_result(controller.result)
        grid = (time.perf_counter() - t) / 5
        table.row(
            count,
            ms(baseline),
            ms(shown),
            stall(longest),
            ms(split),
            stall(split_stall),
            ms(rebuild),
            ms(grid),
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,200")
    args = parser.parse_args(argv)
    with bench_window(1440, 900) as window:
        window.facts.show_sidebar()
        window.facts.show_grid()
        bench(window, [int(s) for s in args.sizes.split(",") if s.strip()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
