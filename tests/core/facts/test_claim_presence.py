"""Whether a person was there in person, took part from afar, or stayed away, compared across
the outlets of one story (invented sentences)."""

from __future__ import annotations

import pytest

from newsreader.core.facts import Discrepancy, FactSet, analyze
from newsreader.core.facts.claim_presence import presence
from tests.core.facts.crafted import article

LEAD = (
    "Ministers of the coastal states met in Veltro on Tuesday for a conference on the fishing "
    "grounds, with the harbour closed to traffic."
)


def story(*sentences: str) -> FactSet:
    return analyze([article(LEAD, s, name=f"a{n}") for n, s in enumerate(sentences)])


def attendance(fs: FactSet) -> list[Discrepancy]:
    return [d for d in fs.discrepancies if d.kind == "attendance"]


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Chile's minister Hilda Kabua-Jibas travelled to Veltro despite the storm.", "in person"),
        ("Chile's minister Hilda Kabua-Jibas joined by video link from Santiago.", "from afar"),
        ("Hilda Kabua-Jibas, who attended in person, spoke first.", "in person"),
        ("Hilda Kabua-Jibas did not attend in person and spoke by video.", "from afar"),
        ("Chile's consul Ignacio Beltran is in the front row of the public seats.", "in person"),
        ("The consul, Ignacio Beltran, did not attend the hearing.", "not there"),
        ("President Domingos Catete stayed in Santiago with a chest infection.", "not there"),
        ("Hilda Kabua-Jibas will take part remotely because of the storm.", None),  # a plan
        ("Ignacio Beltran plans to attend, the ministry said.", None),
        ("Hilda Kabua-Jibas praised Ignacio Beltran, who joined by video.", None),  # not hers
        ("Should Hilda Kabua-Jibas attend the hearing in person?", None),  # a question
        ("Domingos Catete skipped last week's board meeting.", None),  # another occasion
    ],
)
def test_presence_read_from_one_sentence(sentence: str, mode: str | None) -> None:
    name = (
        "Ignacio Beltran"
        if "Beltran" in sentence and "Kabua" not in sentence
        else ("Domingos Catete" if "Catete" in sentence else "Hilda Kabua-Jibas")
    )
    others = [n for n in ("Beltran", "Kabua-Jibas", "Catete") if n not in name]
    found = presence(sentence, [name], others)
    assert (found[0] if found else None) == mode


def test_in_person_and_by_video_conflict() -> None:
    fs = story(
        "Chile's minister Hilda Kabua-Jibas travelled to Veltro despite the storm.",
        "Chile's minister Hilda Kabua-Jibas joined by video link from Santiago.",
    )
    (d,) = attendance(fs)
    assert sorted(d.values.values()) == ["from afar", "in person"]
    assert "Kabua-Jibas" in d.topic


def test_present_and_stayed_away_conflict() -> None:
    fs = story(
        "Chile's consul Ignacio Beltran is in the front row of the public seats.",
        "The consul, Ignacio Beltran, did not attend the hearing, the embassy said.",
    )
    (d,) = attendance(fs)  # the attendance row or the presence statements: one item
    assert sorted(d.values) == [0, 1] and len(set(d.values.values())) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # from afar and not there in person agree: neither was in the room
        (
            "Hilda Kabua-Jibas did not attend in person, the ministry said.",
            "Chile's minister Hilda Kabua-Jibas joined by video link from Santiago.",
        ),
        # a plan is not a report
        (
            "Chile's minister Hilda Kabua-Jibas will take part remotely.",
            "Chile's minister Hilda Kabua-Jibas travelled to Veltro despite the storm.",
        ),
        # two people
        (
            "Chile's minister Hilda Kabua-Jibas travelled to Veltro despite the storm.",
            "Peru's minister Rosa Quispe joined by video link from Lima.",
        ),
    ],
)
def test_no_presence_conflict(a: str, b: str) -> None:
    fs = story(a, b)
    assert not attendance(fs), [(d.topic, d.values) for d in fs.discrepancies]


def test_attending_in_a_list_and_stayed_away_conflict() -> None:
    fs = story(
        "Among those attending in the front rows: Angola's President Domingos Catete and "
        "Peru's Rosa Quispe.",
        "Angola was represented by its vice-president, after President Domingos Catete stayed "
        "in Luanda with a chest infection.",
    )
    (d,) = attendance(fs)
    assert sorted(d.values) == [0, 1] and len(set(d.values.values())) == 2
