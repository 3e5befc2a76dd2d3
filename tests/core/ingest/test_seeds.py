"""The real seed articles: titles, outlets, authors, paragraphs and the boilerplate around them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from newsreader.core.ingest import load_path
from tests.core.ingest.conftest import starts

pytestmark = pytest.mark.seeds

SEEDS = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize(
    ("prefix", "title", "outlet", "author"),
    [
        ("002", "Ukraine-Russia peace talks resume without Putin or Zelensky", "", ""),
        (
            "003",
            "Russia and Ukraine to meet for peace talks in Turkey",
            "Brussels Morning",
            "Sarhan Basem",
        ),
        (
            "004",
            "Putin, Trump To Miss Ukraine Peace Talks in Instanbul",
            "Arise News",
            "Faridah Abdulkadiri",
        ),
    ],
)
def test_headline_byline_and_outlet(
    seed: Callable[[str], Path], prefix: str, title: str, outlet: str, author: str
) -> None:
    article = load_path(seed(prefix))
    assert article.title == title
    assert article.outlet == outlet
    assert article.author == author
    assert all(p.text != title for p in article.paragraphs)  # the headline is not a paragraph


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_a_first_body_sentence_is_not_a_title(seed: Callable[[str], Path], prefix: str) -> None:
    article = load_path(seed(prefix))
    assert article.title == ""
    assert article.paragraphs[0].text.startswith("Russia and Ukraine are")


@pytest.mark.parametrize(("prefix", "outlet"), [("000", ""), ("001", ""), ("002", "")])
def test_no_outlet_is_invented(seed: Callable[[str], Path], prefix: str, outlet: str) -> None:
    # 001 ends with an image address on aljazeera.com: an asset is not the article's URL.
    article = load_path(seed(prefix))
    assert article.outlet == outlet
    assert article.url == ""


@pytest.mark.parametrize("prefix", ["001", "002", "004"])
def test_gold_boilerplate_is_removed_not_kept_as_paragraphs(
    seed: Callable[[str], Path], gold_boilerplate: Callable[[str], list[str]], prefix: str
) -> None:
    article = load_path(seed(prefix))
    gold = gold_boilerplate(prefix)
    assert gold, "the gold file lists boilerplate for this seed"
    for line in gold:
        assert not any(starts(p.text, line) for p in article.paragraphs), line
        assert any(starts(r, line) for r in article.removed), line


def test_seed_003_furniture_and_bio_are_dropped(seed: Callable[[str], Path]) -> None:
    article = load_path(seed("003"))
    texts = article.paragraph_texts()
    for furniture in (
        "Credit: REUTERS",
        "About Us",
        "Brussels Morning is a daily online newspaper",
        "Share This Article",
        "Follow:",
        "Sarhan Basem is Brussels Morning",
        "The Brussels Morning Newspaper Logo",
        "Subscribe for Latest Updates",
        "Sarhan Basem",
    ):
        assert not any(t.startswith(furniture) for t in texts), furniture
        assert any(r.startswith(furniture) for r in article.removed), furniture
    # Subheadings inside the body are kept.
    assert "Will Zelenskiy and Putin agree to a summit?" in texts
    assert texts[-1].startswith("Ukraine considers the terms")


def test_seed_003_quote_broken_across_a_blank_line_is_rejoined(seed: Callable[[str], Path]) -> None:
    article = load_path(seed("003"))
    quote = [p for p in article.paragraphs if "diametrically opposed" in p.text]
    assert len(quote) == 1
    paragraph = quote[0]
    assert paragraph.text.startswith("“Naturally, no one expects")
    assert paragraph.text.endswith("Kremlin spokesman Dmitry Peskov told journalists.")
    assert not any(p.text.startswith("Kremlin spokesman") for p in article.paragraphs)
    a, b = paragraph.span
    assert article.text[a:b].startswith("“Naturally")
    assert article.text[a:b].endswith("told journalists.")


def test_seed_004_footer_author_and_origin(seed: Callable[[str], Path]) -> None:
    article = load_path(seed("004"))
    texts = article.paragraph_texts()
    assert texts[0].startswith("US President Donald Trump and Russian President")
    assert texts[-1].startswith("Zelenskiy supports an immediate 30-day ceasefire")
    for line in ("Faridah Abdulkadiri", "Arise News", "Origin:", "publisher logo"):
        assert line not in texts
        assert line in article.removed
    assert article.published == ""  # "Published 3 days ago" is no date


@pytest.mark.parametrize("prefix", SEEDS)
def test_every_line_is_accounted_for_and_spans_point_into_the_text(
    seed: Callable[[str], Path], prefix: str
) -> None:
    article = load_path(seed(prefix))
    assert article.format == "txt"
    assert article.encoding == "utf-8"
    assert article.warnings == []
    words = " ".join([article.title, *article.paragraph_texts(), *article.removed]).split()
    assert Counter(words) == Counter(article.text.split())  # nothing lost, nothing invented
    for p in article.paragraphs:
        a, b = p.span
        assert 0 <= a < b <= len(article.text)
        assert " ".join(article.text[a:b].split()) == p.text
        assert p.text.strip() and p.sentences  # no empty paragraphs (BAD_INPUTS 27)


def test_one_line_paragraphs_are_kept_apart(seed: Callable[[str], Path]) -> None:
    path = seed("001")
    article = load_path(path)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(article.paragraphs) == len(lines) - len(article.removed)
    assert "Why are the conversations taking place?" in article.paragraph_texts()
