#!/usr/bin/env python3
"""Huge single-line articles: alignment time and memory, and the window's longest stall.

    .venv/bin/python scripts/bench_huge.py [--mb 5] [--quick]

BAD_INPUTS 8 and issue 13 (point 8): one 5 MB single-line file against another. Every row runs
in a child process of its own (so its peak memory is its own) and has its baseline in the same run:

* alignment, end to end (``align`` of the loaded articles): the engine as it is against the
  engine with its bounds switched off (no product budget, one chunk for the paragraph cosines),
  which is how it worked before; for two different texts and for one sentence repeated over and
  over (every sentence shares every term with every other: the full product is quadratic, so the
  unbounded baseline runs on a fifth of the size);
* the window: open the pair, show it, align it, until both panes are filled; the longest stall of
  the event loop (a 5 ms timer's longest gap) as the app runs now (panes filled in steps, the
  collector's thresholds of ``run_app``) against ``setHtml`` at once with Python's default
  collector settings (before), with the overview switched off (it is measured by ``bench_overview_ui.py``), and once as
  the app runs (overview on).

The machine is shared: compare the columns of one row, not figures across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCE = "All work and no play makes Jack a dull boy. "


def write_inputs(folder: Path, mb: float) -> dict[str, Path]:
    """Two different single-line texts of ``mb`` MB, and a repeated sentence (full and a fifth)."""
    from tests.core.align.synthetic import Lexicon, Writer

    size = int(mb * 1_000_000)
    lexicon = Lexicon.make(seed=0)
    out: dict[str, Path] = {}
    for name, seed in (("left", 1), ("right", 2)):
        writer, parts, total = Writer(lexicon, seed), [], 0
        while total < size:
            parts.append(writer.paragraph())
            total += len(parts[-1]) + 1
        out[name] = folder / f"{name}.txt"
        out[name].write_text(" ".join(parts), encoding="utf-8")
    for name, share in (("repeated", 1.0), ("repeated_small", 0.2)):
        text = SENTENCE * int(size * share / len(SENTENCE))
        out[name] = folder / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
        out[name + "_b"] = folder / f"{name}_b.txt"
        out[name + "_b"].write_text(text + "The end.", encoding="utf-8")
    return out


# --- child processes -------------------------------------------------------------------------


def child_align(left: str, right: str, bounded: bool) -> dict[str, float]:
    from newsreader.core.align import align, candidates, features
    from newsreader.core.ingest import load_path

    if not bounded:
        candidates.MIN_PRODUCTS = 10**18  # no budget: the full sparse product
        features.PAIR_CHUNK_NNZ = 10**18  # the paragraph cosines in one piece
    a, b = load_path(left), load_path(right)
    start = time.perf_counter()
    result = align(a, b)
    return {"seconds": time.perf_counter() - start, "links": len(result.links)}


def child_window(left: str, right: str, stepped: bool, overview: bool) -> dict[str, float]:
    from _bench import StallMeter, bench_window, spin_until

    from newsreader.gc_policy import tune_gc
    from newsreader.ui.compare import pane_fill

    if stepped:
        tune_gc()  # as the app does (run_app)
    else:
        pane_fill.BIG_HTML = 10**18  # setHtml of the whole document at once
    if not overview:
        from newsreader.ui.overview import controller

        real = controller.overview
        controller.overview = lambda articles, **kw: real(articles[:0], **kw)
    with bench_window() as window:
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        window.open_paths([Path(left), Path(right)])
        panes = (window.compare.left_pane, window.compare.right_pane)

        def done() -> bool:
            return (
                window.compare.alignment is not None
                and not window.runner.active()
                and not any(p.filler.filling for p in panes)
            )

        spin_until(done, 1800)
        seconds = time.perf_counter() - start
        return {"seconds": seconds, "stall_ms": meter.stop()}


def run_child(*args: str) -> tuple[dict[str, float], float]:
    """Run this script as a child with ``args``; its JSON answer and its peak memory in MB."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    answer = json.loads(lines[-1])
    return answer, answer.pop("peak_kb") / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of each file (default 5)")
    parser.add_argument("--quick", action="store_true", help="1 MB files")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each window row")
    parser.add_argument("--only", choices=("align", "window"), help="one of the two tables")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "align":
            answer = child_align(rest[0], rest[1], rest[2] == "bounded")
        else:
            sys.path.insert(0, str(ROOT / "scripts"))
            answer = child_window(rest[0], rest[1], rest[2] == "stepped", rest[3] == "on")
        answer["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(answer))
        return

    mb = 1.0 if args.quick else args.mb
    folder = Path(tempfile.mkdtemp(prefix="newsreader-huge-"))
    files = {k: str(v) for k, v in write_inputs(folder, mb).items()}
    load = os.getloadavg()[0]
    print(
        f"{mb:g} MB single-line files in {folder}; load average {load:.1f} on {os.cpu_count()} cores"
    )

    if args.only != "window":
        align_table(files, mb)
    if args.only != "align":
        window_table(files, args.repeat)


def align_table(files: dict[str, str], mb: float) -> None:
    from _bench import Table

    table = Table(
        "Alignment of two loaded articles (each row: bounded engine | unbounded baseline)",
        [("case", 34), ("time", 9), ("peak MB", 8), ("links", 6), ("baseline", 9), ("peak MB", 8)],
    )
    cases = (
        ("different texts", "left", "right", "left", "right"),
        ("one sentence repeated", "repeated", "repeated_b", "repeated_small", "repeated_small_b"),
    )
    for label, a, b, base_a, base_b in cases:
        base, base_peak = run_child("align", files[base_a], files[base_b], "unbounded")
        mine, peak = run_child("align", files[a], files[b], "bounded")
        note = "" if base_a == a else f" (baseline on {mb / 5:g} MB)"
        table.row(
            label + note,
            f"{mine['seconds']:.1f} s",
            f"{peak:.0f}",
            int(mine["links"]),
            f"{base['seconds']:.1f} s",
            f"{base_peak:.0f}",
        )


def window_table(files: dict[str, str], repeat: int) -> None:
    from _bench import Table

    table = Table(
        "The window: open, show and align the pair of different texts until both panes are filled",
        [("overview", 9), ("panes", 24), ("until filled", 13), ("longest stall", 16)],
    )
    for overview in ("off", "on"):
        for stepped in ("at-once", "stepped"):
            if overview == "on" and stepped == "at-once":
                continue
            runs = [
                run_child("window", files["left"], files["right"], stepped, overview)[0]
                for _ in range(repeat)
            ]
            label = "filled in steps" if stepped == "stepped" else "setHtml at once (before)"
            seconds = sorted(r["seconds"] for r in runs)
            stalls = sorted(r["stall_ms"] for r in runs)
            table.row(
                overview,
                label,
                f"{seconds[0]:.1f}–{seconds[-1]:.1f} s",
                f"{stalls[0]:.0f}–{stalls[-1]:.0f} ms",
            )


if __name__ == "__main__":
    main()
