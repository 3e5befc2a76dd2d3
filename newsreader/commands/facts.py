"""``newsreader facts FILES... [--json]``: facts per article, canonicalized across the set."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsreader.commands._common import dump_json, load_reporting, safe_name
from newsreader.core.facts import FactSet, NameOverrides, analyze, facts_json, sections

HELP = "facts per article (people, attendance, demands, quotes, figures) and discrepancies"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in DESIGN.md)")
    parser.add_argument(
        "--indent",
        type=int,
        nargs="?",
        const=2,
        default=None,
        metavar="N",
        help="indent the JSON for people reading it (default: compact, one line)",
    )
    parser.add_argument(
        "--scope",
        choices=("story", "all"),
        default="story",
        help="compare articles of the same story only (default), or all as one story",
    )
    parser.add_argument(
        "--overrides",
        type=Path,
        metavar="FILE",
        help='JSON with the user\'s merges/splits of people: {"merges": [[names]], "splits": [names]}',
    )


def _overrides(path: Path | None) -> NameOverrides | None:
    if path is None:
        return None
    try:
        return NameOverrides.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        print(f"newsreader: {safe_name(path)}: cannot read overrides: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc


def run(args: argparse.Namespace) -> int:
    overrides = _overrides(args.overrides)
    report, status = load_reporting(args.files)
    factset = analyze(report.articles, overrides=overrides, scope=args.scope)
    if args.json:
        dump_json(facts_json(factset), indent=args.indent)
    else:
        print_summary(factset)
    return status


def print_summary(factset: FactSet) -> None:
    """A readable per-outlet summary (the sidebar's sections), then discrepancies and omissions."""
    for i, f in enumerate(factset.articles):
        print(safe_name(f.path or f.name))
        for label, value in (("outlet", f.outlet), ("title", f.title), ("published", f.published)):
            if value:
                print(f"  {label:<10} {safe_name(value)}")
        for section in sections(f):
            print(f"  {section.title}:")
            for item in section.items:
                text = item.label if len(item.label) <= 110 else item.label[:107] + "..."
                print(f"    {safe_name(text)}")
        if i + 1 < len(factset.articles):
            print()
    if factset.discrepancies:
        print("\nDiscrepancies (most certain first)")
        for d in factset.discrepancies:
            print(f"  {safe_name(d.topic)} ({d.kind}, {d.detail}, confidence {d.confidence:.2f})")
            for i, value in d.values.items():
                print(f"    {safe_name(factset.label(i)):<24} {safe_name(value)}")
                e = d.evidence.get(i)
                if e is not None:
                    text = e.text if len(e.text) <= 110 else e.text[:107] + "..."
                    print(f"    {'':<24} “{safe_name(text)}”")
    if factset.omissions:
        print("\nOmissions")
        for o in factset.omissions:
            missing = ", ".join(factset.label(i) for i in o.missing_in)
            print(f"  {safe_name(o.topic)}: not stated by {safe_name(missing)}")
