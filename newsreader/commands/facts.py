"""``newsreader facts FILES... [--json]``: facts per article, canonicalized across the set."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsreader.commands._common import dump_json, load_reporting, safe_name
from newsreader.core.facts import STATUS_LABELS, FactSet, NameOverrides, analyze, facts_json

HELP = "facts per article (people, attendance, demands, quotes, figures) and discrepancies"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in DESIGN.md)")
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
    factset = analyze(report.articles, overrides=overrides)
    if args.json:
        dump_json(facts_json(factset))
    else:
        print_summary(factset)
    return status


def print_summary(factset: FactSet) -> None:
    """A readable per-outlet summary, then the discrepancies and omissions."""
    for i, f in enumerate(factset.articles):
        print(safe_name(f.path or f.name))
        for label, value in (("outlet", f.outlet), ("title", f.title), ("published", f.published)):
            if value:
                print(f"  {label:<10} {safe_name(value)}")
        for status in ("attending", "not_attending", "conditional"):
            label = STATUS_LABELS[status]
            people = f.by_status(status)  # type: ignore[arg-type]
            if people:
                items = []
                for p in people:
                    titles = list(dict.fromkeys(r.display for r in p.roles if not r.former))
                    extra = ", ".join(titles[:1] + (["leads"] if p.leads else []))
                    items.append(f"{p.display} ({extra})" if extra else p.display)
                print(f"  {label}: {safe_name('; '.join(items))}")
        for d in f.demands:
            print(f"  Demand   {safe_name(d.party)}: {safe_name(d.text)}")
        for q in f.quotes:
            text = q.text if len(q.text) <= 100 else q.text[:97] + "..."
            print(f"  Quote    {safe_name(q.speaker or '(unattributed)')}: “{safe_name(text)}”")
        if f.figures:
            print(f"  Figures  {safe_name('; '.join(x.text for x in f.figures))}")
        if f.dates:
            print(f"  Dates    {safe_name('; '.join(d.display for d in f.dates))}")
        if f.places:
            print(f"  Places   {safe_name('; '.join(p.name for p in f.places))}")
        if i + 1 < len(factset.articles):
            print()
    if factset.discrepancies:
        print("\nDiscrepancies")
        for d in factset.discrepancies:
            print(f"  {safe_name(d.topic)} ({d.detail})")
            for i, value in d.values.items():
                print(f"    {safe_name(factset.label(i)):<24} {safe_name(value)}")
    if factset.omissions:
        print("\nOmissions")
        for o in factset.omissions:
            missing = ", ".join(factset.label(i) for i in o.missing_in)
            print(f"  {safe_name(o.topic)}: not stated by {safe_name(missing)}")
