#!/usr/bin/env python3
"""Alignment speed, measured side by side in one run on synthetic text (no real articles).

    scripts/bench_align.py [--repeat N] [--quick]

Rows:
* two 10,000-word articles (the right one an edited copy: words substituted, paragraphs dropped,
  inserted, moved, split) aligned end to end with inline diffs, in-process, caches cleared before
  each run; target under 150 ms;
* the same input through a ``difflib.SequenceMatcher`` all-pairs baseline (every left paragraph
  against every right one on word lists, best match kept, then its opcodes); target: the engine
  at least 10x faster;
* 5,000 paragraphs a side; target: a few seconds;
* cancelling that run from another thread: how long until ``Cancelled`` is raised.
"""

from __future__ import annotations

import argparse
import difflib
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.core.align import Cancelled, align_texts  # noqa: E402
from newsreader.core.align.diff import _key, diff_tokens  # noqa: E402
from newsreader.core.align.links import normalised  # noqa: E402
from tests.core.align.synthetic import Lexicon, Writer, sentences, substitute  # noqa: E402


def edited_pair(words: int, seed: int = 1) -> tuple[list[str], list[str]]:
    """An article of about ``words`` words and an edited copy of it."""
    lex = Lexicon.make(seed=seed)
    writer = Writer(lex, seed)
    left = writer.article(words)
    editor = Writer(lex, seed + 1)
    rng = random.Random(seed)
    right: list[str] = []
    for i, original in enumerate(left):
        para = original
        roll = rng.random()
        if roll < 0.05:
            continue  # dropped
        if roll < 0.10:
            right.append(editor.paragraph())  # inserted
        if roll < 0.55:
            para = substitute(para, rng.choice((0.1, 0.2, 0.35)), editor)
        if i % 25 == 7 and len(sentences(para)) >= 3:
            parts = sentences(para)
            k = len(parts) // 3
            right.extend(
                [" ".join(parts[:k]), " ".join(parts[k : 2 * k]), " ".join(parts[2 * k :])]
            )
            continue
        right.append(para)
    for _ in range(max(1, len(right) // 40)):  # a few paragraphs moved
        i, j = rng.randrange(len(right)), rng.randrange(len(right))
        right.insert(j, right.pop(i))
    return left, right


def _cold() -> None:
    diff_tokens.cache_clear()
    normalised.cache_clear()
    _key.cache_clear()


def time_engine(left: list[str], right: list[str], repeat: int) -> tuple[float, int]:
    times = []
    links = 0
    for _ in range(repeat):
        _cold()
        start = time.perf_counter()
        result = align_texts(left, right)
        times.append(time.perf_counter() - start)
        links = len(result.links)
    return statistics.median(times), links


def difflib_baseline(left: list[str], right: list[str]) -> tuple[float, int]:
    """All pairs with SequenceMatcher on word lists; best match per left paragraph; its opcodes."""
    start = time.perf_counter()
    lw = [p.lower().split() for p in left]
    rw = [p.lower().split() for p in right]
    links = 0
    for a in lw:
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(a)
        best, best_j = 0.0, -1
        for j, b in enumerate(rw):
            matcher.set_seq1(b)
            ratio = matcher.ratio()
            if ratio > best:
                best, best_j = ratio, j
        if best_j >= 0 and best >= 0.5:
            difflib.SequenceMatcher(None, a, rw[best_j], autojunk=False).get_opcodes()
            links += 1
    return time.perf_counter() - start, links


def big_pair(paragraphs: int) -> tuple[list[str], list[str]]:
    lex = Lexicon.make(seed=3)
    writer = Writer(lex, 3)
    left = [writer.paragraph() for _ in range(paragraphs)]
    editor = Writer(lex, 4)
    right = [substitute(p, 0.2, editor) if i % 3 else p for i, p in enumerate(left)]
    rng = random.Random(3)
    for _ in range(paragraphs // 100):
        i, j = rng.randrange(len(right)), rng.randrange(len(right))
        right.insert(j, right.pop(i))
    return left, right


def cancel_latency(left: list[str], right: list[str], after: float) -> tuple[float, bool]:
    """Start aligning in a thread, ask it to stop after ``after`` s; seconds from ask to stop."""
    stop = threading.Event()
    done: dict[str, float | bool] = {}

    def work() -> None:
        try:
            align_texts(left, right, cancelled=stop.is_set)
            done["cancelled"] = False
        except Cancelled:
            done["cancelled"] = True
        done["at"] = time.perf_counter()

    thread = threading.Thread(target=work)
    thread.start()
    time.sleep(after)
    asked = time.perf_counter()
    stop.set()
    thread.join()
    return float(done["at"]) - asked, bool(done["cancelled"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of the engine (median)")
    parser.add_argument("--quick", action="store_true", help="1,000 paragraphs instead of 5,000")
    args = parser.parse_args(argv)

    left, right = edited_pair(10_000)
    words = (sum(len(p.split()) for p in left), sum(len(p.split()) for p in right))
    engine_s, engine_links = time_engine(left, right, args.repeat)
    base_s, base_links = difflib_baseline(left, right)
    n_big = 1000 if args.quick else 5000
    big_left, big_right = big_pair(n_big)
    _cold()
    start = time.perf_counter()
    big = align_texts(big_left, big_right)
    big_s = time.perf_counter() - start
    latency, was_cancelled = cancel_latency(big_left, big_right, after=min(1.0, big_s / 3))

    rows = [
        ("case", "time", "links", "target", "ok"),
        (
            f"engine, {words[0]:,} + {words[1]:,} words ({len(left)}/{len(right)} paragraphs)",
            f"{engine_s * 1000:.0f} ms",
            str(engine_links),
            "< 150 ms",
            "yes" if engine_s < 0.150 else "NO",
        ),
        (
            "difflib.SequenceMatcher all pairs, same input",
            f"{base_s * 1000:.0f} ms",
            str(base_links),
            "",
            "",
        ),
        (
            "speed-up over difflib",
            f"{base_s / engine_s:.0f}x",
            "",
            ">= 10x",
            "yes" if base_s / engine_s >= 10 else "NO",
        ),
        (
            f"engine, {n_big:,} paragraphs a side ({sum(len(p.split()) for p in big_left):,} words)",
            f"{big_s:.2f} s",
            str(len(big.links)),
            "a few s",
            "yes" if big_s < 10 else "NO",
        ),
        (
            "cancel that run: ask -> Cancelled raised",
            f"{latency * 1000:.0f} ms",
            "",
            "cancelled",
            "yes" if was_cancelled else "NO",
        ),
    ]
    widths = [max(len(r[k]) for r in rows) for k in range(5)]
    for n, row in enumerate(rows):
        print(
            "  ".join(
                cell.ljust(w) if k == 0 else cell.rjust(w)
                for k, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
