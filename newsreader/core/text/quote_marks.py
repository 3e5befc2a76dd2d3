"""Where quotations are: regions of quoted text in a paragraph, nested quotes kept inside.

Curly double quotes nest by direction; straight double quotes alternate; guillemets « » pair; curly
single quotes count as quotation marks at the top level only when they open before a letter and
close before a non-letter (so "Putin’s" stays an apostrophe); inside a double-quoted region they
are a quote within the quote and belong to it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_MARKS = re.compile("[\"“”«»„‘']")
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
    """Top-level quotation regions of one paragraph (linear in the text: each mark is looked at a
    bounded number of times, so a paragraph of 200,000 quote marks stays fast)."""
    out: list[Region] = []
    n = len(text)
    marks = [m.start() for m in _MARKS.finditer(text)]
    singles = {c: _single_closers(text, c) for c in ("'", "’")}
    pos = 0
    for k, i in enumerate(marks):
        if i < pos:
            continue
        ch = text[i]
        closer = _opens(text, i, singles)
        if closer is None:
            continue
        if ch == '"':
            found = text.find('"', i + 1)
            end: int | None = found if found >= 0 else None
        elif ch in "'‘":
            end = _next(singles[closer], i + 1)
        else:
            end = _nested_close(text, marks, k, ch, closer)
        if end is None:
            out.append(Region(i + 1, _rstrip(text, n), False, True, i, -1))
            break
        out.append(Region(i + 1, end, True, True, i, end))
        pos = end + 1
    return out


def _opens(text: str, i: int, singles: dict[str, list[int]]) -> str | None:
    ch = text[i]
    if ch == '"':
        return '"'
    if ch in "‘'":
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if prev.isalnum() or not nxt.isalpha():
            return None  # an apostrophe ("Putin’s", "'90s")
        closer = "’" if ch == "‘" else "'"
        if ch == "'" and _next(singles[closer], i + 1) is None:
            return None
        return closer
    return OPENERS.get(ch) if ch in ("“", "«", "„") else None


def _single_closers(text: str, mark: str) -> list[int]:
    """Positions where ``mark`` can close a single-quoted region: after a non-space, before a
    non-letter (so the apostrophe in "Putin’s" never closes one)."""
    n = len(text)
    out = []
    i = text.find(mark)
    while i >= 0:
        if i > 0 and text[i - 1] != " " and (i + 1 >= n or not text[i + 1].isalpha()):
            out.append(i)
        i = text.find(mark, i + 1)
    return out


def _next(positions: list[int], start: int) -> int | None:
    k = bisect.bisect_left(positions, start)
    return positions[k] if k < len(positions) else None


def _nested_close(text: str, marks: list[int], k: int, opener: str, closer: str) -> int | None:
    """The mark closing the region opened at ``marks[k]``; inner pairs of the same kind nest."""
    depth = 0
    for m in range(k + 1, len(marks)):
        i = marks[m]
        ch = text[i]
        if ch == opener and opener != closer:
            depth += 1
        elif ch == closer:
            if depth == 0:
                return i
            depth -= 1
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
