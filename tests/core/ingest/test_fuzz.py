"""Hypothesis over arbitrary bytes and text for every reader: only LoadError, in bounded time."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsreader.core.article import Article
from newsreader.core.ingest import LoadError, load_bytes, load_text
from newsreader.core.ingest.dates import find_dates
from newsreader.core.ingest.decode import decode
from newsreader.core.ingest.html_meta import page_meta
from newsreader.core.ingest.html_text import html_blocks
from newsreader.core.ingest.md_reader import markdown_to_plain
from newsreader.core.ingest.names import parse_byline, parse_dateline
from newsreader.core.ingest.txt_reader import text_blocks

LIMIT = 15.0  # seconds: the extraction time limit plus the fallback reader, with room to spare

FUZZ = settings(
    max_examples=60,
    deadline=None,  # timing is asserted below, with a bound that is not flaky on a busy machine
    suppress_health_check=[HealthCheck.too_slow],
)

# Text made of the characters that matter to the readers: markup, quotes, dashes, list markers,
# digits for dates, line breaks and letters.
PIECES = [
    *"<>/=\"'&;#[]()*_!`>-–—“”‘’.,:?|\\ \t\n\r\x00\x0b\u2028\ufeff\ufffd",
    *"aAbBpPhHlLtTxX0123",
    *["<p>", "</p>", "<div>", "# ", "> ", "- ", "[x](", "](javascript:", "&amp;", "&#", "\n\n"],
    *["By Jane Roe", "31/02/2024", "Share this", "https://x.example/a", "Hello world. "],
]
MARKUP = st.lists(st.sampled_from(PIECES), max_size=150).map("".join)


def check(article: Article) -> None:
    """What every loaded article promises, whatever went in."""
    assert article.paragraphs
    for index, p in enumerate(article.paragraphs):
        assert p.index == index
        assert p.text.strip() == p.text and p.text
        a, b = p.span
        assert 0 <= a <= b <= len(article.text)
    assert all(isinstance(r, str) for r in article.removed)
    assert article.format in ("txt", "md", "html")
    assert article.published == "" or len(article.published) == 10


def load_timed(data: bytes, name: str) -> None:
    start = time.monotonic()
    try:
        check(load_bytes(data, name=name))
    except LoadError as exc:
        assert exc.reason
    assert time.monotonic() - start < LIMIT


@FUZZ
@given(data=st.binary(max_size=2000), name=st.sampled_from(["f.txt", "f.md", "f.html", "f"]))
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    load_timed(data, name)


@FUZZ
@given(text=MARKUP, name=st.sampled_from(["f.txt", "f.md", "f.html", "f"]))
def test_markup_like_text_as_files(text: str, name: str) -> None:
    load_timed(text.encode("utf-8", "surrogatepass"), name)


@FUZZ
@given(text=st.one_of(st.text(max_size=600), MARKUP))
def test_arbitrary_pasted_text(text: str) -> None:
    start = time.monotonic()
    try:
        check(load_text(text))
    except LoadError as exc:
        assert exc.reason
    assert time.monotonic() - start < LIMIT


@FUZZ
@given(
    lines=st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=120),
        max_size=25,
    ),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "cp1251"]),
)
def test_line_structured_text_in_several_encodings(lines: list[str], encoding: str) -> None:
    text = "\n\n".join(lines)
    data = text.encode(encoding, errors="replace")
    load_timed(data, "lines.txt")


# -- each reader and parser on its own (in-process, so many more examples are cheap) ----------

PARSERS = settings(max_examples=150, deadline=None)


@PARSERS
@given(data=st.binary(max_size=3000))
def test_decode_only_raises_load_error(data: bytes) -> None:
    try:
        decoded = decode(data)
    except LoadError:
        return
    assert isinstance(decoded.text, str) and decoded.encoding


@PARSERS
@given(text=st.one_of(st.text(max_size=800), MARKUP))
def test_text_and_html_readers_keep_spans_inside_the_text(text: str) -> None:
    for source, blocks in ((text, text_blocks(text)), html_blocks(text, furniture=True)):
        for block in blocks:
            a, b = block.span
            assert 0 <= a <= b <= len(source)
            assert block.text == block.text.strip() and block.text


@PARSERS
@given(text=st.one_of(st.text(max_size=800), MARKUP))
def test_small_parsers_never_fail(text: str) -> None:
    markdown_to_plain(text)
    page_meta(text)
    for date in find_dates(text):
        assert date.iso is None or len(date.iso) == 10
    parse_byline(text)
    parse_dateline(text)
