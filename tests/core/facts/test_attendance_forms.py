"""Attendance in the shapes wire copy uses: lists after "consists of" or a colon, inverted
sentences, hosts and guests, trips that do not happen, and the subject of a cue when other people
stand near it. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.core.facts.crafted import facts, status

A, N, C, U = "attending", "not_attending", "conditional", "unknown"
TALKS = "The talks open in Geneva on Monday."


def check(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    f = facts(*paragraphs)
    assert {name: status(f, name) for name in expected} == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Arvenian delegation arrived on Monday.",
                "It also includes Water Commissioner Pavel Rusnak and envoy Irena Sokol.",
            ),
            {"Pavel Rusnak": A, "Irena Sokol": A},
        ),
        (
            ("The Coristani delegation consists of Minister Ilyas Koval and envoy Marta Lind.",),
            {"Ilyas Koval": A, "Marta Lind": A},
        ),
        (
            (
                "A Coristani delegation is present too in Geneva: Foreign Minister Ilyas Koval, "
                "envoy Marta Lind and adviser Pavel Rusnak.",
            ),
            {"Ilyas Koval": A, "Marta Lind": A, "Pavel Rusnak": A},
        ),
        (
            ("Among those in attendance will be President Elena Varga and envoy Tomas Halberg.",),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        (
            ("The other participants are envoy Daniel Okafor and adviser Irena Sokol.",),
            {"Daniel Okafor": A, "Irena Sokol": A},
        ),
        (
            ("Representing Arvenia are Foreign Minister Tomas Halberg and envoy Irena Sokol.",),
            {"Tomas Halberg": A, "Irena Sokol": A},
        ),
        (
            ("Accompanying Minister Tomas Halberg is envoy Irena Sokol.",),
            {"Tomas Halberg": A, "Irena Sokol": A},
        ),
        (("Absent from the talks will be President Elena Varga.",), {"Elena Varga": N}),
        (
            (
                "Minister Tomas Halberg was joined on the Arvenian side by envoy Irena Sokol and "
                "adviser Pavel Rusnak.",
            ),
            {"Irena Sokol": A, "Pavel Rusnak": A},
        ),
        (
            (
                "President Elena Varga will not attend. Instead, Minister Tomas Halberg will "
                "represent Norway.",
            ),
            {"Elena Varga": N, "Tomas Halberg": A},
        ),
        (
            (
                "President Elena Varga will not attend the summit.",
                "Instead, she will send her foreign minister Tomas Halberg.",
            ),
            {"Elena Varga": N, "Tomas Halberg": A},
        ),
        (
            (
                "President Elena Varga is hosting President Ilyas Koval and Prime Minister Tomas "
                "Halberg for a two-day summit.",
            ),
            {"Elena Varga": A, "Ilyas Koval": A, "Tomas Halberg": A},
        ),
        (
            ("On the Arvenian side, adviser Pavel Rusnak will join Minister Tomas Halberg.",),
            {"Pavel Rusnak": A, "Tomas Halberg": A},
        ),
        (
            ("Prime Minister Tomas Halberg will spearhead the Arvenian delegation.",),
            {"Tomas Halberg": A},
        ),
        (
            (
                "The meeting is scheduled with the participation of President Elena Varga and "
                "Prime Minister Tomas Halberg.",
            ),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        (
            ("The summit will be held without the participation of President Elena Varga.",),
            {"Elena Varga": N},
        ),
        (("The participation of President Elena Varga is unlikely.",), {"Elena Varga": C}),
        (("President Elena Varga is unlikely to attend the summit.",), {"Elena Varga": C}),
        (
            (TALKS, "It is still unclear whether envoy Irena Sokol will be in Geneva."),
            {"Irena Sokol": C},
        ),
        (
            (TALKS, "Leaders including President Elena Varga are expected in Geneva."),
            {"Elena Varga": A},
        ),
    ],
)
def test_list_and_inverted_forms(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "who", "expected"),
    [
        (("Envoy Elena Varga herself has no plans for a visit.",), "Elena Varga", N),
        (("Envoy Elena Varga is planning a visit to Paris in May.",), "Elena Varga", U),
        (("Prime Minister Tomas Halberg called off his planned attendance.",), "Tomas Halberg", N),
        (("President Elena Varga cancelled her trip to the summit.",), "Elena Varga", N),
        ((TALKS, "President Elena Varga will not travel to Geneva."), "Elena Varga", N),
        ((TALKS, "President Elena Varga will travel to Paris next week."), "Elena Varga", U),
        (("President Elena Varga is not going because of a strike at home.",), "Elena Varga", N),
        (("President Elena Varga won't be there.",), "Elena Varga", N),
        (
            ("President Elena Varga and Arvenian officials were not invited to the summit.",),
            "Elena Varga",
            N,
        ),
        (("President Elena Varga rarely attends such summits.",), "Elena Varga", U),
        (
            ("President Elena Varga seldom attends and is skipping it this year.",),
            "Elena Varga",
            N,
        ),
    ],
)
def test_absences(paragraphs: tuple[str, ...], who: str, expected: str) -> None:
    assert status(facts(*paragraphs), who) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tomas Halberg will lead the delegation, indicating President Elena "
            "Varga will not attend.",
            {"Tomas Halberg": A, "Elena Varga": N},
        ),
        (
            "President Elena Varga told Prime Minister Tomas Halberg of her decision not to "
            "attend the summit.",
            {"Elena Varga": N, "Tomas Halberg": U},
        ),
        (
            "Envoy Daniel Okafor expressed hope that the rebels would come to the talks.",
            {"Daniel Okafor": U},
        ),
        (
            "The team is led by Irena Sokol, an adviser to President Elena Varga, who, despite "
            "meeting envoy Daniel Okafor earlier, is not taking part in the talks.",
            {"Irena Sokol": A, "Elena Varga": N, "Daniel Okafor": U},
        ),
        (
            "The delegation is accompanied by Irena Sokol, an official who met President Elena "
            "Varga in March.",
            {"Irena Sokol": A, "Elena Varga": U},
        ),
        (
            "Minister Tomas Halberg heads the team at the summit together with his deputy, "
            "spokeswoman Irena Sokol said.",
            {"Tomas Halberg": A, "Irena Sokol": U},
        ),
        ("Minister Tomas Halberg praised Norway for hosting the meeting.", {"Tomas Halberg": U}),
        (
            "Envoy Irena Sokol arrived for the talks in a hall provided by the hosts.",
            {"Irena Sokol": A},
        ),
        (
            "Spokeswoman Irena Sokol gave no update on Halvorsen's plans, amid reports he would "
            "not attend.",
            {"Irena Sokol": U},
        ),
    ],
)
def test_whose_attendance(text: str, expected: dict[str, str]) -> None:
    check((text,), expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Minister Tomas Halberg met with the Coristani delegation in the capital.",),
            {"Tomas Halberg": A},
        ),
        (
            ("Minister Tomas Halberg held talks with envoy Irena Sokol on Friday.",),
            {"Tomas Halberg": A, "Irena Sokol": A},
        ),
        (
            (
                "Minister Tomas Halberg will meet Sunday in Oslo with envoy Irena Sokol, marking "
                "the opening of formal negotiations.",
            ),
            {"Tomas Halberg": A, "Irena Sokol": A},
        ),
        (
            (
                "OSLO, May 3 (Reuters) - Trade talks resumed on Monday.",
                "Minister Tomas Halberg will travel to Oslo on Sunday.",
            ),
            {"Tomas Halberg": A},
        ),
        (
            (
                "Minister Tomas Halberg met with envoy Irena Sokol to brief her about the state "
                "of the negotiations.",
            ),
            {"Tomas Halberg": U, "Irena Sokol": U},
        ),
        (
            (
                "Minister Tomas Halberg held several meetings with regional leaders ahead of the summit.",
            ),
            {"Tomas Halberg": U},
        ),
        (
            (
                "Envoy Irena Sokol, who came to Oslo to meet the king but not to sit at the table "
                "for the talks, said little.",
            ),
            {"Irena Sokol": U},
        ),
        (
            (
                "The team consists of Assistant to the President of the United States for Energy "
                "Lena Ortiz and envoy Irena Sokol.",
            ),
            {"Lena Ortiz": A, "Irena Sokol": A},
        ),
        (
            ("Representing the United States are adviser Lena Ortiz and envoy Irena Sokol.",),
            {"Lena Ortiz": A, "Irena Sokol": A},
        ),
    ],
)
def test_meetings_and_talks_held(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The talks were mediated by envoy Daniel Okafor.",), {"Daniel Okafor": A}),
        (
            (
                "The summit is co-chaired by President Elena Varga and Prime Minister Tomas Halberg.",
            ),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        (
            (
                "The summit is being hosted by Norway at a mountain resort, President Elena Varga "
                "told reporters.",
            ),
            {"Elena Varga": U},
        ),
        (("Rebels toppled a government led by Elena Varga.",), {"Elena Varga": U}),
        (
            ("The Coristani team landed on Monday.", "It is headed by envoy Irena Sokol."),
            {"Irena Sokol": A},
        ),
        (
            (
                "The leader of the Norwegian delegation, Senior Adviser Tomas Halberg, told "
                "reporters the talks went well.",
            ),
            {"Tomas Halberg": A},
        ),
        (
            (
                "Heads of state from a dozen nations will take part in the summit, including: "
                "President Elena Varga and Prime Minister Tomas Halberg.",
            ),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        (
            (
                "Guests attending the forum include Prime Minister Ilyas Koval and President "
                "Elena Varga.",
            ),
            {"Ilyas Koval": A, "Elena Varga": A},
        ),
        (("The summit opened on Friday without General Tomas Halberg.",), {"Tomas Halberg": N}),
        (("Envoy Irena Sokol left the talks without comment.",), {"Irena Sokol": U}),
        (("Minister Tomas Halberg will represent the kingdom.",), {"Tomas Halberg": A}),
        (
            ("President Elena Varga said she was unable to attend the summit.",),
            {"Elena Varga": N},
        ),
        (("President Elena Varga is also there.",), {"Elena Varga": A}),
        (
            ("Envoy Irena Sokol will attend the summit, but no minister will represent Norway.",),
            {"Irena Sokol": A},
        ),
        (
            (
                "Envoy Irena Sokol will lead the team following President Elena Varga's decision "
                "to skip the summit.",
            ),
            {"Irena Sokol": A, "Elena Varga": N},
        ),
        (
            (
                "The head of the Norwegian team was the government's chief negotiator, Tomas "
                "Halberg.",
            ),
            {"Tomas Halberg": A},
        ),
        (
            (
                "According to the Arvenian officials, Tomas Halberg and Irena Sokol are "
                "representing Norway in the talks.",
            ),
            {"Tomas Halberg": A, "Irena Sokol": A},
        ),
        (
            (
                "Chilean President Elena Varga and Kuwait's Emir Sheikh Tomas Halberg are taking "
                "part.",
            ),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
    ],
)
def test_chairs_heads_and_absences(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


def test_a_delegation_head_title_and_a_second_title() -> None:
    f = facts(
        "The leader of the Norwegian delegation, Senior Adviser Tomas Halberg, told reporters "
        "the talks went well."
    )
    person = f.person("Tomas Halberg")
    assert [r.text for r in person.roles] == [
        "Senior Adviser",
        "leader of the Norwegian delegation",
    ]
    assert person.leads


def test_names_listed_with_a_person_and_lists_across_semicolons() -> None:
    f = facts(
        "Envoy Tomas Halberg is joined by his deputies Oskar Vendt and Lars Mikkelsen.",
        "The delegation includes Irena Sokol, head of trade; Pavel Rusnak, ministry spokesperson; "
        "and two clerks.",
    )
    assert {p.name: p.attendance for p in f.people} == {
        "Tomas Halberg": A,
        "Oskar Vendt": A,
        "Lars Mikkelsen": A,
        "Irena Sokol": A,
        "Pavel Rusnak": A,
    }
    assert [r.text for r in f.person("Pavel Rusnak").roles] == ["ministry spokesperson"]


def test_a_name_after_and_is_not_a_person_without_a_list() -> None:
    assert {p.name for p in facts("Envoy Tomas Halberg and Air Force officers left.").people} == {
        "Tomas Halberg"
    }


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("The summit was attended by President Elena Varga and Chancellor Tomas Halberg.",),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        (
            (
                "The morning session of the talks, which included President Elena Varga and "
                "envoy Irena Sokol, ended early.",
            ),
            {"Elena Varga": A, "Irena Sokol": A},
        ),
        (
            (
                "After lunch the negotiators reconvened, with the ambassador to Norway, Pavel "
                "Rusnak, among those present.",
            ),
            {"Pavel Rusnak": A},
        ),
        (
            (
                "Spy chief Tomas Halberg and intelligence head Irena Sokol are on their way to Oslo for "
                "the next round of talks.",
            ),
            {"Tomas Halberg": A, "Irena Sokol": A},
        ),
        (
            (
                "Envoy Tomas Halberg and the ambassador to Norway, Pavel Rusnak, will join the "
                "talks and might later resume their duties if a deal is struck.",
            ),
            {"Tomas Halberg": A, "Pavel Rusnak": A},
        ),
        (
            (
                "The premier has dispatched a high-ranking delegation to Oslo, which also includes "
                "General Pavel Rusnak, according to his aides.",
            ),
            {"Pavel Rusnak": A},
        ),
    ],
)
def test_attended_by_and_present(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)
