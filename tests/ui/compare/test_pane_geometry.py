"""Offsets in a paragraph's text → offsets in the block the pane shows (whitespace collapsed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsreader.ui.compare.pane_geometry import block_offsets


def html_collapse(text: str) -> str:
    """What a QTextDocument shows for ``<p>text</p>``: whitespace runs as one space, trimmed
    (a no-break space is not collapsible whitespace in HTML)."""
    return re.sub(r"[ \t\r\n\f]+", " ", text).strip(" ")


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("One. Two.", 5, 9, "Two."),
        ("One.   Two  three.", 7, 18, "Two three."),
        ("  Leading space. Then.", 2, 16, "Leading space."),
        ("Line\nbreak inside. Next.", 0, 18, "Line break inside."),
        ("Tab\tand nbsp\u00a0kept.", 4, 18, "and nbsp\u00a0kept."),
        ("End with spaces.   ", 9, 19, "spaces."),
    ],
)
def test_spans_map_to_what_the_block_shows(text, start, end, expected) -> None:
    shown = html_collapse(text)
    offsets = block_offsets(text, shown)
    assert len(offsets) == len(text) + 1
    assert shown[offsets[start] : offsets[end]].strip() == expected


@given(st.text(alphabet="ab .\n\t\u00a0", max_size=40))
def test_offsets_are_monotone_and_in_range(text: str) -> None:
    shown = html_collapse(text)
    offsets = block_offsets(text, shown)
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(shown) for o in offsets)
    # Every visible character maps onto itself.
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert shown[offsets[i]] == ch


def test_identical_text_maps_one_to_one() -> None:
    text = "Nothing to collapse here."
    assert block_offsets(text, text) == list(range(len(text) + 1))
