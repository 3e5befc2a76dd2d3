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
