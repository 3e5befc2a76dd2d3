"""Dates: absolute, relative to the published date, impossible ones kept as written."""

from __future__ import annotations

import pytest

from tests.core.facts.crafted import facts


def dates(text: str, published: str = "") -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in facts(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks began on 15 May 2025 in Istanbul.", ("15 May 2025", "2025-05-15")),
        ("The talks began on May 15, 2025 in Istanbul.", ("May 15, 2025", "2025-05-15")),
        ("Russia invaded in February 2022, officials said.", ("February 2022", "2022-02")),
        ("It was published on 2025-09-10 by the agency.", ("2025-09-10", "2025-09-10")),
        ("The talks collapsed in 2022, officials said.", ("2022", "2022")),
    ],
)
def test_absolute_dates(text: str, expected: tuple[str, str]) -> None:
    assert expected in dates(text)


def test_impossible_date_is_kept_without_a_value() -> None:
    assert ("31 February 2025", "") in dates("The deal was signed on 31 February 2025, they said.")


def test_relative_dates_resolve_against_the_published_date() -> None:
    # 2025-09-11 is a Thursday
    got = dates("The president said on Tuesday that talks will start on Friday.", "2025-09-11")
    assert ("Tuesday", "2025-09-09") in got or ("Tuesday", "2025-09-16") in got
    got = dict(dates("Talks will resume on Friday, officials said.", "2025-09-11"))
    assert got["Friday"] == "2025-09-12"
    got = dict(dates("The minister arrived on Tuesday, officials said.", "2025-09-11"))
    assert got["Tuesday"] == "2025-09-09"
    got = dict(dates("Her office said on Tuesday that Halberg would head the team.", "2025-09-11"))
    assert got["Tuesday"] == "2025-09-09"
    got = dict(dates("He resigned yesterday and left 3 days ago.", "2025-09-11"))
    assert got["yesterday"] == "2025-09-10"
    assert got["3 days ago"] == "2025-09-08"
    got = dict(dates("Elections were held last year.", "2025-09-11"))
    assert got["last year"] == "2024"


def test_relative_dates_without_published_date_are_kept_as_written() -> None:
    assert ("Tuesday", "") in dates("The minister arrived on Tuesday, officials said.")


def test_day_month_without_year_takes_the_published_year() -> None:
    assert ("16 May", "2025-05-16") in dates("Talks were held on 16 May in Istanbul.", "2025-07-23")
