"""Roles and titles: before and after names, normalized for comparison, with their party."""

from __future__ import annotations

import pytest

from newsreader.core.facts.roles import compatible
from tests.core.facts.crafted import facts


def roles_of(name: str, *paragraphs: str) -> list[tuple[str, str, str | None]]:
    person = facts(*paragraphs).person(name)
    assert person is not None
    return [(r.text, r.title, r.party) for r in person.roles]


@pytest.mark.parametrize(
    ("sentence", "text", "title", "party"),
    [
        (
            "Deputy Defence Minister Alexander Fomin arrived.",
            "Deputy Defence Minister",
            "deputy defence minister",
            None,
        ),
        (
            "He brought the Deputy Minister of Defense Alexander Fomin along.",
            "Deputy Minister of Defense",
            "deputy defence minister",
            None,
        ),
        (
            "Kremlin spokesman Dmitry Peskov told journalists.",
            "Kremlin spokesman",
            "spokesperson",
            "Russia",
        ),
        (
            "United States President Donald Trump spoke.",
            "United States President",
            "president",
            "United States",
        ),
        (
            "The host, Saldova's Prime Minister Anika Ferreira, spoke.",
            "Saldova's Prime Minister",
            "prime minister",
            "Saldova",
        ),
        (
            "Ukrainian Foreign Minister Andrii Sybiha met Rubio.",
            "Ukrainian Foreign Minister",
            "foreign minister",
            "Ukraine",
        ),
    ],
)
def test_title_before_name(sentence: str, text: str, title: str, party: str | None) -> None:
    name = {
        "Kremlin": "Dmitry Peskov",
        "United": "Donald Trump",
        "The": "Anika Ferreira",
        "Ukrainian": "Andrii Sybiha",
    }.get(sentence.split(maxsplit=1)[0], "Alexander Fomin")
    assert roles_of(name, sentence)[0] == (text, title, party)


def test_title_after_name_and_split_at_and() -> None:
    got = roles_of(
        "Vladimir Medinsky",
        "Vladimir Medinsky, the close assistant of Putin and former Minister of Culture who led "
        "earlier talks, will lead the team.",
    )
    assert [t for t, _, _ in got] == ["close assistant of Putin", "former Minister of Culture"]


def test_former_roles_are_marked() -> None:
    person = facts("Vladimir Medinsky, a former Minister of Culture, will lead the team.").people[0]
    assert person.roles[0].former
    assert person.office_titles() == []


def test_the_object_of_a_role_does_not_get_it() -> None:
    f = facts("Vladimir Medinsky, the close assistant of Vladimir Putin, will lead the team.")
    assert f.person("Vladimir Putin").roles == []


def test_appositive_role_before_a_name() -> None:
    got = roles_of("Elena Varga", "Arvenia's president, Elena Varga, is staying away.")
    assert got[0][1] == "president"
    got = roles_of("Irena Sokol", "The team includes the agriculture minister, Irena Sokol.")
    assert got[0][:2] == ("agriculture minister", "agriculture minister")


def test_a_list_of_names_is_not_a_role() -> None:
    f = facts(
        "Trump will send Foreign Minister Marco Rubio, Middle East envoy Steve Witkoff, and others."
    )
    assert [r.text for r in f.person("Marco Rubio").roles] == ["Foreign Minister"]
    assert [r.text for r in f.person("Steve Witkoff").roles] == ["Middle East envoy"]


def test_plural_role_applies_to_each_name() -> None:
    f = facts("The delegation includes senior envoys Steve Witkoff and Keith Kellogg.")
    assert f.person("Keith Kellogg").roles[0].title == "senior envoy"


def test_its_resolves_to_the_last_party() -> None:
    got = roles_of(
        "Anika Ferreira",
        "The talks are hosted by Saldova, whose ports are busy. Saldova's economy is growing.",
        "Its Foreign Minister Anika Ferreira said both sides agreed.",
    )
    assert got[0][2] == "Saldova"


def test_its_does_not_reach_back_past_an_unlisted_place() -> None:
    got = roles_of(
        "Anika Ferreira",
        "Coristan's delegation will be led by Foreign Minister Ilyas Koval.",
        "The talks are hosted by Saldova. Its Foreign Minister Anika Ferreira said both sides agreed.",
    )
    assert got[0][0] == "Foreign Minister"  # the pronoun is not part of the role as shown
    assert got[0][2] is None  # "Its" is Saldova (not a known party here), never Coristan


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("foreign minister", "foreign minister", True),
        ("envoy", "middle east envoy", True),
        ("senior envoy", "middle east envoy", True),
        ("foreign minister", "prime minister", False),
        ("foreign minister", "secretary of state", False),
        ("deputy defence minister", "defence minister", False),
    ],
)
def test_compatible_titles(a: str, b: str, same: bool) -> None:
    assert compatible(a, b) is same


@pytest.mark.seeds
def test_seed_roles(seed_facts) -> None:
    f = seed_facts("003")
    assert f.person("Dmitry Peskov").roles[0].text == "Kremlin spokesman"
    f = seed_facts("001")
    giles = f.person("Giles")
    assert giles is not None and "senior consultant at Chatham House" in giles.roles[0].text


def test_institution_titles() -> None:
    got = roles_of("Mark Rutte", "NATO Secretary General Mark Rutte said allies were united.")
    assert got == [("NATO Secretary General", "secretary-general", "NATO")]
    got = roles_of(
        "Ursula von der Leyen", "European Commission President Ursula von der Leyen spoke."
    )
    assert got[0][1:] == ("president", "European Union")


@pytest.mark.parametrize(
    ("sentence", "name", "display"),
    [
        (
            "Russian Deputy Foreign Minister Oleg Petrenko arrived.",
            "Oleg Petrenko",
            "Deputy Foreign Minister",
        ),
        (
            "Arvenia's envoy is special envoy for Ukraine Oleg Petrenko.",
            "Oleg Petrenko",
            "special envoy for Ukraine",
        ),
        (
            "She named the head of the president's office Oleg Petrenko.",
            "Oleg Petrenko",
            "head of the president's office",
        ),
    ],
)
def test_displayed_title_keeps_what_follows_a_preposition(
    sentence: str, name: str, display: str
) -> None:
    person = facts(sentence).person(name)
    assert person is not None
    assert person.roles[0].display == display
