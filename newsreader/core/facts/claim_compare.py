"""Two sentences that report the same thing, compared slot by slot.

Each comparison gives :class:`Finding` s: the two outlets agree on a slot, or they state
different things — a number (with hedges: "about 1,200" and "over 1,200" can both be true,
1,000 and 1,200 cannot; 94% is 94.2% rounded), a date or time, a different person in the same
place of the sentence, a different office for the same person, a negated or weakened statement
("will" / "will not" / "may"; "conditional" / "unconditional"), who does what to whom (agent and
recipient swapped), or the same speaker quoted in other words.

Precision first: a slot conflicts only when it is the one slot of its kind that differs (two
differing numbers on each side could be paired wrongly), the sentences do not place the claim at
different dates (another round, another moment), spelling variants of a name are variants, and
each finding carries a confidence from how close the sentences are and how much else they share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from newsreader.core.align import DiffOp, word_diff
from newsreader.core.align.diff import diff_tokens
from newsreader.core.facts.claim_slots import Mention, Quantity, Quoted, Slots
from newsreader.core.facts.claims import ClaimPair
from newsreader.core.facts.compare import same_office
from newsreader.core.facts.lexicon import SPEECH_VERBS, word_set
from newsreader.core.facts.spelling import given_compatible, name_parts, similarity
from newsreader.core.text import fold

Span = tuple[int, int]

_BASE_LOOSE = 0.45  # a pair found by the looser claim matcher
_BASE_CLOSE = 0.65  # a copy or close rewrite
_SIMILAR_WORDS = 0.5  # word overlap for slots that need near-identical sentences

_HEDGE_ABOUT = word_set("about around approximately roughly some estimated nearly almost")
_HEDGE_OVER = ("more than", "over", "at least", "just over", "no less than", "upwards of")
_HEDGE_UNDER = (
    "less than",
    "fewer than",
    "under",
    "at most",
    "up to",
    "no more than",
    "just under",
    "as many as",
)
NEGATORS = word_set("not no never neither nor none nobody nothing without cannot n't")
NEGATIVE_VERBS = word_set(
    """refuse refused refuses refusing decline declined declines declining deny denied denies
    denying reject rejected rejects rejecting fail failed fails failing"""
)
_WILL = word_set("will shall would is are to")
_MAY = word_set("may might could can possibly perhaps likely")
_NEG_PREFIXES = ("un", "non", "in", "dis", "il", "im", "ir")
_SUBJECT_CONTROL = word_set(
    """offer offered offers offering promise promised promises agree agreed agrees pledge pledged
    pledges plan plans planned want wants wanted decide decided decides refuse refused refuses
    threaten threatened threatens vow vowed vows seek sought seeks hope hoped hopes"""
)
_OBJECT_CONTROL = word_set(
    """ask asked asks asking urge urged urges tell told tells call called calls press pressed
    presses order ordered orders invite invited invites persuade persuaded request requested
    requests demand demanded demands force forced forces allow allowed allows"""
)
_RECIPROCAL = word_set(
    "meet met meets meeting exchange exchanged exchanges talk talks talked discuss discussed"
)
_FUNCTION = word_set(
    """a an the of to in on at for and or but by with from as is are was were be been that this
    these those it its their his her they he she we our which who what when where while than
    then there here has have had will would could should may might also said says over some
    any more most into about after before during since until per just other""",
)
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@dataclass(frozen=True, slots=True)
class Finding:
    """One slot of one claim pair: ``agree`` or not, with each side's value and where it is
    written (``left_span`` / ``right_span`` in the sentence texts)."""

    kind: str
    agree: bool
    pair: ClaimPair
    left: str
    right: str
    left_span: Span | None
    right_span: Span | None
    slot: str  # what the values are values of: findings of one slot group together
    topic: str
    confidence: float
    detail: str = ""
    left_marks: tuple[Span, ...] = ()
    right_marks: tuple[Span, ...] = ()


@dataclass(slots=True)
class _Pair:
    pair: ClaimPair
    a: Slots
    b: Slots
    ops: tuple[DiffOp, ...]
    words: float  # share of words in common (0-1)
    base: float

    def same_op(self, left: Span, right: Span) -> bool:
        """Whether the two ranges touch one changed stretch of the word diff."""
        return any(
            op.tag != "equal" and _touches(left, op.left) and _touches(right, op.right)
            for op in self.ops
        )

    def confidence(self, *bonuses: float) -> float:
        return min(0.95, self.base + 0.2 * self.words + sum(bonuses))


def _touches(span: Span, op: Span) -> bool:
    """A range overlaps a diff range (an empty diff range: the range starts where it is)."""
    if op[0] == op[1]:
        return span[0] <= op[0] <= span[1]
    return span[0] < op[1] and op[0] < span[1]


def compare(pair: ClaimPair, a: Slots, b: Slots) -> list[Finding]:
    """Findings for the sentences of ``pair`` (``a`` the left sentence's slots, ``b`` the right's)."""
    if same_words(a.text, b.text):
        return []  # the same words cannot disagree
    ops = word_diff(a.text, b.text)
    ctx = _Pair(
        pair, a, b, ops, _word_share(a.text, b.text), _BASE_CLOSE if pair.close else _BASE_LOOSE
    )
    out: list[Finding] = _dates(ctx)
    if not out and not _moments_differ(a, b):
        out += _numbers(ctx)
        out += _people(ctx)
        out += _offices(ctx)
        out += _negation(ctx)
        out += _agents(ctx)
        out += _quotes(ctx)
    return out


def _keys(text: str) -> tuple[str, ...]:
    """The sentence's words folded for comparing (cached with the word diff's tokens)."""
    return diff_tokens(text)[1]


def same_words(left: str, right: str) -> bool:
    return _keys(left) == _keys(right)


_SLOT_WORDS = (
    NEGATORS
    | NEGATIVE_VERBS
    | word_set("will shall would may might could can by")
    | _SUBJECT_CONTROL
    | _OBJECT_CONTROL
)


def worth_comparing(left: str, right: str) -> bool:
    """Whether the words that differ could carry a disagreement: a number, a name, a negation
    or a modal verb, or a quotation or prefixed word on either side (a paraphrase that only
    swaps other words states the same thing)."""
    if same_words(left, right):
        return False
    if any(q in left or q in right for q in ('"', "“", "”", "'", "‘", "’")):
        return True
    a, b = _raw_words(left), _raw_words(right)
    if a == b:
        return True  # the same words in another order: who does what to whom
    for word in a ^ b:
        low = word.lower()
        if word[0].isdigit() or word[0].isupper() or low in _SLOT_WORDS or low.endswith("n't"):
            return True
        if any(low.startswith(p) for p in _NEG_PREFIXES) and (low[2:] in b or low[3:] in b):
            return True
    return False


@lru_cache(maxsize=8192)
def _raw_words(text: str) -> frozenset[str]:
    spans = diff_tokens(text)[0]
    return frozenset(text[a:b] for a, b in spans)


def _word_share(left: str, right: str) -> float:
    lw, rw = _keys(left), _keys(right)
    if not lw or not rw:
        return 0.0
    return float(Indel.normalized_similarity(lw, rw))


@lru_cache(maxsize=8192)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _keys(text) if w not in _FUNCTION and len(w) > 2)


# --- numbers -------------------------------------------------------------------------------------


def interval(q: Quantity) -> tuple[float, float]:
    """The values ``q`` allows: its hedge ("about", "over", "up to") or, written exactly, itself."""
    v = q.value
    qual = q.qualifier
    if qual in _HEDGE_OVER or qual.endswith(" over"):
        return (v, v * 1.2 if v > 0 else v + 1)  # "more than 75" is not "about 100"
    if qual in _HEDGE_UNDER or qual.endswith(" under"):
        low = v * 0.5 if qual == "as many as" else 0.0
        return (low, v)
    if qual and qual.split()[-1] in _HEDGE_ABOUT:
        if qual in ("nearly", "almost"):
            return (v * 0.9, v)
        return (v * 0.9, v * 1.1)
    return (v, v)


def same_number(a: Quantity, b: Quantity) -> bool:
    """Can ``a`` and ``b`` both be true? Hedges widen a value; a rounded value ("94%") agrees
    with a more precise one it rounds ("94.2%")."""
    if a.kind != b.kind:
        return True  # not the same kind of thing: nothing to contradict
    (al, ah), (bl, bh) = interval(a), interval(b)
    if al != ah or bl != bh:
        return al <= bh and bl <= ah
    if abs(a.value - b.value) < 1e-9:
        return True
    if a.kind == "duration":
        return abs(a.value - b.value) <= 0.05 * max(a.value, b.value)
    return _rounds(a, b) or _rounds(b, a)


def _rounds(coarse: Quantity, fine: Quantity) -> bool:
    if coarse.decimals >= fine.decimals:
        return False
    step = 10.0**-coarse.decimals
    return abs(fine.value - coarse.value) <= step / 2 + 1e-9


def _numbers(ctx: _Pair) -> list[Finding]:
    qa, qb = list(ctx.a.quantities), list(ctx.b.quantities)
    out: list[Finding] = []
    matched_a: set[int] = set()
    matched_b: set[int] = set()
    for i, x in enumerate(qa):
        for j, y in enumerate(qb):
            if j in matched_b or not _same_slot(x, y):
                continue
            if same_number(x, y):
                matched_a.add(i)
                matched_b.add(j)
                out.append(_number_finding(ctx, x, y, agree=True))
                break
    anchors = len(matched_a) > 0 or _shared_entities(ctx.a, ctx.b)
    rest_a = [x for i, x in enumerate(qa) if i not in matched_a]
    rest_b = [y for j, y in enumerate(qb) if j not in matched_b]
    paired: list[tuple[Quantity, Quantity]] = []
    for key in {_class(x) for x in rest_a} & {_class(y) for y in rest_b}:
        xs = [x for x in rest_a if _class(x) == key]
        ys = [y for y in rest_b if _class(y) == key]
        if len(xs) == 1 and len(ys) == 1:  # two differing numbers a side: pairing is a guess
            paired.append((xs[0], ys[0]))
    left_a = [x for x in rest_a if x.kind == "count" and all(x is not p for p, _ in paired)]
    left_b = [y for y in rest_b if y.kind == "count" and all(y is not q for _, q in paired)]
    if len(left_a) == 1 and len(left_b) == 1:  # "61 countries" / "60 signatories"
        x, y = left_a[0], left_b[0]
        if ctx.same_op((x.start, x.end), (y.start, y.end)):
            paired.append((x, y))
    for x, y in paired:
        if same_number(x, y):
            continue
        op = ctx.same_op((x.start, x.end), (y.start, y.end))
        bonus = (0.1 if anchors else 0.0) + (0.1 if op else 0.0)
        out.append(_number_finding(ctx, x, y, agree=False, bonus=bonus))
    return out


def _class(q: Quantity) -> tuple[str, str]:
    return (q.kind, q.unit)


def _same_slot(x: Quantity, y: Quantity) -> bool:
    return x.kind == y.kind and (x.kind != "count" or x.unit == y.unit)


def _number_finding(
    ctx: _Pair, x: Quantity, y: Quantity, *, agree: bool, bonus: float = 0.0
) -> Finding:
    return Finding(
        "number",
        agree,
        ctx.pair,
        x.text,
        y.text,
        (x.start, x.end),
        (y.start, y.end),
        f"number:{x.kind}",
        "" if agree else _number_topic(ctx, x, y),
        ctx.confidence(bonus),
        "different figures",
        ((x.start, x.end),),
        ((y.start, y.end),),
    )


_UNIT_WORDS = {"percent": "%", "duration": "days", "time": "time"}
_UNIT_NAMES = word_set("per cent percent percentage points point")


def _number_topic(ctx: _Pair, x: Quantity, y: Quantity) -> str:
    """What the number counts: the counted nouns, else content words near it in both sentences."""
    if x.kind == "count":
        nouns = dict.fromkeys(n for n in (x.unit, y.unit) if n)
        return " / ".join(nouns) or "figure"
    shared = (_content(ctx.a.text) & _content(ctx.b.text)) - _UNIT_NAMES
    spans, keys = diff_tokens(ctx.a.text)
    near = [
        k
        for (start, _), k in zip(spans, keys, strict=True)
        if k in shared and abs(start - x.start) < 60
    ]
    words = " ".join(list(dict.fromkeys(near))[:3]) or "figure"
    unit = _UNIT_WORDS.get(x.kind, x.kind.split(":")[-1])
    return f"{words} ({unit})"


# --- dates ---------------------------------------------------------------------------------------


def _moments_differ(a: Slots, b: Slots) -> bool:
    """Both sentences place the claim in time, differently: another round, another moment
    (a month, weekday, year or round named on both sides, with nothing in common)."""
    da, db = moments(a.text), moments(b.text)
    return any(da[k] and db[k] and not da[k] & db[k] for k in da)


_MONTHS = "january february march april may june july august september october november december"
_MOMENT = {
    "month": re.compile(
        rf"\b(?:in|on|since|until|by|from|early|late|mid-?|last|next|this)\s+({_MONTHS.replace(' ', '|')})\b"
        rf"|\b({_MONTHS.replace(' ', '|')})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({_MONTHS.replace(' ', '|')})\b",
        re.IGNORECASE,
    ),
    "weekday": re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I),
    "year": re.compile(r"(?<![\d,.$€£])((?:19|20)\d\d)(?![\d,%])"),
    "round": re.compile(
        r"\b(first|second|third|fourth|fifth|last|latest|previous|next|new)\s+(?:round|vote|meeting|offer|session)\b",
        re.I,
    ),
}


@lru_cache(maxsize=8192)
def moments(text: str) -> dict[str, frozenset[str]]:
    """The moments a sentence names, by kind (months, weekdays, years, rounds)."""
    return {
        kind: frozenset(next(g for g in m.groups() if g).lower() for m in pattern.finditer(text))
        for kind, pattern in _MOMENT.items()
    }


def _dates(ctx: _Pair) -> list[Finding]:
    if ctx.words < _SIMILAR_WORDS:
        return []
    if len(ctx.a.dates) != 1 or len(ctx.b.dates) != 1:
        return []
    (ta, va, sa, ea), (tb, vb, sb, eb) = ctx.a.dates[0], ctx.b.dates[0]
    if (va and va == vb) or fold(ta) == fold(tb) or not ctx.same_op((sa, ea), (sb, eb)):
        return []
    return [
        Finding(
            "date",
            False,
            ctx.pair,
            ta,
            tb,
            (sa, ea),
            (sb, eb),
            "date",
            "date",
            ctx.confidence(0.05),
            "different dates",
            ((sa, ea),),
            ((sb, eb),),
        )
    ]


# --- people and offices --------------------------------------------------------------------------


def _shared_entities(a: Slots, b: Slots) -> bool:
    return bool({m.entity for m in a.entities()} & {m.entity for m in b.entities()})


def spelled_alike(a: str, b: str) -> bool:
    """Two names that read as one name spelled differently (never a conflict)."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa.surname or not pb.surname:
        return False
    if not given_compatible(pa.given, pb.given):
        return False
    if pa.surname == pb.surname:
        return True
    return similarity(pa.surname, pb.surname) >= 0.8


def _people(ctx: _Pair) -> list[Finding]:
    if ctx.words < _SIMILAR_WORDS:
        return []
    pa, pb = ctx.a.people, ctx.b.people
    if not pa or not pb or len({m.entity for m in pa}) > 2 or len({m.entity for m in pb}) > 2:
        return []  # lists of people differ by omission, not by contradiction
    ids_a, ids_b = {m.entity for m in pa}, {m.entity for m in pb}
    only_a = [m for m in pa if m.entity not in ids_b]
    only_b = [m for m in pb if m.entity not in ids_a]
    out = []
    for x in only_a:
        for y in only_b:
            if not ctx.same_op((x.start, x.end), (y.start, y.end)):
                continue
            if spelled_alike(ctx.a.text[x.start : x.end], ctx.b.text[y.start : y.end]):
                continue
            out.append(_mention_finding(ctx, "person", x, y, "different people"))
    return out


def _mention_finding(ctx: _Pair, kind: str, x: Mention, y: Mention, detail: str) -> Finding:
    return Finding(
        kind,
        False,
        ctx.pair,
        x.label,
        y.label,
        (x.start, x.end),
        (y.start, y.end),
        kind,
        "who",
        ctx.confidence(0.05 if _shared_entities(ctx.a, ctx.b) else 0.0),
        detail,
        ((x.start, x.end),),
        ((y.start, y.end),),
    )


def _offices(ctx: _Pair) -> list[Finding]:
    out = []
    for pid, roles_a in ctx.a.offices.items():
        roles_b = ctx.b.offices.get(pid)
        if not roles_b:
            continue
        oa = [r for r in roles_a if r.office]
        ob = [r for r in roles_b if r.office]
        if not oa or not ob:
            continue
        same = [(x, y) for x in oa for y in ob if same_office(x.title, y.title)]
        if same and all(x.former == y.former for x, y in same):
            continue
        if not same and any(x.former or y.former for x in oa for y in ob):
            continue  # a former office and a current one are both true
        x, y = (same or [(oa[0], ob[0])])[0]
        label = next((m.label for m in ctx.a.people if m.entity == pid), pid)
        xa = _find(ctx.a.text, x.text)
        yb = _find(ctx.b.text, y.text)
        detail = "former / current" if same else "different offices"
        out.append(
            Finding(
                "office",
                False,
                ctx.pair,
                x.text,
                y.text,
                xa,
                yb,
                f"office:{pid}",
                f"{label} — title",
                ctx.confidence(0.1),
                detail,
                (xa,) if xa else (),
                (yb,) if yb else (),
            )
        )
    return out


def _find(text: str, part: str) -> Span | None:
    at = text.find(part)
    return (at, at + len(part)) if at >= 0 else None


# --- negation and modality -----------------------------------------------------------------------


def _tokens(text: str, span: Span) -> list[str]:
    """Folded words within ``span``; "No." before a number ("No. 1s") is a number sign."""
    spans, keys = diff_tokens(text)
    out = []
    for n, ((a, b), k) in enumerate(zip(spans, keys, strict=True)):
        if span[0] <= a and b <= span[1]:
            sign = k == "no" and n + 1 < len(keys) and keys[n + 1][:1].isdigit()
            out.append("num" if sign else k)
    return out


def _negations(words: Iterable[str]) -> int:
    return sum(1 for w in words if w in NEGATORS or w.endswith("n't") or w in NEGATIVE_VERBS)


def _negation(ctx: _Pair) -> list[Finding]:
    """A small edit that negates the statement ("will attend" / "will not attend",
    "conditional" / "unconditional") or weakens it ("will" / "may"), outside quotations, in
    sentences that otherwise say the same words."""
    if ctx.words < _SIMILAR_WORDS:
        return []
    all_a = _tokens(ctx.a.text, (0, len(ctx.a.text)))
    all_b = _tokens(ctx.b.text, (0, len(ctx.b.text)))
    flipped = _negations(all_a) % 2 != _negations(all_b) % 2
    quoted_a = [(q.start, q.end) for q in ctx.a.quotes]
    quoted_b = [(q.start, q.end) for q in ctx.b.quotes]
    out = []
    for op in ctx.ops:
        if op.tag == "equal":
            continue
        wa, wb = _tokens(ctx.a.text, op.left), _tokens(ctx.b.text, op.right)
        if len(wa) > _SMALL_EDIT or len(wb) > _SMALL_EDIT:
            continue
        if _within(op.left, quoted_a) or _within(op.right, quoted_b):
            continue
        detail = _polarity(wa, wb, flipped)
        if not detail:
            continue
        la = ctx.a.text[op.left[0] : op.left[1]] or "—"
        lb = ctx.b.text[op.right[0] : op.right[1]] or "—"
        out.append(
            Finding(
                "negation",
                False,
                ctx.pair,
                la,
                lb,
                op.left,
                op.right,
                "negation",
                _topic_words(ctx),
                ctx.confidence(0.0 if detail == "negated" else -0.1),
                detail,
                (op.left,) if op.left[1] > op.left[0] else (),
                (op.right,) if op.right[1] > op.right[0] else (),
            )
        )
        break  # one statement, one polarity
    return out


_SMALL_EDIT = 3  # words on each side of an edit that negates


def _polarity(wa: list[str], wb: list[str], flipped: bool) -> str:
    """What an edit does to the statement: "negated" when it only adds or drops a negation
    ("will attend" / "will not attend") or swaps a word for its prefixed antonym; "will / may"
    when it only swaps a certain verb form for a possible one; else ""."""
    rest_a = [w for w in wa if _negations([w]) == 0]
    rest_b = [w for w in wb if _negations([w]) == 0]
    if flipped and rest_a == rest_b and _negations(wa) % 2 != _negations(wb) % 2:
        return "negated"
    if len(wa) == 1 and len(wb) == 1 and _antonym(wa[0], wb[0]):
        return "negated"
    if len(wa) <= 2 and len(wb) <= 2:
        if set(wa) <= _WILL and set(wb) <= _MAY and set(wb) & _MAY:
            return "will / may"
        if set(wb) <= _WILL and set(wa) <= _MAY and set(wa) & _MAY:
            return "may / will"
    return ""


def _within(span: Span, quoted: list[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in quoted)


def _antonym(a: str, b: str) -> bool:
    """One word is the other negated by a prefix ("conditional" / "unconditional")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and any(long_ == p + short for p in _NEG_PREFIXES)


def _topic_words(ctx: _Pair) -> str:
    shared = _content(ctx.a.text) & _content(ctx.b.text)
    words = [w for w in _keys(ctx.a.text) if w in shared]
    return " ".join(list(dict.fromkeys(words))[:4]) or "statement"


# --- who does what to whom -----------------------------------------------------------------------


def _agents(ctx: _Pair) -> list[Finding]:
    if ctx.words < _SIMILAR_WORDS:
        return []
    ea, eb = ctx.a.entities(), ctx.b.entities()
    ids = {m.entity for m in ea} & {m.entity for m in eb}
    if len(ids) != 2 or len({m.entity for m in ea}) > 3 or len({m.entity for m in eb}) > 3:
        return []
    verbs = _content_verbs(ctx.a.text) & _content_verbs(ctx.b.text)
    for verb in sorted(verbs):
        if verb in _RECIPROCAL:
            continue
        actor_a = _actor(ctx.a.text, verb, [m for m in ea if m.entity in ids])
        actor_b = _actor(ctx.b.text, verb, [m for m in eb if m.entity in ids])
        if actor_a is None or actor_b is None or actor_a.entity == actor_b.entity:
            continue
        return [
            Finding(
                "agent",
                False,
                ctx.pair,
                f"{actor_a.label} {verb}",
                f"{actor_b.label} {verb}",
                (actor_a.start, actor_a.end),
                (actor_b.start, actor_b.end),
                "agent",
                f"who will {verb}",
                ctx.confidence(0.05),
                "agent and recipient swapped",
                ((actor_a.start, actor_a.end),),
                ((actor_b.start, actor_b.end),),
            )
        ]
    return []


def _content_verbs(text: str) -> set[str]:
    """Words that can be the action: not names, not function words (crude, but shared by both
    sentences, which is what matters)."""
    out = set()
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isupper() or not w.isalpha():
            continue
        low = w.lower()
        if low in _FUNCTION or low in _SUBJECT_CONTROL or low in _OBJECT_CONTROL or len(low) < 4:
            continue
        out.add(low)
    return out


def _actor(text: str, verb: str, mentions: list[Mention]) -> Mention | None:
    """Who does ``verb`` in ``text``, when the sentence says it plainly: "by X" after a passive;
    "A asked B to <verb>" (B); "A offered to <verb> B" or "A <verb> B" (A) — the actor at most
    three words before the verb and the other party after it. None otherwise (also for "A and
    B <verb>": both act)."""
    m = re.search(rf"\b{re.escape(verb)}\b", text)
    if m is None:
        return None
    at = m.start()
    after = [x for x in mentions if x.start >= m.end()]
    if re.search(r"\b(?:was|were|been|being|be|is|are)\s+$", text[max(0, at - 20) : at]):
        by = re.match(r"\s+(?:\w+\s+){0,2}?by\s+", text[m.end() : m.end() + 60])
        if by and after and after[0].start == m.end() + by.end():
            return after[0]
        return None
    before = [x for x in mentions if x.end <= at]
    if not before:
        return None
    last = before[-1]
    between = text[last.end : at]
    if len(_WORD.findall(between)) > 3 or re.search(r"[,;:()]", between):
        return None
    control = re.search(r"(\w+)\s+$", text[: last.start])
    if (
        re.fullmatch(r"\s*to\s+", between)
        and control
        and control.group(1).lower() in _OBJECT_CONTROL
        and len(before) >= 2
    ):
        return last  # "A asked B to hand over": B hands, A receives
    if not after:
        return None
    if len(before) >= 2 and re.fullmatch(r"\s*(?:and|,)\s*", text[before[-2].end : last.start]):
        return None
    return last


# --- quotes --------------------------------------------------------------------------------------

_CONTRACTIONS = (
    (re.compile(r"n['’]t\b"), " not"),
    (re.compile(r"['’]m\b"), " am"),
    (re.compile(r"['’]re\b"), " are"),
    (re.compile(r"['’]ll\b"), " will"),
    (re.compile(r"['’]ve\b"), " have"),
    (re.compile(r"\bcan not\b"), "cannot"),
)


def quote_words(text: str) -> list[str]:
    low = fold(text)
    for pattern, repl in _CONTRACTIONS:
        low = pattern.sub(repl, low)
    low = low.replace("wo not", "will not").replace("ca not", "can not")
    return re.findall(r"[a-z0-9]+", low)


def _quotes(ctx: _Pair) -> list[Finding]:
    out = []
    for x in ctx.a.quotes:
        for y in ctx.b.quotes:
            if x.speaker and y.speaker and x.speaker != y.speaker:
                continue
            if not (x.speaker or y.speaker) and not (_spoken(ctx.a.text) and _spoken(ctx.b.text)):
                continue  # a quotation nobody is said to speak: a phrase, a document's words
            wx, wy = quote_words(x.text), quote_words(y.text)
            same = reworded(wx, wy, 0.45 if ctx.pair.close else 0.55)
            if same is not None:
                out.append(_quote_finding(ctx, x, y, same))
    return out


def _spoken(text: str) -> bool:
    """The sentence reports speech ("said", "told", "stated" …) outside its quotation marks."""
    outside = re.sub(r"“[^”]*”?|\"[^\"]*\"?", " ", text)
    return any(w.lower() in SPEECH_VERBS for w in _WORD.findall(outside))


def _cut_part(short: list[str], long_: list[str]) -> bool:
    """``short`` is part of ``long_`` with its last word cut off mid-word (a truncated text)."""
    if len(short) < 4:
        return False
    head, last = short[:-1], short[-1]
    n = len(head)
    return any(
        long_[k : k + n] == head and long_[k + n].startswith(last) for k in range(len(long_) - n)
    )


def reworded(wx: list[str], wy: list[str], floor: float = 0.45) -> float | None:
    """How alike two quotations are (0-1) when they are one quotation with words replaced;
    None when they are the same words, one quotes part of the other, one only adds or drops
    words (an abridged or tidied quote), or they are different quotations."""
    if wx == wy or _part_of(wx, wy) or _part_of(wy, wx) or _cut_part(wx, wy) or _cut_part(wy, wx):
        return None
    same = float(Indel.normalized_similarity(wx, wy))
    if same < floor:
        return None
    old: set[str] = set()
    new: set[str] = set()
    for op in [*Indel.opcodes(wx, wy), None]:  # changes between two equal runs, joined
        if op is not None and op.tag != "equal":
            old.update(wx[op.src_start : op.src_end])
            new.update(wy[op.dest_start : op.dest_end])
            continue
        if old and new and old != new and (old | new) - _FUNCTION:
            return same  # words replaced by others, not just dropped or added
        old, new = set(), set()
    return None


def _part_of(short: list[str], long_: list[str]) -> bool:
    n = len(short)
    return n <= len(long_) and any(long_[k : k + n] == short for k in range(len(long_) - n + 1))


def quote_marks(
    left: str, left_at: int, right: str, right_at: int
) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The words that differ between two quotations, as ranges shifted by where each quotation
    starts in its sentence."""
    marks_a: list[Span] = []
    marks_b: list[Span] = []
    for op in word_diff(left, right):
        if op.tag == "equal":
            continue
        if op.left[1] > op.left[0]:
            marks_a.append((left_at + op.left[0], left_at + op.left[1]))
        if op.right[1] > op.right[0]:
            marks_b.append((right_at + op.right[0], right_at + op.right[1]))
    return tuple(marks_a), tuple(marks_b)


def _quote_finding(ctx: _Pair, x: Quoted, y: Quoted, same: float) -> Finding:
    marks_a, marks_b = quote_marks(x.text, x.start, y.text, y.start)
    speaker = x.speaker or y.speaker
    return Finding(
        "quote",
        False,
        ctx.pair,
        x.text,
        y.text,
        (x.start, x.end),
        (y.start, y.end),
        "quote",
        speaker or "",
        min(0.8, 0.45 + 0.35 * same + (0.05 if speaker else 0.0)),
        "quoted in other words",
        marks_a,
        marks_b,
    )
