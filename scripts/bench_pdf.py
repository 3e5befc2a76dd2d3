#!/usr/bin/env python3
"""PDF reading speed: newsreader's PDF path against pdfminer.six's own plain text extraction.

Usage: .venv/bin/python scripts/bench_pdf.py

PDFs of 1, 10 and 50 two-column pages with running headers and page numbers are generated (by
the tests' PDF writer, invented text). "newsreader" is ``load_bytes`` end to end: extraction in the
worker process, columns and paragraphs, cleaning, metadata. The baseline, in the same run, is
``pdfminer.high_level.extract_text`` in this process (layout analysis, no paragraphs, no article).
The ratio is what the article-building costs on top; it is comparable across machines.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.core.ingest import load_bytes, worker  # noqa: E402
from tests.helpers.pdf import Page, Text, column, make_pdf  # noqa: E402

WORDS = [
    "river",
    "quota",
    "delegation",
    "minister",
    "border",
    "station",
    "monitoring",
    "season",
    "agreement",
    "draft",
    "talks",
    "officials",
    "spokesman",
    "capital",
    "water",
    "basin",
    "treaty",
    "observers",
    "committee",
    "timetable",
]


def sentence(n: int) -> str:
    """An invented sentence of its own for paragraph ``n`` (no two paragraphs alike)."""
    pick = random.Random(n)
    words = [pick.choice(WORDS) for _ in range(28)]
    return f"Report {n}: the " + " ".join(words) + " were discussed at length."


def document(pages: int) -> bytes:
    out = []
    for p in range(pages):
        left, _ = column([sentence(p * 10 + k) for k in range(5)], x=50, top=760, chars=45)
        right, _ = column([sentence(p * 10 + k) for k in range(5, 10)], x=310, top=760, chars=45)
        header = Text(50, 805, "THE LAKESIDE COURIER | Tuesday 3 June 2025", 8)
        out.append(Page([header, *left, *right, Text(290, 30, f"Page {p + 1} of {pages}", 8)]))
    return make_pdf(out)


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    from io import BytesIO

    from pdfminer.high_level import extract_text

    load_bytes(document(1), name="warm.pdf")  # start the worker and import pdfminer there
    rows = []
    for pages in (1, 10, 50):
        data = document(pages)
        ours = best_of(3, lambda data=data: load_bytes(data, name="bench.pdf"))
        base = best_of(3, lambda data=data: extract_text(BytesIO(data)))
        article = load_bytes(data, name="bench.pdf")
        rows.append((pages, ours, base, len(article.paragraphs), len(article.removed)))
    worker.shutdown()
    print(
        f"{'pages':>5}  {'newsreader':>10}  {'pdfminer text':>13}  {'ratio':>5}  paragraphs  removed"
    )
    for pages, ours, base, paragraphs, removed in rows:
        print(
            f"{pages:>5}  {ours * 1000:>8.0f}ms  {base * 1000:>11.0f}ms  {ours / base:>5.2f}"
            f"  {paragraphs:>10}  {removed:>7}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
