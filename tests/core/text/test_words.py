"""Word tokens, the stemmer and the stop words. Invented sentences only."""

from __future__ import annotations

from newsreader.core.text import STOPWORDS, TERM_WORD, folded_words, stem, word_spans, words


def test_words_keep_inner_hyphens_apostrophes_and_decimals() -> None:
    text = "Qarnov's 30-day plan costs 1.6 billion, said Dr. Vell."
    assert words(text) == [
        "Qarnov's",
        "30-day",
        "plan",
        "costs",
        "1.6",
        "billion",
        "said",
        "Dr",
        "Vell",
    ]
    assert [text[a:b] for a, b in word_spans(text)] == words(text)


def test_folded_words() -> None:
    assert folded_words("Zélindra’s “Truce”") == ["zelindra's", "truce"]


def test_alignment_terms_split_compounds_and_keep_figures_whole() -> None:
    assert TERM_WORD.findall("a 30-day truce for 1,644 Vellmorans at 1.6%") == [
        "a", "30", "day", "truce", "for", "1,644", "Vellmorans", "at", "1.6",
    ]  # fmt: skip


def test_stem() -> None:
    assert stem("grobbling") == stem("grobbled") == "grobbl"
    assert stem("vellmorans") == "vellmoran"
    assert stem("qarnov's") == "qarnov"
    assert stem("tivs") == "tivs" and stem("news") == "news"  # fewer than four letters would remain
    assert stem("2024") == "2024" and stem("30-day") == "30-day" and stem("") == ""


def test_stopwords_are_function_words() -> None:
    assert {"the", "of", "said", "told", "mr", "whereupon", "ll"} <= STOPWORDS
    assert not {"truce", "summit", "vellmora"} & STOPWORDS
    assert all(w == w.lower() and w.isalpha() for w in STOPWORDS)
