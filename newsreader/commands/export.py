"""``newsreader export LEFT RIGHT -o OUT [--format FMT] [--with-facts [FILES...]]``: save a comparison.

Formats: ``html`` (standalone report), ``md`` (Markdown for notes), ``csv`` and ``json`` (facts).
The format comes from ``--format``, else from the suffix of ``OUT`` (.html/.htm, .md/.markdown, .csv,
.json). ``-o -`` writes to standard output (HTML unless ``--format`` says otherwise). Files are
written atomically: a failed export leaves an older file at ``OUT`` untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsreader.commands._common import by_path, load_reporting, safe_name
from newsreader.core.align import Alignment, align
from newsreader.core.article import Article
from newsreader.core.export import (
    FORMATS,
    ExportError,
    FactsUnavailable,
    analyze_facts,
    format_for_path,
    render_export,
    write_atomic,
)

HELP = "save a comparison as a standalone HTML report, Markdown, or facts as CSV/JSON"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "formats: html (standalone report), md (Markdown for notes), csv and json (facts only;\n"
        "they imply --with-facts). Without --format the suffix of OUT decides.\n"
        "examples:\n"
        "  newsreader export a.txt b.html -o report.html --with-facts\n"
        "  newsreader export a.txt b.html -o facts.csv --with-facts c.md d.txt\n"
        "  newsreader export a.txt b.html -o - --format md"
    )
    parser.add_argument("left", metavar="LEFT", help="first article file (A)")
    parser.add_argument("right", metavar="RIGHT", help="second article file (B)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="file to write, or - for standard output",
    )
    parser.add_argument(
        "--format",
        choices=tuple(FORMATS),
        help="html, md, csv or json (default: from the suffix of OUT)",
    )
    parser.add_argument(
        "--with-facts",
        nargs="*",
        metavar="FILE",
        help="add the facts of LEFT and RIGHT (and of these other files, analysed with them); "
        "put it after LEFT and RIGHT",
    )
    parser.set_defaults(_parser=parser)


def _fail(message: str) -> int:
    print(f"newsreader: {message}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    to_stdout = args.output == "-"
    fmt = args.format or ("html" if to_stdout else format_for_path(args.output))
    if fmt is None:
        args._parser.error(
            f"cannot tell the format from {safe_name(args.output)!r}: use a .html, .md, .csv or "
            ".json name, or --format"
        )
    extra = list(args.with_facts or [])
    report, status = load_reporting([args.left, args.right, *extra])
    articles = by_path(report, [args.left, args.right, *extra])
    if args.left not in articles or args.right not in articles:
        return 1
    left, right = articles[args.left], articles[args.right]
    facts = None
    if args.with_facts is not None or FORMATS[fmt].needs_facts:
        unique: dict[str, Article] = {}
        for article in (left, right, *(articles[p] for p in extra if p in articles)):
            unique.setdefault(article.id, article)
        try:
            facts = analyze_facts(list(unique.values()))
        except FactsUnavailable as exc:
            return _fail(f"{exc}; export without --with-facts, or as html/md")
    # The facts formats do not show the alignment: skip the work.
    alignment = (
        Alignment(len(left.paragraphs), len(right.paragraphs))
        if FORMATS[fmt].needs_facts
        else align(left, right)
    )
    data = render_export(fmt, left, right, alignment, facts)
    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return status
    out = Path(args.output)
    try:
        write_atomic(out, data)
    except ExportError as exc:
        return _fail(f"{safe_name(out)}: {exc.reason}")
    except KeyboardInterrupt:
        print(f"newsreader: export cancelled; {safe_name(out)} is unchanged", file=sys.stderr)
        return 130
    print(f"newsreader: wrote {safe_name(out)} ({fmt}, {len(data):,} bytes)", file=sys.stderr)
    return status
