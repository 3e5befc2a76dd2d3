"""A saved web page to blocks and metadata candidates.

The article text comes from trafilatura, run in the worker process with a time limit; when it
finds nothing, fails or overruns, a tag-stripping reader (:mod:`html_text`, no entity expansion)
reads the page instead, skipping navigation, footers, asides and furniture-named elements. Only
text leaves this module: the page's own HTML never reaches a widget.

Metadata: the page's ``<meta>`` tags and JSON-LD (site name, author, title, canonical URL, dates)
come first, then the visible byline element (``class="byline"``, ``rel="author"``: the first one
that names someone, before other stories' bylines further down); trafilatura's own findings
(htmldate for the date) fill gaps, its author only when it reads as a name. A date from htmldate is
only accepted when the page actually states it somewhere (htmldate can turn an impossible 31/02
into a different day), and an impossible date in the page's metadata leaves the date unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsreader.core.ingest import metadata as prio
from newsreader.core.ingest import worker
from newsreader.core.ingest.blocks import Block, join_items
from newsreader.core.ingest.dates import find_dates, parse_meta_date, url_date
from newsreader.core.ingest.html_meta import page_meta
from newsreader.core.ingest.html_text import html_blocks, html_items, page_title
from newsreader.core.ingest.meta_lines import byline_author, plausible_author
from newsreader.core.ingest.metadata import Candidates
from newsreader.core.ingest.urls import domain

TIMEOUT = 10.0
SMALL_EXTRACT_WORDS = 60  # below this, compare with the tag-stripping reader
VERIFY_LIMIT = 2_000_000  # characters of the page searched to confirm an extracted date

_URL_DATES = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-)")


@dataclass(slots=True)
class HtmlReading:
    text: str
    blocks: list[Block]
    title: str = ""
    warnings: list[str] = field(default_factory=list)
    page_lines: list[str] = field(default_factory=list)  # all visible text, for ``removed``


def read_html(
    html: str, cands: Candidates, *, cancelled: Callable[[], bool] | None = None
) -> HtmlReading:
    meta = page_meta(html)
    cands.outlet(prio.META, meta.site)
    cands.author(prio.META, meta.author)
    for written in meta.bylines:
        # A byline naming an agency ("AFP") counts too: it is this article's, and it comes
        # before the bylines of other stories further down the page.
        author = byline_author(written) or (written if plausible_author(written) else "")
        if author:
            cands.author(prio.PAGE_BYLINE, author)
            break
    cands.url(prio.META, meta.url)
    for written, _where in meta.dates:
        date = parse_meta_date(written)
        if date is not None:
            cands.date(prio.META, date, "meta")
            break

    warnings: list[str] = []
    extracted: dict[str, Any] = {}  # the worker's reply: untyped data from another process
    try:
        extracted = worker.run_task("html", html, timeout=TIMEOUT, cancelled=cancelled)
    except worker.WorkerTimeoutError:
        warnings.append(
            f"Article extraction took longer than {TIMEOUT:g} s; the page's text was read "
            "without its layout instead."
        )
    except worker.WorkerError as exc:
        warnings.append(
            f"Article extraction failed ({exc}); the page's text was read without its layout."
        )
    items = extracted.get("items") or []
    text, blocks = join_items(items)
    if len(text.split()) < SMALL_EXTRACT_WORDS:
        # Nothing, or next to nothing (a headline): the extractor may have given up on the page
        # (lxml stops at 256 levels of nesting). Read the visible text if there is more of it.
        plain, plain_blocks = html_blocks(html, furniture=True)
        if len(plain.split()) > 2 * len(text.split()):
            text, blocks = plain, plain_blocks
            if extracted and not warnings:
                warnings.append(
                    "No article was recognised in this page; all of its visible text was read."
                )

    cands.outlet(prio.EXTRACTOR, _str(extracted.get("sitename")))
    found_author = _str(extracted.get("author"))
    if plausible_author(found_author):
        cands.author(prio.EXTRACTOR, found_author)
    url = _str(extracted.get("url")) or meta.url
    cands.url(prio.EXTRACTOR, url)
    if url:
        cands.outlet(prio.URL, domain(url))
        cands.date(prio.URL, url_date(url), "url")
    found = _str(extracted.get("date"))
    if found and not any(p == prio.META for p, _d, _s in cands.dates):
        date = parse_meta_date(found)
        if date is not None and date.iso and date.iso in stated_dates(html):
            cands.date(prio.HTMLDATE, date, "htmldate")

    title = meta.title or _str(extracted.get("title")) or _strip_site(page_title(html), meta.site)
    page_lines = [item[1] for item in html_items(html, furniture=False)]
    return HtmlReading(text, blocks, title, warnings, page_lines)


def stated_dates(html: str) -> set[str]:
    """Every real date written in the page (text, attributes, URLs), as ISO strings."""
    page = html[:VERIFY_LIMIT]
    found = {d.iso for d in find_dates(page) if d.iso}
    for m in _URL_DATES.finditer(page):
        d = url_date(m.group(0))
        if d is not None and d.iso:
            found.add(d.iso)
    return found


def _strip_site(title: str, site: str) -> str:
    """ "Headline | Site" → "Headline"."""
    for sep in (" | ", " - ", " — ", " – ", " :: "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if head and (not site or site.lower() in tail.lower() or len(tail.split()) <= 4):
                return head.strip()
    return title


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
