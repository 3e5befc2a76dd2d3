"""Bylines, datelines, name shapes, and dates checked rather than repaired (BAD_INPUTS row 30)."""

from __future__ import annotations

import pytest

from newsreader.core.ingest.dates import find_dates, parse_meta_date, url_date
from newsreader.core.ingest.meta_lines import plausible_author
from newsreader.core.ingest.names import (
    Byline,
    clean_outlet,
    is_person_name,
    looks_like_outlet,
    parse_byline,
    parse_dateline,
    parse_label,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Roe", Byline("Jane Roe")),
        ("Author: Jane Roe", Byline("Jane Roe")),
        ("BY JANE ROE", Byline("Jane Roe")),
        ("By Jane Roe and John Smith", Byline("Jane Roe and John Smith")),
        ("By Jane Roe in Kyiv", Byline("Jane Roe")),
        ("By Jane Roe, Senior Correspondent", Byline("Jane Roe")),
        ("By Jane Roe, The Example Post", Byline("Jane Roe", "The Example Post")),
        ("By Jane Roe for the Example Post", Byline("Jane Roe", "the Example Post")),
        (
            "*By Jane Roe, The Example Post — syndicated by Coast Weekly*",
            Byline("Jane Roe", "The Example Post", "Coast Weekly"),
        ),
        # What follows the names in copied bylines: a date, a time, a follow button, a note.
        ("By Jane Roe March 18 at 12:22 PM Follow @janeroe", Byline("Jane Roe")),
        ("By Jane Roe, 14 May 2024", Byline("Jane Roe")),
        ("By Jane Roe | Updated 3 hours ago", Byline("Jane Roe")),
        ("Par Jeanne Rocher (avec Paul Marin)", Byline("Jeanne Rocher")),
        ("By Jane Roe (The Example Post)", Byline("Jane Roe", "The Example Post")),
        ("by: Jane Roe", Byline("Jane Roe")),
    ],
)
def test_bylines(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line", ["by the end of the week, talks had stalled", "Bye for now", "By 2025, prices rose"]
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "place", "date", "outlet"),
    [
        ("KYIV (Example Wire) — Talks resumed on Monday.", "KYIV", "", "Example Wire"),
        ("Geneva (Example Morning Newspaper) – Delegates met.", "Geneva", "", "Example Morning"),
        ("ISTANBUL, May 15 (Reuters) - Russia said on Thursday.", "ISTANBUL", "May 15", "Reuters"),
        ("LVIV, 3 March 2024 — The city was quiet.", "LVIV", "3 March 2024", ""),
    ],
)
def test_datelines(line: str, place: str, date: str, outlet: str) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found.place, found.date, found.outlet) == (place, date, outlet)


def test_not_datelines() -> None:
    assert parse_dateline("Russia and Ukraine - the talks resumed.") is None
    assert parse_dateline("Zelensky (pictured) — said nothing.") is None


def test_name_shapes() -> None:
    assert is_person_name("Jane Roe")
    assert is_person_name("Jean-Claude van Damme")
    assert is_person_name("Recep Tayyip Erdoğan")
    assert not is_person_name("Middle East")
    assert not is_person_name("Log In")
    assert not is_person_name("Talks resume.")
    assert not is_person_name("Coast Weekly")
    assert looks_like_outlet("Coast Weekly")
    assert looks_like_outlet("The Example Post")
    assert not looks_like_outlet("Jane Roe")
    assert clean_outlet("The Example Morning Newspaper Logo") == "The Example Morning"


def test_labels_need_a_colon() -> None:
    assert parse_label("Origin:") == ("origin", "")
    assert parse_label("Publisher: Example Wire") == ("publisher", "Example Wire")
    assert parse_label("Source link") is None
    assert parse_label("From: The Example Post") == ("from", "The Example Post")
    # A single word of newspaper titles is a section name ("News", "Monde"), not an outlet.
    assert not looks_like_outlet("News")
    assert looks_like_outlet("Example News")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-09-11T07:30:00+00:00", "2025-09-11"),
        ("11 September 2025", "2025-09-11"),
        ("Sept. 11, 2025", "2025-09-11"),
        ("11th of September, 2025", "2025-09-11"),
        ("11/09/2025", "2025-09-11"),  # day first when both orders are possible
        ("09/30/2025", "2025-09-30"),  # month first when only that order is possible
        ("2025/09/11", "2025-09-11"),
        # Month names of other languages, as pages in them write dates.
        ("30 avril 2025", "2025-04-30"),
        ("1er août 2025", "2025-08-01"),
        ("12 de mayo de 2025", "2025-05-12"),
        ("3. März 2025", "2025-03-03"),
        ("7 dicembre 2025", "2025-12-07"),
    ],
)
def test_dates_are_read(text: str, iso: str) -> None:
    found = find_dates(f"Published {text} at noon")
    assert [d.iso for d in found] == [iso]


@pytest.mark.parametrize(
    "text", ["31/02/2025", "02/31/2025", "2025-02-30", "31 April 2025", "April 31, 2025"]
)
def test_impossible_dates_are_reported_not_fixed(text: str) -> None:
    (found,) = find_dates(text)
    assert found.iso is None
    assert found.written == text


def test_ambiguous_numeric_dates_are_flagged() -> None:
    (found,) = find_dates("03/04/2025")
    assert found.ambiguous and found.iso == "2025-04-03"
    (same,) = find_dates("04/04/2025")
    assert not same.ambiguous


def test_meta_and_url_dates() -> None:
    assert parse_meta_date("20250911")
    assert parse_meta_date("20250911").iso == "2025-09-11"  # type: ignore[union-attr]
    assert url_date("https://x.example/world/2025/09/11/story").iso == "2025-09-11"  # type: ignore[union-attr]
    assert url_date("https://x.example/2025/02/31/story").iso is None  # type: ignore[union-attr]
    assert [d.iso for d in find_dates("version 1.2.20255 and 99/99/2025")] == [None]


@pytest.mark.parametrize(
    ("value", "plausible"),
    [
        ("Jane Roe", True),
        ("Jane Roe and John Smith", True),
        ("Jane Roe, John Smith", True),
        ("AFP", True),
        ("The Example Post", True),
        ("Username", False),
        ("Sign in", False),
        ("admin", False),
    ],
)
def test_plausible_author(value: str, plausible: bool) -> None:
    assert plausible_author(value) is plausible
