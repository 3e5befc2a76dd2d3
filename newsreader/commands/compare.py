"""``newsreader compare LEFT RIGHT [--json]``: the alignment of two articles."""

from __future__ import annotations

import argparse
import shutil
import textwrap
from typing import Any

from newsreader.commands._common import by_path, dump_json, load_reporting, safe_name
from newsreader.core.align import Alignment, align
from newsreader.core.article import Article

HELP = "align two articles: linked paragraphs with scores and kinds"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", metavar="LEFT", help="first article file")
    parser.add_argument("right", metavar="RIGHT", help="second article file")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in DESIGN.md)")


def _side(article: Article) -> dict[str, Any]:
    return {
        "path": str(article.path) if article.path else None,
        "title": article.title,
        "outlet": article.outlet,
        "paragraphs": article.paragraph_texts(),
    }


def alignment_json(left: Article, right: Article, alignment: Alignment) -> dict[str, Any]:
    return {
        "left": _side(left),
        "right": _side(right),
        "links": [
            {
                "left": link.left,
                "right": link.right,
                "score": round(link.score, 1),
                "kind": link.kind,
                "moved": link.moved,
            }
            for link in alignment.links
        ],
        "similarity": round(alignment.similarity, 1),
        "left_in_right": round(alignment.left_in_right, 3),
        "right_in_left": round(alignment.right_in_left, 3),
    }


def run(args: argparse.Namespace) -> int:
    report, status = load_reporting([args.left, args.right])
    articles = by_path(report, [args.left, args.right])
    if args.left not in articles or args.right not in articles:
        return 1
    left, right = articles[args.left], articles[args.right]
    alignment = align(left, right)
    if args.json:
        dump_json(alignment_json(left, right, alignment))
    else:
        _print_columns(left, right, alignment)
    return status


def _print_columns(left: Article, right: Article, alignment: Alignment) -> None:
    width = max(60, shutil.get_terminal_size((120, 40)).columns)
    col = (width - 13) // 2

    def rows(text: str) -> list[str]:
        return textwrap.wrap(safe_name(text), col) or [""]

    print(f"{safe_name(left.label)[:col]:<{col}} | {'score':^7} | {safe_name(right.label)[:col]}")
    print("-" * width)
    shown_right: set[int] = set()
    for i, para in enumerate(left.paragraphs):
        links = alignment.for_left(i)
        if not links:
            for line in rows(f"[{i}] {para.text}"):
                print(f"{line:<{col}} | {'only L':^7} |")
            continue
        for link in links:
            shown_right.add(link.right)
            a = rows(f"[{i}] {para.text}")
            b = rows(f"[{link.right}] {right.paragraphs[link.right].text}")
            label = f"{link.score:.0f} {link.kind[0].upper()}"
            for n in range(max(len(a), len(b))):
                la = a[n] if n < len(a) else ""
                lb = b[n] if n < len(b) else ""
                print(f"{la:<{col}} | {label if n == 0 else '':^7} | {lb}")
        print()
    for j in alignment.unmatched_right():
        for n, line in enumerate(rows(f"[{j}] {right.paragraphs[j].text}")):
            print(f"{'':<{col}} | {'only R' if n == 0 else '':^7} | {line}")
    print("-" * width)
    print(
        f"similarity {alignment.similarity:.0f}/100; "
        f"{alignment.left_in_right:.0%} of left found in right, {alignment.right_in_left:.0%} of right in left"
    )
