"""The people of one article: full names, surname-only mentions, unnamed descriptors ("the Kyiv
leader") and pronouns, each resolved to one person of the article, with the roles stated for them.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from newsreader.core.facts import names as nm
from newsreader.core.facts import parties as pt
from newsreader.core.facts.gazetteer import (
    PartyResolver,
    is_family_first,
    is_given_name,
    is_place,
)
from newsreader.core.facts.lexicon import LEADER_WORDS, PRONOUNS_PERSON, ROLE_PLURALS
from newsreader.core.facts.model import Role
from newsreader.core.facts.roles import normalize
from newsreader.core.facts.spelling import full_key, same_name, surname_matches
from newsreader.core.facts.tokens import Doc, Sentence

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_LEADER_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "leader", "king"}
)


@dataclass(slots=True)
class Mention:
    """Tokens ``i``..``j`` of a sentence that refer to person ``person`` of the article."""

    sentence: Sentence
    i: int
    j: int
    person: int
    kind: str  # full / surname / descriptor / pronoun

    @property
    def text(self) -> str:
        return self.sentence.span_text(self.i, self.j)


@dataclass(slots=True)
class Draft:
    """A person being assembled."""

    words: list[str]  # fullest name, as words
    spellings: Counter[str] = field(default_factory=Counter)
    roles: list[Role] = field(default_factory=list)

    @property
    def name(self) -> str:
        full = [s for s in self.spellings if len(s.split()) > 1]
        pool = full or list(self.spellings)
        return (
            max(pool, key=lambda s: (self.spellings[s], len(s))) if pool else " ".join(self.words)
        )

    def parties(self) -> list[str]:
        return [r.party for r in self.roles if r.party]


@dataclass(slots=True)
class Cast:
    """Everything about the people of an article that later rules need."""

    drafts: list[Draft]
    mentions: list[Mention]
    by_sentence: dict[int, list[Mention]]
    parties: dict[int, list[pt.PartyMention]]
    taken: dict[int, set[int]]  # per sentence: token indices inside names and roles
    resolver: PartyResolver
    in_roles: dict[int, set[int]] = field(default_factory=dict)  # per sentence: inside roles
    # Parties that may take part themselves ("India, Turkey and Hungary also joined"): per
    # sentence, mentions whose ``person`` is ``len(drafts) + k`` for ``actor_parties[k]``.
    actors: dict[int, list[Mention]] = field(default_factory=dict)
    actor_parties: list[str] = field(default_factory=list)

    def in_sentence(self, sent: Sentence) -> list[Mention]:
        return self.by_sentence.get(sent.index, [])

    def is_actor(self, person: int) -> bool:
        """``person`` is a party taking part, not a person of the article."""
        return person >= len(self.drafts)

    def person_party(self, person: int) -> str | None:
        if self.is_actor(person):
            return self.actor_parties[person - len(self.drafts)]
        parties = self.drafts[person].parties()
        return Counter(parties).most_common(1)[0][0] if parties else None

    def last_party_before(self, sent: Sentence, i: int, reach: int = 5) -> str | None:
        """The party mentioned last before token ``i`` (this sentence, then up to ``reach``
        sentences back)."""
        here = [m for m in self.parties.get(sent.index, []) if m.j <= i]
        if here:
            return here[-1].party
        for index in range(sent.index - 1, max(-1, sent.index - 1 - reach), -1):
            if self.parties.get(index):
                return self.parties[index][-1].party
        return None


def build(doc: Doc) -> Cast:
    resolver = PartyResolver()
    all_chunks = {s.index: nm.chunks(s, resolver) for s in doc.sentences}
    drafts: list[Draft] = []
    mentions: list[Mention] = []
    full_chunks: list[nm.Chunk] = []
    body_words = {  # name words written in ordinary sentences
        w.lower()
        for s in doc.sentences
        if not s.title_case
        for ch in all_chunks[s.index]
        for w in ch.words
    }
    for sent in doc.sentences:
        doc.check(sent.index)
        for ch in all_chunks[sent.index]:
            if nm.is_full_name(ch, resolver) and not (sent.heading and not ch.cue):
                if sent.title_case and not _known_name(ch, body_words):
                    continue  # "President Didn't Actually Adopt Young Boy": capitals of a title
                full_chunks.append(ch)
    full_chunks += _coordinated_names(all_chunks, full_chunks, resolver)
    full_chunks += _named_again(all_chunks, full_chunks, resolver)
    full_chunks.sort(key=lambda c: (c.sentence.index, c.i))
    for ch in full_chunks:
        words = ch.words
        person = _find(drafts, words)
        if person is None:
            if ch.sentence.heading and not ch.role_spans:
                continue  # a titled name line ("Mexican President X") still introduces X
            drafts.append(Draft(words))
            person = len(drafts) - 1
        elif len(words) > len(drafts[person].words):
            drafts[person].words = words
        drafts[person].spellings[ch.text] += 1
        mentions.append(Mention(ch.sentence, ch.i, ch.j, person, "full"))
    person_words = {w.lower() for d in drafts for w in d.words}
    singles = [ch for cs in all_chunks.values() for ch in cs if ch.size == 1]
    pt.discover(doc, singles, person_words, resolver)
    standalone: dict[str, int] = {}
    blockers: dict[int, set[int]] = {}  # unresolved names a pronoun may refer to
    cued = {  # single names that something marks as a person somewhere in the article
        full_key(ch.words): True
        for ch in singles
        if (not ch.sentence.heading or _royal_named(ch))
        and not resolver.any(ch.text)
        and nm.single_word_cue(ch, resolver)
    }
    for ch in singles:
        if resolver.any(ch.text) or nm.looks_like_org(ch):
            continue  # a party, or part of an organization's name ("White House")
        word = ch.words[0]
        scored = [(surname_matches(word, d.words), n) for n, d in enumerate(drafts[:])]
        scored = [(s, n) for s, n in scored if s > 0 and len(drafts[n].words) > 1]
        top = max((s for s, _ in scored), default=0.0)
        if sum(1 for s, _ in scored if s == top) > 1:
            # "Kim" with Kim Jong-un and Kim Yo-jong, "Rodriguez" with two Rodriguezes
            blockers.setdefault(ch.sentence.index, set()).add(ch.i)
            continue
        if scored:
            person = max(scored)[1]
        elif full_key([word]) in cued and (not ch.sentence.heading or _royal_named(ch)):
            key = full_key([word])
            if key not in standalone:
                drafts.append(Draft([word]))
                standalone[key] = len(drafts) - 1
            person = standalone[key]
        else:
            if _possessive_name(ch):
                blockers.setdefault(ch.sentence.index, set()).add(ch.i)
            continue
        nm.person_cues(ch, resolver)
        drafts[person].spellings[ch.text] += 1
        mentions.append(Mention(ch.sentence, ch.i, ch.j, person, "surname"))
        full_chunks.append(ch)
    cast = _index(doc, drafts, mentions, resolver, full_chunks)
    _roles(cast, full_chunks, mentions)
    _descriptors(doc, cast)
    _pronouns(doc, cast, blockers)
    return cast


_LIST_WORDS = frozenset(
    [
        "include",
        "includes",
        "including",
        "included",
        "accompanied",
        "joined",
        "represented",
        "comprising",
    ]
)


def _coordinated_names(
    all_chunks: dict[int, list[nm.Chunk]], found: list[nm.Chunk], resolver: PartyResolver
) -> list[nm.Chunk]:
    """ "accompanied by his deputies Majid X and Kazem Y": a two- or three-word name listed
    right after a person, in a sentence that lists people, is a person too."""
    ends = {(c.sentence.index, c.j) for c in found}
    starts = {(c.sentence.index, c.i) for c in found}
    for c in found:
        for _, b in c.role_spans:
            ends.add((c.sentence.index, b))
    out: list[nm.Chunk] = []
    for index, chs in all_chunks.items():
        for ch in chs:
            if (index, ch.i) in starts or not 2 <= ch.size <= 3 or ch.sentence.heading:
                continue
            toks = ch.sentence.tokens
            if ch.i < 2 or toks[ch.i - 1].low not in {"and", ","}:
                continue
            if (index, ch.i - 1) not in ends and (index, ch.i - 2) not in ends:
                continue
            if not any(t.low in ROLE_PLURALS or t.low in _LIST_WORDS for t in toks):
                continue
            if nm.looks_like_org(ch) or any(is_place(w) for w in ch.words):
                continue
            if any(resolver.any(w) for w in ch.words):
                continue
            out.append(ch)
    return out


def _named_again(
    all_chunks: dict[int, list[nm.Chunk]], found: list[nm.Chunk], resolver: PartyResolver
) -> list[nm.Chunk]:
    """ "President Aurelia Santamar thanked the crowd. ... Aurelia Santamar was sworn in": the
    same full name written again without a title is the same person (an exact spelling only, in
    an ordinary sentence)."""
    keys = {full_key(c.words) for c in found if c.size >= 2}
    taken = {(c.sentence.index, c.i) for c in found}
    out: list[nm.Chunk] = []
    for index, chs in all_chunks.items():
        for ch in chs:
            if (index, ch.i) in taken or not 2 <= ch.size <= 4 or ch.sentence.heading:
                continue
            if ch.sentence.title_case or full_key(ch.words) not in keys:
                continue
            if nm.looks_like_org(ch) or any(resolver.any(w) for w in ch.words):
                continue
            out.append(ch)
    return out


def _known_name(ch: nm.Chunk, body_words: set[str]) -> bool:
    """In a Title Case line only known name patterns count: a given name first, or the same
    words in an ordinary sentence of the article."""
    first = ch.words[0]
    if is_given_name(first) or is_family_first(first):
        return True
    toks = ch.sentence.tokens
    if any(b == ch.i and toks[b - 1].low in _ROYAL_TITLES for _, b in ch.role_spans):
        return True  # "Queen Marie-Claire", "Crown Princess Elin": a royal is named by the title
    return all(w.lower() in body_words for w in ch.words)


def _royal_named(ch: nm.Chunk) -> bool:
    """A single name right after a royal title ("Queen Marie-Claire", "Crown Princess Elin"),
    a person even in a list line or a headline."""
    return ch.i > 0 and ch.sentence.tokens[ch.i - 1].low in _ROYAL_TITLES


# Titles that name a royal or noble by a given name alone (regnal names, "Grand Duchess Amalie").
_ROYAL_TITLES = frozenset(
    [
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "sultan",
        "emir",
        "sheikh",
        "duke",
        "duchess",
        "archduke",
        "archduchess",
    ]
)


def _possessive_name(ch: nm.Chunk) -> bool:
    """ "Biden's travel plans": an unknown single name used as a possessor (not a place) is
    probably someone a later "he" may mean."""
    toks = ch.sentence.tokens
    return (
        ch.j < len(toks)
        and toks[ch.j].low == "'s"
        and ch.i > 0
        and toks[ch.i - 1].low not in {"the", "a", "an"}
        and not is_place(ch.text)
    )


def _find(drafts: list[Draft], words: list[str]) -> int | None:
    key = full_key(words)
    for n, d in enumerate(drafts):
        if full_key(d.words) == key:
            return n
    for n, d in enumerate(drafts):
        if same_name(words, d.words):
            return n
    return None


def _index(
    doc: Doc,
    drafts: list[Draft],
    mentions: list[Mention],
    resolver: PartyResolver,
    chunks: list[nm.Chunk],
) -> Cast:
    taken: dict[int, set[int]] = {}
    in_roles: dict[int, set[int]] = {}
    for ch in chunks:
        span = taken.setdefault(ch.sentence.index, set())
        span.update(range(ch.i, ch.j))
        for a, b in ch.role_spans:
            # the party inside a role ("Kremlin spokesman") is not a separate actor
            span.update(range(a, b))
            in_roles.setdefault(ch.sentence.index, set()).update(range(a, b))
    parties = {s.index: pt.mentions(s, resolver, taken.get(s.index, set())) for s in doc.sentences}
    by_sentence: dict[int, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.sentence.index, m.i)):
        by_sentence.setdefault(m.sentence.index, []).append(m)
    return Cast(drafts, mentions, by_sentence, parties, taken, resolver, in_roles)


def _roles(cast: Cast, chunks: list[nm.Chunk], mentions: list[Mention]) -> None:
    person_at = {(m.sentence.index, m.i): m.person for m in mentions}
    for ch in chunks:
        person = person_at.get((ch.sentence.index, ch.i))
        if person is None:
            continue
        sent = ch.sentence
        for a, b in ch.role_spans:
            toks = sent.tokens[a:b]
            # "Its Foreign Minister" names the party of this or the previous sentence; further back
            # the antecedent is as likely an unlisted place ("hosted by Saldova. Its ...").
            parts = normalize(
                toks, cast.resolver, partial(cast.last_party_before, sent, a, reach=1)
            )
            if not parts.head:
                continue
            start = a  # "Its Foreign Minister" reads as "Foreign Minister" once out of context
            while b - start > 1 and sent.tokens[start].low in {"its", "their", "his", "her"}:
                start += 1
            text = sent.span_text(start, b)
            role = Role(
                text,
                parts.title,
                parts.party,
                parts.office,
                parts.former,
                sent.evidence,
                parts.bare,
            )
            if all(r.text != text for r in cast.drafts[person].roles):
                cast.drafts[person].roles.append(role)
    # a plural role before a list of names applies to each ("senior envoys A and B")
    for ms in cast.by_sentence.values():
        for prev, nxt in itertools.pairwise(ms):
            between = [t.low for t in prev.sentence.tokens[prev.j : nxt.i]]
            if between == ["and"] and not cast.drafts[nxt.person].roles:
                for role in cast.drafts[prev.person].roles:
                    if role.evidence.text == prev.sentence.text and _plural(role.text):
                        cast.drafts[nxt.person].roles.append(role)


def _plural(text: str) -> bool:
    last = text.rsplit(maxsplit=1)[-1].lower() if text.split() else ""

    return last in ROLE_PLURALS


_LEADER_PLURALS = frozenset({"leaders", "presidents", "premiers", "chancellors"})


def _descriptors(doc: Doc, cast: Cast) -> None:
    """ "the Kyiv leader", "the American president", "Russia's president", "the Arvenian and
    Coristani presidents" → the article's people holding those offices."""
    for sent in doc.sentences:
        toks = sent.tokens
        found: list[Mention] = []
        for n in range(len(toks) - 2):
            if toks[n].low == "the":
                found += _the_descriptor(cast, sent, n)
            elif toks[n + 1].low == "'s" and toks[n].cap:
                found += _possessive_descriptor(cast, sent, n)
        if found:
            cast.mentions.extend(found)
            cast.by_sentence.setdefault(sent.index, []).extend(found)
            cast.by_sentence[sent.index].sort(key=lambda m: m.i)


def _head(toks: list, k: int) -> tuple[int, bool] | None:
    """The end of a leader word at ``k`` ("president", "prime minister", "presidents") and
    whether it is plural; None when it is not one or a name follows (a title, not a descriptor)."""
    if k >= len(toks):
        return None
    low = toks[k].low
    end, plural = k + 1, low in _LEADER_PLURALS
    if low == "prime" and k + 1 < len(toks) and toks[k + 1].low in {"minister", "ministers"}:
        end, plural = k + 2, toks[k + 1].low == "ministers"
    elif low not in LEADER_WORDS and not plural:
        return None
    if end < len(toks) and toks[end].cap and toks[end].alpha:
        return None  # "the Ukrainian President Volodymyr ...": a title
    return end, plural


def _the_descriptor(cast: Cast, sent: Sentence, n: int) -> list[Mention]:
    toks = sent.tokens
    first = cast.resolver.any(toks[n + 1].text)
    if first is None:
        return []
    head = _head(toks, n + 2)
    if head is not None and not head[1]:
        person = _office_holder(cast, first)
        return [] if person is None else [Mention(sent, n, head[0], person, "descriptor")]
    # "the Arvenian and Coristani presidents"
    if n + 4 >= len(toks) or toks[n + 2].low != "and":
        return []
    second = cast.resolver.any(toks[n + 3].text)
    head = _head(toks, n + 4)
    if second is None or head is None or not head[1]:
        return []
    a, b = _office_holder(cast, first), _office_holder(cast, second)
    if a is None or b is None or a == b:
        return []
    return [
        Mention(sent, n + 1, n + 2, a, "descriptor"),
        Mention(sent, n + 3, head[0], b, "descriptor"),
    ]


def _possessive_descriptor(cast: Cast, sent: Sentence, n: int) -> list[Mention]:
    """ "Russia's president" (with no name after it) → that president."""
    toks = sent.tokens
    party = cast.resolver.party(toks[n].text)
    head = _head(toks, n + 2)
    if party is None or head is None or head[1]:
        return []
    person = _office_holder(cast, party)
    return [] if person is None else [Mention(sent, n, head[0], person, "descriptor")]


def _office_holder(cast: Cast, party: str) -> int | None:
    found = [
        n
        for n, d in enumerate(cast.drafts)
        for r in d.roles
        if r.party == party and r.title in _LEADER_TITLES and not r.former
    ]
    counts = Counter(found)
    if len(counts) == 1:
        return next(iter(counts))
    return None


_PREPOSITIONS = frozenset(
    [
        "of",
        "to",
        "by",
        "for",
        "from",
        "about",
        "on",
        "against",
        "than",
        "with",
        "at",
        "in",
        "into",
        "after",
        "before",
        "during",
        "between",
        "among",
        "including",
        "like",
        "meeting",
    ]
)
_INTRODUCERS = frozenset(
    [
        "after",
        "before",
        "following",
        "while",
        "when",
        "as",
        "despite",
        "although",
        "though",
        "since",
        "having",
        "once",
        "if",
    ]
)


def _pronouns(doc: Doc, cast: Cast, blockers: dict[int, set[int]] | None = None) -> None:
    """he/she/his/her → a person mentioned before, within a few sentences: the subject of the
    sentence the pronoun is in when it names one before it, else the subject of the last sentence
    that named someone (the last person named when no mention looks like a subject). Names inside
    quotations are not antecedents; an unknown possessor ("Biden's plans") or an ambiguous
    surname in between leaves the pronoun unresolved."""
    blockers = blockers or {}
    prev: Mention | None = None  # the antecedent earlier sentences leave
    distance = 0  # sentences of narration since ``prev`` (quoted sentences do not count)
    for sent in doc.sentences:
        if any(t.alpha and not t.quoted for t in sent.tokens):
            distance += 1
        named = list(cast.in_sentence(sent))
        inside = {k for m in named for k in range(m.i, m.j)}
        own = [m for m in named if m.kind != "pronoun" and not sent.tokens[m.i].quoted]
        start = 0  # mentions before a blocker in this sentence do not count
        added: list[Mention] = []
        for n, t in enumerate(sent.tokens):
            if n in blockers.get(sent.index, ()):
                prev, start = None, n
            if t.low not in PRONOUNS_PERSON or n in inside or t.quoted:
                continue
            here = [m for m in own if start <= m.i and m.j <= n]
            if t.low in _REFLEXIVE:
                pick = here[-1] if here else None  # "but not Putin himself"
            else:
                pick = _clause_subject(sent, here, cast) or (here[-1] if here else None)
            if pick is None and prev is not None and distance <= 3:
                pick = prev
            if pick is not None:
                added.append(Mention(sent, n, n + 1, pick.person, "pronoun"))
        after = [m for m in own if m.i >= start]
        if after and not sent.heading:  # a byline or caption is no one's antecedent
            prev, distance = _subject_mention(sent, after, cast) or after[-1], 0
        if added:
            cast.by_sentence[sent.index] = sorted(named + added, key=lambda m: m.i)
            cast.mentions.extend(added)


def subject_of(sent: Sentence, cast: Cast) -> Mention | None:
    """The person who is the subject of ``sent`` (not quoted, not after a preposition)."""
    own = [m for m in cast.in_sentence(sent) if not sent.tokens[m.i].quoted]
    return _subject_mention(sent, own, cast)


_REFLEXIVE = frozenset({"himself", "herself"})
_NOT_VERBS = frozenset({"and", "or", "nor", "of", "'s", "who", "which", "whose"})


def _clause_subject(sent: Sentence, ms: list[Mention], cast: Cast) -> Mention | None:
    """The nearest of ``ms`` that is the subject of a clause ("Putin has stated he ...": Putin,
    not an earlier subject), else the sentence's subject."""
    toks = sent.tokens
    for m in reversed(ms):
        nxt = toks[m.j] if m.j < len(toks) else None
        if nxt is None or not nxt.alpha or nxt.cap or nxt.low in _NOT_VERBS:
            continue
        if _subject_mention(sent, [m], cast) is m:
            return m
    return _subject_mention(sent, ms, cast)


def _subject_mention(sent: Sentence, ms: list[Mention], cast: Cast) -> Mention | None:
    """The first of ``ms`` that can be the sentence's subject: not after a preposition (skipping
    its title), not a possessor, not inside an opening "After meeting X," phrase."""
    toks = sent.tokens
    roles = cast.in_roles.get(sent.index, set())
    intro_end = -1
    if toks and toks[0].low in _INTRODUCERS:
        intro_end = next((k for k, t in enumerate(toks) if t.low == ","), -1)
    for m in ms:
        k = m.i - 1
        while k >= 0 and k in roles:
            k -= 1
        if k >= 0 and toks[k].low in _PREPOSITIONS:
            continue
        if m.j < len(toks) and toks[m.j].low == "'s":
            continue
        if m.i < intro_end:
            continue
        return m
    return None
