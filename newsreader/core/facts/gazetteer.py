"""Parties, their stand-ins and demonyms, known places and given names (package data, no download).

``data/countries.txt`` lists each party with its other names, demonyms and stand-ins (capital,
seat of government: Kremlin/Moscow → Russia, Kyiv/Kiev → Ukraine, Washington/White House →
United States). Parties that are not listed (a small state, a fictional one) are discovered per
article by :class:`PartyResolver`: a capitalized word that heads a demand or owns a delegation, or
whose demonym ("Arvenian" for "Arvenia", "Coristani" for "Coristan") appears in the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from newsreader.core.text import fold

MAX_PHRASE = 4  # longest multi-word party or place name, in words


def _data(name: str) -> list[str]:
    text = resources.files("newsreader.core.facts").joinpath("data", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Lookup key for a name: folded, dots and curly apostrophes removed, spaces collapsed."""
    return " ".join(fold(text).replace(".", "").split())


@dataclass(frozen=True, slots=True)
class Gazetteer:
    parties: dict[str, str]  # key of a name, alias or stand-in → canonical party
    demonyms: dict[str, str]  # key of a demonym → canonical party
    standins: frozenset[str]  # keys that are stand-ins (not the party's own name)
    places: frozenset[str]  # keys of known places (countries, capitals, cities, regions)
    given_names: frozenset[str]
    family_first: frozenset[str]  # family names written first ("Xi" of "Xi Jinping")


@cache
def gazetteer() -> Gazetteer:
    parties: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    standins: set[str] = set()
    places: set[str] = set()
    for line in _data("countries.txt"):
        fields = [f.strip() for f in line.split("|")] + ["", "", "", ""]
        name, aliases, dems, stand, kind = fields[:5]
        items = [name, *(a.strip() for a in aliases.split(",") if a.strip())]
        for item in items:
            parties[key(item)] = name
        is_state = kind != "organization" and name.isascii()
        if is_state:
            places.update(key(item) for item in items if len(item) > 3)
        for dem in dems.split(","):
            if dem.strip():
                demonyms[key(dem)] = name
        for item in stand.split(","):
            if item.strip():
                parties[key(item)] = name
                standins.add(key(item))
                places.add(key(item))
    places.update(key(p) for p in _data("places.txt"))
    for noise in ("kremlin", "white house", "pentagon", "state department", "whitehall", "bankova"):
        places.discard(noise)
    given = frozenset(w for line in _data("given_names.txt") for w in line.split())
    family = frozenset(w for line in _data("family_names_first.txt") for w in line.split())
    return Gazetteer(parties, demonyms, frozenset(standins), frozenset(places), given, family)


@cache
def multiword_starts() -> frozenset[str]:
    """First words (lowercase) of multi-word party names, aliases and stand-ins."""
    return frozenset(k.split()[0] for k in gazetteer().parties if " " in k)


def is_given_name(word: str) -> bool:
    return key(word) in gazetteer().given_names


def is_family_first(word: str) -> bool:
    """A family name written before the given name ("Xi", "Kim")."""
    return key(word) in gazetteer().family_first


def party_of(phrase: str) -> str | None:
    """The canonical party a name, alias or stand-in refers to ("Kiev" → "Ukraine")."""
    return gazetteer().parties.get(key(phrase))


def demonym_party(word: str) -> str | None:
    """The party of a demonym ("Ukrainian" → "Ukraine"), for listed parties only."""
    return gazetteer().demonyms.get(key(word))


def is_place(phrase: str) -> bool:
    return key(phrase) in gazetteer().places


_DEMONYM_SUFFIXES = ("n", "an", "ian", "i", "ese", "ish", "ic", "ite")


def _derived(word: str, party: str) -> bool:
    """ "arvenian" from "arvenia", "coristani" from "coristan", "saldovan" from "saldova"."""
    if word.startswith(party) and word[len(party) :] in _DEMONYM_SUFFIXES:
        return True
    return (
        party.endswith("a")
        and word.startswith(party[:-1])
        and word[len(party) - 1 :] in ("an", "ian", "ese")
    )


@dataclass(slots=True)
class PartyResolver:
    """Parties for one article: the gazetteer plus names discovered in the text."""

    extra: dict[str, str] = field(default_factory=dict)  # key → party name as written
    extra_demonyms: dict[str, str] = field(default_factory=dict)

    def add(self, name: str) -> None:
        k = key(name)
        if k and k not in gazetteer().parties:
            self.extra.setdefault(k, name)

    def add_demonyms(self, capitalized: set[str]) -> None:
        """Link "Arvenian"/"Coristani" to discovered parties "Arvenia"/"Coristan"."""
        if not self.extra:
            return
        words = {key(w) for w in capitalized if len(w) > 3}
        for party_key, name in self.extra.items():
            stem = party_key[:-1] if party_key.endswith("a") else party_key
            for k in words:
                if k != party_key and k.startswith(stem) and _derived(k, party_key):
                    self.extra_demonyms[k] = name

    def party(self, phrase: str) -> str | None:
        k = key(phrase)
        return gazetteer().parties.get(k) or self.extra.get(k)

    def known(self, phrase: str) -> bool:
        """A party of the gazetteer, or a discovered one whose demonym the text uses too
        ("Arvenia" beside "Arvenian"): surer than one discovered from its uses alone."""
        k = key(phrase)
        return k in gazetteer().parties or (
            k in self.extra and self.extra[k] in self.extra_demonyms.values()
        )

    def demonym(self, word: str) -> str | None:
        k = key(word)
        return gazetteer().demonyms.get(k) or self.extra_demonyms.get(k)

    def any(self, phrase: str) -> str | None:
        """Party for a name, stand-in or demonym."""
        return self.party(phrase) or self.demonym(phrase)
