"""Making untrusted strings fit for a report: visible control characters, safe link targets.

Escaping for HTML is Jinja2's job (autoescape); this module only decides what text to show and
which URLs may become links.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsreader.core.visible import visible

__all__ = ["clean_text", "safe_href", "visible"]

# C0 controls (except tab, newline, carriage return), DEL, C1 controls and lone surrogates: never
# meaningful in article text, and surrogates cannot even be encoded as UTF-8.
_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Body text with control characters and lone surrogates replaced by U+FFFD."""
    return _BAD_IN_TEXT.sub("\ufffd", text)


def safe_href(url: str) -> str | None:
    """``url`` when it may be a link in the report (absolute http/https, nothing odd), else None.

    Anything else (``javascript:``, ``data:``, ``file:``, relative paths, URLs with spaces or control
    characters that browsers would strip before parsing the scheme) is shown as text only.
    """
    if not url or len(url) > 2048 or any(ord(ch) <= 0x20 or ch == "\x7f" for ch in url):
        return None
    if visible(url) != url or "\\" in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
