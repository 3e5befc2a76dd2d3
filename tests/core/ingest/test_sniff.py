"""Format sniffing: content decides, the extension breaks ties."""

from __future__ import annotations

import pytest

from newsreader.core.ingest.sniff import looks_binary, sniff_format

PROSE = "Talks between the delegations resumed on Thursday, officials said. " * 3


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", ".txt", "html"),
        ("\n  <!-- saved -->\n<html lang='en'><p>Hi</p>", "", "html"),
        ("<p>One</p><p>Two</p><div>Three</div><br><p>Four</p>", "", "html"),
        ("<div>x</div><p>y</p>", ".htm", "html"),
        (PROSE, ".html", "txt"),  # a page with no tags at all is text
        ("# Headline\n\nSome **bold** text and [a link](https://example.org).\n", "", "md"),
        ("# Headline\n\n" + PROSE, ".md", "md"),
        (PROSE, ".markdown", "md"),  # the extension alone says Markdown
        ("# Headline\n\n- one\n- two\n\n" + PROSE, ".txt", "md"),
        (PROSE + "\n- a list item\n- another\n", ".txt", "txt"),
        ("Headline\n\n" + PROSE, "", "txt"),
        ("Price is <5 and >3 in " + PROSE, "", "txt"),
        (
            PROSE + " <script>alert(1)</script><p>x</p><div>y</div><br><a href=x>z</a>",
            ".txt",
            "txt",
        ),
    ],
)
def test_sniff_format(text: str, suffix: str, expected: str) -> None:
    assert sniff_format(text, suffix) == expected


def test_nul_bytes_mean_binary_except_utf16() -> None:
    assert looks_binary(b"PK\x03\x04\x00\x00 zip data")
    assert not looks_binary(b"plain text")
    assert not looks_binary(PROSE.encode("utf-16"))
    assert not looks_binary(PROSE.encode("utf-16-le"))
    assert looks_binary(b"x" * 100 + b"\x00" + b"y" * 100)
    assert not looks_binary(b"x" * 9000 + b"\x00")  # only the first 8 KB are inspected
