"""``newsreader feed FILE-OR-URL... [--json]``: the items of news feeds (RSS or Atom), numbered.

The numbers are what ``newsreader info FEED --items 1,3-5`` picks. Listing fetches only the feed
itself (when it is named by its web address), never its items.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newsreader.commands._common import dump_json, safe_name
from newsreader.commands._web import is_web_address
from newsreader.core.ingest import LoadError, load_path
from newsreader.core.ingest.feed_reader import Feed, FeedFoundError

HELP = "list the items of RSS/Atom feeds (files or web addresses), numbered for `info --items`"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="FEED", help="feed files or web addresses")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    feeds: list[Feed] = []
    status = 0
    for source in args.sources:
        try:
            feeds.append(_read(source))
        except (LoadError, ValueError) as exc:
            print(
                f"newsreader: {safe_name(source)}: {getattr(exc, 'reason', exc)}", file=sys.stderr
            )
            status = 1
    if args.json:
        dump_json({"feeds": [_feed_json(f) for f in feeds]})
        return status
    for feed in feeds:
        print(f"{safe_name(feed.source)}: {safe_name(feed.title or '(untitled feed)')}")
        for n, item in enumerate(feed.items, start=1):
            when = f"{item.published}  " if item.published else ""
            where = safe_name(item.link) if item.link else "(no web address: cannot be loaded)"
            print(f"  {n:>3}. {when}{safe_name(item.title)}\n       {where}")
        for warning in feed.warnings:
            print(f"  warning: {safe_name(warning)}")
    return status


def _read(source: str) -> Feed:
    if is_web_address(source):
        from newsreader.core.web.fetch import FetchError
        from newsreader.core.web.open_url import open_url

        try:
            opened = open_url(source)
        except FetchError as exc:
            raise LoadError(None, exc.reason) from None
        if opened.feed is None:
            raise LoadError(None, "is not a news feed (it is a page: use `newsreader info`)")
        return opened.feed
    try:
        load_path(Path(source))
    except FeedFoundError as exc:
        return exc.feed
    raise LoadError(Path(source), "is not a news feed (it is an article: use `newsreader info`)")


def _feed_json(feed: Feed) -> dict[str, Any]:
    return {
        "source": feed.source,
        "title": feed.title,
        "link": feed.link,
        "items": [
            {"title": i.title, "link": i.link, "published": i.published, "summary": i.summary}
            for i in feed.items
        ],
        "warnings": feed.warnings,
    }
