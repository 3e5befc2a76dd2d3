"""Credits and page furniture: what a text says about where it came from."""

from __future__ import annotations

import pytest

from newsreader.core.corpus.credits import credit_line, is_furniture, names_outlet, outlet_key


@pytest.mark.parametrize(
    ("outlet", "key"),
    [
        ("meridianherald.com", "meridianherald"),
        ("www.meridianherald.co.uk", "meridianherald"),
        ("news.italy24.press", "italy24"),
        ("The Meridian Herald", "meridianherald"),
        ("dw.com", ""),  # too short to find in a text without finding ordinary words
    ],
)
def test_outlet_keys(outlet: str, key: str) -> None:
    assert outlet_key(outlet) == key


def test_a_domain_is_named_in_words() -> None:
    assert names_outlet("rebuild the pier.” (Meridian Herald)…[+]", "meridianherald.com")
    assert names_outlet(
        "This article was first published by The Meridian Herald.", "The Meridian Herald"
    )
    assert not names_outlet("a meridianheraldstyle report", "meridianherald.com")


@pytest.mark.parametrize(
    "last",
    [
        "(With inputs from agencies.)",
        "Source: Reuters",
        "This story first appeared on the Coastline Daily website.",
        "“We will rebuild the pier,” the engineer said. (Meridian Herald)…[+]",
    ],
)
def test_credit_lines(last: str) -> None:
    assert credit_line(["The talks begin on Thursday.", last])


@pytest.mark.parametrize(
    "last",
    [
        "WASHINGTON (AP) — The talks begin on Thursday.",  # the agency's own dateline
        "The talks were held at the United Nations (UN).",
        "He said the source of the river had dried up.",
    ],
)
def test_no_credit_lines(last: str) -> None:
    assert not credit_line(["The talks begin on Thursday.", last])


def test_furniture() -> None:
    assert is_furniture("ALSO READ")
    assert is_furniture("Drought Hits Sella Valley Farmers")
    assert not is_furniture("The delegation arrives on Thursday.")
    assert not is_furniture(
        "Foreign Minister Tomas Halberg will lead the delegation and has asked for a pause of ninety "
        "days before any filling resumes"
    )
