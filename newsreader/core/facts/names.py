"""Capitalized-name chunks and the cues that make a chunk a person.

A chunk is a run of capitalized words that are not common words, titles, months, parties or
places ("Instead", "Meanwhile", "Follow us" never start one). A chunk of two or more words is a
person when something says so: a known given name, a title before it or after it, a speech verb
("..., Giles said"), an honorific. A single word is a person only as the surname of someone
named in full in the same article, or with such a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.core.facts.gazetteer import PartyResolver, is_family_first, is_given_name, is_place
from newsreader.core.facts.lexicon import (
    COMMON_WORDS,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_SPLIT,
    PRONOUNS_I,
    PRONOUNS_PARTY,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_WE,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_PLURALS,
    SPEECH_VERBS,
    WEEKDAYS,
    word_set,
)
from newsreader.core.facts.roles import post_role, pre_role
from newsreader.core.facts.tokens import Sentence, Token

MAX_NAME_WORDS = 5
_LOCATIVE = {"in", "at", "from", "to", "near", "into", "across", "outside", "inside", "of", "for"}
_TELLS = frozenset({"told", "tells", "asked", "asks", "urged", "urges", "answered", "replied"})
_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_PARTY | PRONOUNS_PLURAL | PRONOUNS_WE | PRONOUNS_I


@dataclass(slots=True)
class Chunk:
    """A candidate name: tokens ``i``..``j`` of ``sentence``."""

    sentence: Sentence
    i: int
    j: int
    cue: bool = False  # a person cue next to it (title, speech verb, honorific)
    role_spans: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        return self.sentence.span_text(self.i, self.j)

    @property
    def words(self) -> list[str]:
        return [
            t.text for t in self.sentence.tokens[self.i : self.j] if t.low not in NAME_PARTICLES
        ]

    @property
    def size(self) -> int:
        return len(self.words)


_PREFIXED = re.compile(
    r"^(?:al|el|ad|as|ash|at|az|ul|abu|bin|ibn|d|da|de|di|du|la|le|van|von)['’‑-][A-Z]"
)


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_BARE_INITIALS = re.compile(r"^[A-Z]{2,3}$")  # "JD Vance" as well as "J.D. Vance"
# Short capitals that are not initials before a name ("AP Photo", "PM Modi", "TV host").
_ACRONYMS = word_set(
    "AP AFP CNN BBC ABC NBC CBS NPR TV PM MP CEO CFO DC UAE FBI CIA NSA ICC ICJ WHO IMF "
    "GOP MSNBC DW SRF ANI PTI IANS NY NYC LA UK US EU UN"
)
_CONTRACTED = re.compile(r"^(?:i|you|he|she|we|they|it)['’](?:d|m|ll|ve|re|s)$")


def is_name_token(t: Token, resolver: PartyResolver) -> bool:
    if t.alpha and not t.cap and _PREFIXED.match(t.text):
        return True  # "al-Hayya", "el-Sisi", "d'Estaing"
    if _INITIALS.match(t.text) and resolver.any(t.text) is None:
        return True  # "J.D. Vance" (not "U.S.")
    if _BARE_INITIALS.match(t.text) and t.text not in _ACRONYMS:
        return resolver.any(t.text) is None
    if not (t.alpha and t.cap):
        return False
    low = t.low
    if _CONTRACTED.match(low) or low.endswith(("n't", "n’t")):
        return False  # "I'd", "We're", "Didn't"
    if "-" in low and low.split("-")[0] in ROLE_HEADS:
        return False  # "President-elect"
    if low in COMMON_WORDS or low in MONTHS or low in WEEKDAYS or low in _PRONOUNS:
        return False
    if low in ROLE_HEADS or low in ROLE_PLURALS or low in ROLE_MODIFIERS:
        return False
    if low in ORG_SPLIT:
        return False  # "the European Union Kaja Kallas": the organization ends before the name
    if low.rstrip(".") in HONORIFICS:
        return False
    if len(t.text) > 1 and t.text.isupper():
        return False  # acronyms and all-caps datelines
    return resolver.any(t.text) is None


_AFTER_OPENING = frozenset({'"', "“", "‘", "«", ":", "(", "—", "–", "-", "."})


def _family_name_he(toks: list[Token], i: int, resolver: PartyResolver) -> bool:
    """ "Vice Premier He Lifeng": a capitalized "He" inside a sentence, right before a name word,
    is a family name, not the pronoun (which is capitalized only where a sentence starts)."""
    t = toks[i]
    if t.text != "He" or i == 0 or i + 1 >= len(toks) or toks[i - 1].low in _AFTER_OPENING:
        return False
    nxt = toks[i + 1]
    return nxt.cap and nxt.alpha and is_name_token(nxt, resolver) and not is_given_name(nxt.text)


def chunks(sent: Sentence, resolver: PartyResolver) -> list[Chunk]:
    """Capitalized-name chunks of a sentence (no decision yet on whether they are people)."""
    toks = sent.tokens
    out: list[Chunk] = []
    i = 0
    while i < len(toks):
        if not (is_name_token(toks[i], resolver) or _family_name_he(toks, i, resolver)):
            i += 1
            continue
        if i > 0 and toks[i - 1].cap and resolver.party(f"{toks[i - 1].text} {toks[i].text}"):
            i += 1  # "States" of "United States", "Arabia" of "Saudi Arabia"
            continue
        j = i + 1
        while j < len(toks):
            if is_name_token(toks[j], resolver):
                j += 1
            elif toks[j].low in NAME_PARTICLES:
                k = j  # "da Silva", "von der Leyen"
                while k < len(toks) and toks[k].low in NAME_PARTICLES and k - j < 3:
                    k += 1
                if k < len(toks) and is_name_token(toks[k], resolver):
                    j = k + 1
                else:
                    break
            else:
                break
        cut = _name_after_prefix(sent, i, j)
        if cut > i:
            out.append(Chunk(sent, i, cut))
            i = cut
        out.append(Chunk(sent, i, j))
        i = j
    return out


def _name_after_prefix(sent: Sentence, i: int, j: int) -> int:
    """Where a person's name starts inside a chunk that begins with a place or an organization
    word ("... delegation to Istanbul Vladimir Medinsky", "... General Staff Igor Kostyukov"):
    the index of the name's first token, or ``i`` when the chunk is one name."""
    toks = sent.tokens
    for k in range(min(3, j - i - 2), 0, -1):
        rest = toks[i + k : j]
        if len(rest) < 2 or rest[0].low in NAME_PARTICLES:
            continue
        if is_place(sent.span_text(i, i + k)):
            return i + k
        if toks[i + k - 1].low in ORG_HEADS and is_given_name(rest[0].text):
            return i + k
    return i


def _speech_next(sent: Sentence, j: int) -> bool:
    toks = sent.tokens
    if j < len(toks) and toks[j].low in {"himself", "herself"}:
        return True  # "Trump himself"
    k = j
    while k < len(toks) and toks[k].low in {",", "has", "had", "have", "also", "then", "later"}:
        k += 1
    return k < len(toks) and toks[k].low in SPEECH_VERBS


def _speech_before(sent: Sentence, i: int) -> bool:
    toks = sent.tokens
    if i >= 1 and toks[i - 1].low in SPEECH_VERBS and toks[i - 1].low not in _TELLS:
        return i < 2 or toks[i - 2].low in {",", "”", '"', "’"} or not toks[i - 2].alpha
    return i >= 2 and toks[i - 2].low == "according" and toks[i - 1].low == "to"


def person_cues(chunk: Chunk, resolver: PartyResolver) -> bool:
    """True when the text around ``chunk`` marks it as a person; records role spans."""
    sent = chunk.sentence
    toks = sent.tokens
    roles: list[tuple[int, int]] = []
    pre = pre_role(sent, chunk.i, resolver)
    if pre:
        roles.append(pre)
        if pre[0] > 1 and toks[pre[0] - 1].low == ",":
            # "The head of the Russian delegation, Presidential Aide X": a second title
            second = pre_role(sent, pre[0], resolver)
            last = toks[second[1] - 1] if second else None
            if (
                second is not None
                and last is not None
                and (not last.cap or resolver.any(last.text) or last.low in ROLE_HEADS)
            ):  # not "... office Yermak, Defense Minister Umerov": Yermak is a name
                roles.append(second)
    roles.extend(post_role(sent, chunk.j, resolver))
    honorific = chunk.i > 0 and toks[chunk.i - 1].low.rstrip(".") in HONORIFICS
    chunk.role_spans = tuple(roles)
    chunk.cue = (
        bool(roles)
        or honorific
        or _speech_next(sent, chunk.j)
        or _speech_before(sent, chunk.i)
        or _owned_by_party(chunk, resolver)
    )
    return chunk.cue


def _owned_by_party(chunk: Chunk, resolver: PartyResolver) -> bool:
    """ "China's Xi Jinping", "France's Emmanuel Macron": a party's possessive before a two- or
    three-word name (not "Russia's Black Sea Fleet": a following capitalized or organization word
    makes it a thing)."""
    toks = chunk.sentence.tokens
    if not 2 <= chunk.size <= 3 or chunk.i < 2 or toks[chunk.i - 1].low != "'s":
        return False
    if resolver.any(toks[chunk.i - 2].text) is None:
        return False
    if any(is_place(w) for w in chunk.words):
        return False  # "the UK's Taskforce Europe negotiating team"
    nxt = toks[chunk.j] if chunk.j < len(toks) else None
    return nxt is None or not (nxt.cap and nxt.alpha)


_ARTICLE_PARTICLES = frozenset({"der", "die", "das", "le", "la", "les", "el", "il"})


def looks_like_org(chunk: Chunk) -> bool:
    toks = chunk.sentence.tokens
    words = [t.low for t in toks[chunk.i : chunk.j]]
    if chunk.j - chunk.i == 2 and words[0] in _ARTICLE_PARTICLES and not chunk.role_spans:
        return True  # "Der Spiegel writes", "Le Monde reported"
    if any(w in ORG_HEADS for w in words):
        return True
    if chunk.j < len(toks) and toks[chunk.j].low in ORG_HEADS:
        return True  # "the Sella river", "Chatham House"
    k = chunk.j
    while k < len(toks) and k - chunk.j < 3 and toks[k].cap and toks[k].alpha:
        if toks[k].low in ORG_HEADS:
            return True  # "the International Atomic Energy Agency": "Atomic" is no one
        k += 1
    if is_place(chunk.text):
        return True
    before = toks[chunk.i - 1].low if chunk.i > 0 else ""
    return before == "the" and not chunk.role_spans


def is_full_name(chunk: Chunk, resolver: PartyResolver) -> bool:
    """A two-to-five word chunk that is a person."""
    if not 2 <= chunk.size <= MAX_NAME_WORDS:
        return False
    cued = person_cues(chunk, resolver)
    if looks_like_org(chunk):
        return False
    toks = chunk.sentence.tokens
    before = toks[chunk.i - 1].low if chunk.i > 0 else ""
    if before in {"at", "in", "inside", "near"} or (before == "from" and not chunk.role_spans):
        return False  # "analysts at Morgan Stanley", "a Republican from South Carolina"
    if cued:
        return True
    first = chunk.words[0]
    if (_INITIALS.match(first) or _BARE_INITIALS.match(first)) and chunk.size == 2:
        return True  # "J.D. Vance", "JD Vance"
    return is_given_name(first) or is_family_first(first)


def single_word_cue(chunk: Chunk, resolver: PartyResolver) -> bool:
    """A one-word chunk with a person cue ("President Trump", "Giles said", "said Okafor")."""
    if chunk.size != 1 or looks_like_org(chunk):
        return False
    toks = chunk.sentence.tokens
    if chunk.i > 0 and toks[chunk.i - 1].low in _LOCATIVE:
        return False
    if chunk.i > 0 and toks[chunk.i - 1].low == "'s":
        return False
    return person_cues(chunk, resolver)
