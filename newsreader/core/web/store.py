"""Fetched pages kept in the app's data folder, so an article from a URL survives restarts offline.

A page is saved once per URL as ``<host>-<hash>.<html|txt|pdf>`` (fetching the URL again replaces
it, atomically) and from then on is loaded like any saved file: the same HTML path, the same
session entry. The web address stays with the page the way browsers record it:

- HTML starts with ``<!-- saved from url=(NNNN)URL -->`` (what browsers write when saving a page),
  followed by ``<meta charset="…">`` when the server named the charset, so the saved copy decodes
  as the response did (a UTF-16/32 response is stored as UTF-8 instead);
- plain text starts with a ``Source: URL`` line (the loader reads it as the article's address and
  lists it as removed metadata), transcoded to UTF-8 when the server named another charset;
- a PDF is stored as it came.

The folder is ``$NEWSREADER_HOME/data/pages`` when that variable is set, else ``pages`` in the
platform's user data folder (``~/.local/share/newsreader/pages`` on Linux).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from newsreader.core.export.atomic import ExportError, write_atomic
from newsreader.core.web.fetch import Fetched, FetchError

APP_NAME = "newsreader"
EXTENSIONS = ("html", "txt", "pdf")

_HOST_CHARS = re.compile(r"[^a-z0-9.-]+")
_UTF16_32 = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
_SINGLE_BYTE = frozenset(
    {"cp1252", "iso8859-1", "iso8859-15", "ascii", "cp1250", "cp1251", "koi8-r"}
)


def pages_dir() -> Path:
    """Where fetched pages are kept (created on first save)."""
    home = os.environ.get("NEWSREADER_HOME")
    if home:
        return Path(home) / "data" / "pages"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "pages"


def page_path(url: str, kind: str, folder: Path | None = None) -> Path:
    """The file a page fetched from ``url`` is kept in (``kind``: html, txt or pdf)."""
    host = _HOST_CHARS.sub("-", (urlsplit(url).hostname or "page").lower()).strip("-.")[:60]
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    return (folder or pages_dir()) / f"{host or 'page'}-{digest}.{kind}"


def saved_copy(url: str, folder: Path | None = None) -> Path | None:
    """The copy of ``url`` saved earlier, if any."""
    for kind in EXTENSIONS:
        path = page_path(url, kind, folder)
        if path.is_file():
            return path
    return None


def save_page(fetched: Fetched, kind: str, folder: Path | None = None) -> Path:
    """Write the fetched page to its file (atomically) and return the path."""
    path = page_path(fetched.url, kind, folder)
    if kind == "html":
        data = _html_copy(fetched)
    elif kind == "txt":
        data = _text_copy(fetched)
    else:
        data = fetched.data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except ExportError as exc:
        raise FetchError(fetched.url, f"was fetched but could not be kept: {exc.reason}") from None
    except OSError as exc:
        raise FetchError(
            fetched.url, f"was fetched but could not be kept in {path.parent}: {exc.strerror}"
        ) from None
    return path


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _html_copy(fetched: Fetched) -> bytes:
    url = fetched.final_url
    prefix = f"<!-- saved from url=({len(url):04d}){url} -->\n"
    data = fetched.data
    codec = _codec(fetched.charset)
    wide = _wide_text(data, codec)
    if wide is not None:
        return codecs.BOM_UTF8 + (prefix + wide).encode("utf-8")
    if data.startswith(codecs.BOM_UTF8):
        return codecs.BOM_UTF8 + prefix.encode("ascii") + data[len(codecs.BOM_UTF8) :]
    if codec is not None and not (codec in _SINGLE_BYTE and _utf8_beyond_ascii(data)):
        # The server's charset, unless it names a legacy code page for text that is evidently
        # UTF-8 (multi-byte sequences do not occur by accident in legacy text).
        prefix += f'<meta charset="{codec}">\n'
    return prefix.encode("ascii") + data


def _text_copy(fetched: Fetched) -> bytes:
    prefix = f"Source: {fetched.final_url}\n\n"
    data = fetched.data
    codec = _codec(fetched.charset)
    wide = _wide_text(data, codec)
    if wide is not None:
        data = wide.encode("utf-8")
    elif data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif codec not in (None, "utf-8") and not _utf8_beyond_ascii(data):
        data = data.decode(codec, errors="replace").encode("utf-8")
    return prefix.encode("ascii") + data


def _wide_text(data: bytes, codec: str | None) -> str | None:
    """The text of a UTF-16/32 page (by its byte-order mark or the server's charset), else None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif codec in _UTF16_32:
        text = data.decode(codec, errors="replace")
    else:
        return None
    return text.lstrip("\ufeff")


def _utf8_beyond_ascii(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()
