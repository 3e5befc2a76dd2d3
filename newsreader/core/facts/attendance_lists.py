"""Lists of who attends: a sentence that announces a list ("Following is a list of the leaders who
will attend:", "Here is a look at the leaders attending:") and the short item lines after it
("BELGIUM – King Philippe and Queen Mathilde.", "- President Elena Varga", "Arvenia: Minister
Tomas Halberg, envoy Irena Sokol").

Every person named in an item gets the status the announcement states. An item is a line that
holds names, titles and little else (an optional label before a colon or dash, "and", "with",
"his wife"); a line of prose ends the list, a region heading ("Europe") does not.
"""

from __future__ import annotations

from newsreader.core.facts import attendance_cues as cues
from newsreader.core.facts.lexicon import NAME_PARTICLES, word_set
from newsreader.core.facts.model import AttendanceCue, Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Doc, Sentence

MAX_ITEM_TOKENS = 40
_ANNOUNCES = word_set("list following here look who's whos guest guests lineup line-up")
_ATTENDANCE_WORDS = (
    cues.ATTEND
    | cues.JOIN
    | word_set(
        """attendees participants present guests delegations expected confirmed arriving
        arrived be"""
    )
)
_ABSENCE_WORDS = word_set("absent absentees missing skipping staying declined")
_LABEL_ENDS = frozenset({":", "–", "—", "-", "|"})
_GLUE = word_set(
    """and with plus his her their wife husband son daughter partner the of for first lady
    accompanied by along as well also , . ( ) & ; former outgoing incoming interim acting"""
)


def announced(sent: Sentence) -> Status | None:
    """The status a sentence announces for the list that follows it, else None."""
    toks = sent.tokens
    if len(toks) < 3:
        return None
    lows = [t.low for t in toks]
    ends_open = lows[-1] == ":"
    if not ends_open and not (_ANNOUNCES & set(lows[:8])):
        return None
    if not ends_open and "list" not in lows and "following" not in lows[:3]:
        return None
    return status_of(lows)


def status_of(lows: list[str]) -> Status | None:
    """The status words of a sentence give a group ("leaders who will attend", "absentees",
    "leaders who will not attend"), else None."""
    negated = any(w in cues.NEGATORS or w.endswith("n't") for w in lows)
    if any(w in _ABSENCE_WORDS for w in lows) or (
        negated and any(w in _ATTENDANCE_WORDS for w in lows)
    ):
        return "not_attending"
    if not any(w in _ATTENDANCE_WORDS or w == "attendance" for w in lows):
        return None
    if any(w in {"may", "might", "could", "possible", "possibly"} for w in lows):
        return "conditional"
    return "attending"


def _item_people(sent: Sentence, cast: Cast) -> list[Mention] | None:
    """The people of an item line, else None when the line is prose."""
    toks = sent.tokens
    if len(toks) > MAX_ITEM_TOKENS:
        return None
    start = 0
    if toks and toks[0].low in {"-", "*", "•"}:
        start = 1
    label = next(
        (k for k in range(start, min(len(toks), start + 6)) if toks[k].low in _LABEL_ENDS), None
    )
    if label is not None and all(t.cap or not t.alpha for t in toks[start:label]):
        start = label + 1
    people = [m for m in cast.in_sentence(sent) if m.i >= start and m.kind != "pronoun"]
    if not people:
        return None
    inside = {k for m in people for k in range(m.i, m.j)}
    inside |= cast.in_roles.get(sent.index, set())
    stray = [
        t
        for k, t in enumerate(toks[start:], start=start)
        if k not in inside
        and t.alpha
        and not t.cap
        and t.low not in _GLUE
        and t.low not in NAME_PARTICLES
    ]
    return people if len(stray) <= 2 else None


def _is_prose(sent: Sentence) -> bool:
    return len(sent.tokens) > 8 and sent.tokens[-1].low in {".", "!", "?"}


def listed(doc: Doc, cast: Cast) -> list[tuple[int, AttendanceCue]]:
    """(person, cue) for everyone named in the items of an announced list."""
    out: list[tuple[int, AttendanceCue]] = []
    status: Status | None = None
    for index in range(len(doc.paragraphs)):
        sents = doc.in_paragraph(index)
        if not sents:
            continue
        first = sents[0]
        if status is not None:
            people = _item_people(first, cast)
            if people:
                for m in people:
                    out.append((m.person, AttendanceCue(status, "listed", first.evidence)))
            elif cast.in_sentence(first) or _is_prose(first):
                status = None  # prose again: the list is over
        announcing = announced(sents[-1])
        if announcing is not None:
            status = announcing
    return out
