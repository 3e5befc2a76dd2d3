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
from functools import lru_cache

from newsreader.core.align import word_diff
from newsreader.core.align.diff import diff_tokens
from newsreader.core.facts.claim_agents import OBJECT_CONTROL, SUBJECT_CONTROL, agents
from newsreader.core.facts.claim_numbers import numbers
from newsreader.core.facts.claim_pair import (
    BASE_CLOSE,
    BASE_LOOSE,
    SIMILAR_WORDS,
    Context,
    Finding,
    same_words,
    word_share,
)
from newsreader.core.facts.claim_people import offices, people
from newsreader.core.facts.claim_polarity import NEG_PREFIXES, NEGATIVE_VERBS, NEGATORS, negation
from newsreader.core.facts.claim_quotes import quotes
from newsreader.core.facts.claim_slots import Slots
from newsreader.core.facts.claims import ClaimPair
from newsreader.core.facts.lexicon import word_set
from newsreader.core.text import fold


def compare(pair: ClaimPair, a: Slots, b: Slots) -> list[Finding]:
    """Findings for the sentences of ``pair`` (``a`` the left sentence's slots, ``b`` the right's)."""
    if same_words(a.text, b.text):
        return []  # the same words cannot disagree
    ctx = _context(pair, a, b)
    staged = stages_differ(a.text, b.text)
    out: list[Finding] = [] if staged else _dates(ctx)
    if not out and not _moments_differ(a, b):
        out += [] if staged else numbers(ctx)
        out += people(ctx)
        out += offices(ctx)
        out += negation(ctx)
        out += agents(ctx)
        out += quotes(ctx)
    return out


def compare_numbers(pair: ClaimPair, a: Slots, b: Slots, base: float) -> list[Finding]:
    """The numbers only of two sentences found to state figures of one thing by other means
    than the alignment (:mod:`story_figures`, ``base`` its confidence), compared as in
    :func:`compare`."""
    if same_words(a.text, b.text) or stages_differ(a.text, b.text) or _moments_differ(a, b):
        return []
    return numbers(_context(pair, a, b, base))


def _context(pair: ClaimPair, a: Slots, b: Slots, base: float | None = None) -> Context:
    ops = word_diff(a.text, b.text)
    if base is None:
        base = BASE_CLOSE if pair.close else BASE_LOOSE
    return Context(pair, a, b, ops, word_share(a.text, b.text), base)


_SLOT_WORDS = (
    NEGATORS
    | NEGATIVE_VERBS
    | word_set("will shall would may might could can by")
    | SUBJECT_CONTROL
    | OBJECT_CONTROL
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
        if any(low.startswith(p) for p in NEG_PREFIXES) and (low[2:] in b or low[3:] in b):
            return True
    return False


@lru_cache(maxsize=8192)
def _raw_words(text: str) -> frozenset[str]:
    spans = diff_tokens(text)[0]
    return frozenset(text[a:b] for a, b in spans)


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


_PLAN = re.compile(
    r"\b(?:will|would|shall|expected|expects?|scheduled|due to|plans? to|planned|set to|could|"
    r"(?-i:may)|might|likely|hopes? to|aims? to)\b|['’]ll\b",  # "May" is the month
    re.IGNORECASE,
)
_START = word_set("open opens opened opening start starts started starting begin begins began")
_END = word_set("close closes closed closing end ends ended ending conclude concluded finish")


def planned(text: str) -> bool:
    """The sentence states a plan or an expectation ("will close", "are expected", "could
    begin"), not what happened."""
    return _PLAN.search(text) is not None


@lru_cache(maxsize=8192)
def phase(text: str) -> str:
    """Whether the sentence tells how something started ("opened") or ended ("closed"), or
    neither (or both)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    start, end = bool(words & _START), bool(words & _END)
    return "start" if start and not end else "end" if end and not start else ""


def stages_differ(a: str, b: str) -> bool:
    """Two sentences at different stages of one thing: a plan and a report, a start and an
    end (their numbers and dates are not values of one fact)."""
    pa, pb = phase(a), phase(b)
    return planned(a) != planned(b) or bool(pa and pb and pa != pb)


@lru_cache(maxsize=8192)
def moments(text: str) -> dict[str, frozenset[str]]:
    """The moments a sentence names, by kind (months, weekdays, years, rounds)."""
    return {
        kind: frozenset(next(g for g in m.groups() if g).lower() for m in pattern.finditer(text))
        for kind, pattern in _MOMENT.items()
    }


def _dates(ctx: Context) -> list[Finding]:
    if ctx.words < SIMILAR_WORDS:
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
