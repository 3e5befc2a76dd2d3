"""Disagreements from claim pairs, on invented sentences: each slot type, hedges and rounding,
negation and modality, agent and recipient swapped, quotes, spelling variants, scope."""

from __future__ import annotations

import pytest

from newsreader.core.facts import Discrepancy, FactSet, analyze
from tests.core.facts.crafted import article

# Two reports of an invented summit; each test changes one sentence of the second.
LEAD = (
    "Delegations from Norway and Chile met in the harbour town of Veltro on Thursday for a "
    "second day of talks on the disputed fishing grounds."
)
TAIL = (
    "The talks are expected to continue next week, and both sides said the atmosphere had "
    "been constructive despite the long list of open questions."
)


def pair(a: str, b: str, *, scope: str = "story", dates: tuple[str, str] = ("", "")) -> FactSet:
    return analyze(
        [
            article(LEAD, a, TAIL, name="left", published=dates[0]),
            article(LEAD, b, TAIL, name="right", published=dates[1]),
        ],
        scope=scope,
    )


def found(fs: FactSet, kind: str) -> list[Discrepancy]:
    return [d for d in fs.discrepancies if d.kind == kind]


def one(fs: FactSet, kind: str) -> Discrepancy:
    got = found(fs, kind)
    assert len(got) == 1, [(d.kind, d.topic, d.values) for d in fs.discrepancies]
    return got[0]


def marked(fs: FactSet, d: Discrepancy) -> set[str]:
    return {d.evidence[i].text[a:b] for i, spans in d.marks.items() for a, b in spans}


# --- numbers -------------------------------------------------------------------------------------


def test_different_counts_conflict_with_their_sentences_and_marks() -> None:
    fs = pair(
        "The two governments agreed to release 1,000 fishermen held since the spring.",
        "The two governments agreed to release 1,200 fishermen held since the spring.",
    )
    d = one(fs, "number")
    assert set(d.values.values()) == {"1,000 fishermen", "1,200 fishermen"}
    assert marked(fs, d) == {"1,000 fishermen", "1,200 fishermen"}
    assert d.pair == (0, 1) and 0.5 <= d.confidence <= 1
    assert "1,000 fishermen" in d.evidence[0].text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("about 1,200 fishermen", "over 1,200 fishermen"),  # both hedged: both can be true
        ("more than 90 fishermen", "about 90 fishermen"),
        ("94% of the fishermen", "94.2% of the fishermen"),  # rounded
        ("2% of the fishermen", "1.5% of the fishermen"),  # rounded half up
        ("1,200 fishermen", "1,200 fishermen"),
    ],
)
def test_hedged_or_rounded_numbers_agree(a: str, b: str) -> None:
    fs = pair(
        f"The two governments agreed to release {a} held since the spring.",
        f"The two governments agreed to release {b} held since the spring.",
    )
    assert not found(fs, "number")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("94.2% of the members", "94.6% of the members"),
        ("1% of the members", "1.5% of the members"),  # 1.5 rounds to 2, not to 1
        ("a 90-day pause", "a 60-day pause"),
        ("$40 million in aid", "$45 million in aid"),
        ("at 10:30", "at 11:45"),
    ],
)
def test_percentages_durations_money_and_clock_times(a: str, b: str) -> None:
    fs = pair(
        f"The union said the fishing ban was backed by {a} after a long vote in Veltro.",
        f"The union said the fishing ban was backed by {b} after a long vote in Veltro.",
    )
    assert len(found(fs, "number")) == 1


def test_two_differing_numbers_on_each_side_are_not_paired_by_guess() -> None:
    fs = pair(
        "The fleet lost 40 boats and 300 nets in the storm, the ministry said.",
        "The fleet lost 45 boats and 350 nets in the storm, the ministry said.",
    )
    assert len(found(fs, "number")) == 2  # each count pairs with its own noun
    fs = pair(
        "Officials said 40% of boats and 30% of nets were lost in the storm.",
        "Officials said 45% of boats and 35% of nets were lost in the storm.",
    )
    assert not found(fs, "number")  # two percentages a side: which is which is a guess


def test_different_rounds_are_never_compared() -> None:
    fs = pair(
        "In May the two governments released 1,000 fishermen held since the spring.",
        "In July the two governments released 1,200 fishermen held since the spring.",
    )
    assert not found(fs, "number")


# --- dates, people, offices ----------------------------------------------------------------------


def test_different_dates_of_one_event() -> None:
    fs = pair(
        "The fishing accord was signed by both ministers on 12 May in the old customs house.",
        "The fishing accord was signed by both ministers on 14 May in the old customs house.",
    )
    d = one(fs, "date")
    assert set(d.values.values()) == {"12 May", "14 May"}


def test_a_different_person_in_the_same_place_of_the_sentence() -> None:
    fs = pair(
        "The Chilean delegation is led by Foreign Minister Tomas Halberg, officials said.",
        "The Chilean delegation is led by Energy Minister Irena Sokolova, officials said.",
    )
    kinds = {d.kind for d in fs.discrepancies}
    assert "person" in kinds
    d = next(d for d in fs.discrepancies if d.kind == "person")
    assert {"Tomas Halberg", "Irena Sokolova"} <= {
        n for v in d.values.values() for n in v.split(", ")
    }


def test_a_different_office_for_the_same_person() -> None:
    fs = pair(
        "The session was opened by Chilean Foreign Minister Anika Ferreira in Veltro.",
        "The session was opened by Chilean Prime Minister Anika Ferreira in Veltro.",
    )
    d = one(fs, "office")
    assert {v.lower() for v in d.values.values()} >= {"foreign minister", "prime minister"}


def test_a_spelling_difference_is_never_a_conflict() -> None:
    fs = pair(
        "The session was opened by Chilean Foreign Minister Omar El Rashid in Veltro.",
        "The session was opened by Chilean Foreign Minister Omar al-Rasheed in Veltro.",
    )
    assert not fs.discrepancies
    (person,) = [p for p in fs.people if "Omar" in p.name]
    assert {"Omar El Rashid", "Omar al-Rasheed"} <= set(person.variants)


def test_office_holders_spelled_two_ways_are_not_different_people() -> None:
    fs = analyze(
        [
            article(
                "Chile's team includes Deputy Fisheries Minister Ursula von der Leyen.", name="a"
            ),
            article(
                "Chile's team includes Deputy Fisheries Minister Ursula von der Lynn.", name="b"
            ),
        ]
    )
    assert not fs.discrepancies


# --- negation, modality, who does what -----------------------------------------------------------


def test_a_negated_statement() -> None:
    fs = pair(
        "The final text will include a clause on seasonal quotas, both ministers confirmed.",
        "The final text will not include a clause on seasonal quotas, both ministers confirmed.",
    )
    d = one(fs, "negation")
    assert d.detail == "negated"
    assert "not" in marked(fs, d)


def test_a_prefixed_antonym_is_a_negation() -> None:
    fs = pair(
        "The court ordered the conditional release of the two captains on Thursday evening.",
        "The court ordered the unconditional release of the two captains on Thursday evening.",
    )
    assert one(fs, "negation").detail == "negated"


def test_will_and_may_differ_in_certainty() -> None:
    fs = pair(
        "Chile will sign the fishing accord in Veltro on Friday, a spokesman said.",
        "Chile may sign the fishing accord in Veltro on Friday, a spokesman said.",
    )
    assert one(fs, "negation").detail == "will / may"


def test_negation_and_paraphrase_of_a_negation_agree() -> None:
    fs = pair(
        "Norway has not signed the fishing accord, a spokesman said on Thursday.",
        "Norway has refused to sign the fishing accord, a spokesman said on Thursday.",
    )
    assert not found(fs, "negation")


def test_agent_and_recipient_swapped() -> None:
    fs = pair(
        "Norway offered to hand Chile 3,000 tonnes of fishing quota, the ministry said.",
        "Norway asked Chile to hand over 3,000 tonnes of fishing quota, the ministry said.",
    )
    d = one(fs, "agent")
    assert {v.split()[0] for v in d.values.values()} == {"Norway", "Chile"}


def test_both_parties_acting_together_is_no_swap() -> None:
    fs = pair(
        "Norway and Chile exchanged 300 fishermen at the border, the ministry said.",
        "Chile and Norway exchanged 300 fishermen at the border, the ministry said.",
    )
    assert not found(fs, "agent")


# --- quotes --------------------------------------------------------------------------------------


def test_the_same_speaker_quoted_in_other_words() -> None:
    fs = pair(
        '"We came to Veltro to listen, not to give up our fishing grounds," '
        "Chilean spokesman Daniel Okafor told reporters.",
        '"We came to Veltro to listen, not to surrender our waters," '
        "Chilean spokesman Daniel Okafor told reporters.",
    )
    d = one(fs, "quote")
    assert "Daniel Okafor" in d.topic
    assert {"give up", "fishing grounds", "surrender", "waters"} <= marked(fs, d)
    assert "listen" not in " ".join(marked(fs, d))


def test_two_speakers_quoted_in_other_words_are_two_items() -> None:
    """Each speaker's reworded quotation is its own disagreement, not one item for the pair."""
    fs = pair(
        '"We came to Veltro to listen, not to give up our fishing grounds," '
        "Chilean spokesman Daniel Okafor told reporters. "
        '"The harbour will stay open to every fleet until the spring," '
        "port director Marta Lindqvist said.",
        '"We came to Veltro to listen, not to surrender our waters," '
        "Chilean spokesman Daniel Okafor told reporters. "
        '"The harbour will stay open to all boats until the summer," '
        "port director Marta Lindqvist said.",
    )
    quotes = found(fs, "quote")
    assert len(quotes) == 2, [d.topic for d in quotes]
    assert {"Daniel Okafor" in d.topic for d in quotes} == {True, False}
    assert any("Marta Lindqvist" in d.topic for d in quotes)


def test_a_shorter_quotation_of_the_same_words_is_no_difference() -> None:
    fs = pair(
        '"We came to Veltro to listen, not to give up our fishing grounds," '
        "Chilean spokesman Daniel Okafor told reporters.",
        '"We came to Veltro to listen," Chilean spokesman Daniel Okafor told reporters.',
    )
    assert not found(fs, "quote")


# --- scope ---------------------------------------------------------------------------------------

ROUND = "The two governments agreed to release {} fishermen held since the spring."


def test_reports_weeks_apart_are_different_stories() -> None:
    fs = pair(ROUND.format("1,000"), ROUND.format("1,200"), dates=("2025-05-02", "2025-07-20"))
    assert not fs.discrepancies


def test_the_user_can_take_the_loaded_set_as_one_story() -> None:
    fs = pair(
        ROUND.format("1,000"),
        ROUND.format("1,200"),
        scope="all",
        dates=("2025-05-02", "2025-07-20"),
    )
    assert len(found(fs, "number")) == 1
    assert fs.stories == [[0, 1]] and fs.scope == "all"


def test_unrelated_stories_are_not_compared() -> None:
    other = article(
        "The city council of Brenna voted on Monday to close the old tram depot.",
        "The council said 1,200 residents had signed a petition against the closure.",
        "A final decision on the depot's future is expected before the winter.",
        name="other",
    )
    fs = analyze([article(LEAD, ROUND.format("1,000"), TAIL, name="talks"), other])
    assert not fs.discrepancies


def test_disagreements_are_ranked_most_certain_first() -> None:
    fs = analyze(
        [
            article(LEAD, ROUND.format("1,000"), "Chile will sign the accord on Friday.", name="a"),
            article(LEAD, ROUND.format("1,200"), "Chile may sign the accord on Friday.", name="b"),
        ]
    )
    confidences = [d.confidence for d in fs.discrepancies]
    assert len(confidences) >= 2
    assert confidences == sorted(confidences, reverse=True)


def test_comparing_claims_can_be_cancelled_and_reports_progress() -> None:
    from newsreader.core.align import Cancelled
    from newsreader.core.facts import analyze_facts
    from newsreader.core.facts.extract import extract_facts

    facts = [
        extract_facts(article(LEAD, ROUND.format(n), TAIL, name=f"a{n}"))
        for n in ("1,000", "1,100", "1,200")
    ]
    with pytest.raises(Cancelled):
        analyze_facts(facts, cancelled=lambda: True)
    seen: list[float] = []
    analyze_facts(facts, progress=seen.append)
    assert seen and all(0 <= f <= 1 for f in seen)


@pytest.mark.parametrize(
    "absent",
    [
        "President Elena Varga will take part in the summit via video link, her office said.",
        "Norway lobbied President Elena Varga to attend the summit, her office said.",
    ],
)
def test_taking_part_from_afar_or_being_asked_is_no_attendance_conflict(absent: str) -> None:
    fs = analyze(
        [
            article(
                LEAD, "President Elena Varga will not attend the summit, her office said.", name="a"
            ),
            article(LEAD, absent, name="b"),
        ]
    )
    assert not found(fs, "attendance")


def test_confident_attendance_statements_conflict() -> None:
    fs = analyze(
        [
            article(
                LEAD, "President Elena Varga will not attend the summit, her office said.", name="a"
            ),
            article(
                LEAD, "President Elena Varga attended the summit in person on Thursday.", name="b"
            ),
        ]
    )
    d = one(fs, "attendance")
    assert set(d.values.values()) == {"attending", "not_attending"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chilean Prime Minister Anika Ferreira", "the first minister of Chile, Anika Ferreira,"),
        ("Chilean Premier Anika Ferreira", "Chilean Prime Minister Anika Ferreira"),
        ("Chilean Vice-President Anika Ferreira", "Chilean Vice President Anika Ferreira"),
        ("Speaker Anika Ferreira", "the President of the Assembly, Anika Ferreira,"),
    ],
)
def test_a_translated_or_spelled_title_is_the_same_office(a: str, b: str) -> None:
    fs = pair(
        f"The session was opened by {a} in Veltro.",
        f"The session was opened by {b} in Veltro.",
    )
    assert not found(fs, "office"), [(d.topic, d.values) for d in fs.discrepancies]


def test_a_double_surname_with_and_without_hyphen_is_no_conflict() -> None:
    fs = pair(
        "Chile's fisheries minister Hilda Kabua-Jibas opened the session in Veltro.",
        "Chile's fisheries minister Hilda Kabua Jibas opened the session in Veltro.",
    )
    assert not fs.discrepancies, [(d.topic, d.values) for d in fs.discrepancies]


def test_an_abbreviated_office_is_compared_as_the_office() -> None:
    fs = analyze(
        [
            article("Co-chair French PM Anika Ferreira addressed the delegates.", name="a"),
            article("Co-chair French President Anika Ferreira addressed the delegates.", name="b"),
        ]
    )
    d = one(fs, "office")
    assert sorted(v.split()[-1] for v in d.values.values()) == ["PM", "President"]


def test_a_row_conflict_lists_the_outlets_of_its_own_story_only() -> None:
    talks = "The session in Veltro on the fishing grounds was opened by {} Anika Ferreira."
    other = (
        "The city council of Brenna voted on Monday to close the old tram depot after a long "
        "debate, and {} Anika Ferreira said the decision was final."
    )
    fs = analyze(
        [
            article(
                LEAD,
                talks.format("Chilean Foreign Minister"),
                TAIL,
                name="a",
                published="2025-06-01",
            ),
            article(
                LEAD, talks.format("Chilean Prime Minister"), TAIL, name="b", published="2025-06-01"
            ),
            article(other.format("Chilean Foreign Minister"), name="c", published="2025-01-01"),
            article(other.format("Chilean Foreign Minister"), name="d", published="2025-01-02"),
        ]
    )
    assert fs.stories == [[0, 1], [2, 3]]
    d = one(fs, "office")
    assert sorted(d.values) == [0, 1], d.values
