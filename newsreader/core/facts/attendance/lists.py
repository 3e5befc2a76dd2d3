"""Lists of who attends: a sentence that announces a list ("Following is a list of the leaders who
will attend:", "Here is a look at the leaders attending:") and the short item lines after it
("BELGIUM – King Philippe and Queen Mathilde.", "- President Elena Varga", "Arvenia: Minister
Tomas Halberg, envoy Irena Sokol").

Every person named in an item gets the status the announcement states. An item is a line that
holds names, titles and little else (an optional label before a colon or dash, "and", "with",
"his wife"); a line of prose ends the list, a region heading ("Europe") does not.
"""

from __future__ import annotations

import re

from newsreader.core.facts.attendance import actors, scope, words
from newsreader.core.facts.lexicon import NAME_PARTICLES, word_set
from newsreader.core.facts.model import AttendanceCue, Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Doc, Sentence

MAX_ITEM_TOKENS = 40
_ANNOUNCES = word_set("list following here look who's whos guest guests lineup line-up")
_ATTENDANCE_WORDS = (
    words.ATTEND
    | words.JOIN
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
    # after a dateline ("HOLMSTAD, May 8 (Reuters) - Following is a list ...")
    begin = next((k + 1 for k, w in enumerate(lows[:12]) if w in {"-", "–", "—"}), 0)
    if not ends_open and not (_ANNOUNCES & set(lows[begin : begin + 8])):
        return None
    here_who = lows[begin : begin + 3] in (["here", "is", "who"], ["here", "are", "who"])
    opens = ends_open or here_who or "list" in lows or "following" in lows[begin : begin + 3]
    if not opens:
        return None
    if here_who and "and" in lows and lows.count("who") > 1:
        return "attending"  # "Here is who is expected and who is not": headings sort the rest
    return status_of(lows[begin:])  # the dateline's "May 8" is no modal


def status_of(lows: list[str]) -> Status | None:
    """The status words of a sentence give a group ("leaders who will attend", "absentees",
    "leaders who will not attend"), else None."""
    negated = any(w in words.NEGATORS or w.endswith("n't") for w in lows)
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
    aside = _parenthesized(toks)  # "(President X stayed home)": an aside with its own statement
    people = [
        m
        for m in cast.in_sentence(sent)
        if m.i >= start and m.kind != "pronoun" and m.i not in aside
    ]
    if not people:
        return None
    inside = {k for m in people for k in range(m.i, m.j)}
    inside |= cast.in_roles.get(sent.index, set()) | aside
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


def _parenthesized(toks: list) -> set[int]:
    out: set[int] = set()
    depth = 0
    for k, t in enumerate(toks):
        if t.low == "(":
            depth += 1
        elif t.low == ")":
            depth = max(0, depth - 1)
        elif depth:
            out.add(k)
    return out


def _is_prose(sent: Sentence) -> bool:
    return len(sent.tokens) > 8 and sent.tokens[-1].low in {".", "!", "?"}


def is_item(sent: Sentence) -> bool:
    """A line of a list: a bullet, or a capitalised label before a dash or colon."""
    return _ITEM.match(sent.text) is not None


_ITEM = re.compile(r"^[\s*•-]*[A-Z][A-Z .'&-]{1,40}\s*[–—:|-]\s|^\s*[*•-]\s")


def header(sent: Sentence) -> tuple[Status | None] | None:
    """A section heading of a list ("ATTENDING", "BY VIDEO", "NOT ATTENDING", "In Vienna:",
    "OTHERS"): the status of the items under it (None inside the tuple: items of no status),
    else None when the line is not such a heading."""
    lows = [t.text for t in sent.tokens if t.alpha]
    if not 1 <= len(lows) <= 5:
        return None
    shouting = all(w.isupper() for w in lows if len(w) > 1)
    if not shouting and sent.tokens[-1].low != ":":
        return None
    lows = [w.lower() for w in lows]
    if any(w in {"video", "virtually", "remotely", "online"} for w in lows):
        return ("not_attending",)
    status = status_of(lows)
    if status is None and lows[0] == "in" and (len(lows) > 1):
        status = "attending"  # "IN VIENNA", "In person"
    return (status,)


def _label_party(sent: Sentence, cast: Cast) -> Mention | None:
    """ "* GABON – boycotting over a licence dispute": the party an item without people is
    about (its label before a dash or colon)."""
    toks = sent.tokens
    start = 1 if toks and toks[0].low in {"-", "*", "•"} else 0
    label = next(
        (k for k in range(start, min(len(toks), start + 6)) if toks[k].low in _LABEL_ENDS), None
    )
    if label is None or label + 1 >= len(toks) or toks[label + 1].cap:
        return None  # only "GABON – boycotting ...", not an item whose names were not read
    pm = next((p for p in cast.parties.get(sent.index, []) if p.i == start and p.j == label), None)
    if pm is None or cast.resolver.party(sent.span_text(pm.i, pm.j)) is None:
        return None
    mention = actors.actor(cast, sent, pm)
    cast.actors.setdefault(sent.index, []).append(mention)
    return mention


def listed(doc: Doc, cast: Cast) -> list[tuple[int, AttendanceCue]]:
    """(person, cue) for everyone named in the items of an announced list, under the status of
    the announcement or of the section heading above them."""
    out: list[tuple[int, AttendanceCue]] = []
    active, status = False, None
    announced_status: Status | None = None  # what the list was announced with
    by_status = False  # a heading of the list has set a status ("NOT ATTENDING")
    for index in range(len(doc.paragraphs)):
        sents = doc.in_paragraph(index)
        if not sents:
            continue
        first = sents[0]
        heading = header(first)
        if heading is not None and (active or heading[0] is not None):
            if heading[0] is None and active and not by_status:
                status = announced_status  # "ROYAL HOUSES": a category of the announced guests
            else:
                status = heading[0]
                by_status = by_status or heading[0] is not None
            active = True
            continue
        if active:
            people = _item_people(first, cast)
            if people is None and (label := _label_party(first, cast)) is not None:
                people = [label]  # "* GABON – boycotting": the country itself
            if people:
                if status is not None:
                    cue = AttendanceCue(status, "listed", first.evidence)
                    replaced = scope.in_place_of(first.tokens, 0, len(first.tokens))
                    for m in people:
                        if replaced is not None and m.i >= replaced and status == "attending":
                            # "X, in place of Foreign Minister Y": Y does not come
                            absent = AttendanceCue("not_attending", "listed", first.evidence)
                            out.append((m.person, absent))
                        else:
                            out.append((m.person, cue))
            elif cast.in_sentence(first) or _is_prose(first):
                active, status = False, None  # prose again: the list is over
                announced_status, by_status = None, False
        announcing = announced(sents[-1])
        if announcing is not None:
            active, status = True, announcing
            announced_status, by_status = announcing, False
    return out
