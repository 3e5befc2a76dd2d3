"""``newsreader info FILES... [--json]``: the parsed articles."""

from __future__ import annotations

import argparse
from typing import Any

from newsreader.commands._common import dump_json, load_reporting, safe_name
from newsreader.core.article import Article

HELP = "show parsed articles: metadata, paragraphs, removed boilerplate, warnings"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in DESIGN.md)")


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
    report, status = load_reporting(args.files)
    if args.json:
        dump_json({"articles": [article_json(a) for a in report.articles]})
        return status
    for article in report.articles:
        print(f"{safe_name(article.path or article.name)}")
        for label, value in (
            ("title", article.title),
            ("outlet", article.outlet),
            ("author", article.author),
            (
                "published",
                f"{article.published} ({article.published_source})" if article.published else "",
            ),
            ("url", article.url),
            ("format", f"{article.format}, {article.encoding}"),
        ):
            if value:
                print(f"  {label:<10} {safe_name(value)}")
        print(f"  {'body':<10} {len(article.paragraphs)} paragraphs, {article.word_count} words")
        if article.removed:
            print(f"  {'removed':<10} {len(article.removed)} boilerplate lines")
        for warning in article.warnings:
            print(f"  warning    {safe_name(warning)}")
        print()
    for path, kept in report.duplicates:
        print(f"{safe_name(path)}: same content as an article already listed ({kept})")
    return status
