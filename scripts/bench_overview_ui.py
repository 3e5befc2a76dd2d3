#!/usr/bin/env python3
"""The Overview in the app: how long the window cannot respond, and how fast the map paints.

    .venv/bin/python scripts/bench_overview_ui.py [--sizes 1000,3000]

For each size, synthetic articles (``scripts/synthetic_corpus.py``) are added to the window with the
Overview shown. Each row has its baseline measured in the same run: ``overview()`` called on the GUI
thread, which is how long the window would freeze without the background task. The app's figures:
the time until the map is shown, the longest stall of the event loop meanwhile (the UI limit is
200 ms), and paints of the heatmap's viewport: fitted, zoomed in (labels shown), one scroll step and
one hover (the crosshair) — each the mean of several.

Runs offscreen with settings in a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import time

from _bench import StallMeter, Table, bench_window, ms, spin_until, stall
from synthetic_corpus import make_corpus


def paint_time(widget, repeat: int = 10) -> float:
    t = time.perf_counter()
    for _ in range(repeat):
        widget.repaint()
    return (time.perf_counter() - t) / repeat


def bench(window, sizes: list[int]) -> None:
    from PySide6.QtCore import QCoreApplication

    from newsreader.core.corpus import overview
    from newsreader.ui.library.entries import Entry, pasted_key
    from newsreader.ui.overview.controller import READY

    table = Table(
        "Overview in the app (the stall is the longest time the window could not respond)",
        [
            ("articles", 8),
            ("baseline: GUI-thread overview", 30),
            ("app: map shown", 15),
            ("app: longest stall", 19),
            ("paint fitted", 13),
            ("paint zoomed", 13),
            ("scroll step", 12),
            ("hover", 8),
        ],
    )
    window.views.show_overview()
    heatmap = window.overview_view.heatmap
    for count in sizes:
        articles, _ = make_corpus(count)
        t = time.perf_counter()
        overview(articles)
        baseline = time.perf_counter() - t

        meter = StallMeter()
        meter.start()
        t = time.perf_counter()
        window.model.add([Entry(pasted_key(a), None, a) for a in articles])
        controller = window.overview
        spin_until(lambda c=controller: c.state == READY and not c.pending)
        QCoreApplication.processEvents()
        shown = time.perf_counter() - t
        # the paragraph links of the copies, still in the background
        spin_until(lambda: not window.runner.active())
        longest = meter.stop()

        viewport = heatmap.viewport()
        heatmap.fit()
        fitted = paint_time(viewport)
        heatmap.zoom_by(18)
        zoomed = paint_time(viewport)
        bar = heatmap.verticalScrollBar()
        t = time.perf_counter()
        for _ in range(20):
            bar.setValue(bar.value() + bar.singleStep())
            viewport.repaint()
        scroll = (time.perf_counter() - t) / 20
        t = time.perf_counter()
        for k in range(20):
            heatmap._set_hovered(heatmap.grid().cell_at(100 + k * 7, 100 + k * 5))
            viewport.repaint()
        hover = (time.perf_counter() - t) / 20
        table.row(
            count,
            ms(baseline),
            ms(shown),
            stall(longest),
            ms(fitted),
            ms(zoomed),
            ms(scroll),
            ms(hover),
        )
        window.remove(window.model.keys())
        spin_until(lambda c=controller: not (c.pending or window.runner.active()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000")
    args = parser.parse_args()
    with bench_window(1400, 900) as window:
        bench(window, [int(x) for x in args.sizes.split(",") if x])
    return 0


if __name__ == "__main__":
    sys.exit(main())
