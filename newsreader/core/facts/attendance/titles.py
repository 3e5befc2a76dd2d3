"""Titles that say someone takes part: the head of a delegation, a title held at the event
("COP29 president X", "summit host X", "co-chairs A and B")."""

from __future__ import annotations

from dataclasses import replace

from newsreader.core.facts.attendance import words
from newsreader.core.facts.attendance.base import Found
from newsreader.core.facts.model import AttendanceCue
from newsreader.core.facts.people import Cast

_DELEGATION_HEADS = frozenset({"head", "leader", "chief"})
_EVENT_ROLES = frozenset(
    {
        "host",
        "co-host",
        "hosts",
        "co-hosts",
        "chair",
        "co-chair",
        "co-chairs",
        "chairman",
        "chairwoman",
        "president",
        "organizer",
        "organiser",
    }
)


def heads_of_delegation(cast: Cast) -> list[Found]:
    """ "The head of the Russian delegation, Vladimir Medinsky, said ...": a title that says the
    person leads a delegation is a statement that they take part."""
    out: list[Found] = []
    for n, draft in enumerate(cast.drafts):
        for role in draft.roles:
            lows = role.text.lower().replace("’", "'").split()
            if role.former or not lows or lows[0] not in _DELEGATION_HEADS:
                continue
            if any(w in {"delegation", "delegation's"} for w in lows[1:6]):
                cue = AttendanceCue(
                    "attending", "head of the delegation", role.evidence, True, role.party
                )
                out.append(Found(n, cue))
                break
    return out


def event_roles(cast: Cast, events: frozenset[str]) -> list[Found]:
    """ "COP29 president X", "summit host X", "co-chairs A and B": a title held at the event
    states that its holder takes part (not "host" or "president" alone)."""
    out: list[Found] = []
    for n, draft in enumerate(cast.drafts):
        for role in draft.roles:
            lows = role.text.lower().replace("’", "'").split()
            if role.former or not _EVENT_ROLES & set(lows):
                continue
            at = role.evidence.text.find(role.text)
            before = role.evidence.text[:at].split()[-1:] if at > 0 else []
            lows = [w.lower() for w in before] + lows  # "Summit host X": the title's event
            chairs = bool({"co-chair", "co-chairs", "co-host", "co-hosts"} & set(lows))
            of_event = any(
                w in words.TALK
                or (w in events and cast.resolver.any(w) is None)  # not "Turkish President"
                or (any(c.isdigit() for c in w) and w[:1].isalpha())  # "COP29 president"
                for w in lows
            )
            if chairs or of_event:
                cue = AttendanceCue("attending", "holds a title at the event", role.evidence)
                out.append(Found(n, replace(cue, confidence=0.7)))
                break
    return out
