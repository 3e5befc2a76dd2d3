"""What a drop or a paste carries: local files and folders, web addresses, or plain text.

Nothing is fetched here: web addresses are handed on (the window asks before fetching them, see
:mod:`~newsreader.ui.library.web_intake`); addresses that are not http(s) get a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

MAX_TEXT = 5_000_000  # characters of pasted text accepted as an article
_URL_ONLY = re.compile(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)\S*\s*$")

REMOTE_MESSAGE = (
    "Only http and https addresses can be opened; this one was not fetched. Save the page "
    "and drop the file here, or copy the article's text and paste it with Ctrl+V."
)


@dataclass(slots=True)
class Payload:
    paths: list[Path] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)  # http(s) addresses, to offer to fetch
    other: list[str] = field(default_factory=list)  # addresses of other kinds: refused
    text: str = ""
    too_long: int = 0  # length of text refused for being over MAX_TEXT

    @property
    def empty(self) -> bool:
        return not (self.paths or self.remote or self.other or self.text.strip() or self.too_long)


def read_mime(mime: QMimeData) -> Payload:
    payload = Payload()
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                payload.paths.append(Path(url.toLocalFile()))
            elif url.scheme():
                _add_address(payload, url.toString())
    if payload.paths or payload.remote or payload.other:
        return payload
    if mime.hasText():
        text = mime.text()
        if _URL_ONLY.match(text):
            _add_address(payload, text.strip())
        elif len(text) > MAX_TEXT:
            payload.too_long = len(text)
        else:
            payload.text = text
    return payload


def _add_address(payload: Payload, address: str) -> None:
    web = address.lower().startswith(("http://", "https://", "www."))
    (payload.remote if web else payload.other).append(address)


def accepts(mime: QMimeData) -> bool:
    """Whether a drag carries anything the window can take (URLs or text)."""
    return mime.hasUrls() or mime.hasText()
