"""The work done inside the extraction worker process (see :mod:`~newsreader.core.ingest.worker`).

The first two turn untrusted markup into plain ``(kind, text, level, link_only, emphasis)`` items and
can be slow or deep on hostile input, which is why they run in a separate process with a time
limit: article extraction from a web page with trafilatura (which uses htmldate for the date), and
Markdown conversion with Python-Markdown, hardened so that raw HTML is never passed through (it
stays visible as text) and only the text of links and none of their addresses is kept. The HTML
Python-Markdown produces is then sanitized by nh3 to a small allowlist of text tags with no
attributes at all, a second line of defence should a Markdown extension ever emit active markup.
News feeds (feedparser) and PDFs (pdfminer.six, :mod:`.pdf_extract`) are read here for the same
reasons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsreader.core.ingest.blocks import Item
from newsreader.core.ingest.pdf_extract import pdf_lines


def extract_html(html: Any) -> dict[str, Any]:
    """Article text blocks and metadata from a web page, via trafilatura."""
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
    )
    if not isinstance(doc, Document):  # None: nothing found (a dict only comes with as_dict=True)
        return {"items": []}
    items: list[Item] = []
    body = getattr(doc, "body", None)
    if body is not None:
        for element in body.iterchildren():
            _walk(element, items)
    return {
        "items": items,
        "title": doc.title or "",
        "author": doc.author or "",
        "sitename": doc.sitename or "",
        "date": doc.date or "",
        "url": doc.url or "",
    }


def convert_markdown(request: tuple[str, bool]) -> list[Item]:
    """Markdown to text items, with raw HTML kept as literal text.

    ``request`` is ``(text, line_breaks)``: with ``line_breaks`` every line break inside a
    paragraph ends a block (for files written one line per paragraph, where a list of links or
    a label and its list sit on consecutive lines); without it, hard-wrapped lines are joined.
    """
    import markdown
    import nh3

    from newsreader.core.ingest.html_text import html_items

    text, line_breaks = request
    md = markdown.Markdown(output_format="html", extensions=["nl2br"] if line_breaks else [])
    for registry, name in (
        (md.preprocessors, "html_block"),
        (md.inlinePatterns, "html"),
        (md.postprocessors, "raw_html"),
    ):
        if name in registry:
            registry.deregister(name)
    html = nh3.clean(md.convert(text), tags=_MARKDOWN_TAGS, attributes={}, url_schemes=set())
    return html_items(html, furniture=False)


# What Python-Markdown's core emits for text; everything else (and every attribute) is removed.
_MARKDOWN_TAGS = {
    *("p", "br", "hr", "blockquote", "pre", "code", "ul", "ol", "li"),
    *(
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "em",
        "strong",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
    ),
    "td",
}


def parse_feed(request: tuple[bytes, str]) -> dict[str, Any]:
    """A feed's title, link and items (title, link, ISO date, plain-text summary), via feedparser.

    ``request`` is ``(data, base)``: the document's bytes (as a stream: feedparser treats a string
    or bytes argument as a URL or file name to open) and the URL relative links resolve against.
    """
    import io
    import time

    import feedparser

    data, base = request
    parsed = feedparser.parse(
        io.BytesIO(data),
        response_headers={"content-location": base} if base else {},
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    items = []
    for entry in parsed.entries:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        summary = entry.get("summary") or ""
        items.append(
            {
                "title": _plain(entry.get("title") or ""),
                "link": entry.get("link") or "",
                "published": time.strftime("%Y-%m-%d", stamp) if stamp else "",
                "summary": _plain(summary)[:1000],
            }
        )
    error = parsed.get("bozo_exception")
    return {
        "title": _plain(parsed.feed.get("title") or ""),
        "link": parsed.feed.get("link") or "",
        "items": items,
        "error": f"{type(error).__name__}: {error}"[:300] if error and not items else "",
    }


def _plain(markup: str) -> str:
    """Text of a feed field that may hold HTML (already sanitized by feedparser)."""
    import html
    import re

    return " ".join(html.unescape(re.sub(r"<[^>]{0,2000}>", " ", markup[:200_000])).split())


TASKS: dict[str, Callable[[Any], Any]] = {
    "html": extract_html,
    "md": convert_markdown,
    "feed": parse_feed,
    "pdf": pdf_lines,
}


def preload() -> None:
    """Import the extraction libraries up front, so their import time never counts against a
    page's time limit (the worker calls this before it reports ready)."""
    import markdown  # noqa: F401
    import nh3  # noqa: F401
    import trafilatura  # noqa: F401


def _walk(element: Any, items: list[Item]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "list":
        for child in element.iterchildren():
            _walk(child, items)
        return
    if tag == "table":
        for row in element.iterchildren():
            cells = [_text(cell) for cell in row.iterchildren()]
            line = " | ".join(c for c in cells if c)
            if line:
                items.append(("p", line, 0, False, False))
        return
    if tag == "quote" and any(isinstance(c.tag, str) and c.tag == "p" for c in element):
        for child in element.iterchildren():
            _walk(child, items)
        return
    text = _text(element)
    if not text.strip():
        return
    if tag == "head":
        rend = element.get("rend") or "h2"
        level = int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2
        items.append(("h", text, level, False, False))
    elif tag == "item":
        items.append(("li", text, 0, False, False))
    elif tag == "quote":
        items.append(("quote", text, 0, False, False))
    elif tag == "code":
        items.append(("pre", text, 0, False, False))
    else:
        items.append(("p", text, 0, False, False))


def _text(element: Any) -> str:
    """The text of an element, with line breaks (``<lb/>``) kept as spaces between words."""
    parts: list[str] = []

    def visit(el: Any) -> None:
        if isinstance(el.tag, str) and el.tag == "lb":
            parts.append(" ")
        elif el.text:
            parts.append(el.text)
        for child in el.iterchildren():
            visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(element)
    return "".join(parts)
