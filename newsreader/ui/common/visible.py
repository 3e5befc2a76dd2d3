"""Make untrusted one-line strings (titles, outlets, file names, URLs) safe to show.

A title or file name may contain ``</title><script>``, a right-to-left override (U+202E) that makes
``txt.exe`` read as ``exe.txt``, newlines, or other control characters (BAD_INPUTS 18 and 31).
:func:`~newsreader.core.visible.visible` (in core, shared with the export and the command line)
turns every such character into a visible mark; :func:`html_text` also escapes HTML, for every
place that interprets rich text (QTextBrowser content, tooltips).
"""

from __future__ import annotations

import html

from newsreader.core.visible import NEWLINE_MARK, visible

__all__ = ["NEWLINE_MARK", "html_text", "tooltip", "visible"]


def html_text(text: str, limit: int | None = None) -> str:
    """:func:`visible`, then HTML-escaped (quotes too), for rich-text contexts."""
    return html.escape(visible(text, limit), quote=True)


def tooltip(*lines: str) -> str:
    """A rich-text tooltip whose lines are all escaped (Qt guesses rich text from plain strings)."""
    return "<p style='white-space:pre-wrap'>" + "<br>".join(html_text(x) for x in lines) + "</p>"
