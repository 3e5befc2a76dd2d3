"""What a URL the user asked for becomes: a saved page to load like a file, or a feed's items.

:func:`open_url` fetches the address (:mod:`.fetch`), decides what came back — a web page, plain
text, a PDF, an RSS/Atom feed, or something that is not an article (an image, a program) — and
keeps pages in the data folder (:mod:`.store`). When the network fails and a copy fetched earlier
exists, that copy is used with a note saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsreader.core.align import Cancelled
from newsreader.core.ingest.errors import LoadError
from newsreader.core.ingest.feed_reader import Feed, is_feed, read_feed
from newsreader.core.ingest.pdf_reader import is_pdf
from newsreader.core.ingest.sniff import looks_binary
from newsreader.core.web.fetch import Fetched, FetchError, check_url, fetch
from newsreader.core.web.fetch import Progress as BytesProgress
from newsreader.core.web.store import save_page, saved_copy

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})


Progress = Callable[[int, int, int | None], None]  # URL index, bytes received, bytes expected


@dataclass(slots=True)
class Batch:
    """What a list of addresses gave: saved pages, feeds, failures (URL, reason) and notes."""

    paths: list[Path] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False  # stopped early; what was fetched before is kept


@dataclass(slots=True)
class Opened:
    url: str
    path: Path | None = None  # the saved page, to load like a file
    feed: Feed | None = None  # a feed's items, to choose from
    note: str = ""  # e.g. that an earlier copy was used because the network failed


def open_url(
    url: str,
    *,
    folder: Path | None = None,
    progress: BytesProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Opened:
    """Fetch ``url``; raises :class:`~newsreader.core.web.fetch.FetchError` with the reason."""
    url = check_url(url)
    try:
        fetched = fetch(url, progress=progress, cancelled=cancelled)
    except FetchError as exc:
        copy = saved_copy(url, folder) if exc.network else None
        if copy is None:
            raise
        when = datetime.fromtimestamp(copy.stat().st_mtime, tz=UTC).astimezone()
        return Opened(
            url,
            path=copy,
            note=f"could not be fetched ({exc.reason}); the copy saved on "
            f"{when:%Y-%m-%d %H:%M} is used",
        )
    kind = kind_of(fetched)
    if kind == "feed":
        try:
            feed = read_feed(fetched.data, url, base=fetched.final_url, cancelled=cancelled)
        except LoadError as exc:
            raise FetchError(url, exc.reason) from None
        return Opened(url, feed=feed)
    return Opened(url, path=save_page(fetched, kind, folder))


def open_urls(
    urls: Sequence[str],
    *,
    feeds_allowed: bool = True,
    folder: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Batch:
    """Open each address in turn. With ``feeds_allowed=False`` (a feed's items) a feed is an
    error, so that feeds linking to feeds cannot lead on and on."""
    out = Batch()
    for n, url in enumerate(urls):

        def step(received: int, expected: int | None, n: int = n) -> None:
            if progress is not None:
                progress(n, received, expected)

        step(0, None)
        try:
            opened = open_url(url, folder=folder, progress=step, cancelled=cancelled)
        except Cancelled:
            out.cancelled = True
            break
        except FetchError as exc:
            out.failures.append((url, exc.reason))
            continue
        if opened.note:
            out.notes.append((url, opened.note))
        if opened.path is not None:
            out.paths.append(opened.path)
        elif opened.feed is not None and feeds_allowed:
            out.feeds.append(opened.feed)
        elif opened.feed is not None:
            out.failures.append((url, "is another news feed, not an article"))
    return out


def kind_of(fetched: Fetched) -> str:
    """``html``, ``txt``, ``pdf`` or ``feed`` for what the server sent; :class:`FetchError` when
    it is none of them."""
    data, media = fetched.data, fetched.content_type
    if not data.strip():
        raise FetchError(fetched.url, "the server sent an empty page")
    if media == "application/pdf" or is_pdf(data):
        return "pdf"
    if media in FEED_TYPES or is_feed(data):
        if is_feed(data):
            return "feed"
        if media in FEED_TYPES and media.endswith(("rss+xml", "atom+xml")):
            raise FetchError(fetched.url, "is announced as a news feed but is not a valid one")
    if looks_binary(data) or not (media in HTML_TYPES or media in TEXT_TYPES or not media):
        what = media or "binary data"
        raise FetchError(
            fetched.url,
            f"is not an article ({what}); web pages, plain text, PDFs and RSS/Atom feeds can be "
            "opened",
        )
    return "txt" if media in TEXT_TYPES else "html"
