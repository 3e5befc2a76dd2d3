"""Who takes part: attendance cues with their subjects or objects, negation and condition.

- attending: "will attend", "took part", "will lead the delegation", "led by X", "the delegation
  includes X", "will send X to attend", "joined by X", "He will have X and Y" after a lead.
- not_attending: a negated cue ("will not attend", "did not attend", "not ready to attend"),
  "stays away", "skips the talks", "X's absence", "but not X", "declined to attend".
- conditional: "only if", "unless", "whether", "might/may/could", "considering".
- nothing: a request or invitation ("urged Putin to attend", "asked him to attend"), a cue inside
  a condition ("... if Putin attends"), inside a quotation or a question.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.core.facts.lexicon import DELEGATION_WORDS, word_set
from newsreader.core.facts.model import AttendanceCue, Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Doc, Sentence

_ATTEND = word_set(
    "attend attends attended attending attendance participate participates participated "
    "participating"
)
_JOIN = word_set("join joins joined joining")
_LEAD = word_set("lead leads led leading head heads headed heading")
_MEMBER = word_set("include includes included including comprises comprising")
_SEND = word_set("send sends sent sending dispatch dispatches dispatched")
_BE = word_set("be is are was were been being")
_TALK = word_set(
    "talks negotiations meeting meetings summit session sessions conference delegation team "
    "teams conversations discussions round"
)
_NEGATORS = frozenset({"not", "never", "neither", "nor", "no", "cannot"})
_MODALS = frozenset({"may", "might", "could", "possibly", "perhaps", "considering", "consider"})
_CONTROL = word_set(
    "urge urges urged urging ask asks asked asking invite invites invited inviting challenge "
    "challenges challenged challenging welcome welcomed encourage encouraged press pressed "
    "pressing push pushed allow allowed expect expects calls called persuade persuaded "
    "convince convinced"
)
_REFUSE = word_set("refuse refuses refused refusing decline declines declined declining")
_PLAN = word_set(
    """expected set due scheduled plan plans planned planning agreed agrees decided decides going
    ready able likely confirmed promised pledged vowed intends intended"""
)
_OPEN = word_set("want wants wanted hope hopes hoped hoping offered offers considering")
_TRAVEL = word_set(
    "travel travels travelled traveled travelling traveling fly flies flew flying arrive arrives arrived"
)
_SKIP = word_set(
    "skip skips skipped skipping miss misses missed boycott boycotts boycotted boycotting shun "
    "shuns shunned"
)
_HOST = word_set("host hosts hosted hosting chair chairs chaired chairing")
_CONDITION_OPENERS = frozenset({"if", "only if", "unless"})
_OBJECT_PREPOSITIONS = frozenset(
    {"of", "to", "by", "for", "from", "about", "on", "against", "than"}
)
_COMPANY = (
    ("joined", "by"),
    ("accompanied", "by"),
    ("together", "with"),
    ("along", "with"),
    ("represented", "by"),
)
_HAVE = (("will", "have"), ("will", "be", "joined", "by"), ("will", "be", "accompanied", "by"))


@dataclass(frozen=True, slots=True)
class Found:
    person: int
    cue: AttendanceCue


def extract(doc: Doc, cast: Cast) -> list[Found]:
    out: list[Found] = []
    last_lead: tuple[int, int, str | None] | None = None  # sentence, person, delegation
    last_deleg: tuple[int, str] | None = None  # sentence, delegation party
    for sent in doc.sentences:
        if sent.heading or sent.question:
            continue
        recent = last_deleg[1] if last_deleg and last_deleg[0] >= sent.index - 1 else None
        found = _sentence(sent, cast, last_lead, recent)
        out.extend(found)
        delegs = [f.cue.delegation for f in found if f.cue.delegation]
        if delegs:
            last_deleg = (sent.index, delegs[-1])
        leads = [f for f in found if f.cue.leads]
        if leads:
            last_lead = (sent.index, leads[0].person, leads[0].cue.delegation)
    return out


def _sentence(
    sent: Sentence,
    cast: Cast,
    last_lead: tuple[int, int, str | None] | None,
    last_deleg: str | None,
) -> list[Found]:
    toks = sent.tokens
    mentions = [m for m in cast.in_sentence(sent) if not sent.tokens[m.i].quoted]
    out: list[Found] = []
    segments = sent.segments()
    used: set[int] = set()  # cue tokens already consumed by a pattern

    def add(
        ms: list[Mention], status: Status, cue: str, leads: bool = False, deleg: str | None = None
    ) -> None:
        for m in ms:
            out.append(Found(m.person, AttendanceCue(status, cue, sent.evidence, leads, deleg)))

    # "He will have X and Y" right after "A will lead the team"
    if last_lead and last_lead[0] == sent.index - 1 and toks and toks[0].low in {"he", "she"}:
        words = [t.low for t in toks[1:6]]
        for pattern in _HAVE:
            if tuple(words[: len(pattern)]) == pattern:
                objs = [m for m in mentions if m.i > len(pattern) and m.person != last_lead[1]]
                add(objs, "attending", " ".join(pattern), deleg=last_lead[2])
    for n, t in enumerate(toks):
        if t.quoted or n in used:
            continue
        low = t.low
        seg = _segment(segments, n)
        if seg[2] in _CONDITION_OPENERS:
            continue
        nxt = toks[n + 1].low if n + 1 < len(toks) else ""
        # passive lead and company: the objects attend
        if (low in {"led", "headed"} and nxt == "by") or any(
            low == a and nxt == b for a, b in _COMPANY
        ):
            objs = _objects(mentions, n + 2, seg[1])
            deleg = _delegation(sent, cast, seg[0], n, mentions)
            if deleg is None and low == "represented":
                deleg = next(
                    (p.party for p in cast.parties.get(sent.index, []) if seg[0] <= p.i < n), None
                )
            leads = low in {"led", "headed"}
            status = _status(sent, seg, n, segments)
            if status == "not_attending" and not leads:
                status = "attending"
            add(objs, status, f"{low} {nxt}", leads=leads, deleg=deleg)
            if low in {"joined", "accompanied"}:
                add(
                    _subjects(sent, cast, mentions, segments, seg, n),
                    status,
                    f"{low} {nxt}",
                    deleg=deleg,
                )
            out.extend(_but_not(sent, mentions, segments, seg, f"{low} {nxt}"))
            continue
        if low in _LEAD and _near(toks, n, DELEGATION_WORDS | {"talks", "negotiations"}, 4):
            deleg = _delegation(sent, cast, n, min(len(toks), n + 6), mentions)
            status = _status(sent, seg, n, segments)
            subs = _subjects(sent, cast, mentions, segments, seg, n)
            add(subs, status, low, leads=status == "attending", deleg=deleg)
            for m in _objects(mentions, n + 1, seg[1]):
                if _after(toks, m.i, {"with", "alongside"}):
                    add([m], status, low, deleg=deleg)
            continue
        if low in _MEMBER and _near_before(
            toks, n, {"delegation", "delegations"} if low == "including" else DELEGATION_WORDS, 10
        ):
            deleg = _delegation(sent, cast, seg[0], n, mentions)
            add(_objects(mentions, n + 1, seg[1]), "attending", low, deleg=deleg)
            out.extend(_but_not(sent, mentions, segments, seg, low))
            continue
        if low in _SEND:
            end = _to_attend(toks, n, seg[1])
            if end is None and _sends_delegate(toks, n, seg[1]):
                end = seg[1]
            if end is not None:
                used.update(range(n, end + 2))
                senders = _subjects(sent, cast, mentions, segments, seg, n)
                deleg = cast.person_party(senders[0].person) if senders else None
                add(
                    _objects(mentions, n + 1, end), "attending", f"{low} ... to attend", deleg=deleg
                )
                continue
        cue = _attend_cue(toks, n)
        if cue:
            how = _infinitive(toks, n)
            if how == "request" or _unconfirmed(toks, seg):
                continue
            status = _status(sent, seg, n, segments)
            if how == "refuse":
                status = "not_attending"
            elif how == "open" and status == "attending":
                status = "conditional"
            deleg = None
            if last_deleg and any(t.low == "also" for t in toks[seg[0] : n]):
                deleg = last_deleg  # "X will also attend" after "Y's delegation will be led by Z"
            add(_subjects(sent, cast, mentions, segments, seg, n), status, cue, deleg=deleg)
            continue
        neg = _absence(toks, n)
        if neg:
            if low == "absence":
                objs = [m for m in mentions if m.i in (n + 2, n + 3) or m.j in (n - 1,)]
                add(objs, "not_attending", "absence")
            else:
                add(_subjects(sent, cast, mentions, segments, seg, n), "not_attending", neg)
    return out


def _segment(segments: list[tuple[int, int, str]], n: int) -> tuple[int, int, str]:
    for seg in segments:
        if seg[0] <= n < seg[1]:
            return seg
    return (0, n + 1, "")


def _near(toks: list, n: int, words: frozenset[str] | set[str], window: int) -> bool:
    return any(t.low in words for t in toks[n + 1 : n + 1 + window])


def _near_before(toks: list, n: int, words: frozenset[str] | set[str], window: int) -> bool:
    return any(t.low in words for t in toks[max(0, n - window) : n])


def _after(toks: list, i: int, words: set[str]) -> bool:
    return any(t.low in words for t in toks[max(0, i - 4) : i])


def _attend_cue(toks: list, n: int) -> str:
    low = toks[n].low
    nxt = toks[n + 1].low if n + 1 < len(toks) else ""
    if low in _ATTEND:
        if low == "attendance" and not (n > 0 and toks[n - 1].low == "in"):
            return ""
        return low
    if low in {"take", "takes", "took", "taking"} and nxt == "part":
        return f"{low} part"
    if low in _JOIN and nxt != "by" and _near(toks, n, _TALK, 4):
        return low
    if low == "present" and any(t.low in _BE for t in toks[max(0, n - 3) : n]):
        return "be present"
    if low in _TRAVEL and (
        _near(toks, n, _TALK, 8) or (nxt in {"to", "in"} and n + 2 < len(toks) and toks[n + 2].cap)
    ):
        return low
    if low in _HOST and (_near(toks, n, _TALK, 4) or _near(toks, n, {"sides", "delegations"}, 3)):
        return low
    return ""


def _absence(toks: list, n: int) -> str:
    low = toks[n].low
    nxt = toks[n + 1].low if n + 1 < len(toks) else ""
    if low == "absence" and nxt == "of":
        return "absence"
    if low in {"stay", "stays", "stayed", "staying"} and nxt == "away":
        return f"{low} away"
    if low in _SKIP and _near(toks, n, _TALK, 6):
        return low
    if low in {"pull", "pulls", "pulled", "pulling"} and nxt == "out":
        return f"{low} out"
    if low in {"withdraw", "withdraws", "withdrew", "withdrawn"} and _near(toks, n, _TALK, 4):
        return low
    return ""


def _infinitive(toks: list, n: int) -> str:
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
    if verb in _PLAN:
        had = any(t.low == "had" for t in toks[max(0, k - 3) : k])
        return "request" if had and verb == "expected" else "plan"
    if verb in _OPEN:
        return "open"
    if verb in _REFUSE:
        return "refuse"
    if verb in _CONTROL:
        return "request"  # "X was invited to attend"
    for j in range(k - 1, max(0, n - 10) - 1, -1):
        if toks[j].low in {";", ":", "."}:
            break
        if toks[j].low in _CONTROL or toks[j].low in _OPEN:
            return "request"  # "urged Putin to attend", "wants him to attend"
    return ""


def _unconfirmed(toks: list, seg: tuple[int, int, str]) -> bool:
    """ "Putin never confirmed he would be present": a denied report states nothing."""
    if seg[2] != "said":
        return False
    before = [t.low for t in toks[max(0, seg[0] - 4) : seg[0]]]
    return any(w in _NEGATORS or w.endswith("n't") for w in before)


def _status(sent: Sentence, seg: tuple[int, int, str], n: int, segments: list) -> Status:
    toks = sent.tokens
    window = toks[max(seg[0], n - 6) : n]
    lows = [t.low for t in window]
    if any(w in _NEGATORS or w.endswith("n't") for w in lows):
        return "not_attending"
    if seg[2] == "whether" or any(w in _MODALS for w in lows):
        return "conditional"
    if any(w in {"unclear", "undecided"} for w in (t.low for t in toks[: seg[0]])):
        return "conditional"
    index = segments.index(seg) if seg in segments else -1
    if 0 <= index + 1 < len(segments) and segments[index + 1][2] in _CONDITION_OPENERS:
        return "conditional"
    if any(t.low in {"provided", "condition"} for t in toks[n : seg[1]]):
        return "conditional"
    return "attending"


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "him", "its", "their"})


_AUX = word_set(
    "will would shall should can could may might must is are was were be been has have had do does "
    "did not also still now then to n't never"
)


def _only_aux(toks: list) -> bool:
    return len(toks) <= 3 and all(t.low in _AUX for t in toks)


def _subjects(
    sent: Sentence,
    cast: Cast,
    mentions: list[Mention],
    segments: list[tuple[int, int, str]],
    seg: tuple[int, int, str],
    n: int,
) -> list[Mention]:
    """People who are the subject of the cue at ``n``: in its clause before it, else earlier."""
    toks = sent.tokens
    index = segments.index(seg) if seg in segments else 0
    start, end = seg[0], n
    parties = cast.parties.get(sent.index, [])
    k = n - 1
    while k > start and toks[k].low in _AUX:
        k -= 1
    if toks[k].low == "which":
        return []  # "the United States, which hosts ...": not a person
    if toks[k].low == "who":
        before = [m for m in mentions if m.j <= k]
        return before[-1:] if before else []
    while True:
        found = [
            m
            for m in mentions
            if start <= m.i < end
            and not (m.i > 0 and toks[m.i - 1].low in _OBJECT_PREPOSITIONS)
            and toks[m.i].low not in _POSSESSIVE_PRONOUNS
            and not (m.j < len(toks) and toks[m.j].low == "'s")
        ]
        if any(p.j <= n and _only_aux(toks[p.j : n]) for p in parties if start <= p.i):
            return []  # "Ukraine join the talks": the subject is a party, not a person
        if found:
            return _dedupe(found)
        index -= 1
        if index < 0 or segments[index + 1][2] in _CONDITION_OPENERS:
            return []
        start, end = segments[index][0], segments[index][1]
        if segments[index][2] in _CONDITION_OPENERS:
            continue


def _objects(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return _dedupe([m for m in mentions if start <= m.i < end])


def _but_not(
    sent: Sentence,
    mentions: list[Mention],
    segments: list[tuple[int, int, str]],
    seg: tuple[int, int, str],
    cue: str,
) -> list[Found]:
    index = segments.index(seg) if seg in segments else -1
    if index < 0 or index + 1 >= len(segments):
        return []
    nxt = segments[index + 1]
    if nxt[2] != "but" or sent.tokens[nxt[0]].low != "not":
        return []
    return [
        Found(m.person, AttendanceCue("not_attending", f"{cue}, but not", sent.evidence))
        for m in _objects(mentions, nxt[0], nxt[1])
    ]


def _sends_delegate(toks: list, n: int, end: int) -> bool:
    """ "sending Premier Li Qiang in his place", "will send X instead", "send X to the summit"."""
    tail = [t.low for t in toks[n + 1 : end]]
    if "instead" in tail or "place" in tail:
        return True
    return any(w in _TALK for w in tail)


def _to_attend(toks: list, n: int, end: int) -> int | None:
    """For "send X, Y and Z to attend": the index of "to" before the attend word."""
    for k in range(n + 1, min(end, n + 30) - 1):
        if toks[k].low == "to" and (toks[k + 1].low in _ATTEND or toks[k + 1].low in _JOIN):
            return k
    return None


def _delegation(
    sent: Sentence, cast: Cast, start: int, end: int, mentions: list[Mention]
) -> str | None:
    """The party whose delegation the clause talks about ("the Arvenian delegation",
    "Coristan's team", "his delegation" → that person's party, "its delegation")."""
    toks = sent.tokens
    for k in range(len(toks)):
        if toks[k].low not in DELEGATION_WORDS:
            continue
        for pm in cast.parties.get(sent.index, []):
            if pm.i <= k < pm.j or pm.j == k:  # "the Arvenian delegation", "the Moscow team"
                return pm.party
            if pm.j + 1 == k and toks[pm.j].low == "'s":  # "Coristan's delegation"
                return pm.party
            if pm.i == k + 2 and toks[k + 1].low == "of":  # "the delegation of Korestan"
                return pm.party
        prev = toks[k - 1].low if k else ""
        if prev in {"his", "her"}:
            for m in cast.in_sentence(sent):
                if m.i == k - 1:
                    return cast.person_party(m.person)
        if prev in {"its", "their"}:
            return cast.last_party_before(sent, k - 1)
    del start, end, mentions
    return None


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen: set[int] = set()
    out = []
    for m in ms:
        if m.person not in seen:
            seen.add(m.person)
            out.append(m)
    return out


def combine(cues: list[AttendanceCue]) -> Status:
    """A person's status in an article from all its cues: a stated absence wins, then a
    condition, then attendance."""
    statuses = {c.status for c in cues}
    for status in ("not_attending", "conditional", "attending"):
        if status in statuses:
            return status  # type: ignore[return-value]
    return "unknown"
