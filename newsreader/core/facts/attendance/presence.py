"""Being there, said without the word "attend": arriving at or entering the venue, being seated
or on site, appearing in court or virtually, speaking at or to the event, opening it, sitting
in someone's presence.

Pure token tests, like :mod:`.cues`; the rules in :mod:`.being` decide whose presence a cue
states. What counts as *the* event: a talk word with a definite or possessive determiner that
is not a news conference or a call ("at the summit", "during the opening of the conference",
"at NATO's summit"), a place where the talks are (from :func:`.forms.events`), a
venue ("in the courtroom") or the event's audience ("told delegates", "addressed the court").
"""

from __future__ import annotations

from newsreader.core.facts.attendance.cues import event_at, venue_at
from newsreader.core.facts.attendance.scope import remote, remote_marker
from newsreader.core.facts.attendance.words import NEGATORS, TALK
from newsreader.core.facts.lexicon import word_set
from newsreader.core.facts.tokens import Token

APPEAR = word_set("appear appears appeared appearing")
ENTER = word_set("enter enters entered entering")
INTO = word_set("swept sweeps walked walks strode marched slipped slips filed files")
SEATED = word_set("seated sat sitting")
ASSIGNED = word_set("assigned given allotted allocated")
SPEECH_NOUNS = word_set("speech speeches address remarks keynote")
SPEAK = word_set(
    """said says told tells spoke speaks speaking speak address addressed addresses addressing
    delivered delivers delivering gave read"""
)
# Speaking, said of someone who is not in the room ("spoke by video", "intervened remotely").
SPEAK_FROM_AFAR = word_set(
    """spoke speaks speaking addressed addresses addressing intervened intervenes intervening
    appeared appears brief briefs briefed briefing testify testifies testified testifying voted"""
)
_IN_PERSON_VERBS = word_set(
    "brief briefs briefed briefing testify testifies testified testifying address addressed"
)
SEEN = word_set("spotted seen pictured photographed glimpsed filmed visible")
FOLLOW = word_set("follow follows followed following watched watching")
WATCH = word_set("watched watches watching looked looking")
EVENT_SPEECHES = word_set("eulogy eulogies homily sermon")
# Speaking to those in the room: "told delegates", "urged the court", "asked the judge".
_TO_THE_ROOM = word_set(
    """told tells addressed addresses addressing address urged urges asked asks thanked assured
    reminded reminds"""
)
OPEN = word_set("opening opened opens open kicking kicked kicks closing closed closes")
# Who listens at the event: "told delegates", "addressed the court".
AUDIENCE = word_set(
    """delegates participants attendees mourners summit conference assembly gathering court
    crowd leaders congregation forum audience plenary judge bench jury tribunal deputies chamber"""
)
_NOT_THE_EVENT = word_set(
    """news press phone telephone video online virtual separate another previous next last
    earlier later other weekly daily regular briefing"""
)
_DETERMINERS = word_set("the this its his her their our")


def the_event(toks: list[Token], k: int, events: frozenset[str]) -> bool:
    """Tokens from ``k`` name this event: "the summit", "NATO's summit", "the opening of the
    conference", "The Hague" (where the talks are); not "a news conference", "last year's summit"."""
    if k >= len(toks):
        return False
    if event_at(toks, k, events):
        return True
    j, definite = k, False
    while j < len(toks) and j - k < 5:
        low = toks[j].low
        if low in _NOT_THE_EVENT:
            return False
        if low in _DETERMINERS or low == "'s":
            definite = True
        elif low in {
            "opening",
            "start",
            "closing",
            "end",
            "sidelines",
            "margins",
            "of",
            "first",
            "second",
            "final",
            "two-day",
            "three-day",
        }:
            pass
        elif low in TALK and low not in {"delegation", "team", "teams"}:
            return definite
        elif toks[j].cap or toks[j].text[:1].isdigit():
            definite = True  # "NATO's Hague summit", "COP29 talks"
        else:
            return False
        j += 1
    return False


def at_event(toks: list[Token], k: int, events: frozenset[str], window: int = 6) -> bool:
    """Within ``window`` tokens from ``k``: "at/during/to/before/for" + this event or its venue."""
    for j in range(k, min(len(toks) - 1, k + window)):
        low = toks[j].low
        if low in {",", ";", ".", "that", "which", "who"}:
            return False
        if low in {
            "at",
            "during",
            "to",
            "before",
            "for",
            "in",
            "into",
            "on",
            "outside",
            "inside",
        } and (the_event(toks, j + 1, events) or venue_at(toks, j + 1)):
            return True
    return False


def presence_cue(toks: list[Token], n: int, events: frozenset[str] = frozenset()) -> str:
    """The presence cue at ``n`` ("" when it says nothing about being at the event)."""
    low = toks[n].low
    nxt = toks[n + 1].low if n + 1 < len(toks) else ""
    if low in APPEAR and (
        remote(toks, n)
        or (nxt == "in" and n + 2 < len(toks) and toks[n + 2].low in {"person", "court"})
        or at_event(toks, n + 1, events, 4)
    ):
        return "appeared"  # "appeared virtually", "will appear in person", "appear in court"
    if low in ENTER and (venue_at(toks, n + 1) or the_event(toks, n + 1, events)):
        return "entered"  # "entered the courtroom"
    if low in INTO and nxt == "into" and (the_event(toks, n + 2, events) or venue_at(toks, n + 2)):
        return f"{low} into"  # "swept into the summit"
    if low in SEATED and nxt in {"at", "in"} and venue_at(toks, n + 2):
        return "seated"  # "are seated at counsel table"
    if low in SEATED and nxt == "through" and _the_session(toks, n + 2, events):
        return "sat through"  # "sat through the afternoon session"
    if low in SEATED and nxt in {"beside", "alongside", "next", "between", "near"}:
        return "seated beside"  # "is seated beside Prime Minister X": both are there
    if low == "sitting" and n > 0 and toks[n - 1].low in _BE and nxt in {".", ""}:
        return "sitting"  # "Judge X is sitting." (the court is in session before her)
    if low in (FOLLOW | SEEN) and remote(toks, n):
        return "followed"  # "is following the ceremony by video link" (the reader: remotely)
    if low in WATCH and nxt == "from" and venue_at(toks, n + 2):
        return "watched from"  # "watched from the public gallery"
    if low in {"take", "takes", "took", "taking"} and n + 2 < len(toks):
        obj = toks[n + 2].low
        if nxt in {"their", "his", "her"} and obj in {"seat", "seats", "place", "places"}:
            return "took seats"  # "were taking their seats"
        stage = obj in {"stage", "podium", "rostrum"}
        if nxt == "the" and stage and n + 4 < len(toks) and toks[n + 3].low in {"at", "in"}:
            return "took the stage"  # "took the stage at the summit", "... at the Grand Palais"
    honoured = low in _HONOURED and (low != "sworn" or nxt == "in")
    if honoured and not _negated(toks, n):
        return "sworn in or crowned"  # "will be crowned", "was sworn in": the ceremony's own
    if low in SEATED and nxt == "in" and [t.low for t in toks[n + 2 : n + 4]] == ["front", "of"]:
        return "seated"  # "is seated in front of the altar"
    if low in _VOTED and nxt in {"for", "against", "to", "in"} and not _negated_or_passive(toks, n):
        return "voted"  # "A and B voted for a smaller rise": at the vote
    if low == "acting" and nxt == "as" and any(t.low in _EVENT_ROLES for t in toks[n + 2 : n + 5]):
        return "acting as mediator"  # "with Norway acting as mediator"
    if low in _SENT_MESSAGE and recorded_message(toks, n):
        return "sent a video message"  # took part from afar
    if low in _LAID and nxt == "a" and toks[n + 2 : n + 3] and toks[n + 2].low == "wreath":
        return "laid a wreath"  # at the funeral, the memorial
    action = _doing_there(toks, n, events)
    if action:
        return action
    if low in ASSIGNED and _given_a_seat(toks, n, events):
        return "given a seat"  # "was assigned a less prominent seat at the funeral"
    if low in SEEN and at_event(toks, n + 1, events, 3):
        return "seen at the event"  # "was spotted at the summit"
    if (
        low in SPEECH_NOUNS
        and nxt == "by"
        and any(t.low in TALK and not t.quoted for t in toks[max(0, n - 6) : n])
    ):
        return "gave a speech"  # "the summit opened with a speech by X"
    if low == "site" and n > 1 and toks[n - 1].low == "on" and toks[n - 2].low in _BE:
        return "on site"
    if low == "presence" and n > 1 and toks[n - 1].low == "the" and toks[n - 2].low == "in":
        return "in the presence of" if nxt == "of" else ""
    if low in EVENT_SPEECHES and n > 0 and toks[n - 1].low in {"his", "her", "'s", "the"}:
        return low  # "in her eulogy": a speech only given at the event
    if low in _IN_PERSON_VERBS and _in_person(toks, n):
        return "in person"  # "is expected to brief the members in person"
    if low in SPEAK_FROM_AFAR and _spoke_from_afar(toks, n, events):
        return low  # "spoke by video link", "intervened by videoconference": not in the room
    if (low in SPEAK or low in SPEECH_NOUNS) and at_event(toks, n + 1, events):
        return low  # "said at the summit", "his speech at the summit", "delivered ... to"
    if low in _TO_THE_ROOM or (low in _SAY_TO and nxt == "to"):
        k = n + 1 if low in _TO_THE_ROOM else n + 2  # "insisted to fellow ministers"
        while k < len(toks) and (toks[k].low in {"the", "world", "fellow", "other"}):
            k += 1
        if (  # "told the debt session", "told the closing plenary"
            k + 1 < len(toks)
            and toks[k - 1].low == "the"
            and toks[k].alpha
            and not toks[k].cap
            and toks[k].low not in _NOT_THE_EVENT
            and toks[k + 1].low in _SESSIONS
        ):
            k += 1
        fellows = toks[k - 1].low == "fellow" and toks[k].low in _PEERS
        if k < len(toks) and (toks[k].low in AUDIENCE or _a_session(toks, k) or fellows):
            return low  # "told delegates", "addressed the court", "urged the court to"
    if low in OPEN and nxt in {"the", "this"} | TALK and the_event(toks, n + 1, events):
        return low  # "opening the summit"
    if (
        low in {"kicking", "kicked", "kicks"}
        and any(t.low in TALK for t in toks[n + 1 : n + 3])
        and any(t.low == "off" for t in toks[n + 1 : n + 4])
    ):
        return "kicked off"  # "kicking talks off"
    return ""


_BE = word_set("is are was were be been being")
_SAY_TO = word_set("said says insisted insists argued argues explained explains complained")
_PEERS = word_set("ministers leaders members delegates envoys ambassadors heads")
_SESSIONS = word_set("session sessions plenary meeting hearing committee panel")


def _the_session(toks: list[Token], k: int, events: frozenset[str]) -> bool:
    """ "the afternoon session", "the whole hearing": this event or one of its sessions."""
    if the_event(toks, k, events):
        return True
    if k >= len(toks) or toks[k].low not in {"the", "this", "today's"}:
        return False
    for j in range(k + 1, min(len(toks), k + 4)):
        if toks[j].low in _SESSIONS or toks[j].low in TALK:
            return toks[j - 1].low not in _NOT_THE_EVENT
        if not toks[j].alpha or toks[j].cap:
            return False
    return False


def _a_session(toks: list[Token], k: int) -> bool:
    """ "told the session": the event's own session (after "the", not "a session in X")."""
    before = {t.low for t in toks[max(0, k - 2) : k]}
    return toks[k].low in _SESSIONS and "the" in before


# Doing something at the event: whoever does it is there ("signed the declaration at the summit").
AT_EVENT_ACTIONS = word_set(
    """signed signs unveiled unveils pledged pledges announced announces launched launches
    presented presents proposed proposes outlined outlines promised promises vowed vows warned
    warns insisted insists voted votes posed poses clashed clashes sparred"""
)
_LEAVE = word_set("left leaves leaving walked walks stormed storms")
_WALK = word_set("walked walks stormed storms")
_AMONG_GROUPS = word_set(
    """leaders those guests dignitaries delegates participants attendees mourners heads
    officials ministers speakers"""
)


def _doing_there(toks: list[Token], n: int, events: frozenset[str]) -> str:
    """ "signed the declaration at the summit", "left the summit early", "walked out of the
    summit", "was among the leaders at the summit": doing something there (not negated)."""
    low = toks[n].low
    if low not in AT_EVENT_ACTIONS | _LEAVE | {"among"} or _negated_or_passive(toks, n):
        return ""
    if low in AT_EVENT_ACTIONS and at_event(toks, n + 1, events, 8):
        return low
    nxt = [t.low for t in toks[n + 1 : n + 3]]
    if low in _WALK and nxt == ["out", "of"] and the_event(toks, n + 3, events):
        return "walked out"
    if low in _LEAVE - _WALK and the_event(toks, n + 1, events):
        # "left the summit early" (not "left for the summit"; "left the talks" may be quitting)
        soon = {t.low for t in toks[n + 2 : n + 8]} & {"early", "before", "halfway", "midway"}
        return "left the event" if soon else ""
    among = low == "among" and n > 0 and toks[n - 1].low in _BE
    if among and any(t.low in _AMONG_GROUPS for t in toks[n + 1 : n + 4]):
        return "among those at the event" if at_event(toks, n + 1, events, 6) else ""
    return ""


_HONOURED = word_set("crowned sworn inaugurated enthroned")
_VOTED = word_set("voted")
_LAID = word_set("laid lays laying lay")
_SENT_MESSAGE = word_set("sent sends send sending")


def recorded_message(toks: list[Token], n: int) -> bool:
    """ "sent a video message", "sent a recorded address" (not "sent a message" alone)."""
    words = [t.low for t in toks[n + 1 : n + 5]]
    recorded = any(w in {"video", "recorded", "pre-recorded", "videotaped"} for w in words)
    return recorded and any(w in {"message", "address", "speech", "greeting"} for w in words)


_EVENT_ROLES = word_set(
    "mediator mediators host hosts chair co-chair facilitator facilitators observer"
)


def _negated(toks: list[Token], n: int) -> bool:
    """ "was not crowned", "did not sign", "never left": a negation right before the cue."""
    return any(t.low in NEGATORS or t.low.endswith("n't") for t in toks[max(0, n - 3) : n])


def _negated_or_passive(toks: list[Token], n: int) -> bool:
    """ "did not sign", "never left", "was criticised": says nothing of being there."""
    return _negated(toks, n) or (n > 0 and toks[n - 1].low in _BE and toks[n].low.endswith("ed"))


def _given_a_seat(toks: list[Token], n: int, events: frozenset[str]) -> bool:
    """ "assigned a (less prominent) seat at the summit", "given a seat in the front row"; not
    "offered a seat at the table" (a say in the talks) or "not given a seat"."""
    if _negated(toks, n):
        return False
    for k in range(n + 1, min(len(toks) - 1, n + 6)):
        if toks[k].low in {"seat", "seats", "place"}:
            return at_event(toks, k + 1, events, 2)
        if not toks[k].alpha:
            return False
    return False


_BY = word_set("by via over through on in from a an the to its his her their")


def _in_person(toks: list[Token], n: int) -> bool:
    """ "in person" within the clause after the verb at ``n``."""
    for k in range(n + 1, min(len(toks) - 1, n + 8)):
        if toks[k].low in {",", ";", "."}:
            return False
        if toks[k].low == "in" and toks[k + 1].low == "person":
            return True
    return False


def _spoke_from_afar(toks: list[Token], n: int, events: frozenset[str]) -> bool:
    """Right after the verb at ``n``, with nothing but the event or its audience in between, a
    marker of taking part from afar ("addressed the summit by videoconference"; not "addressed
    the nation online")."""
    for k in range(n + 1, min(len(toks), n + 7)):
        if remote_marker(toks, k):
            return True
        low = toks[k].low
        if not (low in _BY or low in AUDIENCE or low in TALK or low in events):
            return False
    return False
