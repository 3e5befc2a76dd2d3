"""Untrusted text made safe to show anywhere, and the same for the eye and for the analysis.

A title or file name may contain a right-to-left override (U+202E) that makes ``txt.exe`` read as
``exe.txt``, zero-width characters ("Reu\u200bters"), newlines, or other control characters
(BAD_INPUTS 18 and 31). :func:`visible` turns every such character into a visible mark, the same
way in the window, the export and the terminal.

Body text gets the same treatment in two halves (issue 13): :func:`neutralise` takes the invisible
format characters (Unicode category Cf: bidi controls, zero-width spaces and joiners, the BOM...) out
of a paragraph before any engine reads it, and remembers where they were; :func:`with_marks` puts
them back as visible marks for the panes and the export. So "will \u202eton\u202c attend", which
displays as "will not attend", is shown as "will ⟨U+202E⟩ton⟨U+202C⟩ attend" and analysed as "will
ton attend": what the reader sees and what the facts say agree. A soft hyphen (U+00AD) is only a
hyphenation hint: it is dropped, never marked.

HTML escaping is left to whoever renders (Jinja2 autoescape, ``html.escape``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

NEWLINE_MARK = "↵"

# Characters that change how the text around them is displayed without being visible themselves.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
SOFT_HYPHEN = "\u00ad"

Hidden = tuple[tuple[int, str], ...]  # (offset in the neutral text, the characters taken out there)


def is_hidden(ch: str) -> bool:
    """A format character: invisible, yet it changes how the text around it reads (Unicode Cf)."""
    return unicodedata.category(ch) == "Cf"


@cache
def _hidden_pattern() -> re.Pattern[str]:
    """Runs of Cf characters (the set of this Python's Unicode database, scanned once)."""
    points = [c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    ranges: list[str] = []
    start = prev = points[0]
    for c in [*points[1:], -2]:
        if c != prev + 1:
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else "")
            )
            start = c
        prev = c
    return re.compile(f"[{''.join(ranges)}]+")


def neutralise(text: str) -> tuple[str, Hidden]:
    """``text`` without its format characters, and where each run of them was.

    The offsets are in the returned text: a run at offset ``k`` stood just before its ``k``-th
    character. :func:`with_marks` shows them again.
    """
    pattern = _hidden_pattern()
    if not pattern.search(text):
        return text, ()
    parts: list[str] = []
    hidden: list[tuple[int, str]] = []
    pos = kept = 0
    for m in pattern.finditer(text):
        parts.append(text[pos : m.start()])
        kept += m.start() - pos
        hidden.append((kept, m.group()))
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), tuple(hidden)


def mark_run(run: str) -> str:
    """How a run of format characters is shown: one mark each (a soft hyphen is dropped)."""
    return "".join(escape_mark(ch) for ch in run if ch != SOFT_HYPHEN)


def with_marks(text: str, hidden: Hidden, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with the format characters :func:`neutralise` took out shown as marks.

    A run at offset ``k`` belongs to the piece where ``start <= k < end``; one at the very end to
    the non-empty piece that ends there (to ``0..0`` when the text is nothing but such a run).
    """
    end = len(text) if end is None else end
    if not hidden:
        return text[start:end]
    out: list[str] = []
    pos = start
    trailing = end == len(text) and (start < end or not text)
    for offset, run in hidden:
        if not (start <= offset < end or (offset == end and trailing)):
            continue
        out.append(text[pos:offset])
        out.append(mark_run(run))
        pos = offset
    out.append(text[pos:end])
    return "".join(out)


def shown_offsets(text: str, hidden: Hidden, *, ends: bool = False) -> list[int]:
    """For every offset ``0..len(text)`` in the neutral text, the offset in :func:`with_marks`.

    An offset where marks stand maps to just after them (where a span starts), or with ``ends``
    to just before them (where a span ends).
    """
    out = list(range(len(text) + 1))
    if not hidden:
        return out
    shift = 0
    runs = iter(hidden)
    nxt = next(runs, None)
    for k in range(len(text) + 1):
        before = shift
        while nxt is not None and nxt[0] == k:
            shift += len(mark_run(nxt[1]))
            nxt = next(runs, None)
        out[k] = k + (before if ends else shift)
    return out


def escape_mark(ch: str) -> str:
    """How one invisible character is shown: ``⟨U+202E⟩``."""
    return f"⟨U+{ord(ch):04X}⟩"


def visible(text: str, limit: int | None = None) -> str:
    """``text`` with line breaks shown as ``↵`` and controls, bidi overrides and zero-width
    characters as ``⟨U+202E⟩`` (a soft hyphen is dropped).

    Lone surrogates (which cannot even be encoded) are shown the same way. ``limit`` cuts the
    result to that many characters (plus an ellipsis).
    """
    out: list[str] = []
    previous_cr = False
    for ch in text:
        if ch == "\n" and previous_cr:
            previous_cr = False
            continue  # \r\n is one line break
        previous_cr = ch == "\r"
        if ch in _LINE_BREAKS:
            out.append(NEWLINE_MARK)
        elif ch == "\t":
            out.append(" ")
        elif ch == SOFT_HYPHEN:
            continue
        elif ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append(escape_mark(ch))
        else:
            out.append(ch)
    result = "".join(out)
    if limit is not None and len(result) > limit:
        result = result[: max(0, limit - 1)].rstrip() + "…"
    return result
