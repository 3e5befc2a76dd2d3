"""A tag-stripping HTML reader: text blocks from block-level elements, with no entity expansion.

Used for the HTML that Markdown produces and as the fallback when article extraction fails or
times out. It is built on :mod:`html.parser`, a tokenizer: it never recurses, never expands entities
declared in a DOCTYPE (a "billion laughs" page stays small) and never fetches anything. Scripts,
styles, forms and embedded objects are skipped; with ``furniture=True`` (real web pages) so are
navigation, headers, footers, asides and elements whose class or id names page furniture
(cookie banners, share bars, related-article lists, newsletter boxes).
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from newsreader.core.ingest.blocks import Block, Item, join_items, normalize
from newsreader.core.ingest.vocab import word_set

VOID = word_set("area base br col embed hr img input keygen link meta param source track wbr")
SKIP = word_set(
    "script style noscript template iframe object embed svg math canvas video audio select "
    "textarea button head title applet frameset frame map"
)
FURNITURE = word_set("nav footer aside form menu dialog")
# Block-level elements and the kind of block each starts (everything else is inline).
BLOCK = {
    **dict.fromkeys(word_set("p div section article main header address center figure"), "p"),
    **dict.fromkeys(word_set("td th dd dt br hr table tr ul ol dl"), "p"),
    **dict.fromkeys(word_set("h1 h2 h3 h4 h5 h6"), "h"),
    "li": "li",
    "blockquote": "quote",
    "pre": "pre",
    "figcaption": "caption",
    "caption": "caption",
}
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:cookie|consent|gdpr|banner|share|sharing|social|related|newsletter|subscribe|"
    r"subscription|paywall|advert|ads?|promo|sponsor|comments?|sidebar|menu|breadcrumbs?|nav|"
    r"navbar|footer|masthead|popup|modal|signup|login|recommend\w*|trending|most-read|outbrain|"
    r"taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
MAX_DEPTH = 400  # deeper elements are read as if they were at this depth


class _Parser(HTMLParser):
    def __init__(self, furniture: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.furniture = furniture
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skipping = 0
        self.items: list[Item] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.emph_chars = 0
        self.kind = "p"
        self.level = 0
        self.in_link = 0
        self.in_emph = 0

    # -- structure -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self._flush()
            if tag not in {"br", "hr"}:
                self.kind = BLOCK[tag]
                self.level = int(tag[1]) if self.kind == "h" else 0
        if tag in VOID:
            return
        skip = tag in SKIP or (self.furniture and self._is_furniture(tag, attrs))
        if len(self.stack) < MAX_DEPTH or skip:
            self.stack.append((tag, skip))
            self.skipping += skip
        if tag == "a":
            self.in_link += 1
        elif tag in ("em", "i", "strong", "b"):
            self.in_emph += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.in_link = max(0, self.in_link - 1)
        elif tag in ("em", "i", "strong", "b"):
            self.in_emph = max(0, self.in_emph - 1)
        if tag in BLOCK:
            self._flush()
            self.kind, self.level = "p", 0
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 64), -1):
            if self.stack[i][0] == tag:
                for _tag, skipped in self.stack[i:]:
                    self.skipping -= skipped
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        self.buf.append(data)
        n = len("".join(data.split()))
        if self.in_link:
            self.link_chars += n
        if self.in_emph:
            self.emph_chars += n

    def _is_furniture(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in FURNITURE:
            return True
        if tag in ("html", "body", "main", "article"):
            return False
        for name, value in attrs:
            if name in ("class", "id", "role") and value and _FURNITURE_NAME.search(value):
                return True
            if name == "aria-hidden" and value == "true":
                return True
        return False

    def _flush(self) -> None:
        if not self.buf:
            return
        text = normalize("".join(self.buf))
        if text:
            compact = len(text) - text.count(" ")
            self.items.append(
                (
                    self.kind,
                    text,
                    self.level,
                    self.link_chars >= compact > 0,
                    self.emph_chars >= compact > 0,
                )
            )
        self.buf = []
        self.link_chars = self.emph_chars = 0


def html_items(html: str, *, furniture: bool = False) -> list[Item]:
    """``(kind, text, level, link_only, emphasis)`` for each block of text in ``html``."""
    parser = _Parser(furniture)
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup the tokenizer gives up on
        pass
    parser._flush()
    return parser.items


def html_blocks(html: str, *, furniture: bool = False) -> tuple[str, list[Block]]:
    """The plain text of ``html`` (block texts separated by blank lines) and its blocks."""
    return join_items(html_items(html, furniture=furniture))


def page_title(html: str) -> str:
    """The text of the first ``<title>`` element (the tokenizer's view, entities decoded)."""
    m = re.search(r"<title\b[^>]{0,200}>(.{0,2000}?)</title\s*>", html[:262144], re.I | re.S)
    if not m:
        return ""
    return normalize(unescape(m.group(1)))
