"""Hostile one-line strings (BAD_INPUTS 18, 31) are shown with visible marks everywhere."""

from __future__ import annotations

import pytest

from newsreader.core.visible import visible


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain title", "plain title"),
        ("evil\u202etxt.exe", "evil⟨U+202E⟩txt.exe"),
        ("two\nlines", "two↵lines"),
        ("crlf\r\nend", "crlf↵end"),
        ("tab\there", "tab here"),
        ("nul\x00bell\x07", "nul⟨U+0000⟩bell⟨U+0007⟩"),
        ("isolate\u2066x\u2069", "isolate⟨U+2066⟩x⟨U+2069⟩"),
        ("bom\ufeff", "bom⟨U+FEFF⟩"),
        ("Zürich — ½ «ok»", "Zürich — ½ «ok»"),
        ("عربي", "عربي"),  # right-to-left script itself is fine
    ],
)
def test_visible(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_visible_limit() -> None:
    assert visible("x" * 50, 10) == "x" * 9 + "…"


def test_lone_surrogates_are_marked() -> None:
    assert visible("a\ud800b") == "a⟨U+D800⟩b"
