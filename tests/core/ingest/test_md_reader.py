"""Markdown: hardened conversion and plain-text fallback (BAD_INPUTS rows 15, 16, 17)."""

from __future__ import annotations

import time

import pytest

from newsreader.core.ingest import load_bytes, md_reader
from newsreader.core.ingest.md_reader import markdown_to_plain, read_markdown

PROSE = "Talks between the delegations resumed on Thursday in the capital, officials said."


def everything(article) -> str:
    return " ".join([article.text, article.title, *article.removed])


def test_headings_lists_and_emphasis() -> None:
    source = f"# The headline\n\n{PROSE}\n\n## What next\n\n- point one\n- point two\n\n*{PROSE}*\n"
    reading = read_markdown(source)
    kinds = [(b.kind, b.text) for b in reading.blocks]
    assert kinds[0] == ("h", "The headline")
    assert ("h", "What next") in kinds
    assert ("li", "point one") in kinds
    assert reading.blocks[-1].emphasis
    assert reading.warnings == []


def test_raw_html_is_inert_text_and_unsafe_links_are_dropped() -> None:
    source = (
        "# Title of the piece\n\n"
        "[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) "
        '![pic](https://tracker.example/p.gif) <img src=x onerror="alert(2)">\n\n'
        "<script>alert(3)</script>\n\n"
        "<iframe src='https://evil.example'></iframe>\n\n"
        f"{PROSE}\n"
    )
    article = load_bytes(source.encode(), name="x.md")
    text = everything(article)
    assert "javascript" not in text
    assert "data:text" not in text
    assert "tracker.example" not in text
    assert "click me" in text
    # Raw HTML is never interpreted: it stays visible as literal characters.
    assert "<script>alert(3)</script>" in text
    assert article.paragraph_texts()[-1] == PROSE


def test_deep_nesting_falls_back_to_plain_text() -> None:
    start = time.monotonic()
    article = load_bytes((">" * 500 + " deeply quoted words\n").encode(), name="deep.md")
    assert time.monotonic() - start < 5
    assert article.paragraph_texts() == ["deeply quoted words"]
    assert any("nested" in w and "plain text" in w for w in article.warnings)


def test_nested_lists_past_the_cap_fall_back() -> None:
    source = "".join("  " * i + "- item\n" for i in range(200))
    article = load_bytes(source.encode(), name="lists.md")
    assert any("plain text" in w for w in article.warnings)


@pytest.mark.parametrize("source", ["[" * 20_000, "[x](y " * 20_000, "![a](" * 20_000])
def test_bracket_floods_finish_quickly(source: str) -> None:
    start = time.monotonic()
    article = load_bytes(source.encode(), name="flood.md")
    assert time.monotonic() - start < 5
    assert any("plain text" in w for w in article.warnings)


def test_slow_conversion_is_stopped_by_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Under the bracket cap, but quadratic for Python-Markdown: the worker is killed at the limit.
    monkeypatch.setattr(md_reader, "TIMEOUT", 0.3)
    source = "[x](y " * 4000 + "\n\n" + PROSE
    start = time.monotonic()
    reading = read_markdown(source)
    assert time.monotonic() - start < 3
    assert any("longer than 0.3 s" in w for w in reading.warnings)
    # The next file gets a fresh worker.
    assert read_markdown(f"# Fine\n\n{PROSE}\n").warnings == []


def test_plain_fallback_strips_markup_linearly() -> None:
    assert markdown_to_plain("## Title ##\n> quoted **bold** _it_ [link](http://x) ![i](y)") == (
        "Title ##\nquoted bold it link "
    )
    start = time.monotonic()
    markdown_to_plain("[" * 200_000 + "*_" * 100_000)
    assert time.monotonic() - start < 2
