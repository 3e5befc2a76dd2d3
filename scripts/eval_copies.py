#!/usr/bin/env python3
"""Score the overview's copy relations on the development articles and the seeds.

    .venv/bin/python scripts/eval_copies.py [--dev ../shared/dev] [--seeds ../shared/seeds] [-v]

``../shared/dev/gold-copies.json`` lists 24 copy relations (verbatim, edited, paraphrase, partial)
among 74 real articles on 8 events; like ``../shared/eval/score_copies.py`` (the official scorer, which
runs the command line), one overview is computed per event, as a user loads one story's coverage. A
gold relation is found when the overview relates the two files (directly or through a third); its
direction is right when the gold's source is the overview's source — for "sibling" pairs (both from one
agency text) the gold's direction is a convention, so those are counted apart. Pairs flagged but not in
the gold are listed with what relates them: the gold does not claim that unlisted pairs are
independent. The seeds: 001 is a machine-rewritten, extended copy of 000; 002 and 004 are two
rewrites of one wire story; 003 reports another round of talks.

Nothing is tuned per file; the thresholds were set on these articles and the seeds, so expect lower
figures on unseen text.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.core.corpus import overview  # noqa: E402
from newsreader.core.ingest import load_path  # noqa: E402

GOLD = "gold-copies.json"
EVENT = re.compile(r"(.+?)-\d\d-")


def evaluate_dev(folder: Path) -> dict[str, object]:
    gold = json.loads((folder / GOLD).read_text(encoding="utf-8"))
    events: dict[str, list[Path]] = collections.defaultdict(list)
    for path in sorted(folder.glob("*.txt")):
        match = EVENT.match(path.name)
        if match:
            events[match.group(1)].append(path)
    flagged: dict[frozenset[str], dict[str, object]] = {}
    for paths in events.values():
        result = overview([load_path(p) for p in paths])
        for d in result.derived:
            s, c = paths[d.source].name, paths[d.copy].name
            flagged[frozenset((s, c))] = {
                "source": s,
                "copy": c,
                "kind": d.kind,
                "direction": d.reason,
                "direct": d.direct,
                "via": paths[d.via].name if d.via is not None else None,
            }
    found, right, sibling_right, siblings_found = 0, 0, 0, 0
    by_kind: collections.Counter[tuple[str, bool]] = collections.Counter()
    kinds: collections.Counter[tuple[str, str]] = collections.Counter()
    rows = []
    for g in gold:
        hit = flagged.get(frozenset((g["source"], g["copy"])))
        sibling = "sibling" in g["note"].lower()
        by_kind[(g["kind"], hit is not None)] += 1
        if hit is not None:
            found += 1
            same_way = (hit["source"], hit["copy"]) == (g["source"], g["copy"])
            if sibling:
                siblings_found += 1
                sibling_right += same_way
            else:
                right += same_way
            kinds[(g["kind"], str(hit["kind"]))] += 1
        rows.append((g, hit))
    gold_keys = {frozenset((g["source"], g["copy"])) for g in gold}
    extra = [v for k, v in flagged.items() if k not in gold_keys]
    return {
        "gold": len(gold),
        "found": found,
        "direction_right": right,
        "direction_decidable": found - siblings_found,
        "sibling_direction_as_gold": sibling_right,
        "siblings_found": siblings_found,
        "flagged": len(flagged),
        "extra": extra,
        "by_kind": by_kind,
        "kinds": kinds,
        "rows": rows,
    }


def evaluate_seeds(folder: Path) -> list[str]:
    paths = sorted(folder.glob("*.txt"))
    result = overview([load_path(p) for p in paths])
    lines = []
    for d in result.derived:
        how = "direct" if d.direct else f"through {paths[d.via].name[:3]}" if d.via else "indirect"
        lines.append(
            f"{paths[d.source].name[:3]} -> {paths[d.copy].name[:3]}: {d.kind}, {how}, "
            f"direction by {d.reason}, coverage source {d.coverage_source:.2f} / copy "
            f"{d.coverage_copy:.2f}"
        )
    return lines or ["no copy relations"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "dev")
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not (args.dev / GOLD).is_file():
        print(f"no {GOLD} in {args.dev}: nothing to score", file=sys.stderr)
        return 2
    r = evaluate_dev(args.dev)
    by_kind = r["by_kind"]
    assert isinstance(by_kind, collections.Counter)
    for kind in sorted({k for k, _ in by_kind}):
        total = by_kind[(kind, True)] + by_kind[(kind, False)]
        print(f"{kind:12s} found {by_kind[(kind, True)]} of {total}")
    print(
        f"copies: recall {r['found']}/{r['gold']} = {r['found'] / r['gold']:.2f}; "  # type: ignore[operator]
        f"direction right {r['direction_right']}/{r['direction_decidable']} where the gold knows it "
        f"(siblings: {r['sibling_direction_as_gold']}/{r['siblings_found']} as the gold's convention); "
        f"flagged {r['flagged']}, not in gold {len(r['extra'])}"  # type: ignore[arg-type]
    )
    print(
        "gold kind -> overview kind: "
        + ", ".join(f"{g}->{k} {n}" for (g, k), n in sorted(r["kinds"].items()))
    )  # type: ignore[union-attr]
    for e in r["extra"]:  # type: ignore[union-attr]
        how = "direct" if e["direct"] else f"through {e['via']}"
        print(f"flagged, not in gold: {e['source']} -> {e['copy']} ({e['kind']}, {how})")
    if args.verbose:
        for g, hit in r["rows"]:  # type: ignore[union-attr]
            if hit is None:
                print(f"missed: {g['source']} -> {g['copy']} ({g['kind']})")
            elif (hit["source"], hit["copy"]) != (g["source"], g["copy"]):
                print(f"reversed: {g['source']} -> {g['copy']} (by {hit['direction']})")
    if args.seeds.is_dir():
        print("seeds:")
        for line in evaluate_seeds(args.seeds):
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
