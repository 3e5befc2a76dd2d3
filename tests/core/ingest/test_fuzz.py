"""Hypothesis over arbitrary bytes and text for every reader: only LoadError, in bounded time."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsreader.core.article import Article
from newsreader.core.ingest import LoadError, load_bytes, load_text

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
