"""Inside the extraction worker: a PDF's text lines with their positions, via pdfminer.six.

pdfminer.six groups characters into lines (its layout analysis) and gives each line's box and
font; putting lines into columns and paragraphs, and telling running headers from text, is left to
:mod:`~newsreader.core.ingest.pdf_layout` in the calling process. The answer is plain data:
``{"pages": [{"width", "height", "images", "lines": [(x0, y0, x1, y1, text, size, bold)]}],
"info": {"title", "author"}, "truncated": bool}`` or ``{"error": "encrypted" | "damaged",
"detail": str}``. Nothing is fetched and no script in the PDF runs (pdfminer has no JavaScript).
"""

from __future__ import annotations

import io
import statistics
from typing import Any

MAX_PAGES = 300

Line = tuple[float, float, float, float, str, float, bool]


def pdf_lines(data: bytes) -> dict[str, Any]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFEncryptionError as exc:
        return {"error": "encrypted", "detail": str(exc)[:200]}
    except (PSException, ValueError, KeyError, TypeError, IndexError, AssertionError) as exc:
        return {"error": "damaged", "detail": f"{type(exc).__name__}: {exc}"[:200]}
    resources = PDFResourceManager()
    device = PDFPageAggregator(resources, laparams=LAParams())
    interpreter = PDFPageInterpreter(resources, device)
    pages: list[dict[str, Any]] = []
    truncated = False
    try:
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                truncated = True
                break
            interpreter.process_page(page)
            layout = device.get_result()
            lines: list[Line] = []
            images = _walk(layout, lines)
            pages.append(
                {"width": layout.width, "height": layout.height, "lines": lines, "images": images}
            )
    except PDFEncryptionError as exc:
        return {"error": "encrypted", "detail": str(exc)[:200]}
    except (PSException, ValueError, KeyError, TypeError, IndexError, AssertionError) as exc:
        if not pages:
            return {"error": "damaged", "detail": f"{type(exc).__name__}: {exc}"[:200]}
        truncated = True  # keep the pages read before the damage
    return {"pages": pages, "info": _info(document), "truncated": truncated}


def _walk(item: Any, lines: list[Line]) -> int:
    """Collect the text lines under ``item``; return how many images it holds."""
    from pdfminer.layout import LTChar, LTImage, LTTextLine

    if isinstance(item, LTImage):
        return 1
    if isinstance(item, LTTextLine):
        text = " ".join(item.get_text().split())
        if text:
            chars = [c for c in item if isinstance(c, LTChar)]
            size = statistics.median(c.size for c in chars) if chars else item.height
            heavy = sum(1 for c in chars if _is_bold(c.fontname))
            lines.append(
                (item.x0, item.y0, item.x1, item.y1, text, round(size, 2), heavy > len(chars) / 2)
            )
        return 0
    images = 0
    try:
        children = list(item)
    except TypeError:
        return 0
    for child in children:
        images += _walk(child, lines)
    return images


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(word in name for word in ("bold", "black", "heavy", "semibold"))


def _info(document: Any) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    for info in document.info[:1]:
        for key in ("Title", "Author"):
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip():
                out[key.lower()] = " ".join(value.split())[:300]
    return out
