"""Demands in the constructions any story uses: organisations and collectives as parties,
conditions, reported and quoted demands, requests in court. Every sentence is invented; the
setting names the parties as a story would (see test_positions.py).
"""

from __future__ import annotations

import pytest

from tests.core.facts.test_positions import demands, read

# ---- who asks: subjects past relative clauses, copulas and parentheses -----------------------


def test_a_place_inside_a_relative_clause_is_not_the_party() -> None:
    got = demands(
        "Elena Varga, who flew in from the union's Lisbon, Portugal, office, praised the crowd "
        "and called for a new survey of the river."
    )
    assert got == [("Elena Varga", "a new survey of the river")]


def test_the_judge_who_hears_an_application_is_not_the_applicant() -> None:
    got = demands(
        "Judge Tomas Halberg, presiding, heard an application from the farmer's barrister, "
        "Elena Varga, who asked the court to release him on bail."
    )
    assert got == [("Elena Varga", "the court to release him on bail")]


def test_a_member_named_in_a_relative_clause_is_not_the_subject() -> None:
    got = demands(
        "The water board, of which Saldova is a member, has issued a report and urged Coristan to "
        "open the sluices."
    )
    assert all(party != "Saldova" for party, _ in got)


def test_a_subject_before_a_copula_keeps_its_second_verb() -> None:
    got = demands(
        "Foreign Minister Elena Varga was also in the capital and demanded a new survey of the "
        "river."
    )
    assert got == [("Elena Varga", "a new survey of the river")]


def test_he_after_a_sentence_whose_verb_ends_in_ly() -> None:
    got = demands(
        "Foreign Minister Tomas Halberg, who studied in the capital, will fly there on Monday, "
        "his office said.",
        "He will lobby for a new survey of the river.",
    )
    assert got == [("Tomas Halberg", "a new survey of the river")]


# ---- organisations and collectives as parties ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        (
            "The Arvenian Chamber of Commerce called for a single visa for the whole valley.",
            "Arvenian Chamber of Commerce",
            "a single visa for the whole valley",
        ),
        (
            "Coristan's main opposition party, the Green Alliance, has demanded an apology from "
            "the ministry.",
            "Green Alliance",
            "an apology from the ministry",
        ),
        (
            "Analysts at Meridian Capital urged the board to publish its water accounts.",
            "Meridian Capital",
            "the board to publish its water accounts",
        ),
        (
            "Highland village leaders on Tuesday demanded a binding ban on new dams.",
            "Highland village leaders",
            "a binding ban on new dams",
        ),
        (
            "The defence, led by the barrister Elena Varga, had requested his release on bail.",
            "Defence",
            "his release on bail",
        ),
    ],
)
def test_organisations_and_collectives(sentence: str, party: str, text: str) -> None:
    assert demands(sentence) == [(party, text)]


def test_a_name_in_apposition_to_a_possessed_title() -> None:
    got = demands(
        "Coristan's anti-fraud prosecutor, Elena Varga, has demanded that the farmer be returned."
    )
    assert got == [("Elena Varga", "the farmer be returned")]


def test_commentators_alone_are_still_no_party() -> None:
    assert demands("Analysts urged caution.", "Experts want more data.") == []


# ---- asides between the party, the verb and what is asked ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Tomas Halberg for his part has demanded a new survey of the river.",
        "Foreign Minister Tomas Halberg insisted last night that a new survey of the river be "
        "made.",
        "Foreign Minister Tomas Halberg insisted, loudly, on a new survey of the river.",
    ],
)
def test_asides_around_the_verb(sentence: str) -> None:
    got = demands(sentence)
    assert len(got) == 1 and got[0][0] == "Tomas Halberg"
    assert got[0][1].startswith("a new survey of the river")


def test_a_while_clause_with_its_own_subject() -> None:
    got = demands(
        "In the plenary, the envoy of Saldova, Tomas Halberg, asked again for a survey, while "
        "the head of the water board of Coristan, Elena Varga, demanded in the same session "
        "that the sluices be opened."
    )
    assert ("Elena Varga", "the sluices be opened") in got
    assert ("Tomas Halberg", "the sluices be opened") not in got


# ---- conditions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "party", "text"),
    [
        (
            [
                "Coristan has said it will not attend unless Arvenia drops its plan to dam the river."
            ],
            "Coristan",
            "Arvenia drops its plan to dam the river",
        ),
        (
            [
                "Saldova, for its part, says it will rejoin the talks only once the dam decision is "
                "reversed."
            ],
            "Saldova",
            "the dam decision is reversed",
        ),
        (
            [
                '"If the word ban is not in the text, Saldova will not sign," Elena Varga told '
                "reporters."
            ],
            "Elena Varga",
            "the word ban is in the text",
        ),
        (
            [
                "Arvenia has said it would accept a mediator only if Coristan first frees the "
                "detained inspectors."
            ],
            "Arvenia",
            "Coristan first frees the detained inspectors",
        ),
    ],
)
def test_conditions_a_party_sets(sentences: list[str], party: str, text: str) -> None:
    assert demands(*sentences) == [(party, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a conditional attendance is read by the attendance rules, not as a demand
        "Prime Minister Elena Varga said she would attend only if the ministry asks her "
        "personally.",
        # what a party says it would not sign after is not what it asks for
        '"If Coristan opens the sluices, Saldova will not sign," Elena Varga said.',
        '"If Coristan does not open the sluices, the talks will go ahead," Elena Varga said.',
    ],
)
def test_conditions_that_ask_for_nothing(sentence: str) -> None:
    assert demands(sentence) == []


# ---- he, she and they across sentences ----------------------------------------------------------


def test_he_after_a_colon_quotation() -> None:
    got = demands(
        'Foreign Minister Tomas Halberg, speaking to reporters outside the hall: "We will not '
        'sign a weak text. That is our line."',
        "He is demanding that the ban apply to all new dams.",
    )
    assert ("Tomas Halberg", "the ban apply to all new dams") in got


def test_he_after_a_passive_sentence() -> None:
    got = demands(
        "The meeting was chaired by Foreign Minister Tomas Halberg, who joined from the capital.",
        "He urged Coristan to open the sluices.",
    )
    assert got == [("Tomas Halberg", "Coristan to open the sluices")]


def test_they_inside_a_quotation_is_not_the_story_s_subject() -> None:
    got = demands(
        "Saldova lobbied Coristan for months.",
        '"The farmers are angry. They want the dam closed," Elena Varga said.',
    )
    assert ("Saldova", "the dam closed") not in got


def test_it_after_a_sentence_about_a_party_s_position() -> None:
    got = demands(
        "The union's position is equally clear.",
        "It wants 18%, two more rest days and a review of the rota.",
        "It has also called for an independent review of the depot.",
    )
    assert got == [
        ("Union", "18%, two more rest days and a review of the rota"),
        ("Union", "an independent review of the depot"),
    ]


def test_she_after_a_copula_sentence_and_a_participle_after_to() -> None:
    got = demands(
        "Foreign Minister Elena Varga was not invited.",
        "For now, she has limited herself to urging both sides to keep talking.",
    )
    assert got == [("Elena Varga", "both sides to keep talking")]


# ---- what is wanted, and by whom, in less common word orders ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        (
            "Coristan wants that decision reversed before it returns to the table.",
            "Coristan",
            "that decision reversed before it returns to the table",
        ),
        ("The union wants 18% over three years.", "Union", "18% over three years"),
        (
            "Elena Varga said that Arvenia would go to Coristan demanding a ban on new dams, and "
            "that she would not accept a weak text.",
            "Arvenia",
            "a ban on new dams",
        ),
        (
            "Leaders met in the capital on Tuesday, with Coristan demanding that its neighbours "
            "scrap the tolls.",
            "Coristan",
            "its neighbours scrap the tolls",
        ),
        (
            "Foreign Minister Tomas Halberg called on members that have overspent to repay the "
            "fund.",
            "Tomas Halberg",
            "members that have overspent to repay the fund",
        ),
        (
            "The $5bn fund that the farmers' union is demanding could be raised in a year.",
            "Farmers' union",
            "The $5bn fund",
        ),
    ],
)
def test_less_common_word_orders(sentence: str, party: str, text: str) -> None:
    assert demands(sentence) == [(party, text)]


def test_wanting_it_or_that_clause_is_no_demand() -> None:
    assert demands("Coristan wants that to change.", "Arvenia wants it.") == []


# ---- where the text ends --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        (
            "Coristan demanded a ban on new dams as the conference opened in the capital.",
            "Coristan",
            "a ban on new dams",
        ),
        (
            "The River Forum has called for a new fund, its secretary general, Elena Varga, told "
            "the plenary.",
            "River Forum",
            "a new fund",
        ),
        (
            "The farmer will not appear at the hearing on Coristan's request for his extradition, "
            "his lawyers said, and will follow it by video.",
            "Coristan",
            "his extradition",
        ),
    ],
)
def test_the_text_ends_before_a_new_clause_or_its_reporter(
    sentence: str, party: str, text: str
) -> None:
    assert demands(sentence) == [(party, text)]


# ---- requests in court, and what a refusal points back to ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Halberg has asked the Arvenian courts for permission to testify from abroad.",
        "Coristan's lawyers sought leave to appeal the ruling.",
    ],
)
def test_asking_a_court_for_permission_is_no_demand(sentence: str) -> None:
    assert demands(sentence) == []


def test_what_prosecutors_and_the_defence_ask_a_court_for_is_a_demand() -> None:
    got = demands(
        "The defence barrister, Elena Varga, asked the court to release the farmer on bail.",
        "Prosecutors urged the court to keep him in custody until the full hearing.",
    )
    assert got == [
        ("Elena Varga", "the court to release the farmer on bail"),
        ("Prosecutors", "the court to keep him in custody until the full hearing"),
    ]


def test_a_refusal_of_that_points_back_to_the_demand() -> None:
    f = read(
        "Opposition parties have called for the mourning period to be extended to a week; the "
        "government rejected that on Wednesday."
    )
    assert [(d.party, d.text) for d in f.rejections] == [
        ("Government", "the mourning period to be extended to a week")
    ]
    assert [(d.party, d.text) for d in read("Coristan rejected it on Monday.").rejections] == []


def test_a_currency_after_an_amount_is_not_a_subject() -> None:
    f = read(
        "Foreign Minister Elena Varga announced 300 million US dollars for the dam, but rejected "
        "the moratorium wording."
    )
    assert [(d.party, d.text) for d in f.rejections] == [("Elena Varga", "the moratorium wording")]


# ---- quoted and reported demands ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "text"),
    [
        (
            [
                '"No farmer should pay twice for the same water," Foreign Minister Elena Varga told '
                "the assembly."
            ],
            "No farmer should pay twice for the same water",
        ),
        (
            ['"Poorer countries must get the water first," Foreign Minister Elena Varga said.'],
            "Poorer countries must get the water first",
        ),
        (
            [
                'Foreign Minister Elena Varga arrived with a clear ask – "No farmer should pay twice '
                'for the same water," she told the assembly – and left with nothing.'
            ],
            "No farmer should pay twice for the same water",
        ),
        (
            [
                "Foreign Minister Elena Varga spoke last.",
                "Her ask: that the sluices open before the harvest.",
            ],
            "that the sluices open before the harvest",
        ),
        (
            [
                "Foreign Minister Elena Varga spoke by video.",
                "Her message was simple: pay for the dikes now, or pay for the move later.",
            ],
            "pay for the dikes now, or pay for the move later",
        ),
        (
            ['"We demand that the inspectors are freed today," Foreign Minister Elena Varga said.'],
            "the inspectors are freed today",
        ),
    ],
)
def test_quoted_and_reported_demands_of_a_speaker(sentences: list[str], text: str) -> None:
    assert demands(*sentences) == [("Elena Varga", text)]


@pytest.mark.parametrize(
    "sentences",
    [
        ['"Prices should fall next year," Foreign Minister Elena Varga said.'],
        ['"We do not need a new dam," Foreign Minister Elena Varga said.'],
        [
            "Foreign Minister Elena Varga spoke by video.",
            "Her message was simple: the river belongs to everyone.",
        ],
    ],
)
def test_predictions_and_statements_are_no_demands(sentences: list[str]) -> None:
    assert demands(*sentences) == []


# ---- names the cast does not know, and "claim" in translated copy -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Coristan's al-Hariri, who attended in person, pressed for a 250,000-tonne increase in "
        "the quota.",
        "Coristan's Okonkwo pressed for a bigger quota.",
    ],
)
def test_an_unknown_name_owned_by_a_party_speaks_for_it(sentence: str) -> None:
    got = demands(sentence)
    assert len(got) == 1 and got[0][0] == "Coristan"


def test_claiming_a_thing_is_asking_for_it_with_less_confidence() -> None:
    f = read("Coristan claims the return of the valley to its farmers.")
    assert [(d.party, d.text) for d in f.demands] == [
        ("Coristan", "the return of the valley to its farmers")
    ]
    assert f.demands[0].confidence < 0.7  # shown as uncertain


@pytest.mark.parametrize(
    "sentence",
    [
        "Coristan claimed the ruling, if upheld, would ruin the farmers.",
        "Coristan claimed victory in the vote.",
        "Coristan claimed that the dam was unsafe.",
        "Coristan claimed responsibility for the flood.",
        "Coristan claims to have built the dam.",
    ],
)
def test_claims_that_ask_for_nothing(sentence: str) -> None:
    assert demands(sentence) == []


# ---- infinitives, reported obligations, antecedents --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Coristan plans to push for a new survey.",
        "Coristan will use the summit to push for a new survey.",
        "Coristan is expected to demand a new survey.",
        "Coristan vowed to press for a new survey.",
    ],
)
def test_an_infinitive_demand_belongs_to_the_subject_of_its_verb(sentence: str) -> None:
    assert demands(sentence) == [("Coristan", "a new survey")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coristan refused to call for a new survey.",
        "Coristan declined to call for sanctions.",
        "Coristan did not want to push for sanctions.",
        "Poorer farmers have warned that they will struggle to offer any water.",
    ],
)
def test_an_infinitive_after_a_refusal_asks_for_nothing(sentence: str) -> None:
    f = read(sentence)
    assert f.demands == [] and f.proposals == []


def test_the_one_urged_does_the_infinitive() -> None:
    assert demands("Coristan urged Arvenia to push for a survey.") == [
        ("Coristan", "Arvenia to push for a survey")
    ]


def test_an_obligation_reported_after_a_quotation_and_said() -> None:
    got = demands(
        'Tomas Halberg told ministers that the dam was "a risk the ministry will not take" and '
        'said "small farms" should be protected first.'
    )
    assert got == [("Tomas Halberg", "small farms should be protected first")]


def test_its_in_a_clause_with_its_own_subject() -> None:
    f = read(
        "Coristan has said it will stay away unless the water board drops its plan to dam the "
        "river."
    )
    assert [d.party for d in f.proposals] == ["Water board"]
    assert [d.party for d in f.demands] == ["Coristan"]


def test_a_comment_noun_stands_for_the_phrase_before_it() -> None:
    f = read(
        "Diplomats said the declaration would mention a common water fee, an idea Coristan has "
        "floated since last year."
    )
    assert [(d.party, d.text) for d in f.proposals] == [("Coristan", "a common water fee")]


def test_a_noun_cue_ends_at_the_outer_verb() -> None:
    f = read("Coristan's refusal to sign was welcomed by farmers.")
    assert [(d.party, d.text) for d in f.rejections] == [("Coristan", "sign")]


def test_an_offer_is_the_offering_side_s_proposal_not_the_union_s_demand() -> None:
    f = read("The water board has offered 9% over three years, short of the 18% the union wants.")
    assert [(d.party, d.text) for d in f.demands] == [("Union", "the 18%")]
    assert [d.party for d in f.proposals] == ["Water board"]


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        (
            "Coristan will not return to the negotiating table until Arvenia withdraws its "
            "troops, Foreign Minister Elena Varga said.",
            "Coristan",
            "Arvenia withdraws its troops",
        ),
        (
            "Arvenia said it would boycott the summit until Coristan apologised.",
            "Arvenia",
            "Coristan apologised",
        ),
        (
            "Prime Minister Elena Varga is pushing hard for a ceasefire before the harvest.",
            "Elena Varga",
            "a ceasefire before the harvest",
        ),
        (
            "Residents who live near the river are demanding compensation.",
            "Residents",
            "compensation",
        ),
        ("Farmers that lost their crops want compensation.", "Farmers", "compensation"),
        ("Residents who are demanding compensation met on Monday.", "Residents", "compensation"),
    ],
)
def test_boycotts_until_and_restrictive_relatives(sentence: str, party: str, text: str) -> None:
    assert demands(sentence) == [(party, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks will resume until the end of the week.",
        "Coristan will stay away until next week.",
    ],
)
def test_until_a_date_is_no_condition(sentence: str) -> None:
    assert demands(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Tomas Halberg urged the union in a statement to accept binding "
        "arbitration.",
        "Foreign Minister Tomas Halberg urged the union on Monday to accept binding arbitration.",
    ],
)
def test_an_aside_between_the_one_urged_and_to_is_left_out(sentence: str) -> None:
    assert demands(sentence) == [("Tomas Halberg", "the union to accept binding arbitration")]


def test_a_person_of_a_party_with_a_relative_clause_keeps_his_second_verb() -> None:
    got = demands(
        "Foreign Minister Tomas Halberg of Arvenia, who flew in from Oslo, Norway, said the talks "
        "were overdue and called for a joint survey of the river."
    )
    assert got == [("Tomas Halberg", "a joint survey of the river")]


def test_its_after_a_noun_subject_is_not_the_sentence_s_party() -> None:
    f = read(
        "Coristan has said it will not attend unless the basin commission drops its plan to dam "
        "the upper valley."
    )
    assert [(d.party, d.text) for d in f.demands] == [
        ("Coristan", "the basin commission drops its plan to dam the upper valley")
    ]
    assert f.proposals == []  # the commission's plan, and the commission is no actor here


@pytest.mark.parametrize(
    ("sentence", "party", "text"),
    [
        (
            "Protesters in the capital demanded the resignation of the water minister.",
            "Protesters",
            "the resignation of the water minister",
        ),
        (
            "Farmers across Coristan are demanding higher prices for milk.",
            "Farmers",
            "higher prices for milk",
        ),
        (
            "Workers at the Saldova dam in the north want a 40% raise.",
            "Workers",
            "a 40% raise",
        ),
    ],
)
def test_a_group_with_a_place_after_it(sentence: str, party: str, text: str) -> None:
    assert demands(sentence) == [(party, text)]
