"""Which block of the header zone is the headline.

A page's own title (``<title>``/``og:title``, passed in as the hint) is looked for first. Otherwise
every headline-shaped line above the article body is a candidate and the most headline-like one
wins: a headline has the length of a sentence's subject and verb (five to twenty words), sits
close to the body with at most a standfirst, a picture caption or a byline in between, and is
often followed by a byline or a date. A navigation menu copied along with the article is made of
one- to three-word lines far above the body, a kicker ("War in the east") is short, and a
standfirst is longer than a headline. In Markdown and web pages a heading outranks plain lines, a
top-level heading most of all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.core.ingest import meta_lines, names
from newsreader.core.ingest.blocks import Block
from newsreader.core.text import fold

_BULLET_START = re.compile(r"^(?:[-*•·▪◦‣–—+]|\d{1,3}[.)])\s")
MAX_DISTANCE = 12  # blocks between a candidate and the body beyond which distance stops counting
MAX_HEADER_BLOCKS = 300  # how far above the body a headline is looked for


@dataclass(slots=True)
class _Zone:
    """What the scoring needs about the header zone, computed once (linear in its length)."""

    start: int
    first: int
    metadata: list[bool]  # per block from ``start``: a byline, date or label line
    text_after: list[int]  # per block from ``start``: text lines between it and the body

    @classmethod
    def of(cls, blocks: list[Block], reasons: list[str], first: int) -> _Zone:
        start = max(0, first - MAX_HEADER_BLOCKS)
        metadata = [meta_lines.is_header_metadata(blocks[j].text) for j in range(start, first)]
        text_after = [0] * (first - start)
        count = 0
        for k in range(first - start - 1, -1, -1):
            text_after[k] = count
            j = start + k
            if not reasons[j] and not metadata[k] and len(blocks[j].text.split()) >= 4:
                count += 1
        return cls(start, first, metadata, text_after)

    def is_metadata(self, i: int) -> bool:
        return self.start <= i < self.first and self.metadata[i - self.start]


def find_title(
    blocks: list[Block], reasons: list[str], first: int, hint: str, heading_title: bool
) -> int | None:
    """The index of the headline block, if the header zone (or, for a page, the hint) has one."""
    if hint:
        found = _matching_hint(blocks, first, hint)
        if found is not None:
            return found
    zone = _Zone.of(blocks, reasons, first)
    candidates = [
        i
        for i in range(zone.start, first)
        if not reasons[i]
        and headline_shaped(blocks[i])
        and not zone.is_metadata(i)
        and not _runs_on(blocks[i], blocks[i + 1], zone.is_metadata(i + 1))
    ]
    if heading_title or hint:
        headings = [i for i in candidates if blocks[i].kind == "h"]
        if headings:
            top = min(blocks[i].level or 6 for i in headings)
            return _best([i for i in headings if (blocks[i].level or 6) == top], blocks, zone)
        if hint:
            return None
    if not candidates:
        return None
    plain = [i for i in candidates if not name_like(blocks[i].text)]
    return _best(plain or candidates, blocks, zone)


def headline_shaped(block: Block) -> bool:
    """Short, one line, not ending like a sentence or a label (a headline may end in ? or !)."""
    text = block.text
    words = len(text.split())
    fewest = 1 if block.kind == "h" else 2
    if not fewest <= words <= 30 or len(text) > 250 or block.kind in ("li", "caption", "quote"):
        return False
    if text.rstrip("\"'”’»)").endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    return not _BULLET_START.match(text)


def name_like(text: str) -> bool:
    return (
        names.is_person_name(text)
        or bool(names.parse_name_line(text))
        or (names.looks_like_outlet(text) and len(text.split()) <= 4)
    )


def headline_score(blocks: list[Block], zone: _Zone, i: int) -> float:
    """How much block ``i`` looks like the headline of the body that starts at ``zone.first``."""
    first = zone.first
    block = blocks[i]
    words = len(block.text.split())
    if words <= 3:
        score = 0.0  # a kicker or a menu item
    elif words == 4:
        score = 1.5
    elif words <= 15:
        score = 3.0
    elif words <= 20:
        score = 2.0  # as long as a standfirst
    else:
        score = 1.0
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if words <= 4 and nxt is not None and (i + 1 == first or len(nxt.text.split()) >= 16):
        score = 2.5  # a short headline straight above its standfirst or its first paragraph
    # Text between the headline and the body: one standfirst is normal; more lines of text in
    # between mean this line is further up the page (a menu, a promotion). Share buttons,
    # captions, bylines and dates in between do not count.
    between = zone.text_after[i - zone.start]
    score -= 0.5 * min(max(between - 1, 0), MAX_DISTANCE)
    if any(zone.is_metadata(j) for j in range(i + 1, min(first, i + 4))):
        score += 1.5  # a byline or a date under it
    if block.kind == "h":
        score += 2.0 + (block.level == 1)
    return score


def _runs_on(block: Block, nxt: Block, nxt_is_metadata: bool) -> bool:
    """A sentence broken across two lines: the next line goes on in lower case."""
    return nxt.text[:1].islower() and block.kind != "h" and nxt.kind != "li" and not nxt_is_metadata


def _best(indices: list[int], blocks: list[Block], zone: _Zone) -> int:
    # Highest score; among equals the earlier line (a headline comes before its standfirst).
    return max(indices, key=lambda i: (headline_score(blocks, zone, i), -i))


def _matching_hint(blocks: list[Block], first: int, hint: str) -> int | None:
    key = fold(hint)
    for i, block in enumerate(blocks[: min(len(blocks), max(first, 0) + 3, 12)]):
        text = fold(block.text)
        if text == key or (
            min(len(text), len(key)) >= 0.6 * max(len(text), len(key))
            and (key.startswith(text) or text.startswith(key))
        ):
            return i
    return None
