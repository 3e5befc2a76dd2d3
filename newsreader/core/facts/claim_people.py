"""People and offices in two claim sentences: a different person in the same changed stretch of
two near-identical sentences (never within lists of people, never one name spelled two ways),
and a different office, or former versus current ("former president" / "president"; not
"outgoing" or "late", true alongside the plain title), for the same person.
"""

from __future__ import annotations

from newsreader.core.facts.claim_pair import SIMILAR_WORDS, Context, Finding, find
from newsreader.core.facts.claim_slots import Mention, Slots, Title
from newsreader.core.facts.compare import same_office
from newsreader.core.facts.roles import tense
from newsreader.core.facts.spelling import (
    given_compatible,
    hyphen_joined,
    name_parts,
    similarity,
)


def shared_entities(a: Slots, b: Slots) -> bool:
    return bool({m.entity for m in a.entities()} & {m.entity for m in b.entities()})


def spelled_alike(a: str, b: str) -> bool:
    """Two names that read as one name spelled differently (never a conflict); a double
    surname reads the same with a hyphen or a space ("Kabua-Jibas" / "Kabua Jibas")."""
    if _alike(a, b):
        return True
    ja, jb = hyphen_joined(a), hyphen_joined(b)
    return bool((ja and _alike(ja, b)) or (jb and _alike(a, jb)))


def _alike(a: str, b: str) -> bool:
    pa, pb = name_parts(a), name_parts(b)
    if not pa.surname or not pb.surname:
        return False
    if not given_compatible(pa.given, pb.given):
        return False
    if pa.surname == pb.surname:
        return True
    return similarity(pa.surname, pb.surname) >= 0.8


def people(ctx: Context) -> list[Finding]:
    if ctx.words < SIMILAR_WORDS:
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


def _mention_finding(ctx: Context, kind: str, x: Mention, y: Mention, detail: str) -> Finding:
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
        ctx.confidence(0.05 if shared_entities(ctx.a, ctx.b) else 0.0),
        detail,
        ((x.start, x.end),),
        ((y.start, y.end),),
    )


def offices(ctx: Context) -> list[Finding]:
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
        torn = [(x, y) for x, y in same if {_tense(x), _tense(y)} == {"past", "now"}]
        if same and not torn:
            continue  # "outgoing" or "late" and the plain title are both true
        if not same and any(x.former or y.former for x in oa for y in ob):
            continue  # a former office and a current one are both true
        x, y = (torn or [(oa[0], ob[0])])[0]
        label = next((m.label for m in ctx.a.people if m.entity == pid), pid)
        xa = find(ctx.a.text, x.text)
        yb = find(ctx.b.text, y.text)
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


def _tense(t: Title) -> str:
    return tense(t.text, t.former)
