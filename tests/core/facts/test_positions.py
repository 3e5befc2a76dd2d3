"""Positions read with their polarity and their party: demands, proposals, rejections.

Every sentence is invented. The first paragraph of each article names the two parties, as a
story would, so that the rules know Arvenia and Coristan are countries.
"""

from __future__ import annotations

import pytest

from newsreader.core.facts import ArticleFacts
from tests.core.facts.crafted import facts

SETTING = (
    "The delegations of Arvenia, Coristan and Saldova met on Monday; Arvenia's delegation "
    "arrived late, Saldova's delegation on time and Coristan's delegation left early."
)


def read(*sentences: str) -> ArticleFacts:
    return facts(SETTING, *sentences)


def demands(*sentences: str) -> list[tuple[str, str]]:
    return [(d.party, d.text) for d in read(*sentences).demands]


# ---- polarity -------------------------------------------------------------------------------


def test_rejecting_a_demand_is_no_demand_of_the_one_who_rejects() -> None:
    f = read("Arvenia rejected Coristan's demand for a new border survey.")
    assert [(d.party, d.text) for d in f.demands] == [("Coristan", "a new border survey")]
    assert [(d.party, d.polarity) for d in f.rejections] == [("Arvenia", "against")]


def test_denying_a_proposal_turns_it_down() -> None:
    f = read("Coristan denied Arvenia's proposal to share the reservoir.")
    assert f.demands == []
    assert [(d.party, d.text) for d in f.proposals] == [("Arvenia", "share the reservoir")]
    assert [d.party for d in f.rejections] == ["Coristan"]


def test_denying_a_claim_is_not_a_rejection_of_a_position() -> None:
    f = read("Coristan denied the report about the flooded farms.")
    assert f.demands == [] and f.rejections == []


def test_a_red_line_is_refused_not_demanded() -> None:
    f = read("Arvenian officials maintain that joining the alliance remains a red line.")
    assert f.demands == []
    assert [(d.party, d.text, d.polarity) for d in f.rejections] == [
        ("Arvenia", "joining the alliance", "against")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coristan did not demand compensation.",
        "Coristan has never called for sanctions.",
        "Coristan stopped short of demanding compensation, without calling for a vote.",
        "If Coristan demands a new survey, Arvenia will refuse.",
        "Arvenia asked whether Coristan wants a new survey.",
    ],
)
def test_negated_and_hypothetical_cues_state_no_demand(sentence: str) -> None:
    assert demands(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        ("Coristan proposed a joint commission.", "Coristan", "a joint commission"),
        ("Arvenia offered to pause the dam works for 30 days.", "Arvenia", "pause the dam works"),
        ("Coristan floated a 60-day pause of the works.", "Coristan", "a 60-day pause"),
        (
            "Arvenia put forward a proposal for a three-day truce along the river.",
            "Arvenia",
            "a three-day truce along the river",
        ),
    ],
)
def test_proposals_and_offers_are_not_demands(sentence: str, party: str, text: str) -> None:
    f = read(sentence)
    assert f.demands == []
    assert any(d.party == party and text in d.text for d in f.proposals), f.proposals


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        ("Coristan ruled out any pause in the works.", "Coristan", "any pause in the works"),
        ("Arvenia opposes the new dam.", "Arvenia", "the new dam"),
        ("Coristan refused to open the sluices.", "Coristan", "open the sluices"),
    ],
)
def test_rejections(sentence: str, party: str, text: str) -> None:
    f = read(sentence)
    assert f.demands == []
    assert [(d.party, d.text) for d in f.rejections] == [(party, text)]


def test_a_threat_with_a_condition_is_not_a_demand() -> None:
    assert demands("Arvenia warned of severe consequences if Coristan keeps filling the dam.") == []
    assert demands("Arvenia will impose sanctions unless Coristan stops the works.") == []


# ---- the party is who asks ------------------------------------------------------------------


def test_the_party_is_the_subject_not_the_nearest_name() -> None:
    got = demands("Foreign Minister Tomas Halberg called on Coristan to halt the works.")
    assert got == [("Tomas Halberg", "Coristan to halt the works")]


def test_a_title_party_is_not_the_subject() -> None:
    got = demands("Before the vote, Coristan Water Board chief Daniel Okafor urged staff to stay.")
    assert got == [("Daniel Okafor", "staff to stay")]


def test_a_parenthesis_between_subject_and_verb() -> None:
    got = demands(
        "Daniel Okafor, president of the farmers' union, urged members to reject the offer."
    )
    assert got == [("Daniel Okafor", "members to reject the offer")]


def test_names_in_apposition_are_the_subjects() -> None:
    got = demands(
        "Both the head of the water board, Tomas Halberg, and the envoy to the basin commission, "
        "Elena Varga, have insisted that Coristan must open the sluices."
    )
    assert ("Tomas Halberg", "Coristan must open the sluices") in got
    assert ("Elena Varga", "Coristan must open the sluices") in got
    assert len(got) == 2


def test_a_list_after_including_is_not_the_subject() -> None:
    got = demands(
        "The charter, backed by 40 states, including Saldova, Norway and Chile, calls for open "
        "rivers."
    )
    assert got == []


def test_a_subordinate_clause_before_the_verb() -> None:
    got = demands(
        "Farmers, while welcoming the talks with Coristan, insisted that the canal be reopened."
    )
    assert got == [("Farmers", "the canal be reopened")]


def test_coordinated_verbs_share_their_subject() -> None:
    got = demands("The Arvenian government praised the talks and urged Coristan to stay.")
    assert got == [("Arvenia", "Coristan to stay")]
    got = demands("Arvenia and Saldova deny the report and insist that the dam must close.")
    assert ("Arvenia", "the dam must close") in got and ("Saldova", "the dam must close") in got


def test_the_owner_of_a_possessive_is_not_the_subject() -> None:
    got = demands("Arvenia and Saldova deny Coristan's report and insist that the dam must close.")
    assert all(party != "Coristan" for party, _ in got)


def test_group_parties_as_written() -> None:
    assert demands("The union is pressing for a 12% raise and a shorter week.") == [
        ("Union", "a 12% raise and a shorter week")
    ]
    assert demands("Prosecutors asked the court to keep the defendant in custody.") == [
        ("Prosecutors", "the court to keep the defendant in custody")
    ]
    assert demands("The mayor's legal team argued for the case to be dismissed.") == [
        ("Mayor's legal team", "the case to be dismissed")
    ]


def test_commentators_are_not_parties() -> None:
    assert demands("Analysts want more data.") == []


def test_a_participle_after_a_comma_takes_the_sentence_subject() -> None:
    got = demands(
        "Protesters gathered outside the ministry, chanting and calling for the minister's "
        "resignation."
    )
    assert got == [("Protesters", "the minister's resignation")]


def test_a_participle_right_after_a_group_belongs_to_it() -> None:
    got = demands("Exiles plan events, including a demonstration calling for the return of land.")
    assert got == [("Demonstration", "the return of land")]


def test_it_after_a_reporting_verb_is_its_subject() -> None:
    got = demands("Coristan said it wants guarantees on the water level.")
    assert got == [("Coristan", "guarantees on the water level")]


def test_they_after_a_reporting_verb_are_all_its_subjects() -> None:
    f = read("Two other states, Saldova and Norway, announced that they would oppose the new dam.")
    assert {d.party for d in f.rejections} == {"Saldova", "Norway"}


def test_they_without_a_subject_before_is_dropped() -> None:
    got = demands("The mood in the valley is tense. They want the works stopped.")
    assert got == []


# ---- nouns, passives, relatives ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        (
            "Arvenia's insistence on a neutral monitor delayed the talks.",
            "Arvenia",
            "a neutral monitor",
        ),
        (
            "Coristan redoubled its demand for an end to the flooding.",
            "Coristan",
            "an end to the flooding",
        ),
        (
            "The farmers' demand for fair water prices was rejected by the ministry.",
            "Farmers",
            "fair water prices",
        ),
        (
            "Mayor Daniel Okafor's bid to close the canal was turned down by a judge.",
            "Daniel Okafor",
            "close the canal",
        ),
    ],
)
def test_owned_nouns(sentence: str, party: str, text: str) -> None:
    assert (party, text) in demands(sentence)


def test_a_passive_names_who_demands() -> None:
    got = demands("The dam closure, as demanded by Coristan, took effect on Monday.")
    assert got == [("Coristan", "The dam closure")]


def test_a_relative_clause_puts_the_demand_first() -> None:
    got = demands(
        "The offer fell short of the 12% raise and pension changes that the union was seeking."
    )
    assert got == [("Union", "the 12% raise and pension changes")]
    got = demands("Arvenia is far from the 3% Coristan is demanding.")
    assert got == [("Coristan", "the 3%")]


def test_an_appositive_demand_made_by_someone() -> None:
    got = demands(
        "Ministers backed a large increase in water fees, a key demand Coristan has made for "
        "months."
    )
    assert got == [("Coristan", "a large increase in water fees")]


def test_an_appositive_demand_rejected_by_someone_is_not_theirs() -> None:
    got = demands("Coristan wants the valley back - demands Arvenia swiftly rejected.")
    assert got == [("Coristan", "the valley back")]


# ---- conditions ----------------------------------------------------------------------------


def test_a_condition_for_ending_a_war_is_a_demand_of_who_states_it() -> None:
    got = demands(
        "Prime Minister Elena Varga said Arvenia would end the fighting only if Coristan "
        "withdrew its troops from the valley."
    )
    assert got == [("Elena Varga", "Coristan withdrew its troops from the valley")]


def test_a_condition_for_talks_inside_a_quotation_is_the_speaker_s() -> None:
    got = demands(
        '"Coristan can start negotiations with us tomorrow, if they leave our fields," '
        "Prime Minister Elena Varga said."
    )
    assert got == [("Elena Varga", "they leave our fields")]


def test_contingent_upon() -> None:
    got = demands(
        "Coristan reiterated its stance on the dispute, contingent upon Arvenia paying for the "
        "damage."
    )
    assert got == [("Coristan", "Arvenia paying for the damage")]


def test_set_as_a_condition() -> None:
    got = demands("Coristan set the withdrawal of Arvenian troops as a condition for any talks.")
    assert got == [("Coristan", "the withdrawal of Arvenian troops")]


def test_an_attendance_condition_is_not_a_demand() -> None:
    got = demands(
        "Prime Minister Elena Varga said she would take part in the talks only if Coristan's "
        "president was present."
    )
    assert got == []


def test_what_an_agreement_would_require_per_its_reporter() -> None:
    got = demands(
        "Prime Minister Elena Varga has held that any peace deal would require Coristan to "
        "give up the valley."
    )
    assert got == [("Elena Varga", "Coristan to give up the valley")]
    assert demands("The new dam would require 40 million euros, Coristan said.") == []


# ---- quotations and obligations ----------------------------------------------------------------


def test_we_need_in_a_quotation_is_the_speaker_s() -> None:
    f = read('"We need a ceasefire before the harvest," Foreign Minister Tomas Halberg said.')
    assert [(d.party, d.text, d.speaker) for d in f.demands] == [
        ("Tomas Halberg", "a ceasefire before the harvest", "Tomas Halberg")
    ]


def test_an_obligation_reported_by_a_speaker() -> None:
    got = demands(
        "Commissioner Elena Varga said nations needed to reach a deal that protects the river."
    )
    assert got == [("Elena Varga", "nations needed to reach a deal that protects the river")]


def test_an_obligation_about_the_past_is_no_demand() -> None:
    got = demands('"The dam should never have been built," Foreign Minister Tomas Halberg said.')
    assert got == []


def test_a_participle_needed_is_no_obligation() -> None:
    got = demands(
        "Foreign Minister Tomas Halberg said the money needed to finish the dam would mean "
        "higher taxes."
    )
    assert got == []


def test_a_quotation_attributed_with_insisted() -> None:
    f = read(
        "Foreign Minister Tomas Halberg spoke in the capital.",
        '"It is not fair that our farmers pay for the dam," Halberg insisted.',
    )
    assert [d.party for d in f.demands] == ["Tomas Halberg"]
    assert "farmers pay for the dam" in f.demands[0].text


def test_insisting_on_a_fact_is_no_demand() -> None:
    assert demands("Coach Ruben Amorim insisted his side was improving.") == []


def test_insisting_with_a_subjunctive_is_a_demand() -> None:
    got = demands("Prosecutors insisted that the verdict remain intact.")
    assert got == [("Prosecutors", "the verdict remain intact")]


# ---- the text --------------------------------------------------------------------------------


def test_every_item_of_a_listed_demand_is_kept() -> None:
    got = demands(
        "Arvenia is demanding the release of prisoners, compensation for the flooded farms "
        "and an international survey of the river."
    )
    assert got == [
        (
            "Arvenia",
            "the release of prisoners, compensation for the flooded farms and an international "
            "survey of the river",
        )
    ]


def test_a_list_with_examples_stays_one_demand() -> None:
    got = demands(
        "Coristan has insisted that Arvenia must also spend 3% on equipment, such as pumps, "
        "pipes, and boats, and 1% on repairs."
    )
    assert got == [
        (
            "Coristan",
            "Arvenia must also spend 3% on equipment, such as pumps, pipes, and boats, and 1% on "
            "repairs",
        )
    ]


def test_the_text_ends_where_a_new_clause_starts() -> None:
    assert demands("Coristan demands a survey, saying the old one was flawed.") == [
        ("Coristan", "a survey")
    ]
    assert demands("Arvenia lobbied Coristan to attend from abroad as it is under sanctions.") == [
        ("Arvenia", "Coristan to attend from abroad")
    ]
    assert demands(
        "Coristan demanded an exemption from the new quota — a steep cut on the old one."
    ) == [("Coristan", "an exemption from the new quota")]


def test_an_object_with_a_relative_clause_keeps_what_it_is_asked() -> None:
    got = demands("The River Commission urged 12 states who signed the charter to stop the works.")
    assert got == [("River Commission", "12 states who signed the charter to stop the works")]


def test_time_after_argue_for() -> None:
    got = demands(
        "Prime Minister Elena Varga has been arguing for years that the states should share "
        "the costs."
    )
    assert got == [("Elena Varga", "the states should share the costs")]


# ---- uncertainty and keys ------------------------------------------------------------------


def test_an_aim_is_shown_as_uncertain() -> None:
    f = read("Coristan wants to begin talks on the terms first.")
    (d,) = f.demands
    assert d.unsure and d.label.endswith("(uncertain)")


def test_who_reports_a_demand_is_its_speaker() -> None:
    f = read("Foreign Minister Tomas Halberg said that Coristan demanded a new survey.")
    (d,) = f.demands
    assert (d.party, d.speaker) == ("Coristan", "Tomas Halberg")
    assert d.label == "Coristan: a new survey (according to Tomas Halberg)"


def test_a_condition_for_ending_a_dispute_or_a_strike() -> None:
    got = demands(
        "The union said it would call off the strike only if the company restored the pension plan."
    )
    assert got == [("Union", "the company restored the pension plan")]
    assert demands("The workers would only strike if negotiations break down.") == []


def test_according_to_ends_the_text() -> None:
    got = demands("Coristan wants to begin talks on the terms first, according to its envoy.")
    assert got == [("Coristan", "begin talks on the terms first")]


def test_he_goes_on_about_the_person_of_the_sentence_before() -> None:
    got = demands(
        "Foreign Minister Tomas Halberg, speaking for the government, warned against new dams.",
        '"The river belongs to everyone," he told delegates.',
        "He called for a survey of the whole basin.",
    )
    assert got == [("Tomas Halberg", "a survey of the whole basin")]


def test_he_after_a_sentence_about_someone_else_is_dropped() -> None:
    got = demands(
        "Foreign Minister Tomas Halberg spoke first.",
        "The envoy Daniel Okafor arrived later.",
        '"It is not fair that our farmers pay," he insisted.',
    )
    assert all(party != "Tomas Halberg" for party, _ in got)


def test_a_condition_about_a_part_of_a_country_is_no_attendance() -> None:
    got = demands(
        "Prime Minister Elena Varga said the war could end if Coristan guaranteed the part of "
        "the valley under Arvenian control."
    )
    assert got == [
        ("Elena Varga", "Coristan guaranteed the part of the valley under Arvenian control")
    ]


def test_a_reporting_verb_with_an_object_reports_no_clause() -> None:
    f = read(
        "Prime Minister Elena Varga announced a deal exempting Arvenia from the quota as "
        "demanded by Coristan."
    )
    (d,) = f.demands
    assert (d.party, d.speaker) == ("Coristan", None)


def test_an_official_body_of_a_party_is_the_party() -> None:
    assert demands("Saldova's foreign ministry urged Coristan to reopen the canal.") == [
        ("Saldova", "Coristan to reopen the canal")
    ]
    assert demands("Leaders of Arvenia and Saldova called for an immediate truce.") == [
        ("Arvenia", "an immediate truce"),
        ("Saldova", "an immediate truce"),
    ]


def test_demands_listed_after_include() -> None:
    got = demands("The union's key demands include a minimum wage of $20 and paid sick leave.")
    assert got == [("Union", "a minimum wage of $20 and paid sick leave")]


def test_not_accepting_is_a_rejection() -> None:
    f = read(
        "Prime Minister Elena Varga said Coristan was ready for talks but would not accept any "
        "truce that let Arvenia rebuild the dam."
    )
    assert f.demands == []
    assert [(d.party, d.text, d.speaker) for d in f.rejections] == [
        ("Coristan", "any truce that let Arvenia rebuild the dam", "Elena Varga")
    ]


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        ("The strikers want a 15% pay rise.", "Strikers", "a 15% pay rise"),
        ("Pilots are seeking a 30% raise.", "Pilots", "a 30% raise"),
        (
            "The players' association is pushing for a bigger share of the revenue.",
            "Players' association",
            "a bigger share of the revenue",
        ),
        ("The defence asked for a delay.", "Defence", "a delay"),
        (
            "Defence lawyers filed a motion asking the judge to drop the charges.",
            "Defence lawyers",
            "the judge to drop the charges",
        ),
    ],
)
def test_more_groups(sentence: str, party: str, text: str) -> None:
    assert demands(sentence) == [(party, text)]


def test_collective_defence_is_no_party() -> None:
    assert demands("Arvenia wants more spending on collective defence, it said.") == [
        ("Arvenia", "more spending on collective defence")
    ]


def test_not_until_with_an_irregular_verb() -> None:
    got = demands("Coristan said it would not negotiate until Arvenian troops left the valley.")
    assert got == [("Coristan", "Arvenian troops left the valley")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Arvenia's demand was ignored.",
        "Coristan said Arvenia's demands were unacceptable.",
        "Arvenia wants to know why the talks failed.",
        "Arvenia could demand compensation, analysts said.",
        "Coristan may seek a new vote next year.",
    ],
)
def test_verdicts_questions_and_possibilities_are_no_demands(sentence: str) -> None:
    assert demands(sentence) == []


def test_a_demand_named_by_is() -> None:
    assert demands("The union's main demand is a 20% raise.") == [("Union", "a 20% raise")]


def test_would_demand_is_uncertain() -> None:
    (d,) = read("Coristan would demand a monitor in any talks.").demands
    assert (d.party, d.text, d.unsure) == ("Coristan", "a monitor in any talks", True)


def test_a_demand_in_a_later_sentence_of_a_quotation() -> None:
    got = demands(
        '"Our message is clear. Coristan must stop the works now," Foreign Minister Tomas '
        "Halberg said."
    )
    assert got == [("Tomas Halberg", "Coristan must stop the works now")]


def test_we_and_i_in_a_quotation_stitched_across_paragraphs() -> None:
    got = demands(
        'Foreign Minister Tomas Halberg said on Monday: "We want the gates opened before winter.',
        '"And I call on Coristan to allow a full survey of the river."',
    )
    assert got == [
        ("Tomas Halberg", "the gates opened before winter"),
        ("Tomas Halberg", "Coristan to allow a full survey of the river"),
    ]
