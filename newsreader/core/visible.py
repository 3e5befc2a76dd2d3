"""Untrusted one-line strings (titles, outlets, file names, URLs) made safe to show anywhere.

A title or file name may contain a right-to-left override (U+202E) that makes ``txt.exe`` read as
``exe.txt``, newlines, or other control characters (BAD_INPUTS 18 and 31). :func:`visible` turns
every such character into a visible mark, the same way in the window, the export and the terminal.
HTML escaping is left to whoever renders (Jinja2 autoescape, ``html.escape``).
"""

from __future__ import annotations

import unicodedata

NEWLINE_MARK = "↵"

# Characters that change how the text around them is displayed without being visible themselves.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")


def escape_mark(ch: str) -> str:
    """How one invisible character is shown: ``⟨U+202E⟩``."""
    return f"⟨U+{ord(ch):04X}⟩"


def visible(text: str, limit: int | None = None) -> str:
    """``text`` with line breaks shown as ``↵`` and controls / bidi overrides as ``⟨U+202E⟩``.

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
        elif ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            out.append(escape_mark(ch))
        else:
            out.append(ch)
    result = "".join(out)
    if limit is not None and len(result) > limit:
        result = result[: max(0, limit - 1)].rstrip() + "…"
    return result
