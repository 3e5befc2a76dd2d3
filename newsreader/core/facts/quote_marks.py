"""Where quotations are: regions of quoted text in a paragraph, nested quotes kept inside.

Curly double quotes nest by direction; straight double quotes alternate; guillemets « » pair; curly
single quotes count as quotation marks at the top level only when they open before a letter and
close before a non-letter (so "Putin’s" stays an apostrophe); inside a double-quoted region they
are a quote within the quote and belong to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKS = re.compile("[\"“«„‘']")
OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
MIN_QUOTE_WORDS = 4  # shorter quoted phrases are scare quotes, not statements


@dataclass(frozen=True, slots=True)
class Region:
    """Quoted text ``start``..``end`` (without the marks); ``closed`` False when it runs to the end
    of the paragraph; ``opened`` False when the paragraph starts inside a quote."""

    start: int
    end: int
    closed: bool
    opened: bool = True
    open_mark: int = -1  # index of the opening mark, -1 if none
    close_mark: int = -1


def regions(text: str) -> list[Region]:
    """Top-level quotation regions of one paragraph."""
    out: list[Region] = []
    n = len(text)
    i = 0
    for m in _MARKS.finditer(text):
        if m.start() < i:
            continue
        i = m.start()
        ch = text[i]
        closer = _opens(text, i)
        if closer is None:
            continue
        end = _find_close(text, i + 1, ch, closer)
        if end is None:
            out.append(Region(i + 1, _rstrip(text, n), False, True, i, -1))
            break
        out.append(Region(i + 1, end, True, True, i, end))
        i = end + 1
    return out


def _opens(text: str, i: int) -> str | None:
    ch = text[i]
    if ch == '"':
        return '"'
    if ch in "‘'":
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if prev.isalnum() or not nxt.isalpha():
            return None  # an apostrophe ("Putin’s", "'90s")
        if ch == "'" and _find_close(text, i + 1, "'", "'") is None:
            return None
        return "’" if ch == "‘" else "'"
    return OPENERS.get(ch) if ch in ("“", "«", "„") else None


def _find_close_single(text: str, i: int) -> int | None:
    return _find_close(text, i, "'", "'")


def _find_close(text: str, i: int, opener: str, closer: str) -> int | None:
    """Index of the mark closing a region opened by ``opener``; nested quotes are skipped."""
    depth = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if opener == '"':
            if ch == '"':
                return i
        elif opener in "‘'":
            if ch == closer and (i + 1 >= n or not text[i + 1].isalpha()) and text[i - 1] != " ":
                return i
        elif ch == opener and opener != closer:
            depth += 1
        elif ch == closer:
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def starts_with_quote(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in '“"«„‘'


def word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))
