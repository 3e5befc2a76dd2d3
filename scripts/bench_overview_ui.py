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
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from bench_ui import StallMeter, ms  # noqa: E402
from synthetic_corpus import make_corpus  # noqa: E402


def paint_time(widget, repeat: int = 10) -> float:
    t = time.perf_counter()
    for _ in range(repeat):
        widget.repaint()
    return (time.perf_counter() - t) / repeat


def bench(window, sizes: list[int]) -> None:
    from PySide6.QtCore import QCoreApplication

    from newsreader.core.corpus import overview
    from newsreader.ui.entries import Entry, pasted_key
    from newsreader.ui.overview_controller import READY

    print("\nOverview in the app (the stall is the longest time the window could not respond)")
    print(
        f"{'articles':>8} {'baseline: GUI-thread overview':>30} {'app: map shown':>15} "
        f"{'app: longest stall':>19} {'paint fitted':>13} {'paint zoomed':>13} "
        f"{'scroll step':>12} {'hover':>8}"
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
        while not (controller.state == READY and not controller.pending):
            QCoreApplication.processEvents()
            time.sleep(0.001)
        QCoreApplication.processEvents()
        shown = time.perf_counter() - t
        while window.runner.active():  # the paragraph links of the copies, still background
            QCoreApplication.processEvents()
            time.sleep(0.001)
        stall = meter.stop()

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
        print(
            f"{count:>8} {ms(baseline):>30} {ms(shown):>15} {stall:>16.0f} ms "
            f"{ms(fitted):>13} {ms(zoomed):>13} {ms(scroll):>12} {ms(hover):>8}",
            flush=True,
        )
        window.remove(window.model.keys())
        while controller.pending or window.runner.active():
            QCoreApplication.processEvents()
            time.sleep(0.001)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["NEWSREADER_HOME"] = tempfile.mkdtemp(prefix="newsreader-bench-")
    sys.path.insert(0, str(ROOT))
    from newsreader.ui.app import application, create_window
    from newsreader.ui.paths import app_dirs

    application()
    window = create_window(app_dirs())
    window.resize(1400, 900)
    window.show()
    bench(window, [int(x) for x in args.sizes.split(",") if x])
    window.runner.shutdown(5000)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
