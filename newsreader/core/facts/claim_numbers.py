"""Numbers in two claim sentences: each kind (percent, duration, money, clock time, counts of one
noun) compared with its hedges — "about" ±10 %, "over"/"more than" up to +20 %, "up to" below —
and its rounding, half up (94 % is 94.2 % rounded; 1.5 % is 2 %, not 1 %). A number conflicts
only when it is the one unmatched number of its kind on each side: with two on a side, which is
which would be a guess; the two numbers must also sit in one changed stretch of similar sentences
or in clauses that share a content word ("wants an 18% raise" / "was 91% in favor": no), and a
figure someone aims at, offers or asks for is never compared with one that is ("a target of 5%" /
"spent 2.1%").
"""

from __future__ import annotations

import re

from newsreader.core.align.diff import diff_tokens
from newsreader.core.facts.claim_pair import SIMILAR_WORDS, Context, Finding, content
from newsreader.core.facts.claim_people import shared_entities
from newsreader.core.facts.claim_slots import Quantity
from newsreader.core.facts.figures import clause_words
from newsreader.core.facts.lexicon import word_set

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
    """``fine`` rounded half up to the decimals of ``coarse`` is ``coarse`` (1.5% is 2%, not 1%)."""
    if coarse.decimals >= fine.decimals:
        return False
    half = 10.0**-coarse.decimals / 2
    return -half - 1e-9 <= fine.value - coarse.value < half - 1e-9


def numbers(ctx: Context) -> list[Finding]:
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
    anchors = len(matched_a) > 0 or shared_entities(ctx.a, ctx.b)
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
        if not ((op and ctx.words >= SIMILAR_WORDS) or _clauses_meet(ctx, x, y)):
            continue  # "wants an 18% raise" is not "was 91% in favor"
        if intended(ctx.a.text, x.start, x.end) != intended(ctx.b.text, y.start, y.end):
            continue  # "a target of 5%" is not "spent 2.1%"
        bonus = (0.1 if anchors else 0.0) + (0.1 if op else 0.0)
        out.append(_number_finding(ctx, x, y, agree=False, bonus=bonus))
    return out


_INTENT = word_set(
    """target targets targeted goal goals objective aim aims aimed offer offers offered offering
    demand demands demanded demanding want wants wanted seek seeks sought ask asks asked asking
    propose proposes proposed proposal pledge pledges pledged plan plans planned cap ceiling
    limit threshold forecast forecasts projected""",
)
_BEFORE_WORDS = 8  # "It wants the reservoir filling suspended for 60 days"
_AFTER_WORDS = 3  # "the agency's 9% offer"


def intended(text: str, start: int, end: int) -> bool:
    """The number is what someone aims at, offers or asks for ("a target of 5%", "the 9%
    offer", "wants an 18% raise"), not what is or was: the two are different figures."""
    before = re.split(r"[;:]", text[:start])[-1].split()[-_BEFORE_WORDS:]
    words = [*before, *re.split(r"[;:]", text[end:])[0].split()[:_AFTER_WORDS]]
    return any(w.strip(".,;:!?\"'“”‘’()").lower() in _INTENT for w in words)


def _clauses_meet(ctx: Context, x: Quantity, y: Quantity) -> bool:
    """The clauses of two numbers share a content word (what the number is a number of)."""
    wx = set(clause_words(ctx.a.text, x.start, x.end))
    wy = set(clause_words(ctx.b.text, y.start, y.end))
    return bool(wx & wy)


def _class(q: Quantity) -> tuple[str, str]:
    return (q.kind, q.unit)


def _same_slot(x: Quantity, y: Quantity) -> bool:
    return x.kind == y.kind and (x.kind != "count" or x.unit == y.unit)


def _number_finding(
    ctx: Context, x: Quantity, y: Quantity, *, agree: bool, bonus: float = 0.0
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


def _number_topic(ctx: Context, x: Quantity, y: Quantity) -> str:
    """What the number counts: the counted nouns, else the content words both sentences share,
    nearest the number first and words in lower case (what happened) before names."""
    if x.kind == "count":
        nouns = dict.fromkeys(n for n in (x.unit, y.unit) if n)
        return " / ".join(nouns) or "figure"
    shared = (content(ctx.a.text) & content(ctx.b.text)) - _UNIT_NAMES
    spans, keys = diff_tokens(ctx.a.text)
    near = sorted(
        (ctx.a.text[start : start + 1].isupper(), abs(start - x.start), start, k)
        for (start, _), k in zip(spans, keys, strict=True)
        if k in shared and not k[:1].isdigit() and abs(start - x.start) < 60
    )
    picked = {k for *_, k in near[:3]}
    words = " ".join(k for _, _, _, k in sorted(near, key=lambda t: t[2]) if k in picked)
    words = " ".join(dict.fromkeys(words.split())) or "figure"
    unit = _UNIT_WORDS.get(x.kind, x.kind.split(":")[-1])
    return f"{words} ({unit})"
