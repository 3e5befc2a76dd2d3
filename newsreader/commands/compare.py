"""``newsreader compare LEFT RIGHT [--json]``: the alignment of two articles."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from typing import Any

from newsreader.commands._common import by_path, dump_json, load_reporting, safe_name
from newsreader.core.align import Alignment, align
from newsreader.core.article import Article
from newsreader.core.corpus import DerivedPair, pair_verdict
from newsreader.core.corpus.direction import REASONS

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


def relation_json(verdict: DerivedPair | None) -> dict[str, Any]:
    """Whether one article copies the other, as ``overview`` judges it (the same function)."""
    if verdict is None:
        return {"copy": False, "kind": None, "source": None, "coverage": None, "direction": None}
    forward = verdict.source == 0
    return {
        "copy": True,
        "kind": verdict.kind,
        "source": "left" if forward else "right",
        "coverage": {
            "left": round(verdict.coverage_source if forward else verdict.coverage_copy, 3),
            "right": round(verdict.coverage_copy if forward else verdict.coverage_source, 3),
        },
        "direction": verdict.reason,
        "direction_reason": REASONS.get(verdict.reason, verdict.reason),
    }


def alignment_json(
    left: Article, right: Article, alignment: Alignment, verdict: DerivedPair | None = None
) -> dict[str, Any]:
    """The ``compare --json`` document (DESIGN.md), plus per link ``moved`` and ``diff``: inline
    word-diff operations ``[tag, left_start, left_end, right_start, right_end]`` in characters of
    the two paragraphs' texts; plus the containment figures both ways and ``relation``: whether one
    copies the other, the overview's verdict on the pair."""
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
                "diff": [[op.tag, *op.left, *op.right] for op in link.ops],
            }
            for link in alignment.links
        ],
        "similarity": round(alignment.similarity, 1),
        "left_in_right": round(alignment.left_in_right, 3),
        "right_in_left": round(alignment.right_in_left, 3),
        "relation": relation_json(verdict),
    }


def run(args: argparse.Namespace) -> int:
    report, status = load_reporting([args.left, args.right])
    articles = by_path(report, [args.left, args.right])
    if args.left not in articles or args.right not in articles:
        return 1
    left, right = articles[args.left], articles[args.right]
    for name, article in ((args.left, left), (args.right, right)):
        if article.is_empty:
            print(
                f"newsreader: {safe_name(name)}: has no article text, so there is nothing to compare",
                file=sys.stderr,
            )
            status = 1
    if status:
        return status
    alignment = align(left, right)
    verdict = pair_verdict(left, right)
    if args.json:
        dump_json(alignment_json(left, right, alignment, verdict))
    else:
        _print_columns(left, right, alignment, _relation_line(verdict))
    return status


def _relation_line(verdict: DerivedPair | None) -> str:
    if verdict is None:
        return (
            "relation: no copy relation (as `newsreader overview` judges the two alone; a rewrite in "
            "other words shows only among other reports of the story: give them to `overview`)"
        )
    copy, source = ("right", "left") if verdict.source == 0 else ("left", "right")
    return (
        f"relation: {copy} is a copy of {source} ({verdict.kind}; covers {verdict.coverage_copy:.0%} "
        f"of the copy and {verdict.coverage_source:.0%} of the source); direction: "
        f"{REASONS.get(verdict.reason, verdict.reason)}"
    )


_KIND_LABEL = {"identical": "same", "edited": "edit", "paraphrase": "para"}


def _print_columns(left: Article, right: Article, alignment: Alignment, relation: str = "") -> None:
    """Two columns in reading order of the left article; right paragraphs with no counterpart are
    shown where they fall between linked ones. Each link shows its score, kind and "moved" mark."""
    width = max(60, shutil.get_terminal_size((120, 40)).columns)
    col = (width - 15) // 2

    def rows(index: int, text: str) -> list[str]:
        return textwrap.wrap(f"[{index}] {safe_name(text)}", col) or [f"[{index}]"]

    def emit(a: list[str], b: list[str], label: str) -> None:
        for n in range(max(len(a), len(b))):
            la = a[n] if n < len(a) else ""
            lb = b[n] if n < len(b) else ""
            print(f"{la:<{col}} | {label if n == 0 else '':^9} | {lb}".rstrip())

    unmatched_right = alignment.unmatched_right()
    shown: set[int] = set()
    pending = 0  # next unmatched right paragraph not shown yet

    def flush_right(before: int) -> None:
        nonlocal pending
        while pending < len(unmatched_right) and unmatched_right[pending] < before:
            j = unmatched_right[pending]
            emit([], rows(j, right.paragraphs[j].text), "only R")
            print()
            pending += 1

    print(f"{safe_name(left.label)[:col]:<{col}} | {'score':^9} | {safe_name(right.label)[:col]}")
    print("-" * width)
    for i, para in enumerate(left.paragraphs):
        links = alignment.for_left(i)
        in_order = [link.right for link in links if not link.moved]
        if in_order:
            flush_right(min(in_order))
        if not links:
            emit(rows(i, para.text), [], "only L")
            print()
            continue
        a = rows(i, para.text)
        for n, link in enumerate(links):
            label = f"{link.score:.0f} {_KIND_LABEL[link.kind]}{' ↕' if link.moved else ''}"
            if link.right in shown:  # the other half of a merge: shown in full above
                b = [f"[{link.right}] (shown above)"]
            else:
                b = rows(link.right, right.paragraphs[link.right].text)
                shown.add(link.right)
            emit(a if n == 0 else [], b, label)
        print()
    flush_right(alignment.right_count)
    print("-" * width)
    if relation:
        print("\n".join(textwrap.wrap(relation, width)))
    print(
        f"similarity {alignment.similarity:.0f}/100; "
        f"{alignment.left_in_right:.0%} of left found in right, "
        f"{alignment.right_in_left:.0%} of right in left; "
        f"{len(alignment.links)} links (↕ = moved)"
    )
