"""Name and title forms met in wire copy: long titles, places or organizations glued to a name,
family names written first, possessive parties, lists of titled names."""

from __future__ import annotations

import pytest

from tests.core.facts.crafted import facts


def names(*paragraphs: str) -> set[str]:
    return {p.name for p in facts(*paragraphs).people}


def role_texts(name: str, *paragraphs: str) -> list[str]:
    person = facts(*paragraphs).person(name)
    assert person is not None, name
    return [r.text for r in person.roles]


def test_a_place_before_a_name_is_not_part_of_it() -> None:
    f = facts("The head of the Arvenian team in Geneva Tomas Halberg will brief reporters.")
    assert {p.name for p in f.people} == {"Tomas Halberg"}
    assert "Geneva" in {p.name for p in f.places}


def test_an_organization_word_before_a_name_is_not_part_of_it() -> None:
    text = "The list names Chief of the Operations Directorate of the Joint Staff Oleg Petrenko."
    assert names(text) == {"Oleg Petrenko"}
    assert role_texts("Oleg Petrenko", text) == [
        "Chief of the Operations Directorate of the Joint Staff"
    ]


def test_a_very_long_title_before_a_name() -> None:
    text = (
        "The team includes Head of the Strategic Planning Directorate of the Joint Command of "
        "the Defence Forces of Norway Oleg Petrenko."
    )
    roles = role_texts("Oleg Petrenko", text)
    assert roles and roles[0].startswith("Head of the Strategic Planning Directorate")


def test_an_organization_with_an_acronym_before_a_name() -> None:
    text = (
        "Director General of the International Maritime Safety Agency (IMSA) Petra Lindqvist "
        "visited the port."
    )
    assert names(text) == {"Petra Lindqvist"}
    assert role_texts("Petra Lindqvist", text)[0].startswith("Director General")


def test_capitalized_he_inside_a_sentence_is_a_family_name() -> None:
    f = facts("Officials met Vice Premier He Wenbo in Geneva on Saturday. He said little.")
    person = f.person("He Wenbo")
    assert person is not None
    assert [r.text for r in person.roles] == ["Vice Premier"]
    assert names("He said the talks went well.") == set()


def test_a_party_possessive_before_a_name_marks_a_person() -> None:
    assert names("Norway's Tarjei Vangsnes arrived on Monday.") == {"Tarjei Vangsnes"}
    assert names("France's Mission Europe unit was closed.") == set()
    assert names("Russia's Black Sea Fleet left port.") == set()


def test_the_second_word_of_a_party_name_is_not_a_person() -> None:
    text = (
        "The delegation includes Assistant to the President of the United States for Energy "
        "Lena Ortiz."
    )
    assert names(text) == {"Lena Ortiz"}
    assert role_texts("Lena Ortiz", text)[0].startswith("Assistant to the President")


def test_a_list_of_titled_names_is_not_the_first_name_s_role() -> None:
    text = (
        "The team includes Tomas Halberg, Minister of Energy Petra Lindqvist, Minister of Water "
        "Jonas Berg, and others."
    )
    f = facts(text)
    assert [r.text for r in f.person("Tomas Halberg").roles] == []
    assert [r.text for r in f.person("Petra Lindqvist").roles] == ["Minister of Energy"]
    assert [r.text for r in f.person("Jonas Berg").roles] == ["Minister of Water"]


def test_a_title_naming_another_person_stays_a_role() -> None:
    text = "Ilyas Koval, aide to President Elena Varga, said the talks would go ahead."
    assert role_texts("Ilyas Koval", text) == ["aide to President Elena Varga"]
    assert role_texts("Elena Varga", text) == ["President"]


def test_institution_nouns_inside_a_title() -> None:
    assert role_texts(
        "Ramon Ortega", "The talks opened with the head of the delegation Ramon Ortega."
    ) == ["head of the delegation"]
    assert role_texts(
        "Ramon Ortega", "She named the head of the president's office Ramon Ortega."
    ) == ["head of the president's office"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The minister has sent his chief of staff, Ramon Ortega, to Geneva.",
            "Ramon Ortega",
            "chief of staff",
        ),
        ("He may bring his sister and key aide, Petra Lindqvist.", "Petra Lindqvist", "key aide"),
        (
            "Lena Ortiz, another senior party official, stated her view.",
            "Lena Ortiz",
            "senior party official",
        ),
        (
            "Officials said Jonas Berg, the embassy's charge d'affaires, would stay.",
            "Jonas Berg",
            "charge d'affaires",
        ),
        (
            "Arvenia is represented by vice-energy minister Jonas Berg.",
            "Jonas Berg",
            "vice-energy minister",
        ),
    ],
)
def test_more_title_forms(sentence: str, name: str, role: str) -> None:
    assert role in role_texts(name, sentence)


def test_a_shared_surname_alone_is_left_unresolved() -> None:
    f = facts(
        "Jorge Salas leads the government team and Delcy Salas is his deputy.",
        "Salas said the talks would resume.",
    )
    assert f.person("Jorge Salas").variants == ["Jorge Salas"]
    assert f.person("Delcy Salas").variants == ["Delcy Salas"]


def test_a_shared_family_name_written_first_is_left_unresolved() -> None:
    f = facts(
        "Kim Sun-ho met envoy Kim Da-eun in the capital.",
        "Kim will be accompanied by several aides.",
    )
    assert all(p.variants == [p.name] for p in f.people)


def test_a_titled_name_line_introduces_the_person() -> None:
    f = facts("Arvenian President Elena Varga", "Varga has said she will stay home.")
    person = f.person("Elena Varga")
    assert person is not None and "Varga" in person.variants


def test_initials_stay_with_the_name_even_when_the_sentence_was_cut() -> None:
    f = facts("Deputy Prime Minister A.B. Hollis will not attend the summit.")
    person = f.person("A.B. Hollis")
    assert person is not None and person.attendance == "not_attending"
    assert [r.text for r in person.roles] == ["Deputy Prime Minister"]
    assert facts("The plan was agreed in the U.S. Talks resume on Monday.").people == []


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("He met the ambassador to Norway Pavel Rusnak.", "Pavel Rusnak", "ambassador to Norway"),
        (
            "He met the envoy to the Middle East, Pavel Rusnak.",
            "Pavel Rusnak",
            "envoy to the Middle East",
        ),
        (
            "The team includes a senior border talks negotiator, Ophir Tal.",
            "Ophir Tal",
            "negotiator",
        ),
        ("Critics included then-opposition leader Jonas Berg.", "Jonas Berg", "leader"),
        (
            "He met President-elect Tomas Halberg's envoy, Irena Sokol.",
            "Tomas Halberg",
            "President-elect",
        ),
    ],
)
def test_titles_with_to_and_hyphens(sentence: str, name: str, role: str) -> None:
    assert any(role in r for r in role_texts(name, sentence))


def test_newspapers_and_contractions_are_not_people() -> None:
    assert names("Le Monde reported that the talks were tense.") == set()
    assert names("“Mr Chairman, I'd rather wait,” he said.") == set()


def test_a_title_between_two_names_in_a_titled_list_belongs_to_the_first() -> None:
    text = (
        "Three officials chair the forum: Tomas Halberg, an adviser to the minister, Irena "
        "Sokol, the deputy foreign minister, and Pavel Rusnak, the special envoy."
    )
    assert role_texts("Tomas Halberg", text) == ["adviser to the minister"]
    assert role_texts("Irena Sokol", text) == ["deputy foreign minister"]


def test_a_title_between_two_names_goes_to_the_second_when_it_has_no_other() -> None:
    text = (
        "Officials quoted Lena Ortiz, the president's special envoy, Irena Sokol - who drafted "
        "the plan - as saying she would travel."
    )
    assert "president's special envoy" in role_texts("Irena Sokol", text)


def test_high_representative_and_titles_about_talks() -> None:
    assert role_texts(
        "Lena Ortiz", "On Monday the EU High Representative, Lena Ortiz, opened the session."
    ) == ["EU High Representative"]
    assert role_texts(
        "Pavel Rusnak",
        "Arvenia's special representative for the Geneva negotiations Pavel Rusnak spoke.",
    ) == ["Arvenia's special representative for the Geneva negotiations"]
