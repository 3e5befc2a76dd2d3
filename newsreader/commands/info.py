"""``newsreader info FILES-OR-URLS... [--json] [--encoding NAME] [--items N,M-K]``: the parsed articles.

Folders are expanded (as when dropped on the window). Web addresses are fetched (and kept in the
data folder); a news feed (file or address) stands for its items, every one or those picked with
``--items`` (numbers as ``newsreader feed`` lists them). Exit status 0 when every file loads, 1 when
any cannot, with one ``newsreader: FILE: REASON`` line per bad file on stderr; the articles that
did load are still printed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsreader.commands._common import dump_json, load_reporting, safe_name
from newsreader.commands._web import parse_items
from newsreader.core.article import Article

HELP = "show parsed articles: metadata, paragraphs, removed boilerplate, warnings"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article files (.txt, .md, .html, .pdf), folders, web addresses or news feeds",
    )
    parser.add_argument("--json", action="store_true", help="print JSON (shape in DESIGN.md)")
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="read the files in this encoding instead of detecting it (e.g. cp1252, cp1250)",
    )
    parser.add_argument(
        "--items",
        metavar="N,M-K",
        help="of each news feed, load only these items (1-based, as `newsreader feed` lists them)",
    )


def article_json(article: Article) -> dict[str, Any]:
    return {
        "path": str(article.path) if article.path else None,
        "id": article.id,
        "format": article.format,
        "encoding": article.encoding,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "published_source": article.published_source,
        "url": article.url,
        "paragraphs": article.paragraph_texts(),
        "removed": list(article.removed),
        "warnings": list(article.warnings),
    }


def run(args: argparse.Namespace) -> int:
    try:
        items = parse_items(args.items)
    except ValueError as exc:
        print(f"newsreader info: --items: {exc}", file=sys.stderr)
        return 2
    report, status = load_reporting(args.files, encoding=args.encoding, items=items)
    if args.json:
        dump_json(
            {
                "articles": [article_json(a) for a in report.articles],
                "duplicates": [{"path": str(p), "same_as": kept} for p, kept in report.duplicates],
                "failures": [{"path": str(f.path), "reason": f.reason} for f in report.failures],
            }
        )
        return status
    for article in report.articles:
        _print_summary(article)
    for path, kept in report.duplicates:
        print(f"{safe_name(path)}: same content as an article already listed ({kept})")
    return status


def _print_summary(article: Article) -> None:
    print(safe_name(article.path or article.name))
    published = article.published
    if published:
        published = f"{published} ({article.published_source})"
    elif article.published_source:
        published = article.published_source
    for label, value in (
        ("title", article.title),
        ("outlet", article.outlet),
        ("author", article.author),
        ("published", published),
        ("url", article.url),
        ("format", ", ".join(filter(None, (article.format, article.encoding)))),
    ):
        if value:
            print(f"  {label:<10} {safe_name(value)}")
    print(f"  {'body':<10} {len(article.paragraphs)} paragraphs, {article.word_count} words")
    if article.removed:
        print(f"  {'removed':<10} {len(article.removed)} lines of page furniture or metadata")
    for warning in article.warnings:
        print(f"  {'warning':<10} {safe_name(warning)}")
    print()
