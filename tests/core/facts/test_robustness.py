"""Hostile and odd input: nothing crashes, evidence stays inside the text, long work is cancellable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.core.align import Cancelled
from newsreader.core.facts import analyze, extract_facts, facts_json
from tests.core.facts.crafted import article


def _check_evidence(a, f) -> None:
    texts = a.paragraph_texts()
    items = [p.evidence for p in f.people] + [d.evidence for d in f.demands]
    items += [q.evidence for q in f.quotes] + [x.evidence for x in f.figures + f.dates + f.places]
    for e in items:
        if e is not None:
            assert texts[e.paragraph][e.start : e.end] == e.text


WORDS = st.sampled_from(
    [
        "President",
        "Putin",
        "will",
        "not",
        "attend",
        "only",
        "if",
        "“",
        "”",
        '"',
        "'",
        "led",
        "by",
        "Moscow",
        "demands",
        "a",
        "30-day",
        "ceasefire",
        ",",
        ".",
        "said",
        "he",
        "Kremlin",
        "the",
        "delegation",
        "includes",
        "Minister",
        "Anna",
        "Kovac",
        "?",
        ":",
        "—",
        "31",
        "February",
        "on",
        "Tuesday",
        "‘",
        "’",
        "al-Hayya",
        "absence",
        "of",
        "Zelensky",
        "Zelenska",
        "and",
        "\n",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=40).map(" ".join), min_size=1, max_size=6))
def test_random_word_salad(paragraphs: list[str]) -> None:
    paragraphs = [p for p in paragraphs if p.strip()] or ["x"]
    a = article(*paragraphs)
    f = extract_facts(a)
    _check_evidence(a, f)
    facts_json(analyze([a, a]))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "“" * 500,
        '"' * 501,
        "‘It’s" * 300,
        "A " * 5000,
        ("President Putin will not attend " * 400).strip(),
        "x" * 20000,
        "\u202eevil\u202c President Putin will attend.",
        "31/02/2025 and 31 February 2025 and 2025-02-31",
        '"' * 50001,
        "'a " * 20000,
        "“a ”" * 20000,
        "“a “b " * 20000,
    ],
)
def test_odd_paragraphs(text: str) -> None:
    a = article(text or " ")
    _check_evidence(a, extract_facts(a))


def test_empty_set() -> None:
    fs = analyze([])
    assert fs.articles == [] and facts_json(fs)["articles"] == []


def test_progress_and_cancel() -> None:
    arts = [article("President Elena Varga will attend.", name=f"a{n}") for n in range(5)]
    seen: list[float] = []
    analyze(arts, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        analyze(arts, cancelled=lambda: next(calls) >= 2)


def test_cancel_inside_a_long_article() -> None:
    text = " ".join(["President Elena Varga will attend the talks, her office said."] * 20000)
    calls = iter(range(10**6))
    with pytest.raises(Cancelled):
        extract_facts(article(text), cancelled=lambda: next(calls) > 3)
