"""Lines that are only a web address: the article's own URL, or an image or other page asset."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_URL_LINE = re.compile(r"^<?((?:https?://|www\.)[^\s<>]{3,2000})>?$", re.IGNORECASE)
_LABELLED_URL = re.compile(
    r"^(?:source|url|link|original|originally published at|read (?:it|more) at|via)\s*[:\-–—]\s*"
    r"<?((?:https?://|www\.)[^\s<>]{3,2000})>?$",
    re.IGNORECASE,
)
_ASSET_EXT = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|heic|mp4|webm|mov|m4v|mp3|m4a|ogg|wav|"
    r"css|js|json|xml|pdf|woff2?|ttf|zip)$",
    re.IGNORECASE,
)
_ASSET_PATH = re.compile(
    r"/(?:wp-content/uploads|uploads|images?|img|media|static|assets|cdn-cgi|thumbnails?)/",
    re.IGNORECASE,
)
_ASSET_QUERY = re.compile(r"(?:^|&)(?:resize|w|width|h|height|quality|fit|crop|format)=", re.I)


def url_in_line(line: str) -> str | None:
    """The URL when ``line`` is nothing but a URL (optionally labelled ``Source:`` etc.)."""
    m = _URL_LINE.match(line) or _LABELLED_URL.match(line)
    return m.group(1) if m else None


def is_asset(url: str) -> bool:
    """True for images, scripts, stylesheets and other page assets (not an article address)."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    path = parts.path
    return bool(
        _ASSET_EXT.search(path) or _ASSET_PATH.search(path) or _ASSET_QUERY.search(parts.query)
    )


def domain(url: str) -> str:
    """The host name of ``url`` without ``www.``, e.g. ``aljazeera.com``."""
    try:
        host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")
