#!/usr/bin/env python3
"""Benchmark ``newsreader.core.corpus.overview`` against whole-article ``rapidfuzz.process.cdist``.

    .venv/bin/python scripts/bench_overview.py [--sizes 1000 5000] [--baseline-sample 300]

Each size runs in a fresh process (so its peak memory is its own) on a synthetic corpus made by
``scripts/synthetic_corpus.py``: ~700-word articles in stories, with planted verbatim copies, rewrites
and machine-translation-like copies. The baseline scores every pair with ``fuzz.ratio`` over the whole
article texts (``process.cdist``, all cores); above the sample size it is timed on a sample and
extrapolated by the number of pairs, which the table says. Targets: 1,000 articles < 2 s,
5,000 < 10 s, >= 10x faster than the baseline, peak memory < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

TARGET_SECONDS = {1000: 2.0, 5000: 10.0}


def _one(n: int, sample: int) -> dict[str, float | int | str]:
    from rapidfuzz import fuzz, process
    from synthetic_corpus import make_corpus

    from newsreader.core.corpus import overview

    articles, planted = make_corpus(n)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    result = overview(articles)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    texts = ["\n\n".join(p.text for p in a.paragraphs) for a in articles]
    m = min(n, sample)
    t0 = time.perf_counter()
    process.cdist(texts[:m], texts[:m], scorer=fuzz.ratio, workers=-1, dtype="uint8")
    base = time.perf_counter() - t0
    baseline = base * (n / m) ** 2

    truth = {frozenset((p.source, p.copy)): p for p in planted}
    direct = [d for d in result.derived if d.direct]
    found = {frozenset((d.source, d.copy)): d for d in direct}
    kinds: dict[str, list[int]] = {}
    for key, p in truth.items():
        hit = key in found
        kinds.setdefault(p.kind, [0, 0])
        kinds[p.kind][0] += hit
        kinds[p.kind][1] += 1
    decided = [d for key, d in found.items() if key in truth and d.reason != "undetermined"]
    right_way = sum(1 for d in decided if d.source == truth[frozenset((d.source, d.copy))].source)
    reasons: dict[str, int] = {}
    for d in found.values():
        reasons[d.reason] = reasons.get(d.reason, 0) + 1
    hits = sum(1 for key in found if key in truth)
    return {
        "n": n,
        "seconds": seconds,
        "baseline": baseline,
        "baseline_note": "measured" if m == n else f"extrapolated from {m} articles",
        "peak_mb": peak_kb / 1024,
        "before_mb": rss_before / 1024,
        "planted": len(truth),
        "recall": hits / max(1, len(truth)),
        "precision": hits / max(1, len(found)),
        "direction": f"{right_way}/{len(decided)}",
        "reasons": json.dumps(reasons),
        "by_kind": json.dumps({k: f"{a}/{b}" for k, (a, b) in sorted(kinds.items())}),
        "clusters": len(result.clusters),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--baseline-sample", type=int, default=200)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one(args.one, args.baseline_sample)))
        return 0
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(n),
                "--baseline-sample",
                str(args.baseline_sample),
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"cores: {os.cpu_count()}; overview times include sketching, all pairs and refinement")
    print(
        "| articles | overview s | target s | cdist baseline s | speed-up | peak RSS MB "
        "| planted copies | found | precision | direction right (when decided) | decided by |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    ok = True
    for r in rows:
        target = TARGET_SECONDS.get(r["n"])
        speedup = r["baseline"] / r["seconds"]
        ok &= (target is None or r["seconds"] < target) and speedup >= 10 and r["peak_mb"] < 1024
        print(
            f"| {r['n']:,} | {r['seconds']:.2f} | {target if target else '-'} "
            f"| {r['baseline']:.1f} ({r['baseline_note']}) | {speedup:.0f}x | {r['peak_mb']:.0f} "
            f"| {r['planted']} | {r['recall']:.0%} {r['by_kind']} | {r['precision']:.0%} "
            f"| {r['direction']} | {r['reasons']} |"
        )
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
