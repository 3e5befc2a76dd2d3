"""Figures with their units and qualifiers; years and dates are not figures."""

from __future__ import annotations

import pytest

from tests.core.facts.crafted import facts


def figures(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in facts(text).figures]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ukraine proposed a 30-day ceasefire.", ("30-day", 30.0, "day")),
        ("They agreed to swap 1,000 prisoners on Friday.", ("1,000 prisoners", 1000.0, "prisoner")),
        ("The session lasted less than two hours.", ("less than two hours", 2.0, "hour")),
        ("The flow fell by 40 per cent since June.", ("40 per cent", 40.0, "percent")),
        ("Revenue reached $124.3 billion for the quarter.", ("$124.3 billion", 124.3e9, "dollar")),
        (
            "Some 12,000 farming families lost their harvest.",
            ("Some 12,000 farming families", 12000.0, "family"),
        ),
        ("The war has displaced thousands of families.", ("thousands of families", None, "family")),
        ("Officials said 400,000 people paid their respects.", ("400,000 people", 4e5, "person")),
        ("Both sides freed 1,200 fishermen.", ("1,200 fishermen", 1200.0, "fisherman")),
        ("He asked for a £2m security and a tag.", ("£2m", 2e6, "pound")),
        ("The pledge was $300m over five years.", ("$300m", 3e8, "dollar")),
    ],
)
def test_figures(text: str, figure: tuple[str, float | None, str]) -> None:
    assert figure in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The agreement was signed in 2019 by both sides.",
        "The talks on 16 May ended early.",
        "The two leaders met in Bali.",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text) == []


def test_sample_figures(sample) -> None:
    got = [f.text for f in sample("northern-observer").figures]
    assert got == ["35 per cent", "60 days", "less than two hours"]
