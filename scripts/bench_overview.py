#!/usr/bin/env python3
"""Benchmark ``newsreader.core.corpus.overview`` against a datasketch MinHash-LSH peer, same corpora.

    .venv/bin/python scripts/bench_overview.py [--cases g1000 w3000 g5000 g20000]

Needs the bench extra (``pip install -e .[bench]``: datasketch). Each case runs twice in fresh
processes (the overview, then the peer), so each peak memory is its own, both with the cycle
collector's thresholds the app and the commands set (``newsreader.gc_policy``). Corpora come from
``scripts/synthetic_corpus.py``: ``gN`` — N ~700-word articles in stories of about six, with planted
verbatim copies, rewrites (a third of the content words replaced) and machine-translation-like copies;
``wN`` — wire-shaped: 12 stories, each an agency original syndicated many times (lightly edited copies,
copies of copies, a few rewrites) among independent reports.

The peer is what a user of datasketch would write: MinHash (64 permutations) of each article's word
3-grams, ``MinHashLSH(threshold=0.5)``, a query per article; its candidate pairs are its copies.
A planted copy counts as found by the overview when the overview relates the two (a copy relation,
direct or through a third article) or puts them in one copy family; how many family members hang
under their planted parent is shown too. A reported pair counts as false when the two are not of one
planted family.

Targets: at 3,000 wire-shaped articles within 2x the peer's time; 20,000 articles in under 60 s and
2 GB; the planted rewrites found (the peer finds few of them: they share few 3-grams).
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

WIRE_RATIO = 2.0  # the overview may take this many times the peer's time on wire-shaped corpora
BIG_SECONDS, BIG_MB = 60.0, 2048.0  # 20,000 articles


def _corpus(case: str):
    from synthetic_corpus import make_corpus, make_wire_corpus

    n = int(case[1:])
    return make_wire_corpus(n) if case[0] == "w" else make_corpus(n)


def _found(planted, related: set[frozenset[int]], family: dict[int, int]) -> list[bool]:
    """A planted copy is found when the two are related (directly or through a third article) or
    are in one copy family (the family lists the source, its copies and copies of copies)."""
    return [
        frozenset((p.source, p.copy)) in related
        or family.get(p.source, -1) == family.get(p.copy, -2)
        for p in planted
    ]


def _overview(case: str) -> dict[str, object]:
    from newsreader.core.corpus import overview

    articles, planted = _corpus(case)
    t0 = time.perf_counter()
    result = overview(articles)
    seconds = time.perf_counter() - t0
    related = {frozenset((d.source, d.copy)) for d in result.derived}
    family = {
        i: k
        for k, f in enumerate(result.families)
        for i in (f.source, *(m.index for m in f.members))
    }
    hits = _found(planted, related, family)
    truth = {frozenset((p.source, p.copy)) for p in planted}
    planted_family = {}
    for p in planted:  # the planted families: every copy under its original
        planted_family[p.copy] = planted_family.get(p.source, p.source)
    direct = [d for d in result.derived if d.direct]
    false = sum(
        1
        for d in direct
        if frozenset((d.source, d.copy)) not in truth
        and planted_family.get(d.source, d.source) != planted_family.get(d.copy, d.copy)
    )
    parent_right = sum(
        1 for f in result.families for m in f.members if frozenset((m.parent, m.index)) in truth
    )
    return _row(case, seconds, planted, hits) | {
        "false": false,
        "families": len(result.families),
        "direct": len(direct),
        "parent_right": parent_right,
    }


def _peer(case: str) -> dict[str, object]:
    from datasketch import MinHash, MinHashLSH

    from newsreader.core.text import folded_words

    articles, planted = _corpus(case)
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=64)
    hashes = []
    for i, article in enumerate(articles):
        words = [w for p in article.paragraphs for w in folded_words(p.text)]
        grams = {" ".join(words[k : k + 3]).encode() for k in range(max(1, len(words) - 2))}
        m = MinHash(num_perm=64)
        m.update_batch(list(grams))
        lsh.insert(i, m)
        hashes.append(m)
    pairs = {frozenset((i, j)) for i, m in enumerate(hashes) for j in lsh.query(m) if j != i}
    seconds = time.perf_counter() - t0
    hits = [frozenset((p.source, p.copy)) in pairs for p in planted]
    planted_family: dict[int, int] = {}
    for p in planted:
        planted_family[p.copy] = planted_family.get(p.source, p.source)
    false = sum(
        1 for a, b in map(tuple, pairs) if planted_family.get(a, a) != planted_family.get(b, b)
    )
    return _row(case, seconds, planted, hits) | {"false": false, "direct": len(pairs)}


def _row(case: str, seconds: float, planted, hits: list[bool]) -> dict[str, object]:
    kinds: dict[str, list[int]] = {}
    for p, hit in zip(planted, hits, strict=True):
        k = kinds.setdefault(p.kind, [0, 0])
        k[0] += hit
        k[1] += 1
    return {
        "case": case,
        "seconds": seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "planted": len(planted),
        "found": sum(hits),
        "by_kind": {k: f"{a}/{b}" for k, (a, b) in sorted(kinds.items())},
    }


def _run(case: str, system: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", case, "--system", system],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", default=["g1000", "w3000", "g5000", "g20000"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--system", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        from newsreader.gc_policy import tune_gc

        tune_gc()  # both systems under the collector thresholds the app and the commands use
        run = _overview if args.system == "overview" else _peer
        print(json.dumps(run(args.one)))
        return 0
    print(f"cores: {os.cpu_count()}; times include sketching or shingling the article texts")
    print(
        "| corpus | system | seconds | peak RSS MB | planted copies found | by kind | "
        "copy pairs reported (outside planted families) | families (parent right) |"
    )
    print("|---|---|---:|---:|---:|---|---:|---:|")
    ok = True
    for case in args.cases:
        mine, peer = _run(case, "overview"), _run(case, "peer")
        label = ("wire-shaped " if case[0] == "w" else "") + f"{int(case[1:]):,}"
        for name, r in (("overview", mine), ("MinHash LSH", peer)):
            print(
                f"| {label} | {name} | {r['seconds']:.1f} | {r['peak_mb']:.0f} "
                f"| {r['found']}/{r['planted']} | {json.dumps(r['by_kind'])} "
                f"| {r['direct']} ({r['false']}) "
                f"| {r.get('families', '-')} ({r.get('parent_right', '-')}) |"
            )
        ratio = float(mine["seconds"]) / max(1e-9, float(peer["seconds"]))
        print(f"|  | time ratio | {ratio:.2f}x |  |  |  |  |  |")
        if case[0] == "w" and int(case[1:]) >= 3000:
            ok &= ratio <= WIRE_RATIO
        if int(case[1:]) >= 20000:
            ok &= float(mine["seconds"]) < BIG_SECONDS and float(mine["peak_mb"]) < BIG_MB
        rewrites = [v for k, v in mine["by_kind"].items() if k != "verbatim"]  # type: ignore[union-attr]
        ok &= all(int(a) >= 0.9 * int(b) for a, b in (v.split("/") for v in rewrites))
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
