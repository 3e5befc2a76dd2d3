"""The words of attendance: lexical cues and how an infinitive ("to attend") counts.

Pure token tests used by :mod:`newsreader.core.facts.attendance`, which decides whose attendance a
cue states.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Literal

from newsreader.core.facts.attendance.scope import indefinite_event, remote
from newsreader.core.facts.attendance.words import (
    ATTEND,
    ATTENDEES,
    AUX,
    BE,
    CONTROL,
    DELEGATION,
    EXCLUDED,
    GUESTS,
    HOLD,
    HOST,
    JOIN,
    MAKE,
    MEET,
    MEET_OBJECTS,
    NEGATORS,
    OPEN,
    PAY,
    PLAN,
    PLAN_VISIT,
    REFUSE,
    REPRESENT,
    SHAKE,
    SHOW,
    SHUT,
    SKIP,
    TALK,
    TRAVEL,
)
from newsreader.core.facts.lexicon import REPORTING_VERBS, word_set
from newsreader.core.facts.model import Status
from newsreader.core.facts.tokens import Token

_MEET_REJECT = word_set("updating update brief briefed briefing discuss discussed about on but not")
# How a talk word after a meeting verb names the meeting as the talks ("..., marking the first
# trade talks", "met for talks", "met at the summit").
_MEET_LINKS = word_set("marking for at during ahead")


def near(toks: list[Token], n: int, words: frozenset[str] | set[str], window: int) -> bool:
    return any(t.low in words for t in toks[n + 1 : n + 1 + window])


def guests_after(toks: list[Token], n: int, window: int) -> bool:
    """Within ``window`` tokens after ``n``, the people a host receives ("his peers", "leaders
    from across the region"; not "the leaders' pledge")."""
    for k in range(n + 1, min(len(toks), n + 1 + window)):
        if toks[k].low in GUESTS:
            return not (k + 1 < len(toks) and toks[k + 1].low in {"'s", "'", "’s", "’"})
    return False


def near_before(toks: list[Token], n: int, words: frozenset[str] | set[str], window: int) -> bool:
    return any(t.low in words for t in toks[max(0, n - window) : n])


def after(toks: list[Token], i: int, words: set[str]) -> bool:
    return any(t.low in words for t in toks[max(0, i - 4) : i])


def event_at(toks: list[Token], k: int, events: frozenset[str]) -> bool:
    """Tokens from ``k`` (after an optional "the") name where or what the talks are
    ("Istanbul", "New Delhi", "COP28")."""
    if k < len(toks) and toks[k].low == "the":
        k += 1
    for size in (3, 2, 1):
        words = toks[k : k + size]
        if (
            len(words) == size
            and all(t.cap or t.text[:1].isdigit() for t in words)
            and " ".join(t.low for t in words) in events
        ):
            return True
    return False


def _be_before_there(toks: list[Token], n: int) -> bool:
    k = n - 1
    while k > 0 and toks[k].low in {"also", "already", "still", "not", "now"}:
        k -= 1
    return toks[k].low in BE or toks[k].low in _BE_NOT


_BE_NOT = frozenset(
    {"isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t", "aren’t", "weren’t"}
)


_HAD_SAID = REPORTING_VERBS | word_set("vowed threatened")


def earlier_word(toks: list[Token], n: int) -> bool:
    """ "who had said he would stay away": what someone had said before, which the article
    tells as overtaken (what they did is stated elsewhere)."""
    before = [t.low for t in toks[max(0, n - 7) : n]]
    return any(a == "had" and b in _HAD_SAID for a, b in pairwise(before))


def _the_table(toks: list[Token], k: int) -> bool:
    """ "the table", "the negotiating table" (where the talks are held), ending its clause."""
    words = [t.low for t in toks[k : k + 4]]
    if words[:2] == ["the", "table"]:
        end = k + 2
    elif words[:3] == ["the", "negotiating", "table"]:
        end = k + 3
    else:
        return False
    return clause_ends(toks, end) or toks[end].low in {"when", "while", "for", "during"}


def _for_another_meeting(toks: list[Token], k: int) -> bool:
    """ "... for a meeting of European ministers" within a few tokens from ``k``."""
    for j in range(k, min(len(toks) - 2, k + 5)):
        if toks[j].low in {",", ";", "."}:
            return False
        if toks[j].low == "for" and toks[j + 1].low in {"a", "an", "another"}:
            return any(t.low in TALK for t in toks[j + 2 : j + 5])
    return False


def clause_ends(toks: list[Token], k: int) -> bool:
    """Nothing but a full stop, a comma or a reason follows from ``k`` ("is not going.",
    "is not going because of local elections")."""
    return k >= len(toks) or toks[k].low in {".", ",", ";", ")", "because", "due", "as", "after"}


def attend_cue(toks: list[Token], n: int, events: frozenset[str] = frozenset()) -> str:
    low = toks[n].low
    nxt = toks[n + 1].low if n + 1 < len(toks) else ""
    be_before = any(t.low in BE for t in toks[max(0, n - 3) : n])
    if low == "there" and n > 0 and _be_before_there(toks, n):
        return "be there"  # "won't be there", "is also there", "not expected to be there"
    if low == "expected" and nxt in {"in", "at"} and event_at(toks, n + 2, events):
        return "expected"  # "are among leaders expected in Dubai"
    if low in BE:
        k = n + 1
        while k < len(toks) and toks[k].low in {"also", "already", "still", "now", "there", "not"}:
            k += 1  # "was not at the table": the negation is read by the status
        prep = toks[k].low if k < len(toks) else ""
        if prep == "at" and _the_table(toks, k + 1):
            return "at the table"  # "who was not at the table": in the talks or not
        if prep in {"in", "at"} and (event_at(toks, k + 1, events) or venue_at(toks, k + 1)):
            if _for_another_meeting(toks, k + 2):
                return ""  # "was in Brussels for a meeting of European ministers"
            return "be in"  # "whether they will be in Vienna", "was also in court"
    if low in TRAVEL and nxt in {"to", "for"} and event_at(toks, n + 2, events):
        return low  # "will not travel to Glasgow"
    if low in TRAVEL and low[:2] not in ("go", "we", "co", "ca") and talk_after(toks, n + 1, 6):
        return low  # "departed Washington on Tuesday for the summit"
    takes_off = low in {"taking", "took", "take", "takes"} and nxt == "off"
    if (
        takes_off
        and toks[n + 2 : n + 3]
        and toks[n + 2].low == "for"
        and event_at(toks, n + 3, events)
    ):
        return "took off"  # "before taking off for The Hague"
    if low in ATTEND:
        if low == "attendance" and not (n > 0 and toks[n - 1].low == "in"):
            return ""
        if nxt == "in" and not _in_event(toks, n + 2, events) and not remote(toks, n):
            return ""  # "participating in the alliance": membership, not this event
        if low.startswith("attend") and not _attends_an_event(toks, n + 1, events):
            return ""  # "attended Harvard University", "attends church"
        return low
    if low in PAY and nxt in {"his", "her", "their", "its", "our"} and _respects_in_person(toks, n):
        return "paid respects"  # "will be paying their respects", "paid his last respects"
    if low in SHOW and nxt == "up":
        return f"{low} up"  # "did not show up", "failed to turn up for the summit"
    if (
        low in MAKE
        and nxt == "the"
        and n + 2 < len(toks)
        and toks[n + 2].low in {"trip", "journey"}
    ):
        return "make the trip"  # "will not be making the trip"
    if low in {"take", "takes", "took", "taking"} and nxt == "part":
        if n + 2 < len(toks) and toks[n + 2].low == "in" and not _in_event(toks, n + 3, events):
            return ""  # "took part in the war"
        return f"{low} part"
    if low in JOIN and nxt != "by" and (near(toks, n, TALK, 4) or talk_after(toks, n + 1)):
        return low  # "joined the event", "joined President X at the summit"
    if low in JOIN and nxt in {"virtually", "remotely", "online", "via", "by"} and remote(toks, n):
        return low  # "joined virtually", "will join by video link"
    if low == "present" and be_before:
        return "be present"
    if (
        low == "listed"
        and nxt in {"in", "among", "as"}
        and (near(toks, n + 1, DELEGATION | ATTENDEES, 4))
    ):
        return "listed"  # "is (not) listed in the delegation", "listed among the participants"
    if low == "present" and n > 1 and toks[n - 1].low == "those" and toks[n - 2].low == "among":
        return "among those present"  # "..., with X among those present for the second round"
    if (
        low == "way"
        and n > 1
        and toks[n - 1].low in {"his", "her", "their"}
        and toks[n - 2].low == "on"
        and nxt == "to"
        and (near(toks, n, TALK, 12) or event_at(toks, n + 2, events))
    ):
        return "on the way"  # "are on their way to Doha to continue the talks"
    if low == "absent" and be_before:
        return "be absent"  # counted as a negative by the reader
    if low in REPRESENT and nxt != "by" and near(toks, n, TALK, 8):
        return low  # "X will represent Russia at the talks"
    if low == "part" and nxt == "of" and be_before and near(toks, n, TALK, 4):
        return "part of"  # "will also be part of the team"
    if (
        low == "be"
        and nxt == "in"
        and n + 2 < len(toks)
        and toks[n + 2].cap
        and near(toks, n, TALK, 8)
    ):
        return "be in"  # "will be in Istanbul for the talks"
    if low in {"head", "heads", "headed", "heading"} and nxt == "to" and near(toks, n, TALK, 8):
        return f"{low} to"  # "will head to Geneva for the talks"
    talk = next((k for k in range(n + 1, min(len(toks), n + 13)) if toks[k].low in TALK), None)
    if low in TRAVEL and talk is not None:
        if low[:2] in ("go", "we", "co", "ca") and nxt != "to":
            return ""  # "the talks were going nowhere"
        if indefinite_event(toks, talk):
            return ""  # "flew to Lima for a meeting": another one
        return low  # "will travel to Geneva for the talks" (not any trip)
    if low in HOST and (near(toks, n, TALK, 4) or guests_after(toks, n, 3)):
        return low  # "hosts the summit", "will host leaders from across the region"
    return ""


_HEAD_SKIP = AUX | word_set(
    "which that who , also potentially possibly later eventually likely reportedly now further"
)


def list_head(toks: list[Token], n: int, nouns: frozenset[str] | set[str]) -> bool:
    """The noun an "include" at ``n`` has for subject is one of ``nouns`` or a list of attendees:
    "the delegation includes", "talks, which included", "leaders attending include", "the guest
    list includes" (not "a process that could include X")."""
    k = n - 1
    relative = False
    while k > 0 and toks[k].low in _HEAD_SKIP:
        relative = relative or toks[k].low in {"which", "who", "that"}
        k -= 1
    if k < 0:
        return False
    low = toks[k].low
    if low in {"it", "they"}:  # "When X released its delegation, it included A"
        return any(t.low in nouns for t in toks[:k])
    if low in {"attending", "present", "invited", "expected"} and k > 0:
        return toks[k - 1].low in ATTENDEES  # "Leaders attending include ..."
    if low in nouns and indefinite_event(toks, k):
        return False  # "a follow-up meeting that would include X": another event
    if low in nouns or (low in ATTENDEES and low not in {"leaders", "officials"}):
        return True
    # "a delegation to Oslo, which also includes A": the relative clause's noun
    return relative and any(t.low in nouns for t in toks[max(0, k - 4) : k])


# Where the event sits, for "was in court", "entered the courtroom", "sat in the front row".
VENUES = word_set(
    """court courtroom chamber venue auditorium basilica cathedral hall stage podium gallery
    rostrum row rows pews pew seats audience"""
)
_PHRASE_STOPS = word_set(
    "of in on at for to from by with and or but that which who a an during after before about"
)
# Nouns after a venue word that make it a modifier ("court filings"), not the place.
_VENUE_OWNS = word_set(
    """filings filing documents papers order orders ruling rulings case cases records record
    date dates appearance appearances fight battle system staff officials official clerk
    reporter reporters"""
)


def venue_at(toks: list[Token], k: int) -> bool:
    """ "court", "the courtroom", "the Manhattan courtroom", "counsel table", "the front row of
    the public seats": where the event sits (not "court filings", "the court's ruling")."""
    for j in range(k, min(len(toks), k + 5)):
        low = toks[j].low
        if low in VENUES:
            after = toks[j + 1] if j + 1 < len(toks) else None
            return after is None or not (
                after.low == "'s" or (after.alpha and not after.cap and after.low in _VENUE_OWNS)
            )
        if low == "table" and j > 0 and toks[j - 1].low == "counsel":
            return True
        if not toks[j].alpha or low in _PHRASE_STOPS:
            return False
    return False


def talk_after(toks: list[Token], k: int, window: int = 12) -> bool:
    """ "... X at the summit", "... Y for the talks": within ``window`` tokens from ``k`` and
    before any punctuation, a preposition followed by a talk word."""
    for j in range(k, min(len(toks) - 1, k + window)):
        if not toks[j].alpha and toks[j].low not in {"'s", "-", "‑"}:
            return False
        if toks[j].low in {"at", "for", "to", "in"}:
            for x in range(j + 1, min(len(toks), j + 4)):
                if toks[x].low in TALK:
                    return not indefinite_event(toks, x)  # not "for a meeting"
    return False


_CANCEL_VERB = word_set("cancel cancels cancelled canceled")
_AFTER_CANCEL = word_set(". , ; last at on when because due after as following yesterday today")
STAY = word_set("stay stays stayed staying remain remains remained remaining")


def absence(toks: list[Token], n: int) -> str:
    low = toks[n].low
    nxt = toks[n + 1].low if n + 1 < len(toks) else ""
    if low == "absence" and (nxt == "of" or (n > 0 and toks[n - 1].low == "'s")):
        return "absence"  # "the absence of X", "X's absence"
    if low in {"stay", "stays", "stayed", "staying"} and nxt == "away":
        return f"{low} away"
    if low in SKIP and (near(toks, n, TALK, 6) or _this_time(toks, n + 1)):
        if n > 0 and toks[n - 1].low in {"a", "an", "the"}:
            return ""  # "called for a boycott of the summit": not someone's absence
        return low  # "skipped the summit", "will both be skipping this year"
    if low == "invited" and any(
        t.low in NEGATORS or t.low.endswith("n't") for t in toks[max(0, n - 3) : n]
    ):
        return "not invited"  # "was not invited", "wasn't even invited"
    if (
        low in {"pull", "pulls", "pulled", "pulling", "opt", "opts", "opted", "opting"}
        and nxt == "out"
    ):
        return f"{low} out"  # "pulled out", "opted out of the summit"
    if low in STAY and nxt in {"home", "behind"}:
        return f"{low} {nxt}"
    if low in STAY and nxt == "at" and n + 2 < len(toks) and toks[n + 2].low == "home":
        return f"{low} at home"
    if (
        low in {"turned", "turns", "turn", "turning"}
        and nxt == "down"
        and near(toks, n + 1, {"invitation", "invite"}, 3)
    ):
        return "turned down the invitation"
    if low in REFUSE and (
        near(toks, n, {"invitation", "invite"}, 3)
        or (clause_ends(toks, n + 1) and any(t.low in {"invited", "invitation"} for t in toks[:n]))
    ):
        return f"{low} the invitation"  # "declined an invitation", "was invited but declined"
    if low in {"withdraw", "withdraws", "withdrew", "withdrawn"} and near(toks, n, TALK, 4):
        return low
    if low in EXCLUDED and nxt in {"from", ""} | {".", ","}:
        return low  # "was excluded from the summit", "Russia was barred."
    if low in SHUT and nxt == "out" and n + 2 < len(toks) and toks[n + 2].low in {"of", "from"}:
        return f"{low} out"  # "was frozen out of proceedings"
    if low in {"non-participation", "nonparticipation", "no-show"}:
        return "absence"
    owned = n > 1 and toks[n - 1].low in {"his", "her", "their", "its"}
    if low == "absence" and owned and toks[n - 2].low == "by":
        return "absent"  # "was conspicuous by his absence"
    ends = n + 1 >= len(toks) or toks[n + 1].low in _AFTER_CANCEL
    passive = n > 0 and toks[n - 1].low in BE  # "was cancelled": the event, not someone
    if low in _CANCEL_VERB and ends and not passive:
        return "cancelled"  # "had to cancel last night"
    if low == "missing" and n == 0 and any(t.low == ":" for t in toks[n + 1 : n + 6]):
        return "missing from"  # "Missing from the line-up: X" (a heading of its sentence)
    if low in {"absentee", "absentees"} and not (n > 0 and toks[n - 1].low == "the"):
        return "absentee"  # "was a notable absentee", "Notable absentees included A and B"
    return ""


def infinitive(toks: list[Token], n: int) -> str:
    """How a cue in "to attend" counts: "plan" (expected/set/agreed to attend), "open" (wants,
    hopes to attend), "refuse" (declined to attend), "request" (asked/urged/invited X to attend:
    states nothing about X), or "" when the cue is not such an infinitive."""
    if n > 1 and toks[n - 1].low == "in" and toks[n - 2].low in {"interest", "interested"}:
        return "request"
    if n < 2 or toks[n - 1].low != "to":
        return ""
    k = n - 2
    while k > 0 and toks[k].low in {"also", "personally", "not", "still", "now"}:
        k -= 1
    verb = toks[k].low
    if verb in PLAN:
        had = any(t.low == "had" for t in toks[max(0, k - 3) : k])
        return "request" if had and verb == "expected" else "plan"
    if verb in OPEN:
        return "open"
    if verb in REFUSE:
        return "refuse"
    if verb in CONTROL:
        return "request"  # "X was invited to attend"
    for j in range(k - 1, max(0, n - 10) - 1, -1):
        if toks[j].low in {";", ":", "."}:
            break
        if toks[j].low in REFUSE:
            return "refuse"  # "declined an invitation to attend"
        if toks[j].low in CONTROL or toks[j].low in OPEN:
            return "request"  # "urged Putin to attend", "wants him to attend"
    return ""


def _this_time(toks: list[Token], k: int) -> bool:
    words = [t.low for t in toks[k : k + 2]]
    return (
        clause_ends(toks, k) or words[:1] == ["it"] or words in (["this", "year"], ["this", "time"])
    )


_CANCEL = word_set(
    "ruled rules cancelled canceled cancels cancel scrapped scraps postponed called calls "
    "dropped abandoned shelved"
)


# Respects paid from afar: "in a message", "on social media", "in a statement".
_FROM_AFAR = word_set(
    """message messages statement letter post posts tweet social online telegram condolences
    video virtually remotely"""
)


def _respects_in_person(toks: list[Token], n: int) -> bool:
    """ "paid their (last|final) respects", not in a message or on social media."""
    k = n + 2
    if k < len(toks) and toks[k].low in {"last", "final"}:
        k += 1
    if k >= len(toks) or toks[k].low != "respects":
        return False
    for t in toks[k + 1 : k + 8]:
        if t.low in {".", ";", "but", "which", "who"}:
            break
        if t.low in _FROM_AFAR:
            return False
    return True


def noun_cue(toks: list[Token], n: int) -> str:
    """ "confirmed his attendance" (attending), "ruled out her participation", "cancelled his
    scheduled attendance", "cancelled his trip" (not attending)."""
    if toks[n].low not in {"attendance", "participation", "presence", "trip", "visit", "plans"}:
        return ""
    if n < 1:
        return ""
    k = n - 1
    if toks[k].alpha and not toks[k].cap and toks[k].low not in {"his", "her", "their"}:
        k -= 1  # "his scheduled attendance", "her planned trip"
    if k < 0 or toks[k].low not in {"his", "her", "their", "'s"}:
        return ""
    before = [t.low for t in toks[max(0, k - 5) : k]]
    after = []
    for t in toks[n + 1 : n + 8]:  # "X's participation was contemplated but ultimately declined"
        if t.low in {",", ";", ".", "and", "because", "as", "after"}:
            break
        after.append(t.low)
    if any(w in _CANCEL or w in REFUSE for w in before + after):
        return "not_attending"
    if toks[n].low in {"trip", "visit", "plans"}:
        return ""
    if any(w in {"confirmed", "confirms", "announced", "announces"} for w in before + after):
        return "attending"
    if "yet" in before and any(w.startswith("confirm") for w in before):
        return "conditional"  # "has yet to confirm her attendance"
    return ""


def shakes_hands(toks: list[Token], n: int) -> bool:
    """ "shook hands with" (a greeting), not "refused to shake hands"."""
    if toks[n].low not in SHAKE or n + 2 >= len(toks):
        return False
    if toks[n + 1].low != "hands" or toks[n + 2].low != "with":
        return False
    return not any(t.low in REFUSE for t in toks[max(0, n - 3) : n])


def planned_visit(toks: list[Token], n: int) -> bool:
    """ "is not planning a visit", "does not plan visit", "plans a trip"."""
    if toks[n].low not in {"visit", "trip"}:
        return False
    before = [t.low for t in toks[max(0, n - 3) : n]]
    return any(w in PLAN_VISIT for w in before) and not any(w in {"his", "her"} for w in before)


def participation_of(toks: list[Token], n: int) -> Status | Literal[""]:
    """ "with the participation of X" (attending), "without the presence of X" (not attending),
    "the participation of X is unlikely" (conditional); "" when it says nothing."""
    if toks[n].low not in {"participation", "presence", "attendance"}:
        return ""
    if n + 1 >= len(toks) or toks[n + 1].low != "of":
        return ""
    before = [t.low for t in toks[max(0, n - 4) : n]]
    if "without" in before or any(w in _CANCEL for w in before):
        return "not_attending"
    after = [t.low for t in toks[n + 2 : n + 16]]
    if any(w in {"unlikely", "doubtful", "uncertain", "unclear", "doubt"} for w in after):
        return "conditional"
    if "with" in before or any(w in {"confirmed", "confirms", "announced"} for w in before):
        return "attending"
    if _stated_presence(toks, n, after):
        return "attending"
    return ""


_NOT_STATED = word_set(
    """would could might may will should can must not never no yet if whether unlikely
    doubtful uncertain unclear hoped hopes expected sought demanded requested"""
)


def _stated_presence(toks: list[Token], n: int, after: list[str]) -> bool:
    """ "The presence of X (at the talks) underlined ...", "Despite the presence of X": the
    presence begins its clause and is stated, not asked for, doubted, ruled out or wished."""
    if n < 1 or toks[n - 1].low != "the" or toks[n].low == "participation":
        return False
    opens = n == 1 or toks[n - 2].low in {",", ";", "despite", "amid", "given"}
    return opens and not any(w in _NOT_STATED or w in _CANCEL for w in after)


_NO_OBJECT = word_set(
    """on in at next this it them virtually remotely personally as with alongside along
    together for because due but and or too either only despite after before when if unless
    again both also instead either neither nor even in-person via by from"""
)


def _attends_an_event(toks: list[Token], k: int, events: frozenset[str]) -> bool:
    """What "attend" takes: nothing ("will attend."), an event ("the summit", "Pope Francis's
    funeral", "COP30") or a place where the talks are; not "Harvard University", "church",
    "every summit" (a habit)."""
    if k >= len(toks) or not toks[k].alpha or toks[k].low in _NO_OBJECT:
        return True
    if event_at(toks, k, events):
        return True
    for j in range(k, min(len(toks), k + 7)):
        low = toks[j].low
        if low in {"every", "each", "all"}:
            return False  # "has attended every summit since 2010": a habit
        if low in TALK:
            # not "a separate hearing", "the press conference"
            press = j > 0 and toks[j - 1].low in {"press", "news"}
            return not press and not indefinite_event(toks, j)
        if (not toks[j].alpha and low != "'s" and not low[:1].isdigit()) or low in _NO_OBJECT:
            return False  # the object ended without an event ("attended church on Sunday")
        if toks[j].cap and any(c.isdigit() for c in toks[j].text):
            return True  # "COP30"
    return False


def _in_event(toks: list[Token], k: int, events: frozenset[str]) -> bool:
    """After "participate in": an event ("the summit", "the Geneva talks", "it") within a few
    words, not an organization or an activity ("the alliance", "the war")."""
    if k < len(toks) and toks[k].low in {"it", "them", "this", "person", "talks"}:
        return True
    if event_at(toks, k, events):
        return True
    for t in toks[k : k + 6]:
        if t.low in TALK:
            return True
        if t.low in {",", ".", ";", "and", "but", "to", "which", "that"}:
            return False
    return False


def unconfirmed(toks: list[Token], seg: tuple[int, int, str]) -> bool:
    """ "Putin never confirmed he would be present": a denied report states nothing."""
    if seg[2] != "said":
        return False
    before = [t.low for t in toks[max(0, seg[0] - 4) : seg[0]]]
    return any(w in NEGATORS or w.endswith("n't") for w in before)


def talks_held(toks: list[Token], n: int) -> bool:
    """ "held talks with", "resumed trade negotiations", "began the first round"."""
    if toks[n].low not in HOLD:
        return False
    return any(t.low in _HELD_TALKS for t in toks[n + 1 : n + 4])


_HELD_TALKS = word_set("talks negotiations consultations discussions round")


def meeting_is_the_talks(toks: list[Token], n: int, events: frozenset[str]) -> bool:
    """ "met with a Russian delegation", "will meet in Geneva (where the talks are) with X",
    "will meet ... with X, marking the first talks"; not "met with Y, updating him on the
    negotiations"."""
    low = toks[n].low
    if low not in MEET:
        return False
    prev = toks[n - 1].low if n else ""
    if low == "meeting" and prev not in BE:
        return False  # "the meeting", "after meeting X"
    window = toks[n + 1 : n + 22]
    for k, t in enumerate(window, start=n + 1):
        if t.low in {".", ";"}:
            break
        if t.low in MEET_OBJECTS and k - n <= 6:
            return True
        if t.low in {"in", "at"} and event_at(toks, k + 1, events):
            return True
        if t.low in TALK and t.low not in {"delegation", "team", "teams"}:
            between = [x.low for x in toks[n + 1 : k]]
            if any(w in _MEET_REJECT for w in between) or indefinite_event(toks, k):
                return False
            last_comma = max((j for j, w in enumerate(between) if w == ","), default=-1)
            opener = between[last_comma + 1] if last_comma + 1 < len(between) else ""
            prep = next((w for w in reversed(between) if w not in {"the", "this"}), "")
            return (
                opener in _MEET_LINKS
                or (last_comma < 0 and "for" in between)
                or prep in {"at", "during", "on"}  # "will meet X at the summit"
            )
    return False


def only_aux(toks: list[Token]) -> bool:
    return len(toks) <= 3 and all(t.low in AUX for t in toks)


def sends_delegate(
    toks: list[Token], n: int, end: int, events: frozenset[str] = frozenset()
) -> bool:
    """ "sending Premier Li Qiang in his place", "will send X instead", "Instead, he will send
    X", "send X to the summit", "dispatched X to Jeddah" (where the talks are)."""
    tail = [t.low for t in toks[n + 1 : end]]
    if "instead" in tail or "place" in tail or "instead" in (t.low for t in toks[:n]):
        return True
    if any(toks[k].low == "to" and event_at(toks, k + 1, events) for k in range(n + 1, end)):
        return True
    return any(w in TALK for w in tail)


def to_attend(toks: list[Token], n: int, end: int) -> int | None:
    """For "send X, Y and Z to attend": the index of "to" before the attend word."""
    for k in range(n + 1, min(end, n + 30) - 1):
        if toks[k].low == "to" and (toks[k + 1].low in ATTEND or toks[k + 1].low in JOIN):
            return k
    return None
