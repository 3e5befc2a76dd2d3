"""Parties: stand-ins and demonyms resolved; unknown parties discovered from how the text uses them."""

from __future__ import annotations

import pytest

from newsreader.core.facts.gazetteer import PartyResolver, demonym_party, party_of
from tests.core.facts.crafted import facts


@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        ("Kremlin", "Russia"),
        ("Moscow", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Washington", "United States"),
        ("White House", "United States"),
        ("U.S.", "United States"),
        ("Turkiye", "Turkey"),
        ("Beijing", "China"),
        ("Downing Street", "United Kingdom"),
    ],
)
def test_stand_ins(phrase: str, party: str) -> None:
    assert party_of(phrase) == party


def test_demonyms() -> None:
    assert demonym_party("Ukrainian") == "Ukraine"
    assert demonym_party("American") == "United States"
    assert demonym_party("Turkish") == "Turkey"


def test_discovered_demonyms() -> None:
    r = PartyResolver()
    for name in ("Arvenia", "Coristan", "Saldova"):
        r.add(name)
    r.add_demonyms({"Arvenian", "Coristani", "Saldovan", "Armenian"})
    assert r.demonym("Arvenian") == "Arvenia"
    assert r.demonym("Coristani") == "Coristan"
    assert r.demonym("Saldovan") == "Saldova"
    assert r.demonym("Armenian") == "Armenia"  # from the gazetteer, not the discovered ones


def test_party_people_and_stand_in_subjects() -> None:
    f = facts(
        "Ukrainian officials maintain that neutrality is a red line.",
        "The Kremlin wants guarantees on sanctions relief.",
        "Washington is calling for an immediate ceasefire.",
    )
    assert {d.party for d in f.demands} == {"Russia", "United States"}
    assert {d.party for d in f.rejections} == {"Ukraine"}  # a red line is refused


def test_unknown_country_discovered(sample) -> None:
    f = sample("globe-newsflash")  # "Korestan insists ...", "The delegation of Korestan ..."
    assert "Korestan" in f.parties
    assert f.person("Ilias Kovall").party == "Korestan"
