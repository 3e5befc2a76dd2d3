"""Attendance stated by the shape of a sentence rather than by a verb and its subject.

- inverted copulas: "Among those in attendance will be A, B", "The other participants are A
  and B", "Representing Arvenia are A and B", "Accompanying A is B", "Absent from the talks will
  be C";
- where and what the talks are (:func:`events`): "talks in Istanbul", "the G20 summit", so that
  "will not travel to Glasgow" or "expected in Dubai" can be read as (not) attending them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.core.facts.attendance import scope, words
from newsreader.core.facts.gazetteer import PartyResolver
from newsreader.core.facts.lexicon import COMMON_WORDS, MONTHS, REPORTING_VERBS, WEEKDAYS
from newsreader.core.facts.model import Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.places import is_city
from newsreader.core.facts.tokens import Doc, Sentence, Token

_MODAL_BE = frozenset({"will", "would", "may", "might", "could", "should"})
_PARTICIPANTS = frozenset(
    {"participants", "participant", "attendees", "delegates", "negotiators", "representatives"}
)
_LOCATIVE = frozenset({"in", "at"})
_NOT_EVENT_WORDS = frozenset({"delegation", "team", "teams", "dinner", "side"})
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][a-z]+ )?(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)\s*(?:,|\(|—|–| - )"
)


@dataclass(frozen=True, slots=True)
class Inverted:
    """People named after the copula of an inverted sentence, and what it says about them."""

    people: list[Mention]
    status: Status
    cue: str
    head: tuple[int, int]  # token span of the sentence's head phrase (consumed)


def _copula(toks: list[Token], b: int) -> tuple[int, str] | None:
    """(start of the copula, modal) when a copula starts or ends at ``b``."""
    low = toks[b].low
    if low in {"is", "are", "was", "were", "include", "includes", "included", ":"}:
        return b, ""  # (a colon too: "Among those attending in the front pews: A, B")
    if low == "be" and b > 0 and toks[b - 1].low in _MODAL_BE:
        return b - 1, toks[b - 1].low
    return None


def inverted(sent: Sentence, mentions: list[Mention], resolver: PartyResolver) -> Inverted | None:
    """ "Among those in attendance will be A, B", "Representing Arvenia are A and B", ..."""
    toks = sent.tokens
    for b in range(1, min(len(toks), 12)):
        found = _copula(toks, b)
        if found is None:
            continue
        head_end, modal = found
        head = [t.low for t in toks[:head_end]]
        if not head or any(
            (t.low in REPORTING_VERBS and not t.cap) or t.low in {",", ";", ":"}
            for t in toks[1:head_end]
        ):
            return None  # "Participants said ...": not an inverted sentence
        after = [m for m in mentions if m.i > b]
        if not after or after[0].i - b > 14:
            return None
        in_head = [m for m in mentions if m.j <= head_end and m.kind != "party"]
        status: Status = "conditional" if modal in {"may", "might", "could"} else "attending"
        first = head[0]
        if low_copula(toks[b].low) and not _attending_head(head):
            return None  # "The talks include ..." is not a list of people
        if first in {"accompanying", "joining"}:
            return Inverted(in_head + after, status, first, (0, b + 1))
        if in_head:
            return None
        if first == "representing":
            return Inverted(after, status, "representing", (0, b + 1))
        if "absent" in head:
            return Inverted(after, "not_attending", "absent", (0, b + 1))
        if _attending_head(head):
            return Inverted(after, status, "participants", (0, b + 1))
        if any(w in {"head", "leader", "chief"} for w in head) and any(
            w in {"delegation", "team"} for w in head
        ):
            return Inverted(after[:1], status, "head of the delegation", (0, b + 1))
        return None
    return None


def low_copula(low: str) -> bool:
    return low in {"include", "includes", "included"}


def _attending_head(head: list[str]) -> bool:
    """ "Among those in attendance", "Other leaders attending the summit", "The participants",
    "In court" (before a colon)."""
    if "attendance" in head and head[head.index("attendance") - 1] == "in":
        return True
    if head[:1] == ["in"] and len(head) <= 3 and head[-1] in {"court", "courtroom", "room", "hall"}:
        return True
    return "attending" in head or "present" in head or any(w in _PARTICIPANTS for w in head)


def events(doc: Doc, cast: Cast) -> frozenset[str]:
    """Where and what the talks are, as lowercase names: a capitalized name after "talks in",
    "summit at" ("istanbul", "new delhi", "the hague") and a name right before a talk word
    ("g20", "cop28", "alaska")."""
    out: set[str] = set()
    for text in doc.paragraphs[:3]:
        dateline = _DATELINE.match(text)
        if dateline:  # "GENEVA, May 10 (Reuters) -", "Agencies JEDDAH (Saudi Arabia)"
            out.add(dateline.group("place").lower())
    for sent in doc.sentences:
        toks = sent.tokens
        taken = cast.taken.get(sent.index, set())
        for k, t in enumerate(toks):
            if t.low not in words.TALK or t.low in _NOT_EVENT_WORDS:
                continue
            if k > 0 and toks[k - 1].low in {"press", "news"}:
                continue  # "told a press conference in X": not where the event is
            if scope.indefinite_event(toks, k) and (
                scope.other_occasion(toks, k, len(toks))
                or any(x.low in _EARLIER for x in toks[k + 1 : k + 8])
            ):
                continue  # "told a forum in Manila last Thursday": another occasion's place
            for m in range(k + 1, min(len(toks), k + 6)):
                if toks[m].low in _LOCATIVE:
                    name = _name_at(toks, m + 1, taken)
                    if name:
                        out.add(name)
                    break
            j = k - 1
            while j >= 0 and k - j <= 2 and toks[j].alpha and not toks[j].cap:
                j -= 1  # "COP28 climate summit"
            if j >= 0 and j not in taken and _event_word(toks[j], j, cast.resolver):
                out.add(toks[j].low)
    return frozenset(out)


_EARLIER = frozenset({"last", "earlier", "previously", "ago"})


def _name_at(toks: list[Token], k: int, taken: set[int]) -> str:
    if k < len(toks) and toks[k].low == "the":
        k += 1
    j = k
    while j < len(toks) and j - k < 3 and j not in taken and toks[j].cap and toks[j].alpha:
        if toks[j].low in MONTHS or toks[j].low in WEEKDAYS or toks[j].low in COMMON_WORDS:
            break
        j += 1
    return " ".join(t.low for t in toks[k:j])


def _event_word(t: Token, k: int, resolver: PartyResolver) -> bool:
    """ "G20", "COP28", "BRICS", "Alaska" before a talk word (not "Ukraine talks", nor a word
    capitalized because it starts the sentence: "High-stakes talks")."""
    if not (t.cap or t.text[:1].isdigit()):
        return False
    if t.low in COMMON_WORDS or t.low in MONTHS or t.low in WEEKDAYS:
        return False
    if any(c.isdigit() for c in t.text) or is_city(t.text):
        return True  # "COP28 summit", "Vienna talks"
    if k == 0 or "-" in t.text:
        return False
    return resolver.party(t.text) is None and resolver.demonym(t.text) is None
