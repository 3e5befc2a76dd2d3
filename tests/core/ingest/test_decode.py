"""Encoding: BOM → strict UTF-8 → declared charset → detection (BAD_INPUTS rows 4, 5, 6)."""

from __future__ import annotations

import pytest

from newsreader.core.ingest import LoadError
from newsreader.core.ingest.decode import (
    check_looks_like_text,
    clean_controls,
    declared_charset,
    decode,
)

WESTERN = (
    "Le café était fermé – déjà vu. The ministers said the naïve plan “failed” again at "
    "the café in Zürich, where Señor Müller waited. "
) * 3


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbf" + "Caf\u00e9 talks".encode(), "utf-8-sig"),
        ("Caf\u00e9 talks".encode("utf-16"), "utf-16"),
        ("Caf\u00e9 talks".encode("utf-32"), "utf-32"),
    ],
)
def test_bom_decides_and_is_not_shown(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == "Café talks"
    assert decoded.encoding == encoding
    assert decoded.warnings == []


def test_utf16_without_bom_is_recognised() -> None:
    decoded = decode(("Talks resumed on Thursday in Istanbul. " * 4).encode("utf-16-le"))
    assert decoded.encoding == "utf-16-le"
    assert decoded.text.startswith("Talks resumed")


def test_valid_utf8_is_utf8() -> None:
    decoded = decode(WESTERN.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.warnings) == (WESTERN, "utf-8", [])


def test_cp1252_without_bom_is_detected_and_recorded() -> None:
    decoded = decode(WESTERN.encode("cp1252"))
    assert decoded.text == WESTERN
    assert decoded.encoding == "cp1252"
    assert any("guessed as cp1252" in w for w in decoded.warnings)


def test_short_cp1252_text_detection_cannot_place_still_decodes() -> None:
    text = "Le café était très « naïf » – déjà vu, à côté. Œuvre señor Müller: ‘quoted’ “text” … €5"
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize(
    "text",
    [
        "Café … crème brûlée … déjà vu. " * 4,
        "We met at the Café. The crème brûlée was perfect … a feeling of déjà vu.",
        "Le Café de Flore sert une crème brûlée. Un sentiment de déjà vu.",
    ],
)
def test_short_western_text_is_windows_1252_not_baltic(text: str) -> None:
    """Detection calls these cp1257 ("crčme", "déją"); browsers read them as windows-1252."""
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert any("guessed as cp1252" in w for w in decoded.warnings)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Vláda schválila nový zákon o státním rozpočtu na příští rok, řekl ministr.", "cp1250"),
        ("Vlada je usvojila zakon o proračunu za iduću godinu, rekao je ministar.", "cp1250"),
        ("Lietuvos Respublikos Vyriausybė pritarė įstatymo projektui, sakė ministras.", "cp1257"),
    ],
)
def test_central_european_and_baltic_text_is_not_read_as_western(text: str, codec: str) -> None:
    """Their windows-1252 readings ("rozpoètu", "Vyriausybë") fit no Western language."""
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)
    assert any(f"guessed as {codec}" in w for w in decoded.warnings)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (
            "Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda schválila nový zákon o státním "
            "rozpočtu na příští rok, řekl ministr. ",
            "cp1250",
        ),
        (
            "Lietuvos Respublikos Vyriausybė pritarė įstatymo projektui, sakė ministras. "
            "Šiandien vyks derybos dėl taikos Ukrainoje. ",
            "cp1257",
        ),
        (
            "Türkiye Cumhurbaşkanı Erdoğan, barış görüşmelerinin İstanbul’da yapılacağını "
            "söyledi. Görüşmeler perşembe günü başlayacak. ",
            "cp1254",
        ),
        ("Переговоры между Россией и Украиной начнутся в четверг в Стамбуле. ", "cp1251"),
    ],
)
def test_other_code_pages_are_not_forced_into_cp1252(text: str, codec: str) -> None:
    decoded = decode((text * 4).encode(codec))
    assert decoded.text == text * 4
    assert decoded.encoding == codec


def test_mostly_utf8_with_bad_bytes_keeps_utf8_and_warns() -> None:
    data = "Zelenskiy’s talks — first part. ".encode() + b"\xff\xfe" + " second part é.".encode()
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 2
    assert "Zelenskiy’s" in decoded.text and "second part é." in decoded.text
    assert any("invalid UTF-8" in w and "2" in w for w in decoded.warnings)


def test_declared_charset_is_used_when_not_utf8() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>'
    data = html.encode("cp1251")
    assert declared_charset(data) == "cp1251"
    decoded = decode(data)
    assert decoded.encoding == "cp1251"
    assert "Привет" in decoded.text


def test_declared_latin1_means_cp1252_as_in_browsers() -> None:
    html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>“Déjà”</p>'
    decoded = decode(html.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert "“Déjà”" in decoded.text


def test_declared_utf16_on_an_ascii_page_is_ignored() -> None:
    html = '<meta charset="utf-16"><p>Caf\xe9 talks resumed in the city.</p>' * 3
    decoded = decode(html.encode("cp1252"))
    assert "Café talks" in decoded.text


def test_forced_encoding_reopens_as_asked() -> None:
    data = WESTERN.encode("cp1252")
    assert decode(data, forced="latin-1").encoding == "iso8859-1"
    forced = decode(data, forced="utf-8")
    assert forced.encoding == "utf-8"
    assert "\ufffd" in forced.text and forced.warnings


def test_unknown_forced_encoding_is_a_load_error() -> None:
    with pytest.raises(LoadError, match="not a known text encoding"):
        decode(b"abc", forced="no-such-codec")


def test_random_bytes_are_refused() -> None:
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(LoadError):
        decoded = decode(data)
        check_looks_like_text(decoded.text)


def test_controls_become_spaces_one_for_one() -> None:
    text = "a\x00b\x1bc\x85d\ud800e\tf\ng"
    cleaned = clean_controls(text)
    assert cleaned == "a b c d\ufffde\tf\ng"
    assert len(cleaned) == len(text)
