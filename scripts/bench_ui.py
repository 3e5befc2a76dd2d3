#!/usr/bin/env python3
"""UI speed: showing big article pairs, scrolling them in sync, and loading many files.

    .venv/bin/python scripts/bench_ui.py [--sizes 50,500,5000] [--files 500,1000]

Prints two tables. Each row has a baseline measured in the same run on the same machine:

* showing a pair: a plain ``QTextDocument.setHtml`` of the same paragraphs (no highlights, no
  geometry) against the pane's full work (generated HTML, block map, layout, marks, anchors);
  then one synchronized scroll step and one gutter paint.
* loading: ``load_many`` called on the GUI thread (the window would be frozen for all of it)
  against the app's background loading, where the figure that matters is the longest stall of
  the event loop (the issue's limit is 200 ms).

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
TEXT = (
    "the talks on the dam resumed on thursday while farmers waited for water and officials "
    "from both capitals traded statements about the reservoir and the summer flow"
)
WORDS = TEXT.split(" ")


class StallMeter:
    """The longest gap between ticks of a 5 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.longest = 0
        self._timer = QElapsedTimer()
        self._ticks = QTimer()
        self._ticks.setInterval(5)
        self._ticks.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.longest = max(self.longest, self._timer.restart())

    def start(self) -> None:
        self._timer.start()
        self._ticks.start()

    def stop(self) -> int:
        self._ticks.stop()
        return self.longest


def paragraph(n: int, variant: int) -> str:
    words = [WORDS[(n * 7 + k * 3 + variant) % len(WORDS)] for k in range(45)]
    return f"Paragraph {n}: " + " ".join(words).capitalize() + "."


def make_articles(count: int):
    from newsreader.core.article import Article, Paragraph

    out = []
    for variant in (0, 1):
        texts = [paragraph(n, variant * (n % 3 == 0)) for n in range(count)]
        text = "\n\n".join(texts)
        paragraphs, pos = [], 0
        for i, t in enumerate(texts):
            start = text.index(t, pos)
            paragraphs.append(Paragraph.make(i, t, (start, start + len(t))))
            pos = start + len(t)
        out.append(Article(f"bench{variant}", None, "txt", "utf-8", text, paragraphs=paragraphs))
    return out


def identity_alignment(left, right):
    from newsreader.core.align import Alignment, Link, word_diff

    links = []
    for i, (a, b) in enumerate(zip(left.paragraphs, right.paragraphs, strict=True)):
        same = a.text == b.text
        links.append(
            Link(
                i,
                i,
                100.0 if same else 85.0,
                "identical" if same else "edited",
                ops=() if same else word_diff(a.text, b.text),
            )
        )
    return Alignment(len(left.paragraphs), len(right.paragraphs), links, 90.0)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def bench_pairs(window, sizes: list[int]) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextDocument

    from newsreader.ui.entries import Entry

    print("\nShowing a pair (ms; lower is better)")
    print(
        f"{'paragraphs/side':>16} {'baseline setHtml':>17} {'+full layout':>13} "
        f"{'show pair':>10} {'+alignment':>11} {'longest stall':>14} {'sync step':>10} "
        f"{'gutter paint':>13}"
    )
    for count in sizes:
        left, right = make_articles(count)
        baseline_html = "".join(f"<p>{p.text}</p>" for p in left.paragraphs)
        t = time.perf_counter()
        document = QTextDocument()
        document.setHtml(baseline_html)
        baseline = time.perf_counter() - t
        document.setTextWidth(600)
        t = time.perf_counter()
        document.size()  # forces the whole layout
        layout = time.perf_counter() - t

        entries = [Entry(f"bench:{count}:{k}", None, a) for k, a in enumerate((left, right))]
        window.model.add(entries)
        compare = window.compare
        meter = StallMeter()
        meter.start()
        t = time.perf_counter()
        compare.set_pair(*entries)
        shown = time.perf_counter() - t
        QCoreApplication.processEvents()
        alignment = identity_alignment(left, right)
        t = time.perf_counter()
        compare.set_alignment(alignment)
        aligned = time.perf_counter() - t
        last = compare.left_pane.paragraph_count() - 1
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (
            compare.left_pane.is_pending(last) or compare.right_pane.is_pending(last)
        ):
            QCoreApplication.processEvents()
            time.sleep(0.001)
        stall = meter.stop()
        bar = compare.left_pane.verticalScrollBar()
        steps = 200
        t = time.perf_counter()
        for k in range(steps):
            bar.setValue(int(bar.maximum() * k / steps))
        sync = (time.perf_counter() - t) / steps
        t = time.perf_counter()
        for _ in range(20):
            compare.gutter.grab()
        paint = (time.perf_counter() - t) / 20
        print(
            f"{count:>16} {ms(baseline):>17} {ms(layout):>13} {ms(shown):>10} {ms(aligned):>11} "
            f"{stall:>11.0f} ms {ms(sync):>10} {ms(paint):>13}",
            flush=True,
        )
        window.remove([e.key for e in entries])
        compare.set_pair(None, None)


def bench_loading(window, counts: list[int]) -> None:
    from PySide6.QtCore import QCoreApplication

    from newsreader.core.ingest import load_many

    print("\nLoading small files (ms; the stall is the longest time the window could not respond)")
    print(
        f"{'files':>6} {'baseline: GUI-thread load_many':>31} {'app: total':>11} {'app: longest stall':>19}"
    )
    for count in counts:
        folder = Path(tempfile.mkdtemp(prefix="nr-bench-"))
        for n in range(count):
            body = "\n\n".join(paragraph(n * 13 + k, 0) for k in range(12))
            (folder / f"a{n:04}.txt").write_text(f"Report {n}\n\n{body}", encoding="utf-8")
        files = sorted(folder.iterdir())
        t = time.perf_counter()
        load_many(files)
        baseline = time.perf_counter() - t

        meter = StallMeter()
        done: list[object] = []
        window.loader.loaded.connect(done.append)
        meter.start()
        t = time.perf_counter()
        window.open_paths([folder], remember=False)
        while not done or window.runner.active():
            QCoreApplication.processEvents()
            time.sleep(0.001)
        total = time.perf_counter() - t
        stall = meter.stop()
        window.loader.loaded.disconnect(done.append)
        print(f"{count:>6} {ms(baseline):>31} {ms(total):>11} {stall:>16.0f} ms", flush=True)
        window.remove(window.model.keys())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,500,5000")
    parser.add_argument("--files", default="500,1000")
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
    bench_pairs(window, [int(x) for x in args.sizes.split(",") if x])
    bench_loading(window, [int(x) for x in args.files.split(",") if x])
    window.runner.shutdown(5000)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
