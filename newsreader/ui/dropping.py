"""What a drop or a paste carries: local files and folders, remote URLs, or plain text.

Nothing is ever fetched: a web address becomes a message telling the user how to bring the page in
(save it, or copy its text), never a download.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

MAX_TEXT = 5_000_000  # characters of pasted text accepted as an article
_URL_ONLY = re.compile(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)\S*\s*$")

REMOTE_MESSAGE = (
    "Web addresses are not fetched: newsreader never downloads pages by itself. "
    "Save the page in your browser (Ctrl+S) and drop the file here, or copy the article's "
    "text and paste it with Ctrl+V."
)


@dataclass(slots=True)
class Payload:
    paths: list[Path] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)
    text: str = ""
    too_long: int = 0  # length of text refused for being over MAX_TEXT

    @property
    def empty(self) -> bool:
        return not (self.paths or self.remote or self.text.strip() or self.too_long)


def read_mime(mime: QMimeData) -> Payload:
    payload = Payload()
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                payload.paths.append(Path(url.toLocalFile()))
            elif url.scheme():
                payload.remote.append(url.toString())
    if payload.paths or payload.remote:
        return payload
    if mime.hasText():
        text = mime.text()
        if _URL_ONLY.match(text):
            payload.remote.append(text.strip())
        elif len(text) > MAX_TEXT:
            payload.too_long = len(text)
        else:
            payload.text = text
    return payload


def accepts(mime: QMimeData) -> bool:
    """Whether a drag carries anything the window can take (URLs or text)."""
    return mime.hasUrls() or mime.hasText()
