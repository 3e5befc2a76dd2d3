"""Hostile one-line strings (BAD_INPUTS 18, 31) are escaped for Qt's rich-text contexts."""

from __future__ import annotations

from newsreader.ui.common.visible import html_text, tooltip


def test_html_text_escapes_markup() -> None:
    hostile = '</title><script>alert(1)</script>"><img src=x onerror=alert(2)>'
    out = html_text(hostile)
    assert "<" not in out and ">" not in out and '"' not in out
    assert "&lt;script&gt;" in out


def test_tooltip_lines_are_escaped() -> None:
    out = tooltip("<b>bold</b>", "a\u202eb")
    assert "<b>bold" not in out
    assert "&lt;b&gt;bold&lt;/b&gt;" in out
    assert "\u202e" not in out
