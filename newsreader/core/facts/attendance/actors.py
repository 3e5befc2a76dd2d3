"""Parties that take part themselves: "India, Turkey and Hungary also joined the event", "China is
staying away", "the summit will be attended by the leaders of Brazil and India".

A party's own name (or a stand-in: "Moscow", "the Kremlin") becomes an actor the attendance rules
may give a status to, exactly like a person. Demonyms ("the Russian delegation") are not actors,
nor are parties inside a person's title ("Russia's foreign minister X") or after a preposition of
place or topic ("talks in Turkey", "pressure on Russia", "the war against Ukraine"): those say
where or about whom, not who takes part.
"""

from __future__ import annotations

from newsreader.core.facts.gazetteer import is_place
from newsreader.core.facts.lexicon import REPORTING_VERBS, ROLE_HEADS, ROLE_PLURALS, word_set
from newsreader.core.facts.parties import PartyMention
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Doc, Sentence

# A party after one of these is a place or a topic, not a participant.
_NOT_ACTOR_AFTER = word_set(
    """in at to from near into across inside outside within toward towards through via over
    against on about for upon onto around between versus vs"""
)
# "the leaders of Brazil and India", "representatives of 90 countries": "of" after these names
# the party that takes part; after anything else ("President X of the Russian Federation", "the
# future of Ukraine") it does not.
GROUP_OF = (
    word_set(
        """leaders leader heads head representatives representative delegations delegation
        delegates envoys officials presidents president premier premiers governments government
        chiefs ministers minister monarchs kings queens rulers state counterparts peers
        colleagues"""
    )
    | ROLE_HEADS
    | ROLE_PLURALS.keys()
)
_LIST_GLUE = frozenset({",", "and", "or", "the", "as", "well"})


def find(doc: Doc, cast: Cast) -> None:
    """Fill ``cast.actors`` and ``cast.actor_parties`` from the party mentions of every sentence."""
    person_words = {w.lower() for d in cast.drafts for w in d.words}
    for sent in doc.sentences:
        if sent.heading:
            continue
        found: list[Mention] = []
        mentions = cast.parties.get(sent.index, [])
        for pm in mentions:
            text = sent.span_text(pm.i, pm.j)
            if cast.resolver.party(text) is None:
                continue  # a demonym phrase ("Ukrainian officials")
            if text.lower() in person_words:
                continue  # "Putin's decision": a surname the text also uses as a possessor
            if not _may_act(sent, pm, mentions) or _modifier(sent, pm, cast):
                continue
            if not cast.resolver.known(text):
                continue  # a word the text only uses like a country ("Putin's decision")
            found.append(actor(cast, sent, pm))
        found += _it_after_saying(sent, found)
        if found:
            cast.actors[sent.index] = found


_AUXILIARIES = word_set("has have had also again on")


def _it_after_saying(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Gabon has said it will stay away", "Chile confirmed it would attend": the "it" right
    after the party's own reporting verb is the party."""
    toks = sent.tokens
    out: list[Mention] = []
    for m in found:
        k = m.j
        while k < len(toks) and toks[k].low in _AUXILIARIES:
            k += 1
        if k + 1 < len(toks) and toks[k].low in REPORTING_VERBS and not toks[k].quoted:
            k += 1 + (toks[k + 1].low == "that")
            if k < len(toks) and toks[k].low == "it" and not toks[k].quoted:
                out.append(Mention(sent, k, k + 1, m.person, "party"))
    return out


def actor(cast: Cast, sent: Sentence, pm: PartyMention) -> Mention:
    """The mention of party ``pm`` as an actor (the party gets its actor number on first use)."""
    if pm.party not in cast.actor_parties:
        cast.actor_parties.append(pm.party)
    number = len(cast.drafts) + cast.actor_parties.index(pm.party)
    return Mention(sent, pm.i, pm.j, number, "party")


_MODIFIED = (
    ROLE_HEADS
    | ROLE_PLURALS.keys()
    | word_set(
        """delegation delegations team teams side counterpart counterparts officials leaders
        forces troops troop people government administration"""
    )
)


def _modifier(sent: Sentence, pm: PartyMention, cast: Cast) -> bool:
    """The party modifies what follows: "US Vice President X", "his US counterpart", "the China
    team" (the person or group takes part, not the party as such)."""
    if pm.j >= len(sent.tokens):
        return False
    nxt = sent.tokens[pm.j]
    if pm.j in cast.taken.get(sent.index, set()):
        return True
    return nxt.low in _MODIFIED or (nxt.cap and nxt.alpha)


def _may_act(sent: Sentence, pm: PartyMention, mentions: list[PartyMention]) -> bool:
    """Not a place or a topic: the word before the list the party is in ("talks in Baku,
    Azerbaijan", "those from the U.S. and the EU") is not a preposition of place or topic, and an
    "of" names a group of the party's ("the leaders of Brazil and India")."""
    toks = sent.tokens
    starts = {m.j: m.i for m in mentions}
    k = pm.i - 1
    while k >= 0:
        if toks[k].low in _LIST_GLUE:
            k -= 1
        elif k + 1 in starts:
            k = starts[k + 1] - 1  # an earlier party of the same list
        elif toks[k].cap and is_place(toks[k].text) and k + 1 < pm.i and toks[k + 1].low == ",":
            k -= 1  # "Baku, Azerbaijan": the country of a place
        else:
            break
    if k < 0:
        return True
    low = toks[k].low
    if low in {"of", "from"}:  # "the leaders of A and B", "ministers from A and B"
        return k > 0 and toks[k - 1].low in GROUP_OF
    return low not in _NOT_ACTOR_AFTER
