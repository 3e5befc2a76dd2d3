#!/usr/bin/env python3
"""Loading speed: many small files per format, and one 5 MB single-line file.

Usage: .venv/bin/python scripts/bench_ingest.py [N]   (N files per format, default 500)

The baseline, measured in the same run, is reading and UTF-8-decoding the same files without
parsing: the table shows how many times slower real loading is, which is comparable across
machines. Files are made from the bundled samples, each with one unique line so that none is a
duplicate of another.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.core.ingest import load_many, load_path, worker  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"


def make_files(folder: Path, n: int) -> dict[str, list[Path]]:
    templates = {
        "txt": (SAMPLES / "meridian-herald.txt").read_text(encoding="utf-8"),
        "md": (SAMPLES / "coastline-daily.md").read_text(encoding="utf-8"),
        "html": (SAMPLES / "harbour-times.html").read_text(encoding="utf-8"),
    }
    files: dict[str, list[Path]] = {}
    for fmt, template in templates.items():
        files[fmt] = []
        for i in range(n):
            unique = f"Reader note number {i} was added to this copy of the article."
            if fmt == "html":
                text = template.replace("</article>", f"<p>{unique}</p></article>")
            else:
                text = template.replace("\n\n", f"\n\n{unique}\n\n", 1)
            path = folder / f"{fmt}-{i:04}.{fmt}"
            path.write_text(text, encoding="utf-8")
            files[fmt].append(path)
    return files


def baseline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        path.read_bytes().decode("utf-8")
    return time.perf_counter() - start


def timed_load(paths: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    report = load_many(paths)
    elapsed = time.perf_counter() - start
    assert not report.failures, report.failures[:3]
    return elapsed, len(report.articles)


def one_line_file(folder: Path) -> Path:
    rng = random.Random(1)
    vocab = [f"word{i}" for i in range(3000)]
    parts: list[str] = []
    size = 0
    while size < 5 * 1024 * 1024:
        sentence = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 30))).capitalize()
        parts.append(sentence + ". ")
        size += len(sentence) + 2
    path = folder / "one-line.txt"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = make_files(folder, n)
        worker.run_task("md", ("# warm up", False), timeout=60)  # start the worker once
        starts = worker.worker_starts()
        rows: list[tuple[str, float, float, str]] = []
        for fmt in ("txt", "md", "html"):
            base = baseline(files[fmt])
            elapsed, count = timed_load(files[fmt])
            rows.append(
                (
                    f"load_many {n} .{fmt}",
                    elapsed,
                    base,
                    f"{count} articles, {elapsed / n * 1000:.1f} ms/file",
                )
            )
        big = one_line_file(folder)
        base = baseline([big])
        start = time.perf_counter()
        article = load_path(big)
        elapsed = time.perf_counter() - start
        rows.append(("5 MB on one line", elapsed, base, f"{len(article.paragraphs)} paragraphs"))
        extra_starts = worker.worker_starts() - starts

    print(f"{'case':<24} {'seconds':>8} {'baseline s':>11} {'ratio':>8}  note")
    for name, elapsed, base, note in rows:
        ratio = elapsed / base if base > 0 else float("inf")
        print(f"{name:<24} {elapsed:8.2f} {base:11.4f} {ratio:8.0f}x  {note}")
    print(f"worker processes started during the run: {extra_starts} (reused across files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
