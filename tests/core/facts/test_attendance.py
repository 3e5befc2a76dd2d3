"""Attendance cues with negation, condition, delegation membership and leads."""

from __future__ import annotations

import pytest

from tests.core.facts.crafted import facts, status

A, N, C, U = "attending", "not_attending", "conditional", "unknown"


@pytest.mark.parametrize(
    ("text", "who", "expected"),
    [
        ("Foreign Minister Tomas Halberg will attend the talks.", "Tomas Halberg", A),
        ("President Elena Varga will not attend the talks, her office said.", "Elena Varga", N),
        ("President Elena Varga did not attend.", "Elena Varga", N),
        ("President Elena Varga won't attend the summit.", "Elena Varga", N),
        ("President Elena Varga never took part in the talks.", "Elena Varga", N),
        ("President Elena Varga is staying away.", "Elena Varga", N),
        ("President Elena Varga skipped the summit in Geneva.", "Elena Varga", N),
        ("President Elena Varga declined to attend the meeting.", "Elena Varga", N),
        ("President Elena Varga pulled out at the last minute.", "Elena Varga", N),
        ("President Elena Varga boycotted the meeting.", "Elena Varga", N),
        (
            "An aide said President Elena Varga would only take part if Koval was present.",
            "Elena Varga",
            C,
        ),
        (
            "President Elena Varga will attend only if the talks are held in public.",
            "Elena Varga",
            C,
        ),
        ("President Elena Varga may attend the talks.", "Elena Varga", C),
        ("President Elena Varga could attend if progress is made.", "Elena Varga", C),
        ("It is not clear whether President Elena Varga will participate.", "Elena Varga", C),
        ("President Elena Varga is expected to attend the talks.", "Elena Varga", A),
        ("Envoy Daniel Okafor was also present.", "Daniel Okafor", A),
        ("Envoy Daniel Okafor joined the talks on Tuesday.", "Daniel Okafor", A),
        ("Envoy Daniel Okafor will travel to Geneva for the talks.", "Daniel Okafor", A),
        ("Envoy Daniel Okafor will head to Geneva for the talks.", "Daniel Okafor", A),
        ("Envoy Daniel Okafor will be in Geneva for the talks on Monday.", "Daniel Okafor", A),
        ("President Elena Varga confirmed her attendance on Monday.", "Elena Varga", A),
        ("President Elena Varga ruled out her participation.", "Elena Varga", N),
        ("President Elena Varga has ruled out attending the summit.", "Elena Varga", N),
        ("President Elena Varga declined an invitation to attend.", "Elena Varga", N),
        ("The delegation will not include President Elena Varga.", "Elena Varga", N),
        ("President Elena Varga was not invited to the summit.", "Elena Varga", N),
        ("Envoy Daniel Okafor will also be part of the team.", "Daniel Okafor", A),
        ("Mr Daniel Okafor said he would not go to Istanbul for the talks.", "Daniel Okafor", N),
        ("President Elena Varga will be absent from the talks.", "Elena Varga", N),
        ("Minister Tomas Halberg will represent Arvenia at the talks.", "Tomas Halberg", A),
        ("President Elena Varga said the talks were going nowhere.", "Elena Varga", U),
        (
            "President Elena Varga said that the delegation would attend the talks.",
            "Elena Varga",
            U,
        ),
    ],
)
def test_cues(text: str, who: str, expected: str) -> None:
    assert status(facts(text), who) == expected


@pytest.mark.parametrize(
    "text",
    [
        "President Ilyas Koval urged Elena Varga to attend the talks.",
        "President Ilyas Koval asked Elena Varga to attend the talks.",
        "President Ilyas Koval challenged Elena Varga to attend the talks in person.",
        "Elena Varga was invited to attend the talks.",
        "Elena Varga had expressed interest in attending the talks.",
    ],
)
def test_requests_and_invitations_state_nothing(text: str) -> None:
    f = facts(text)
    assert status(f, "Elena Varga") == U
    assert all(p.attendance == U for p in f.people)


def test_the_condition_itself_is_not_a_statement() -> None:
    f = facts(
        "Minister Ilyas Koval said he would be present in the talks only if Elena Varga also attends."
    )
    assert status(f, "Ilyas Koval") == C
    assert status(f, "Elena Varga") == U


def test_quotes_are_not_attendance_statements() -> None:
    f = facts('"I will attend the talks," said Elena Varga, the president.')
    assert status(f, "Elena Varga") == U


def test_questions_are_not_statements() -> None:
    f = facts("Will President Elena Varga attend the talks?")
    assert status(f, "Elena Varga") == U


def test_delegation_led_by_and_includes() -> None:
    f = facts(
        "Arvenia and Coristan will hold talks on Thursday.",
        "Foreign Minister Tomas Halberg will lead the Arvenian delegation, which includes Water "
        "Commissioner Pavel Rusnak and the agriculture minister, Irena Sokol.",
        "Coristan's delegation will be led by Foreign Minister Ilyas Koval.",
    )
    for name in ("Tomas Halberg", "Pavel Rusnak", "Irena Sokol", "Ilyas Koval"):
        assert status(f, name) == A
    halberg, koval = f.person("Tomas Halberg"), f.person("Ilyas Koval")
    assert halberg.leads and koval.leads
    assert not f.person("Pavel Rusnak").leads
    assert halberg.cues[0].delegation == "Arvenia"
    assert koval.cues[0].delegation == "Coristan"


def test_send_to_attend_goes_to_the_objects_not_the_sender() -> None:
    f = facts(
        "President Donald Trump said he will send Secretary of State Marco Rubio and envoy "
        "Steve Witkoff to attend the talks in Istanbul."
    )
    assert status(f, "Marco Rubio") == A
    assert status(f, "Steve Witkoff") == A
    assert status(f, "Donald Trump") == U


def test_but_not() -> None:
    f = facts(
        "When the Kremlin released its delegation, it included adviser Vladimir Medinsky, "
        "but not President Vladimir Putin himself."
    )
    assert status(f, "Vladimir Medinsky") == A
    assert status(f, "Vladimir Putin") == N


def test_absence_of() -> None:
    f = facts(
        "President Vladimir Putin spoke on Sunday.", "The absence of Putin has dampened hopes."
    )
    assert status(f, "Vladimir Putin") == N


def test_pronoun_subject() -> None:
    f = facts(
        "President Vladimir Putin proposed the talks.",
        "But the Kremlin later announced he would not be present.",
    )
    assert status(f, "Vladimir Putin") == N


def test_he_will_have_after_a_lead() -> None:
    f = facts(
        "Vladimir Medinsky will lead the Moscow team. He will have the Deputy Minister of Defense "
        "Alexander Fomin and intelligence director Igor Kostyukov."
    )
    assert status(f, "Alexander Fomin") == A
    assert status(f, "Igor Kostyukov") == A
    assert f.person("Alexander Fomin").cues[0].delegation == "Russia"


def test_a_stated_absence_wins_over_an_earlier_plan() -> None:
    f = facts(
        "President Donald Trump, who had earlier said he might join the talks, will not attend."
    )
    assert status(f, "Donald Trump") == N


def test_samples_attendance(sample) -> None:
    f = sample("meridian-herald")
    assert status(f, "Elena Varga") == N
    for name in ("Tomas Halberg", "Pavel Rusnak", "Irena Sokol", "Ilyas Koval", "Marta Lindqvist"):
        assert status(f, name) == A
    assert status(f, "Anika Ferreira") == U
    north = sample("northern-observer")
    assert status(north, "Elena Varga") == A
    assert status(north, "Ilyas Koval") == N
    assert north.person("Marta Lindqvist").leads


@pytest.mark.seeds
def test_seed_attendance(seed_facts) -> None:
    f = seed_facts("004")
    assert status(f, "Donald Trump") == N
    assert status(f, "Vladimir Putin") == N
    assert status(f, "Volodymyr Zelenskiy") == C  # "the Kyiv leader ... he would only take part if"
    assert status(f, "Alexander Fomin") == A
    f = seed_facts("001")
    assert status(f, "Alexander Fateno") == A
    assert status(f, "Folodimir Zelinski") == C


def test_send_a_delegation_led_by() -> None:
    f = facts(
        "Israel will send a delegation led by Mossad chief David Barnea, Prime Minister "
        "Benjamin Netanyahu's office said."
    )
    barnea = f.person("David Barnea")
    assert barnea.attendance == A and barnea.leads
    assert barnea.cues[0].delegation == "Israel"
    assert status(f, "Benjamin Netanyahu") == U


def test_people_inside_a_role_are_not_members() -> None:
    f = facts("Russia's team was headed by Vladimir Medinsky, an aide to President Vladimir Putin.")
    assert status(f, "Vladimir Medinsky") == A
    assert status(f, "Vladimir Putin") == U
