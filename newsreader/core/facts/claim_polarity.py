"""Negation and modality in two claim sentences: a small edit that only adds or drops a
negation ("will attend" / "will not attend"), swaps a word for its prefixed antonym
("conditional" / "unconditional") or a certain verb form for a possible one ("will" / "may"),
outside quotations, in sentences that otherwise say the same words.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsreader.core.align.diff import diff_tokens
from newsreader.core.facts.claim_pair import SIMILAR_WORDS, Context, Finding, Span, topic_words
from newsreader.core.facts.lexicon import word_set

NEGATORS = word_set("not no never neither nor none nobody nothing without cannot n't")
NEGATIVE_VERBS = word_set(
    """refuse refused refuses refusing decline declined declines declining deny denied denies
    denying reject rejected rejects rejecting fail failed fails failing"""
)
_WILL = word_set("will shall would is are to")
_MAY = word_set("may might could can possibly perhaps likely")
NEG_PREFIXES = ("un", "non", "in", "dis", "il", "im", "ir")


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


def negation(ctx: Context) -> list[Finding]:
    """A small edit that negates the statement ("will attend" / "will not attend",
    "conditional" / "unconditional") or weakens it ("will" / "may"), outside quotations, in
    sentences that otherwise say the same words."""
    if ctx.words < SIMILAR_WORDS:
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
                topic_words(ctx),
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
    return len(short) >= 4 and any(long_ == p + short for p in NEG_PREFIXES)
