"""Web addresses and feeds on the command line: fetched because the user named them.

A URL argument is fetched (:func:`~newsreader.core.web.open_url.open_url`), kept in the data
folder and loaded like a file; a feed, named by URL or found among the files, contributes its items
(every one, or those picked with ``--items 1,3-5``), each fetched the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsreader.core.ingest import LoadFailure
from newsreader.core.ingest.feed_reader import Feed


@dataclass(slots=True)
class Fetched:
    paths: list[Path] = field(default_factory=list)  # saved pages, to load
    failures: list[LoadFailure] = field(default_factory=list)  # (URL or feed, reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (URL, e.g. "offline copy used")


def is_web_address(name: str) -> bool:
    """A command-line argument that names a web page: it starts with http:// or https:// (a bare
    ``www.…`` could be a mistyped file name, and is not fetched)."""
    return name[:8].lower().startswith(("http://", "https://")) and not Path(name).exists()


def parse_items(text: str | None) -> set[int] | None:
    """``"1,3-5"`` → {1, 3, 4, 5} (1-based feed item numbers); None means every item."""
    if text is None:
        return None
    picked: set[int] = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if m is None:
            raise ValueError(f"“{part}” is not an item number or a range such as 3-5")
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        picked.update(range(first, last + 1))
    return picked


def fetch_all(
    urls: Sequence[str], *, items: set[int] | None = None, feeds_allowed: bool = True
) -> Fetched:
    """Fetch every URL; a feed's (picked) items are fetched in its place (a feed's item that is
    itself a feed is not followed)."""
    from newsreader.core.web.open_url import open_urls

    batch = open_urls(urls, feeds_allowed=feeds_allowed)
    out = Fetched(batch.paths, [LoadFailure(u, r) for u, r in batch.failures], batch.notes)
    more = fetch_feeds(batch.feeds, items=items)
    out.paths.extend(more.paths)
    out.failures.extend(more.failures)
    out.notes.extend(more.notes)
    return out


def fetch_feeds(feeds: Iterable[Feed], *, items: set[int] | None = None) -> Fetched:
    """Fetch the items of these feeds (all of them, or the numbers in ``items``)."""
    out = Fetched()
    links: list[str] = []
    for feed in feeds:
        chosen = [item for n, item in enumerate(feed.items, start=1) if items is None or n in items]
        if not feed.links:
            out.failures.append(LoadFailure(feed.source, "is a news feed without items to load"))
        for item in chosen:
            if item.loadable:
                links.append(item.link)
    if links:
        found = fetch_all(list(dict.fromkeys(links)), feeds_allowed=False)
        out.paths, out.failures, out.notes = found.paths, out.failures + found.failures, found.notes
    return out
