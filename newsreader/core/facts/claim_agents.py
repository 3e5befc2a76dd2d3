"""Who does what to whom in two claim sentences: the actor of an action both sentences name,
read where the sentence says it plainly ("A offered to hand B …" — A; "A asked B to hand over
…" — B; "… was handed over by B" — B; "A and B exchanged …" — both, so no swap).
"""

from __future__ import annotations

import re

from newsreader.core.facts.claim_pair import (
    FUNCTION_WORDS,
    SIMILAR_WORDS,
    WORD,
    Context,
    Finding,
)
from newsreader.core.facts.claim_slots import Mention
from newsreader.core.facts.lexicon import word_set

SUBJECT_CONTROL = word_set(
    """offer offered offers offering promise promised promises agree agreed agrees pledge pledged
    pledges plan plans planned want wants wanted decide decided decides refuse refused refuses
    threaten threatened threatens vow vowed vows seek sought seeks hope hoped hopes"""
)
OBJECT_CONTROL = word_set(
    """ask asked asks asking urge urged urges tell told tells call called calls press pressed
    presses order ordered orders invite invited invites persuade persuaded request requested
    requests demand demanded demands force forced forces allow allowed allows"""
)
_RECIPROCAL = word_set(
    "meet met meets meeting exchange exchanged exchanges talk talks talked discuss discussed"
)


def agents(ctx: Context) -> list[Finding]:
    if ctx.words < SIMILAR_WORDS:
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
    for m in WORD.finditer(text):
        w = m.group()
        if w[0].isupper() or not w.isalpha():
            continue
        low = w.lower()
        if low in FUNCTION_WORDS or low in SUBJECT_CONTROL or low in OBJECT_CONTROL or len(low) < 4:
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
    if len(WORD.findall(between)) > 3 or re.search(r"[,;:()]", between):
        return None
    control = re.search(r"(\w+)\s+$", text[: last.start])
    if (
        re.fullmatch(r"\s*to\s+", between)
        and control
        and control.group(1).lower() in OBJECT_CONTROL
        and len(before) >= 2
    ):
        return last  # "A asked B to hand over": B hands, A receives
    if not after:
        return None
    if len(before) >= 2 and re.fullmatch(r"\s*(?:and|,)\s*", text[before[-2].end : last.start]):
        return None
    return last
