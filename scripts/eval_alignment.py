#!/usr/bin/env python3
"""Alignment quality against the hand-made gold links: precision and recall per pair and overall.

    scripts/eval_alignment.py [GOLD_DIR] [--seeds DIR] [--verbose]

GOLD_DIR defaults to ../shared/gold next to the repository (seeds: GOLD_DIR/../seeds). The articles
are loaded with the real loader, so the score covers cleaning and alignment together. A naive
baseline (best ``token_sort_ratio`` match per left paragraph) is measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from newsreader.core.align import align  # noqa: E402
from newsreader.core.align.gold import GOLD_FILE, Score, load_gold, score  # noqa: E402
from newsreader.core.article import Article  # noqa: E402
from newsreader.core.ingest import LoadError, load_path  # noqa: E402

Method = Callable[[Article, Article], set[tuple[int, int]]]


def engine_links(left: Article, right: Article) -> set[tuple[int, int]]:
    return {(link.left, link.right) for link in align(left, right).links}


def naive_links(left: Article, right: Article) -> set[tuple[int, int]]:
    """Baseline: each left paragraph to its best right paragraph by token_sort_ratio, if >= 50."""
    out: set[tuple[int, int]] = set()
    rt = right.paragraph_texts()
    for i, a in enumerate(left.paragraph_texts()):
        if len(a.split()) < 3:
            continue
        scored = [(fuzz.token_sort_ratio(a, b), j) for j, b in enumerate(rt) if len(b.split()) >= 3]
        if scored:
            best, j = max(scored)
            if best >= 50:
                out.add((i, j))
    return out


METHODS: dict[str, Method] = {"engine": engine_links, "naive token_sort_ratio": naive_links}


def evaluate(gold_dir: Path, seeds_dir: Path, verbose: bool = False) -> dict[str, Score]:
    """Scores per method (overall), printing a table with one row per pair and method."""
    totals = {name: Score() for name in METHODS}
    print(f"{'pair':<28} {'method':<24} {'P':>5} {'R':>5}  {'found':>7}  {'wrong':>5}")
    for pair in load_gold(gold_dir):
        try:
            left, right = load_path(seeds_dir / pair.left), load_path(seeds_dir / pair.right)
        except LoadError as exc:
            print(f"{pair.left} / {pair.right}: cannot load: {exc}", file=sys.stderr)
            continue
        label = f"{pair.left[:3]} vs {pair.right[:3]} ({len(pair.links)} links)"
        for name, method in METHODS.items():
            s = score(method(left, right), pair, left.paragraph_texts(), right.paragraph_texts())
            totals[name] = totals[name] + s
            print(
                f"{label:<28} {name:<24} {s.precision:5.2f} {s.recall:5.2f}  "
                f"{s.found:>3}/{s.required:<3}  {s.false_positives:>5}"
            )
            if verbose and name == "engine":
                _details(s, left.paragraph_texts(), right.paragraph_texts())
        for prefix in sorted(set(totals["engine"].unresolved)):
            print(f"  warning: no paragraph starts with {prefix!r}", file=sys.stderr)
    for name, s in totals.items():
        print(
            f"{'overall':<28} {name:<24} {s.precision:5.2f} {s.recall:5.2f}  "
            f"{s.found:>3}/{s.required:<3}  {s.false_positives:>5}"
        )
    return totals


def _details(s: Score, left: Sequence[str], right: Sequence[str]) -> None:
    for a, b in s.missed:
        print(f"    missed: {a!r} -> {b!r}")
    for i, j in s.wrong:
        print(f"    wrong:  [{i}] {left[i][:50]!r} -> [{j}] {right[j][:50]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--seeds", type=Path, help="seed articles (default: GOLD/../seeds)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and wrong links")
    args = parser.parse_args(argv)
    gold_dir: Path = args.gold
    seeds_dir: Path = args.seeds or gold_dir.parent / "seeds"
    if not (gold_dir / GOLD_FILE).is_file():
        print(
            f"eval_alignment: gold file {gold_dir / GOLD_FILE} not found; pass the folder that holds "
            f"{GOLD_FILE} (the shared gold folder is not part of the repository)",
            file=sys.stderr,
        )
        return 2
    if not seeds_dir.is_dir():
        print(
            f"eval_alignment: seed articles not found at {seeds_dir} (use --seeds)", file=sys.stderr
        )
        return 2
    evaluate(gold_dir, seeds_dir, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
