"""Parties in the text: countries and organizations, their stand-ins, "Ukrainian officials", and
parties the gazetteer does not know, discovered from how the text uses them."""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.core.facts.gazetteer import (
    MAX_PHRASE,
    PartyResolver,
    is_given_name,
    multiword_starts,
)
from newsreader.core.facts.lexicon import (
    PARTY_PEOPLE,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    word_set,
)
from newsreader.core.facts.names import Chunk
from newsreader.core.facts.tokens import Doc, Sentence

_ACTOR_VERBS = word_set("""demands demanded insists insisted wants wanted calls called proposes proposed rejects
    rejected refuses refused accuses accused requests requested seeks sought urges urged
    threatens threatened warns warned agreed agrees""")
# What a country has and a person does not ("Coristan's delegation", but "Zelensky's chief of staff").
_COUNTRY_OWNED = word_set(
    """delegation delegations president government prime foreign defence defense army military
    forces parliament ministry economy capital border borders territory ambassador embassy people
    population navy"""
)
_SAYS = word_set("said says told tells added adds wrote writes explained recalled replied answered")
_PERSONAL = ROLE_HEADS | ROLE_MODIFIERS | frozenset({"wife", "husband", "son", "daughter"})
_PLACE_PREPOSITIONS = frozenset({"in", "of", "from", "to", "by", "with", "against", "and"})


@dataclass(frozen=True, slots=True)
class PartyMention:
    sentence: int
    i: int
    j: int
    party: str


def discover(
    doc: Doc, singles: list[Chunk], person_words: set[str], resolver: PartyResolver
) -> None:
    """Add parties the gazetteer lacks (e.g. a small or fictional country) to ``resolver``."""
    located: set[str] = set()
    actor: set[str] = set()
    owner: set[str] = set()
    possessed: set[str] = set()  # "Saldova's ports": with a place use, a party
    speaks: set[str] = set()
    words: dict[str, str] = {}
    for ch in singles:
        word = ch.words[0]
        if word.lower() in person_words or is_given_name(word):
            continue
        words.setdefault(word.lower(), word)
        toks = ch.sentence.tokens
        before = toks[ch.i - 1].low if ch.i > 0 else ""
        after = toks[ch.j].low if ch.j < len(toks) else ""
        after2 = toks[ch.j + 1].low if ch.j + 1 < len(toks) else ""
        if before in _PLACE_PREPOSITIONS:
            located.add(word.lower())
        if after in _ACTOR_VERBS or (after in {"is", "has", "was"} and after2.endswith("ing")):
            actor.add(word.lower())
        if after == "'s":
            possessed.add(word.lower())
        if after == "'s" and after2 in _COUNTRY_OWNED:
            owner.add(word.lower())
        if after in _SAYS or (after == "," and after2 in _SAYS):
            speaks.add(word.lower())  # "Giles said": a person's surname, not a country
        if after == "'s" and after2 in _PERSONAL and after2 not in _COUNTRY_OWNED:
            speaks.add(word.lower())  # "Trump's special envoy": a person's, not a country's
        if after in {"himself", "herself"}:
            speaks.add(word.lower())
    for low in (owner | (actor & located) | (possessed & located)) - speaks:
        resolver.add(words[low])
    demonym_like = {t.text for s in doc.sentences for t in s.tokens if t.cap and t.alpha}
    candidates = PartyResolver()
    for word in words.values():
        candidates.add(word)
    candidates.add_demonyms(demonym_like)
    for party in set(candidates.extra_demonyms.values()):
        resolver.add(party)
    resolver.add_demonyms(demonym_like)


def mentions(sent: Sentence, resolver: PartyResolver, taken: set[int]) -> list[PartyMention]:
    """Party mentions in a sentence; ``taken`` are token indices inside names and roles."""
    toks = sent.tokens
    starts = multiword_starts()
    out: list[PartyMention] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if i in taken or not t.alpha or not (t.cap or t.low == "kremlin"):
            i += 1
            continue
        size = 0
        party = None
        if t.low in starts:  # "United States", "White House", "Saudi Arabia"
            for n in range(min(MAX_PHRASE, len(toks) - i), 1, -1):
                party = resolver.party(sent.span_text(i, i + n))
                if party is not None:
                    size = n
                    break
        if party is None:
            party, size = resolver.party(t.text), 1
        if party is None:
            dem = resolver.demonym(t.text)
            nxt = toks[i + 1].low if i + 1 < len(toks) else ""
            if dem and nxt in PARTY_PEOPLE:  # "Ukrainian officials"
                party, size = dem, 2
        if party is not None:
            out.append(PartyMention(sent.index, i, i + size, party))
            i += size
        else:
            i += 1
    return out
