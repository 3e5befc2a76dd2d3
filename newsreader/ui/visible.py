"""Make untrusted one-line strings (titles, outlets, file names, URLs) safe to show.

A title or file name may contain ``</title><script>``, a right-to-left override (U+202E) that makes
``txt.exe`` read as ``exe.txt``, newlines, or other control characters (BAD_INPUTS 18 and 31).
:func:`visible` turns every such character into a visible escape; :func:`html_text` also escapes
HTML, for every place that interprets rich text (QTextBrowser content, tooltips).
"""

from __future__ import annotations

import html
import unicodedata

NEWLINE_MARK = "↵"

# Characters that change how the text around them is displayed without being visible themselves.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")


def _escape_char(ch: str) -> str:
    return f"⟨U+{ord(ch):04X}⟩"


def visible(text: str, limit: int | None = None) -> str:
    """``text`` with line breaks shown as ``↵`` and controls / bidi overrides as ``⟨U+202E⟩``.

    ``limit`` cuts the result to that many characters (plus an ellipsis).
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
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    result = "".join(out)
    if limit is not None and len(result) > limit:
        result = result[: max(0, limit - 1)].rstrip() + "…"
    return result


def html_text(text: str, limit: int | None = None) -> str:
    """:func:`visible`, then HTML-escaped (quotes too), for rich-text contexts."""
    return html.escape(visible(text, limit), quote=True)


def tooltip(*lines: str) -> str:
    """A rich-text tooltip whose lines are all escaped (Qt guesses rich text from plain strings)."""
    return "<p style='white-space:pre-wrap'>" + "<br>".join(html_text(x) for x in lines) + "</p>"
