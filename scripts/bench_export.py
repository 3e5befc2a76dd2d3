#!/usr/bin/env python3
"""Export speed: render and write a comparison of two large synthetic articles.

Prints a table of the median time per step, each with a baseline measured in the same run: the
baseline for rendering is escaping and joining the same paragraph texts with ``html.escape`` (the
least any HTML writer must do); for writing, a plain ``Path.write_bytes``.

    .venv/bin/python scripts/bench_export.py [--paragraphs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import html
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsreader.core.align import Alignment, Link, word_diff
from newsreader.core.article import Article, Paragraph, content_id
from newsreader.core.export import render_export, write_atomic

WORDS = [
    "delegation",
    "minister",
    "talks",
    "river",
    "dam",
    "water",
    "farmers",
    "president",
    "office",
    "said",
    "thursday",
    "officials",
    "agreement",
    "border",
    "harbour",
    "commission",
    "electricity",
    "season",
    "flow",
    "reservoir",
    "experts",
    "agenda",
]


def article(texts: list[str], name: str) -> Article:
    body = "\n\n".join(texts)
    paras, pos = [], 0
    for i, t in enumerate(texts):
        paras.append(Paragraph(i, t, (pos, pos + len(t))))
        pos += len(t) + 2
    return Article(content_id(body.encode()), Path(name), "txt", "utf-8", body, paragraphs=paras)


def make_pair(n: int, rng: random.Random) -> tuple[Article, Article, Alignment]:
    left = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 70))) + "." for _ in range(n)]
    right = []
    for text in left:
        words = text.split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        right.append(" ".join(words))
    links = [
        Link(i, i, 85.0, "edited", ops=word_diff(a, b))
        for i, (a, b) in enumerate(zip(left, right, strict=True))
        if i % 4
    ]
    return article(left, "left.txt"), article(right, "right.txt"), Alignment(n, n, links, 80.0)


def timed(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    left, right, alignment = make_pair(args.paragraphs, random.Random(7))

    def baseline_html() -> str:
        parts = [f"<p>{html.escape(p.text)}</p>" for p in left.paragraphs + right.paragraphs]
        return "".join(parts)

    data = render_export("html", left, right, alignment)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        rows = [
            ("html escape+join (baseline)", timed(baseline_html, args.repeat), len(baseline_html())),
            ("render_export html", timed(lambda: render_export("html", left, right, alignment), args.repeat), len(data)),
            ("render_export md", timed(lambda: render_export("md", left, right, alignment), args.repeat), len(render_export("md", left, right, alignment))),
            ("Path.write_bytes (baseline)", timed(lambda: out.write_bytes(data), args.repeat), len(data)),
            ("write_atomic (fsync + rename)", timed(lambda: write_atomic(out, data), args.repeat), len(data)),
        ]  # fmt: skip
    print(
        f"{args.paragraphs} paragraphs per article, {len(alignment.links)} links, median of {args.repeat}"
    )
    print(f"{'step':<32} {'seconds':>8} {'x baseline':>10} {'bytes':>12}")
    base = {"render": rows[0][1], "write": rows[3][1]}
    for i, (name, secs, size) in enumerate(rows):
        ratio = secs / (base["render"] if i < 3 else base["write"])
        print(f"{name:<32} {secs:>8.3f} {ratio:>10.1f} {size:>12,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
