"""The ``removed`` list: every line that did not make it into the article, in document order.

For plain text and Markdown these are the blocks the cleaner dropped. For a web page, the article
extractor has already left out most of the page (menus, footers, related links) before the
cleaner sees anything; so that nothing disappears silently, the page's visible text lines are
walked in order and every line that is neither in the article nor its title is listed, with the
cleaner's own drops in their places.
"""

from __future__ import annotations

from newsreader.core.ingest.blocks import Block
from newsreader.core.text import fold

WINDOW = 400  # how far ahead in the page to look for the next extracted block

DROPPED = ("meta", "furniture")


def removed_lines(
    blocks: list[Block],
    roles: list[str],
    page_lines: list[str] | None = None,
    title: str = "",
) -> list[str]:
    """Dropped lines in order. ``page_lines``: the visible text lines of the page, if any."""
    own = [(b.text, r in DROPPED) for b, r in zip(blocks, roles, strict=True)]
    if not page_lines:
        return [text for text, dropped in own if dropped]
    keys = [_key(line) for line in page_lines]
    title_key = _key(title)
    out: list[str] = []
    pos = 0  # next page line not yet accounted for

    def left_out(upto: int) -> None:
        pairs = zip(page_lines[pos:upto], keys[pos:upto], strict=True)
        out.extend(line for line, k in pairs if k != title_key)

    for text, dropped in own:
        key = _key(text)
        match = _find(keys, key, pos)
        if match is not None:
            left_out(match)
            pos = match + 1
            while pos < len(keys) and keys[pos] and keys[pos] in key:  # the rest of a merged block
                pos += 1
        if dropped:
            out.append(text)
    left_out(len(keys))
    return out


def _key(text: str) -> str:
    return " ".join(fold(text).split())[:200]


def _find(keys: list[str], key: str, start: int) -> int | None:
    """The first page line from ``start`` that is this block (or contains it, or is in it)."""
    if not key:
        return None
    for i in range(start, min(len(keys), start + WINDOW)):
        line = keys[i]
        if line == key or (len(line) >= 20 and (line in key or key[: len(line)] == line)):
            return i
        if len(key) >= 20 and key in line:
            return i
    return None
