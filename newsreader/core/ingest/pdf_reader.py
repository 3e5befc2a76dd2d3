"""A PDF article (an e-paper page, a press release) to blocks, page furniture and metadata.

The text is read with pdfminer.six in the extraction worker process, with a time limit
(:mod:`.pdf_extract`); the lines become paragraphs in :mod:`.pdf_layout`. Running headers,
footers and page numbers never become paragraphs: they are listed, in their places, among the
removed lines. A password-protected PDF, a scan without a text layer or a damaged file is refused
with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from newsreader.core.ingest import metadata as prio
from newsreader.core.ingest import worker
from newsreader.core.ingest.blocks import join_items, normalize
from newsreader.core.ingest.errors import LoadError
from newsreader.core.ingest.html_reader import HtmlReading
from newsreader.core.ingest.meta_lines import plausible_author
from newsreader.core.ingest.metadata import Candidates
from newsreader.core.ingest.pdf_extract import MAX_PAGES
from newsreader.core.ingest.pdf_layout import lay_out, page_from

TIMEOUT = 30.0

_ENCRYPTED = (
    "is a password-protected (encrypted) PDF; newsreader cannot open it. Open it in a PDF "
    "viewer with the password and save or print an unprotected copy, or copy its text"
)
_SCANNED = (
    "is a PDF of scanned images with no text layer; newsreader does not recognise text in "
    "images (OCR). Run it through an OCR tool first, or copy the text from a viewer"
)
_HEADER = re.compile(rb"%PDF-\d\.\d")
_JUNK_TITLES = ("untitled", "microsoft word", ".doc", ".pdf", ".indd", ".qxd", "layout 1")


def is_pdf(data: bytes) -> bool:
    """True for a PDF file: it starts with the ``%PDF-1.x`` header, or has it within the first
    kilobyte after binary junk (never after text: an article may mention the header)."""
    m = _HEADER.search(data[:1024])
    if m is None:
        return False
    before = data[: m.start()]
    return not before.strip() or not before.isascii() or b"\x00" in before


def read_pdf(
    data: bytes, cands: Candidates, *, cancelled: Callable[[], bool] | None = None
) -> HtmlReading:
    """The PDF's text and blocks, in the shape a web page's reading has (``page_lines``: the
    paragraphs and the furniture lines in document order, for the removed lines)."""
    try:
        raw: dict[str, Any] = worker.run_task("pdf", data, timeout=TIMEOUT, cancelled=cancelled)
    except worker.WorkerTimeoutError:
        raise LoadError(None, f"is a PDF that took longer than {TIMEOUT:g} s to read") from None
    except worker.WorkerError as exc:
        raise LoadError(None, f"is a PDF that could not be read ({exc})") from None
    if raw.get("error") == "encrypted":
        raise LoadError(None, _ENCRYPTED)
    if raw.get("error"):
        detail = raw.get("detail") or "unknown error"
        raise LoadError(None, f"is a damaged or incomplete PDF that cannot be read ({detail})")
    pages = [page_from(p) for p in raw.get("pages", [])]
    if not any(page.lines for page in pages):
        if any(page.images for page in pages):
            raise LoadError(None, _SCANNED)
        raise LoadError(None, "is a PDF without any text")
    warnings: list[str] = []
    blank = [n + 1 for n, page in enumerate(pages) if not page.lines and page.images]
    if blank:
        warnings.append(
            f"{_count(len(blank), 'page')} of this PDF ({_list(blank)}) {'is' if len(blank) == 1 else 'are'} "
            "scanned images without text and could not be read."
        )
    if raw.get("truncated"):
        warnings.append(
            f"Only the first {len(pages)} pages were read"
            + (
                f" (the limit is {MAX_PAGES})."
                if len(pages) >= MAX_PAGES
                else " (the rest is damaged)."
            )
        )
    layout = lay_out(pages)
    items = [(p.kind, p.text, p.level, False, False) for p in layout.paragraphs]
    text, blocks = join_items(items)
    info = raw.get("info") or {}
    author = normalize(str(info.get("author", "")))
    if plausible_author(author):
        cands.author(prio.EXTRACTOR, author)
    title = layout.title or _document_title(str(info.get("title", "")))
    return HtmlReading(text, blocks, title, warnings, [normalize(t) for t in layout.order])


def _document_title(title: str) -> str:
    """The PDF's own title field, unless it is a file or template name."""
    title = normalize(title)
    low = title.lower()
    if not title or any(junk in low for junk in _JUNK_TITLES) or len(title.split()) < 3:
        return ""
    return title


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _list(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:10]))
    return shown + (", …" if len(numbers) > 10 else "")
