#!/usr/bin/env python3
"""UI speed: showing big article pairs, scrolling them in sync, and loading many files.

    .venv/bin/python scripts/bench_ui.py [--sizes 50,500,5000] [--files 500,1000]
    .venv/bin/python scripts/bench_ui.py --startup [--runs 7]

Prints two tables. Each row has a baseline measured in the same run on the same machine:

* showing a pair: a plain ``QTextDocument.setHtml`` of the same paragraphs (no highlights, no
  geometry) against the pane's full work (generated HTML, block map, layout, marks, anchors);
  then one synchronized scroll step and one gutter paint.
* loading: ``load_many`` called on the GUI thread (the window would be frozen for all of it)
  against the app's background loading, where the figure that matters is the longest stall of
  the event loop (the issue's limit is 200 ms).

``--startup`` prints a third: start-up from a new process, each figure the median of ``--runs``
runs, against baselines started the same way in the same run: ``newsreader --version`` against a
bare ``python -c pass``, and the time until the app's window is first painted (empty, and with
``--demo``, whose loading continues in the background) against a minimal PySide6 window (a
QMainWindow with a label). The limits of issue 14 are printed beside them: ``--version`` within 3×
the bare interpreter, the window painted within 0.6 s.

Runs offscreen with settings in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import StallMeter, Table, bench_window, ms, spin_until, stall

TEXT = (
    "the talks on the dam resumed on thursday while farmers waited for water and officials "
    "from both capitals traded statements about the reservoir and the summer flow"
)
WORDS = TEXT.split(" ")


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


def bench_pairs(window, sizes: list[int]) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextDocument

    from newsreader.ui.library.entries import Entry

    table = Table(
        "Showing a pair (ms; lower is better)",
        [
            ("paragraphs/side", 16),
            ("baseline setHtml", 17),
            ("+full layout", 13),
            ("show pair", 10),
            ("+alignment", 11),
            ("longest stall", 14),
            ("sync step", 10),
            ("gutter paint", 13),
        ],
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
        panes = (compare.left_pane, compare.right_pane)
        spin_until(lambda p=panes, n=last: not any(pane.is_pending(n) for pane in p), timeout=30)
        longest = meter.stop()
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
        table.row(
            count,
            ms(baseline),
            ms(layout),
            ms(shown),
            ms(aligned),
            stall(longest),
            ms(sync),
            ms(paint),
        )
        window.remove([e.key for e in entries])
        compare.set_pair(None, None)


def bench_loading(window, counts: list[int]) -> None:
    from newsreader.core.ingest import load_many

    table = Table(
        "Loading small files (ms; the stall is the longest time the window could not respond)",
        [
            ("files", 6),
            ("baseline: GUI-thread load_many", 31),
            ("app: total", 11),
            ("app: longest stall", 19),
        ],
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
        spin_until(lambda d=done: bool(d) and not window.runner.active())
        total = time.perf_counter() - t
        longest = meter.stop()
        window.loader.loaded.disconnect(done.append)
        table.row(count, ms(baseline), ms(total), stall(longest))
        window.remove(window.model.keys())


MINIMAL_WINDOW = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Probe(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            self.painted = time.time()
            QTimer.singleShot(0, self.finish)
        return False
    def finish(self):
        Path(os.environ["NEWSREADER_STARTUP_PROBE"]).write_text(f"{self.painted:.6f}")
        QCoreApplication.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("A minimal window"))
window.resize(1200, 800)
probe = Probe()
for widget in (window, window.centralWidget()):
    widget.installEventFilter(probe)
window.show()
app.exec()
"""


def timed_run(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it exits."""
    t = time.time()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.time() - t


def painted_run(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until its window's first paint begins (it writes the
    time; the widgets of a window are painted together, within a few milliseconds)."""
    stamp = Path(tempfile.mkdtemp(prefix="nr-paint-")) / "painted"
    env = {**env, "NEWSREADER_STARTUP_PROBE": str(stamp)}
    t = time.time()
    subprocess.run(command, env=env, check=True, timeout=120, stdout=subprocess.DEVNULL)
    return float(stamp.read_text(encoding="utf-8")) - t


def bench_startup(runs: int) -> None:
    python = sys.executable
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "NEWSREADER_HOME": tempfile.mkdtemp(prefix="newsreader-bench-"),
    }
    cases = [
        ("python -c pass", "", lambda: timed_run([python, "-c", "pass"], env)),
        (
            "newsreader --version",
            "≤ 3× bare",
            lambda: timed_run([python, "-m", "newsreader", "--version"], env),
        ),
        ("minimal PySide6 window", "", lambda: painted_run([python, "-c", MINIMAL_WINDOW], env)),
        ("newsreader window", "≤ 0.6 s", lambda: painted_run([python, "-m", "newsreader"], env)),
        (
            "newsreader --demo window",
            "≤ 0.6 s",
            lambda: painted_run([python, "-m", "newsreader", "--demo"], env),
        ),
    ]
    table = Table(
        f"Start-up, median of {runs} runs (s; each process started afresh)",
        [("case", 26), ("median", 8), ("min", 8), ("× baseline", 11), ("limit", 10)],
    )
    results: dict[str, float] = {}
    for name, limit, run in cases:
        run()  # warm the file cache
        times = [run() for _ in range(runs)]
        median = statistics.median(times)
        results[name] = median
        baseline = (
            results.get("python -c pass")
            if "version" in name
            else results.get("minimal PySide6 window")
            if "newsreader" in name
            else None
        )
        ratio = f"{median / baseline:.1f}×" if baseline else ""
        table.row(name, f"{median:.3f}", f"{min(times):.3f}", ratio, limit)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,500,5000")
    parser.add_argument("--files", default="500,1000")
    parser.add_argument("--startup", action="store_true", help="time start-up only")
    parser.add_argument("--runs", type=int, default=7, help="runs per start-up case")
    args = parser.parse_args()
    if args.startup:
        bench_startup(args.runs)
        return 0
    with bench_window(1400, 900) as window:
        bench_pairs(window, [int(x) for x in args.sizes.split(",") if x])
        bench_loading(window, [int(x) for x in args.files.split(",") if x])
    return 0


if __name__ == "__main__":
    sys.exit(main())
