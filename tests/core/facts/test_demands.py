"""Demands: party + what it asks for, from verb and noun cues."""

from __future__ import annotations

import pytest

from newsreader.core.facts import analyze
from tests.core.facts.crafted import article, facts


def demands(*paragraphs: str) -> list[tuple[str, str]]:
    return [(d.party, d.text) for d in facts(*paragraphs).demands]


@pytest.mark.parametrize(
    ("text", "party", "words"),
    [
        ("Russia demanded that Ukraine concede the Donbas region.", "Russia", "concede the Donbas"),
        ("Moscow insists on a monitoring mechanism.", "Russia", "monitoring mechanism"),
        ("Kyiv is asking for an immediate ceasefire.", "Ukraine", "immediate ceasefire"),
        ("Hamas wants the full withdrawal of troops.", "Hamas", "full withdrawal"),
        (
            "President Donald Trump is pushing for a 30-day ceasefire.",
            "Donald Trump",
            "30-day ceasefire",
        ),
        ("President Donald Trump has called for new elections.", "Donald Trump", "new elections"),
    ],
)
def test_verb_cues(text: str, party: str, words: str) -> None:
    got = demands(text)
    assert any(p == party and words in t for p, t in got), got


def test_subject_of_the_clause_not_the_nearest_name() -> None:
    got = demands(
        "While Zelensky supports a truce, President Vladimir Putin insists on talks first."
    )
    assert got == [("Vladimir Putin", "talks first")]


def test_relative_clause_is_skipped() -> None:
    got = demands(
        "Ukrainian President Volodymyr Zelensky, who addressed EU leaders last week, called for "
        "the package to be adopted."
    )
    assert got[0][0] == "Volodymyr Zelensky"


def test_a_list_after_a_colon_stays_one_demand() -> None:
    got = demands(
        "Russia listed its main demands in a memorandum: control of four regions, a smaller "
        "Ukrainian army, and a neutral status."
    )
    assert got == [
        ("Russia", "control of four regions, a smaller Ukrainian army, and a neutral status"),
    ]


def test_two_demands_in_one_sentence() -> None:
    got = demands(
        "Coristan insists on a joint monitoring commission before any pause, and wants "
        "compensation for the electricity it would lose."
    )
    assert got == [
        ("Coristan", "a joint monitoring commission before any pause"),
        ("Coristan", "compensation for the electricity it would lose"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The territorial demands could expand as forces advance.",
        "Coach Ruben Amorim insisted his side was improving.",
        "Putin referenced the failed draft, which proposed that Ukraine adopt neutrality.",
        "What peace conditions has Russia defined?",
        "Analysts want more data.",
    ],
)
def test_not_demands(text: str) -> None:
    assert demands(text) == []


def test_we_in_a_quote_is_the_speaker_across_the_set() -> None:
    a = article(
        '"We demand that Coristan reopen the dam gates," President Tomas Halberg said.',
        name="a",
    )
    b = article("Arvenian President Tomas Halberg spoke on Sunday.", name="b")
    alone = facts(*[p.text for p in a.paragraphs]).demands
    assert alone[0].party == "Tomas Halberg" and alone[0].via_speaker
    assert alone[0].speaker == "Tomas Halberg"
    together = analyze([a, b])
    d = together.articles[0].demands[0]
    assert (d.party, d.text) == ("Tomas Halberg", "Coristan reopen the dam gates")


def test_samples_demands(sample) -> None:
    got = [(d.party, d.text) for d in sample("northern-observer").demands]
    assert (
        "Arvenia",
        "the reservoir filling suspended for 60 days and an international survey of the river",
    ) in got
    assert any(p == "Coristan" and "joint monitoring commission" in t for p, t in got)


def test_every_item_of_a_list_stays_in_the_demand() -> None:
    got = demands("Sweden demands lower duties, purchasing guarantees, and a seat on the board.")
    assert got == [("Sweden", "lower duties, purchasing guarantees, and a seat on the board")]


def test_an_ing_verb_after_a_comma_still_ends_the_demand() -> None:
    got = demands("Sweden demands tariff cuts, saying the current rates are unfair.")
    assert got == [("Sweden", "tariff cuts")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway will not sign unless Sweden withdraws its troops from the border.",
            [("Norway", "Sweden withdraws its troops from the border")],
        ),
        (
            "Norway will not join the talks until it receives guarantees from Sweden.",
            [("Norway", "it receives guarantees from Sweden")],
        ),
        ("Norway said talks would not resume until next week.", []),
        ("Norway will sign until the end of the month.", []),
    ],
)
def test_what_must_happen_first(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert demands(sentence) == expected


def test_a_proposal_for_something_is_a_proposal() -> None:
    f = facts("Norway put forward a proposal for a three-day truce along the border.")
    assert f.demands == []
    assert [(d.party, d.text) for d in f.proposals] == [
        ("Norway", "a three-day truce along the border")
    ]
    assert facts("The proposal for a truce was discussed.").proposals == []


def test_unless_with_a_long_subject() -> None:
    got = demands(
        "Norway and Sweden said they would not sign unless every neighbour - including Finland - "
        "was represented in the room."
    )
    assert ("Norway", "every neighbour - including Finland - was represented in the room") in got
    assert ("Sweden", "every neighbour - including Finland - was represented in the room") in got


@pytest.mark.parametrize(
    "text",
    [
        "Minister Tomas Halberg, for her part, insisted at the closing session that the word be "
        "dropped.",
        "Minister Tomas Halberg demanded during the press conference that the word be dropped.",
    ],
)
def test_where_something_was_demanded_is_an_aside(text: str) -> None:
    """ "insisted at the closing session that X": the place of saying does not hide the demand."""
    got = demands(text)
    assert any(p == "Tomas Halberg" and "word be dropped" in t for p, t in got), got
