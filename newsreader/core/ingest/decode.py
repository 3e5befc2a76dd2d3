"""Bytes to text: BOM → strict UTF-8 → declared charset → detection, and the encoding recorded.

The order follows what browsers and editors do (WHATWG "encoding sniffing"): a byte-order mark wins;
text that is valid UTF-8 is UTF-8; then the charset a web page declares; then statistical detection
(charset-normalizer). Detection is known to label Western European text as cp1250 (Central European)
or cp1257 (Baltic) because those code pages decode it without error, so cp1252 is preferred, as
browsers do, unless the other reading is plausible for its languages and the cp1252 one is not
(:mod:`.alphabets`), or the detector finds cp1252 clearly worse. Text that is mostly UTF-8 with a few broken bytes stays UTF-8 with U+FFFD replacements and
a warning, rather than being reread in a legacy code page.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import charset_normalizer

from newsreader.core.ingest.alphabets import plausible
from newsreader.core.ingest.errors import LoadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)

# Labels that browsers treat as windows-1252 (WHATWG), and labels a page may declare but that
# cannot describe an ASCII-compatible HTML file (browsers ignore them too).
_AS_CP1252 = frozenset({"ascii", "latin_1", "iso8859_1", "cp1252"})
_IGNORED_DECLARED = frozenset(
    {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"}
)

# C0/C1 control characters other than tab, newline, carriage return, form feed: shown as spaces
# (one for one, so character positions do not move).
_CONTROLS = {
    c: " " for c in [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]
}
_SURROGATE = re.compile("[\ud800-\udfff]")

SAMPLE = 64 * 1024  # how much text the plausibility checks look at


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name, usable for "reopen with encoding"
    warnings: list[str] = field(default_factory=list)


def declared_charset(data: bytes) -> str | None:
    """The charset a web page (or XML file) declares in its first 4 KB, as a Python codec name."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace")
    return _codec_name(label)


def decode(data: bytes, *, forced: str | None = None) -> Decoded:
    """Decode ``data``; ``forced`` is an encoding the user chose ("reopen with encoding")."""
    if forced:
        return _decode_forced(data, forced)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _with_replacements(data, name, "")
    utf16 = utf16_without_bom(data)
    if utf16:
        return _with_replacements(data, utf16, f"no byte-order mark; read as {utf16}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    declared = declared_charset(data)
    if declared and declared not in _IGNORED_DECLARED and declared != "utf_8":
        name = "cp1252" if declared in _AS_CP1252 else declared
        try:
            return Decoded(data.decode(name), _display(name))
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(data)


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` looks like BOM-less UTF-16 text, else None."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    n = len(even)
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * n and other.count(0) <= 0.02 * n:
            try:
                data.decode(name)
            except UnicodeDecodeError:
                return None
            return name
    return None


def clean_controls(text: str) -> str:
    """Control characters become spaces and lone surrogates U+FFFD, one for one."""
    text = text.translate(_CONTROLS)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


def check_looks_like_text(text: str) -> None:
    """Raise :class:`LoadError` when decoded text is evidently not text (binary, wrong encoding)."""
    sample = text[:SAMPLE]
    if not sample:
        return
    controls = sum(1 for ch in sample if ch in _CONTROL_CHARS)
    if controls > 0.01 * len(sample) + 2:
        raise LoadError(
            None,
            "does not look like text (it contains control characters): it may be a binary file",
        )
    bad = sample.count("\ufffd")
    if bad > 0.1 * len(sample) + 2:
        raise LoadError(
            None,
            "cannot be decoded: most of it is not valid in any text encoding tried; "
            "if you know its encoding, reopen it with that encoding",
        )


_CONTROL_CHARS = frozenset(chr(c) for c in _CONTROLS)


def _decode_forced(data: bytes, forced: str) -> Decoded:
    try:
        name = codecs.lookup(forced).name
    except LookupError:
        raise LoadError(None, f"“{forced}” is not a known text encoding") from None
    if name in ("utf-8", "utf_8") and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    return _with_replacements(data, name, "")


def _with_replacements(data: bytes, name: str, note: str) -> Decoded:
    text = data.decode(name, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    warnings = [f"Encoding: {note}."] if note else []
    bad = text.count("\ufffd")
    if bad:
        warnings.append(
            f"{bad} invalid {_display(name)} byte sequence{'s' if bad != 1 else ''} "
            "replaced with �; reopen with another encoding if characters look wrong."
        )
    return Decoded(text, _display(name), warnings)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes, decoded with replacements.

    Legacy-encoded text almost never contains a valid UTF-8 multi-byte sequence by accident, so
    a file with some valid sequences and not many more broken ones is damaged UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if good == 0 or bad > 4 * good + 3:
        return None
    return Decoded(
        text,
        "utf-8",
        [
            f"{bad} invalid UTF-8 byte sequence{'s' if bad != 1 else ''} replaced with �; "
            "reopen with another encoding if characters look wrong."
        ],
    )


def _detect(data: bytes) -> Decoded:
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    name: str | None = best.encoding if best is not None else None
    if name != "cp1252" and _cp1252_plausible(data, name, best.chaos if best is not None else None):
        name = "cp1252"
    if name is None:
        try:
            text = data.decode("cp1252")  # nothing fits well; cp1252 decodes almost anything
        except UnicodeDecodeError:
            raise LoadError(
                None,
                "cannot be decoded: it is not UTF-8 and no known text encoding fits; "
                "if you know its encoding, reopen it with that encoding",
            ) from None
        name = "cp1252"
    else:
        text = data.decode(name, errors="replace")
    check_looks_like_text(text)
    return Decoded(
        text,
        _display(name),
        [
            f"Encoding guessed as {_display(name)} (the file is not UTF-8); "
            "reopen with another encoding if characters look wrong."
        ],
    )


def _cp1252_plausible(data: bytes, best: str | None, best_chaos: float | None) -> bool:
    """Whether cp1252 reads ``data`` about as well as the detector's choice ``best``.

    Detection often says cp1250, cp1257 or another Latin code page for Western European text,
    since all of them decode it without error. cp1252 is preferred unless it produces letters that
    do not occur inside Western European words (ð, þ, superscripts, fractions: what Baltic,
    Turkish or Central European letters turn into), or the detector's reading fits one of its
    languages and the cp1252 one fits none (Czech "rozpočtu" is "rozpoètu" in cp1252), or the
    detector finds cp1252 clearly worse.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    if _ODD_IN_WORD.search(text):
        return False
    if best is not None:
        other = plausible(data.decode(best, errors="replace"), best)
        western = plausible(text, "cp1252")
        if other is False and western:
            return True  # French "crème, déjà" is not Lithuanian "crčme, déją"
        if other and not western:
            return False
    alt = charset_normalizer.from_bytes(data, cp_isolation=["cp1252"]).best()
    if alt is None:
        return best_chaos is None
    return best_chaos is None or alt.chaos <= best_chaos + 0.05


_ODD = "ðþÐÞ¹²³¤¦¨¬¯´¸¼½¾×÷ªº"
_ODD_IN_WORD = re.compile(f"(?<=[^\\W\\d_])[{_ODD}]|[{_ODD}](?=[^\\W\\d_])")


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None


def _display(name: str) -> str:
    """A stable, readable codec name: ``utf-8``, ``utf-8-sig``, ``cp1252``, ``iso8859-2``…"""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return name
    return canonical.replace("_", "-")
