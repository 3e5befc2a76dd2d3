"""Quotes in two claim sentences: the same speaker's words with words replaced — not the same
words, not one outlet quoting part of them or a text cut off mid-word, not an abridged or tidied
quote that only drops or adds words.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from newsreader.core.align import word_diff
from newsreader.core.facts.claim_pair import FUNCTION_WORDS, WORD, Context, Finding, Span
from newsreader.core.facts.claim_slots import Quoted
from newsreader.core.facts.lexicon import SPEECH_VERBS
from newsreader.core.text import fold

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


def quotes(ctx: Context) -> list[Finding]:
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
    return any(w.lower() in SPEECH_VERBS for w in WORD.findall(outside))


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
        if old and new and old != new and (old | new) - FUNCTION_WORDS:
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


def _quote_finding(ctx: Context, x: Quoted, y: Quoted, same: float) -> Finding:
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
