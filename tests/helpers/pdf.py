"""A tiny PDF writer for test fixtures: text at given positions, images, a password lock.

Writes PDF 1.4 by hand (Helvetica and Helvetica-Bold, WinAnsi text, an xref table), so the tests
need no PDF library of their own and every fixture is generated, never copied from elsewhere.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

WIDTH, HEIGHT = 595.0, 842.0  # A4 in points


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float
    text: str
    size: float = 10.0
    bold: bool = False


@dataclass(slots=True)
class Page:
    texts: list[Text] = field(default_factory=list)
    image: bool = False  # a grey picture covering most of the page (what a scan looks like)


def column(
    paragraphs: list[str],
    *,
    x: float,
    top: float,
    chars: int,
    size: float = 10.0,
    leading: float = 12.0,
    gap: float = 8.0,
    indent: float = 0.0,
) -> tuple[list[Text], float]:
    """Paragraphs wrapped at ``chars`` characters, set from ``top`` down; returns the lines and
    the y where the next line would go."""
    out: list[Text] = []
    y = top
    for paragraph in paragraphs:
        for k, line in enumerate(textwrap.wrap(paragraph, chars)):
            out.append(Text(x + (indent if k == 0 else 0.0), y, line, size))
            y -= leading
        y -= gap
    return out, y


def make_pdf(
    pages: list[Page],
    *,
    info: dict[str, str] | None = None,
    locked: bool = False,
) -> bytes:
    """The bytes of a PDF with these pages. ``locked``: encrypted with a user password (unknown)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    image = add(
        _stream(
            b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8",
            b"\x40\x80\xc0\xff",
        )
    )
    kids: list[int] = []
    for page in pages:
        content = _content(page)
        stream = add(_stream(b"<<", content))
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {WIDTH:g} {HEIGHT:g}] "
                f"/Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> "
                f"/XObject << /Im1 {image} 0 R >> >> /Contents {stream} 0 R >>".encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objects[pages_obj - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    ).encode()
    trailer = f"/Root {catalog} 0 R".encode()
    if info:
        fields = " ".join(f"/{k} ({_escape(v).decode('latin-1')})" for k, v in info.items())
        trailer += f" /Info {add(f'<< {fields} >>'.encode('latin-1'))} 0 R".encode()
    if locked:
        # A standard security handler whose user password is not empty: a reader without the
        # password cannot authenticate (the hashes are arbitrary, so no password opens it).
        encrypt = add(
            b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <"
            + b"11" * 32
            + b"> /U <"
            + b"22" * 32
            + b"> >>"
        )
        trailer += f" /Encrypt {encrypt} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]".encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" " + trailer + b" >>\n"
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _content(page: Page) -> bytes:
    parts: list[bytes] = []
    if page.image:
        parts.append(b"q 495 0 0 742 50 50 cm /Im1 Do Q")
    for t in page.texts:
        font = b"/F2" if t.bold else b"/F1"
        parts.append(
            b"BT "
            + font
            + f" {t.size:g} Tf {t.x:g} {t.y:g} Td (".encode()
            + _escape(t.text)
            + b") Tj ET"
        )
    return b"\n".join(parts)


def _stream(head: bytes, data: bytes) -> bytes:
    return head + f" /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
