"""Making untrusted strings fit for a report: visible control characters, safe link targets.

Escaping for HTML is Jinja2's job (autoescape); this module only decides what text to show and
which URLs may become links.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# C0 controls (except tab, newline, carriage return), DEL, C1 controls and lone surrogates: never
# meaningful in article text, and surrogates cannot even be encoded as UTF-8.
_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# Characters that must not act invisibly in a one-line field such as a file name or a title:
# all controls, and the bidirectional embeddings/overrides/isolates (e.g. U+202E).
_INVISIBLE_IN_FIELD = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def clean_text(text: str) -> str:
    """Body text with control characters and lone surrogates replaced by U+FFFD."""
    return _BAD_IN_TEXT.sub("\ufffd", text)


def visible(text: str) -> str:
    """A one-line field with every control or bidi-override character shown as an escape (``\\u202e``)."""

    def show(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"

    return _INVISIBLE_IN_FIELD.sub(show, text)


def safe_href(url: str) -> str | None:
    """``url`` when it may be a link in the report (absolute http/https, nothing odd), else None.

    Anything else (``javascript:``, ``data:``, ``file:``, relative paths, URLs with spaces or control
    characters that browsers would strip before parsing the scheme) is shown as text only.
    """
    if not url or len(url) > 2048 or any(ord(ch) <= 0x20 or ch == "\x7f" for ch in url):
        return None
    if _INVISIBLE_IN_FIELD.search(url) or "\\" in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
