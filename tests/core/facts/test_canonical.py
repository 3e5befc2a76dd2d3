"""People across articles: spellings merged, different people kept apart, user merges and splits."""

from __future__ import annotations

import json

import pytest

from newsreader.core.facts import ArticleFacts, NameOverrides, Person, analyze
from newsreader.core.facts.canonical import canonicalize
from newsreader.core.facts.claim_people import spelled_alike
from newsreader.core.facts.spelling import name_key, same_name
from tests.core.facts.crafted import article


def canon(*texts: str, overrides: NameOverrides | None = None) -> list[list[str]]:
    fs = analyze([article(t, name=f"a{n}") for n, t in enumerate(texts)], overrides=overrides)
    return [sorted(p.variants) for p in fs.people]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelenskyy", "Zelensky"),
        ("Zelenskiy", "Zelensky"),
        ("Kellogg", "Kelog"),
        ("Lindqvist", "Lindkvist"),
        ("Ferreira", "Fereira"),
    ],
)
def test_transliteration_keys(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Volodymyr Zelensky", "Folodimir Zelinski", True),
        ("Vladimir Medinsky", "Vladimir Midinski", True),
        ("Steve Witkoff", "Steve Witkov", True),
        ("Volodymyr Zelensky", "Olena Zelenska", False),
        ("Joe Biden", "Hunter Biden", False),
        ("Alexander Fomin", "Alexander Fateno", False),
        ("Vladimir Putin", "Vladimir Medinsky", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a.split(), b.split()) is same


def test_variants_merge_across_articles_and_canonical_is_most_common() -> None:
    fs = analyze(
        [
            article("Ukrainian President Volodymyr Zelensky spoke.", name="a"),
            article("Ukrainian President Volodymyr Zelensky spoke again.", name="b"),
            article("His counterpart Folodimir Zelinski spoke.", name="c"),
        ]
    )
    (person,) = fs.people
    assert person.name == "Volodymyr Zelensky"
    assert {"Volodymyr Zelensky", "Folodimir Zelinski"} <= set(person.variants)
    assert all(p.canonical == "Volodymyr Zelensky" for f in fs.articles for p in f.people)


def test_wife_and_husband_stay_apart() -> None:
    got = canon("President Volodymyr Zelensky spoke.", "First lady Olena Zelenska spoke.")
    assert len(got) == 2


def test_surname_only_mention_joins_the_one_full_name() -> None:
    got = canon("Kremlin spokesman Dmitry Peskov spoke.", '"No," Peskov said on Monday.')
    assert got == [["Dmitry Peskov", "Peskov"]]


def test_a_first_name_alone_is_not_a_misspelt_surname() -> None:
    """ "his wife Melania" is not a spelling of "Meloni": a known given name written alone joins
    only a surname spelled the same way."""
    got = canon(
        "Prime Minister Marta Meloni attended the service.",
        "President Tomas Halberg and his wife Melania arrived at the service.",
    )
    assert ["Marta Meloni"] in got, got


def test_people_on_different_sides_with_similar_names_stay_apart() -> None:
    got = canon("Ukrainian envoy Andriy Melnyk spoke.", "Russian envoy Andrey Melnik spoke.")
    assert len(got) == 2


def test_overrides_merge_and_split_round_trip() -> None:
    texts = (
        "Deputy Defence Minister Alexander Fomin arrived.",
        "Deputy Minister Alexander Fateno arrived.",
    )
    assert len(canon(*texts)) == 2
    o = NameOverrides()
    o.merge("Alexander Fomin", "Alexander Fateno")
    o = NameOverrides.from_json(json.loads(json.dumps(o.to_json())))
    assert canon(*texts, overrides=o) == [["Alexander Fateno", "Alexander Fomin"]]
    o.split("Alexander Fateno")
    assert o.merges == [] and o.splits == ["Alexander Fateno"]
    assert len(canon(*texts, overrides=o)) == 2


def test_split_keeps_a_spelling_apart() -> None:
    texts = ("President Volodymyr Zelensky spoke.", "President Folodimir Zelinski spoke.")
    assert len(canon(*texts)) == 1
    o = NameOverrides(splits=["Folodimir Zelinski"])
    assert len(canon(*texts, overrides=o)) == 2


def test_overrides_from_bad_json_are_empty() -> None:
    assert NameOverrides.from_json(["nonsense"]) == NameOverrides()
    assert NameOverrides.from_json({"merges": [["only one"]], "splits": [3]}) == NameOverrides()


def test_samples_misspellings_merge(samples_factset) -> None:
    by_name = {p.name: p for p in samples_factset.people}
    assert {"Tomash Halberk", "Tomas Halberg"} <= set(by_name["Tomas Halberg"].variants)
    assert "Ilias Kovall" in by_name["Ilyas Koval"].variants
    assert "Anika Fereira" in by_name["Anika Ferreira"].variants
    assert len([p for p in samples_factset.people if p.name == "Daniel Okafor"]) == 1


@pytest.mark.seeds
def test_seed_variants(seeds_factset) -> None:
    by_name = {v: p for p in seeds_factset.people for v in p.variants}
    zelensky = by_name["Volodymyr Zelensky"]
    assert {"Folodimir Zelinski", "Zellinski", "Zelenskiy", "Volodymyr Zelenskyy"} <= set(
        zelensky.variants
    )
    assert by_name["Vladimir Midinski"] is by_name["Vladimir Medinsky"]
    assert by_name["Steve Witkov"] is by_name["Steve Witkoff"]
    assert by_name["Keith Kelog"] is by_name["Keith Kellogg"]
    assert by_name["Alexander Fateno"] is not by_name["Alexander Fomin"]


def test_reanalysis_after_an_override_reuses_the_extraction() -> None:
    from newsreader.core.facts import analyze_facts, extract_facts

    extracted = [
        extract_facts(article("Deputy Defence Minister Alexander Fomin arrived.", name="a")),
        extract_facts(article("Deputy Minister Alexander Fateno arrived.", name="b")),
    ]
    before = analyze_facts(extracted)
    merged = analyze_facts(
        extracted, overrides=NameOverrides([["Alexander Fomin", "Alexander Fateno"]])
    )
    assert len(before.people) == 2 and len(merged.people) == 1
    assert all(p.canonical == "" for f in extracted for p in f.people)  # inputs untouched


# --- names in any script, initials, keys, speed --------------------------------------------------


def _people(*names: str, parties: tuple[str | None, ...] = ()) -> list[ArticleFacts]:
    """One article per name, each naming just that person (no extraction involved)."""
    out = []
    for n, name in enumerate(names):
        party = parties[n] if n < len(parties) else None
        person = Person(name, [name], party=party)
        out.append(ArticleFacts(None, f"a{n}", "", "", "", "", people=[person]))
    return out


def groups(*names: str) -> list[list[str]]:
    people = canonicalize(_people(*names))
    return sorted(sorted(p.variants) for p in people)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Лукашенко", "Lukashenko"),
        ("Łukasz", "Lukasz"),
        ("Søren", "Soren"),
        ("Strauß", "Strauss"),
    ],
)
def test_any_script_folds_to_one_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b) != ""


def test_cyrillic_surnames_stay_different_people() -> None:
    got = groups("Александр Лукашенко", "Сергей Лавров", "Лукашенко", "Лавров")
    assert got == [["Александр Лукашенко", "Лукашенко"], ["Лавров", "Сергей Лавров"]]


def test_cyrillic_and_latin_spellings_of_one_name_merge() -> None:
    assert groups("Александр Лукашенко", "Alexander Lukashenko") == [
        ["Alexander Lukashenko", "Александр Лукашенко"]
    ]


def test_an_empty_key_never_merges() -> None:
    assert name_key("★★") == ""
    assert len(groups("★ ★★", "☆ ★★", "★★")) == 3


@pytest.mark.parametrize("other", ["J.D. Halvorsen", "J. D. Halvorsen", "Jon Halvorsen"])
def test_initials_with_and_without_dots_are_one_person(other: str) -> None:
    assert groups("JD Halvorsen", other) == [sorted(["JD Halvorsen", other])]


def test_initials_of_another_first_name_stay_apart() -> None:
    assert len(groups("JD Halvorsen", "Mette Halvorsen")) == 2
    assert len(groups("J.D. Halvorsen", "K.D. Halvorsen")) == 2


def test_surname_alone_resolves_to_the_full_name_of_the_set() -> None:
    assert groups("Irena Sokolova", "Sokolova", "Sokolova") == [["Irena Sokolova", "Sokolova"]]


def test_surname_alone_with_two_people_of_that_name_stays_unresolved() -> None:
    got = groups("Irena Sokol", "Marek Sokol", "Sokol")
    assert ["Sokol"] in got and len(got) == 3


def test_surname_alone_in_several_articles_is_one_person() -> None:
    assert groups("Sokolova", "Sokolova") == [["Sokolova"]]


def test_many_spellings_of_one_surname_are_compared_as_classes(monkeypatch) -> None:
    """Canonicalising is near-linear: 600 units of three spellings make few comparisons."""
    from newsreader.core.facts import canonical

    calls = []
    real = canonical._classes_match
    monkeypatch.setattr(canonical, "_classes_match", lambda a, b: calls.append(1) or real(a, b))
    assert len(groups(*["Tomas Varga", "Tomas Vargha", "Tomáš Varga"] * 200)) == 1
    assert len(calls) < 20


@pytest.mark.parametrize(
    "names",
    [
        ("Omar El Rashid", "Omar el-Rashid", "Omar Al-Rasheed"),
        ("Samir Al Karim", "Samir al-Karim"),
        ("Mohamed Omar El Rashid", "Omar El Rashid"),  # with and without a first given name
        ("Ursula von der Leyen", "Ursula von der Lynn"),
        ("Søren Kierkegård", "Soren Kierkegard"),  # with and without diacritics
        ("Hilda Kabua-Jibas", "Hilda Kabua Jibas"),  # a double surname with and without hyphen
        ("Denise Marchetti-Cole", "Marchetti Cole"),
        ("Denise Marchetti-Cole", "Marchetti-Cole", "Marchetti Cole"),
    ],
)
def test_spellings_of_one_name_are_one_person(names: tuple[str, ...]) -> None:
    assert groups(*names) == [sorted(names)]


def test_brothers_named_after_their_father_stay_apart() -> None:
    assert len(groups("Abdullah bin Zayed", "Mohamed bin Zayed")) == 2


def test_a_double_surname_written_apart_needs_the_hyphenated_form_to_join() -> None:
    # "Anna Lopez Garcia" without a hyphenated "Lopez-Garcia" anywhere stays as written.
    assert len(groups("Maria Lopez Garcia", "Maria Garcia")) == 1
    assert len(groups("Elena Marin Cole", "Denise Marin-Cole")) == 2  # given names differ


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Hilda Kabua-Jibas", "Hilda Kabua Jibas", True),
        ("Denise Marchetti-Cole", "Marchetti Cole", True),
        ("Denise Marchetti-Cole", "Elena Marchetti-Cole", False),
        ("Hilda Kabua-Jibas", "Hilda Kabua", False),
    ],
)
def test_spelled_alike_reads_a_hyphen_as_a_space(a: str, b: str, alike: bool) -> None:
    assert spelled_alike(a, b) is alike
    assert spelled_alike(b, a) is alike


def test_a_first_name_alone_in_one_article_is_not_a_misspelt_surname() -> None:
    fs = analyze(
        [
            article(
                "Prime Minister Marta Meloni attended the service. President Tomas Halberg and "
                "his wife Melania arrived at the service."
            )
        ]
    )
    meloni = next(p for p in fs.articles[0].people if p.name == "Marta Meloni")
    assert "Melania" not in meloni.variants
