"""Whether a cue is about this event, as it happened: another occasion ("earlier this year", "last
year's meeting"), a side event ("the dinner"), taking part from afar ("by video link"), a denial or
a false report, an option someone is given ("if he chooses"), the article's last word
("ultimately"), someone who came in another's place.
"""

from __future__ import annotations

import itertools

from newsreader.core.facts.attendance.words import TALK
from newsreader.core.facts.lexicon import word_set
from newsreader.core.facts.tokens import Token

_REMOTE = word_set(
    "virtually remotely online videoconference videolink video-link video-conference "
    "teleconference videoconferencing"
)
_VIDEO_NOUNS = word_set("link conference call feed message address hookup room screen")


def remote_marker(toks: list[Token], k: int) -> bool:
    """Token ``k`` says "from afar": "virtually", "videoconference", "by video", "on a screen"."""
    low = toks[k].low
    if low in _REMOTE:
        return True
    if low in {"screen", "screens"}:
        return any(t.low in {"on", "via"} for t in toks[max(0, k - 3) : k])
    return low == "video" and (
        (k > 0 and toks[k - 1].low in {"by", "via", "through", "over"})
        or (k + 1 < len(toks) and toks[k + 1].low in _VIDEO_NOUNS)
    )


def remote(toks: list[Token], n: int) -> bool:
    """The cue at ``n`` is done from afar: "participate via video conference", "appeared
    virtually", "join it by video" (looked for from just before the cue to the end of its phrase)."""
    for k in range(max(0, n - 2), min(len(toks), n + 10)):
        low = toks[k].low
        if k > n and low in {"which", "who", "that", ";", ".", "but"}:
            return False
        if remote_marker(toks, k):
            return True  # also "appeared on a screen for eleven minutes"
    return False


_SIDE_EVENTS = word_set("dinner lunch luncheon breakfast reception banquet gala photo")
_OTHER_EVENT = word_set(
    """a an another future follow-up next later separate possible potential previous earlier
    upcoming subsequent"""
)
_PAST_WORDS = word_set("previously formerly once")


def other_occasion(toks: list[Token], n: int, end: int) -> bool:
    """What follows the cue at ``n`` (to ``end``) puts it on another occasion: "skipped the
    ministers' meeting earlier this year", "attended in 2019", "years ago", "in the past",
    "next year's summit"."""
    words = _glued(toks[n + 1 : end])
    for k, w in enumerate(words):
        pair = (w, words[k + 1] if k + 1 < len(words) else "")
        three = (*pair, words[k + 2] if k + 2 < len(words) else "")
        if w in _PAST_WORDS or pair in _OTHER_TIMES or three in _OTHER_TIMES_3:
            return True
        if w == "in" and len(pair[1]) == 4 and pair[1].isdigit():
            return True  # "in 2019"
    return False


_OTHER_TIMES = frozenset(
    {
        ("last", "year"),
        ("years", "ago"),
        ("next", "year"),
        ("last", "year's"),
        ("next", "year's"),
        ("previous", "edition"),
        ("last", "edition"),
        ("last", "week's"),
        ("last", "month's"),
        ("next", "month's"),
    }
)


def other_occasion_before(toks: list[Token], start: int, n: int) -> bool:
    """The event named before the cue at ``n`` is another occasion: "Last year's preparatory
    meeting, hosted by X", "Next year's conference will be hosted by Y"."""
    words = _glued(toks[start:n])
    pairs = set(itertools.pairwise(words))
    return any(p in pairs for p in _OTHER_TIMES if p[1].endswith("'s"))


def _glued(toks: list[Token]) -> list[str]:
    """Lowercase words with a possessive glued back on ("year", "'s" → "year's")."""
    out: list[str] = []
    for t in toks:
        if t.low == "'s" and out:
            out[-1] += "'s"
        else:
            out.append(t.low)
    return out


_OTHER_TIMES_3 = frozenset(
    {("earlier", "this", "year"), ("in", "the", "past"), ("a", "year", "ago")}
)


def side_event_before(toks: list[Token], n: int) -> bool:
    """The thing before the cue at ``n`` is a side event ("a working dinner at the waterfront
    hosted by X"): hosting it says nothing about the main one."""
    for k in range(n - 1, max(-1, n - 8), -1):
        low = toks[k].low
        if low in _SIDE_EVENTS:
            # "began the two-day gathering with a dinner hosted by X": the event's own dinner
            return not any(t.low in TALK for t in toks[max(0, k - 6) : k])
        if low in TALK or low in {",", ";", "."}:
            return False
    return False


def side_event(toks: list[Token], n: int) -> bool:
    """The event after the cue at ``n`` is a side event ("will skip the dinner"): staying away
    from it says nothing about the main one."""
    for t in toks[n + 1 : n + 7]:
        if t.low in _SIDE_EVENTS:
            return True
        if t.low in TALK or t.low in {",", ";", "."}:
            return False
    return False


def indefinite_event(toks: list[Token], k: int) -> bool:
    """The talk word at ``k`` is another event: "a follow-up meeting", "another round"."""
    return any(t.low in _OTHER_EVENT for t in toks[max(0, k - 3) : k])


_REPORTS = word_set("reports report rumours rumors rumour rumor speculation claims suggestions")
_DENIALS = word_set(
    """denied denies deny denying dismissed dismisses dismissing rejected rejects refuted refutes
    false untrue baseless unfounded wrong fake"""
)


def denied(toks: list[Token], n: int) -> bool:
    """The cue at ``n`` is the content of a denial or of a report called false: "denied reports
    that she would skip the summit", "Reports that X would attend were false", "denied he would
    attend" (what will happen is then not stated)."""
    before = [t.low for t in toks[max(0, n - 9) : n]]
    if any(w in _DENIALS for w in before):
        return True
    return any(w in _REPORTS for w in before) and any(t.low in _DENIALS for t in toks[n:])


_FINAL = word_set("ultimately eventually finally")


def final(toks: list[Token], n: int) -> bool:
    """ "but she ultimately attended", "in the end he stayed away", "her participation was
    ultimately cancelled": the article's last word on it."""
    before = [t.low for t in toks[max(0, n - 5) : n]]
    if any(w in _FINAL for w in before + [t.low for t in toks[n + 1 : n + 4]]):
        return True
    return any(
        a == "in" and b == "the" and c == "end"
        for a, b, c in zip(before, before[1:], before[2:], strict=False)
    ) or ("after" in before and "all" in before)


def in_place_of(toks: list[Token], start: int, end: int) -> int | None:
    """Where "in place of" / "instead of" ends between ``start`` and ``end`` (else None)."""
    lows = [t.low for t in toks]
    for k in range(start, min(end, len(toks)) - 1):
        if lows[k : k + 3] == ["in", "place", "of"]:
            return k + 3
        if lows[k : k + 2] == ["instead", "of"]:
            return k + 2
    return None


PERMISSION = word_set("chooses choose wishes wish wants want likes like desires prefers")


def permission(toks: list[Token], n: int) -> bool:
    """ "may attend virtually if he chooses", "could appear either in person or virtually": an
    option someone is given, not a statement about what they will do."""
    after = [t.low for t in toks[n + 1 : n + 12]]
    if "either" in after and "or" in after:
        return True
    return any(
        a == "if" and b in {"he", "she", "they", "it"} and c in PERMISSION
        for a, b, c in zip(after, after[1:], after[2:], strict=False)
    )
