"""News feeds (RSS 0.9x/1.0/2.0, Atom): recognised by their root element, read with feedparser.

A feed is not an article but a list of them: loading one raises :class:`FeedFoundError`, which carries
the feed's items so that the caller can let the user pick which to fetch (every item by default).
feedparser runs in the extraction worker process with a time limit (:mod:`.worker`), is given the
bytes (never a URL or a file name, so it cannot fetch anything itself), and parses with expat,
which refuses entity expansion bombs ("billion laughs"); external entities are not loaded.
Only items whose link is an http(s) address can be loaded; the others are listed with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsreader.core.ingest import worker
from newsreader.core.ingest.errors import LoadError

TIMEOUT = 20.0
MAX_ITEMS = 500

_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,300}\?>\s*)?"
    rb"(?:(?:<!--.{0,2000}?-->|<\?[^>]{0,300}\?>|<!DOCTYPE[^\[>]{0,300}(?:\[.{0,20000}?\])?\s*>)\s*)*"
    rb"<(?:rss\b|feed\b[^>]{0,500}?xmlns\s*=\s*[\"']http://(?:www\.w3\.org/2005/Atom|purl\.org/atom)"
    rb"|(?:[a-zA-Z]+:)?RDF\b[^>]{0,2000}?http://(?:purl\.org/rss|my\.netscape\.com/rdf))",
    re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FeedItem:
    title: str
    link: str  # an http(s) address, or "" when the item has none that can be fetched
    published: str = ""  # ISO date, or ""
    summary: str = ""  # plain text, short

    @property
    def loadable(self) -> bool:
        return bool(self.link)


@dataclass(slots=True)
class Feed:
    source: str  # the file or URL the feed came from
    title: str = ""
    link: str = ""
    items: list[FeedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def links(self) -> list[str]:
        """The addresses of every loadable item, in feed order, without repeats."""
        return list(dict.fromkeys(item.link for item in self.items if item.link))


class FeedFoundError(LoadError):
    """Not an article but a feed: ``feed`` lists its items."""

    def __init__(self, path: Path | str | None, feed: Feed) -> None:
        n = len(feed.links)
        super().__init__(
            path,
            f"is a news feed with {n} item{'s' if n != 1 else ''} to load"
            + ("; choose which to fetch" if n else " (none has a web address)"),
        )
        self.feed = feed


def is_feed(data: bytes) -> bool:
    """True when ``data`` is an RSS or Atom document (by its root element)."""
    return bool(_ROOT.match(data[:32768]))


def read_feed(
    data: bytes,
    source: str,
    *,
    base: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> Feed:
    """The feed in ``data``; relative item links are resolved against ``base`` (the feed's URL)."""
    try:
        parsed: dict[str, Any] = worker.run_task(
            "feed", (data, base), timeout=TIMEOUT, cancelled=cancelled
        )
    except worker.WorkerTimeoutError:
        raise LoadError(
            None, f"is a news feed that took longer than {TIMEOUT:g} s to read"
        ) from None
    except worker.WorkerError as exc:
        raise LoadError(None, f"is a news feed that could not be read ({exc})") from None
    feed = Feed(source, title=_text(parsed.get("title")), link=_http(parsed.get("link")))
    raw_items = parsed.get("items") or []
    for raw in raw_items[:MAX_ITEMS]:
        feed.items.append(
            FeedItem(
                title=_text(raw.get("title")) or "(untitled)",
                link=_http(raw.get("link")),
                published=_text(raw.get("published")),
                summary=_text(raw.get("summary"))[:400],
            )
        )
    if len(raw_items) > MAX_ITEMS:
        feed.warnings.append(f"Only the first {MAX_ITEMS} of {len(raw_items)} items are listed.")
    if parsed.get("error") and not feed.items:
        raise LoadError(None, f"looks like a news feed but could not be read ({parsed['error']})")
    return feed


def _http(value: object) -> str:
    link = _text(value)
    try:
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return ""
    return link if scheme in ("http", "https") and len(link) <= 2000 else ""


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
