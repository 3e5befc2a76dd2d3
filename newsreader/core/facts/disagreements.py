"""The loaded set's disagreements: claim findings grouped into :class:`Discrepancy` items, the
fact rows' conflicts kept where they can be trusted, one list ranked most certain first.

Findings of one slot join across outlets: two sentence pairs that share a sentence and a value
are one disagreement ("61 countries" in three outlets, "60" in five), so each disagreement is
listed once with every outlet's value, sentence and differing words. A disagreement is listed
when its best finding is at least :data:`MIN_CONFIDENCE` sure.

Rows (attendance, titles, who holds an office, who leads a delegation) were compared per story;
their conflicts are kept unless the differing values are one name spelled two ways, or an
attendance cell rests on a sentence that does not name the person (a pronoun, a list read from
afar). Figure rows do not conflict on their own: numbers disagree only in claim pairs, where
the sentences are known to report the same thing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from newsreader.core.align import Cancelled
from newsreader.core.facts.claim_compare import compare, worth_comparing
from newsreader.core.facts.claim_pair import Finding
from newsreader.core.facts.claim_people import spelled_alike
from newsreader.core.facts.claim_slots import Slots, read_slots
from newsreader.core.facts.claims import Claims
from newsreader.core.facts.model import (
    ArticleFacts,
    Cell,
    Discrepancy,
    Evidence,
    FactRow,
)
from newsreader.core.unionfind import UnionFind

MIN_CONFIDENCE = 0.6
ROW_KINDS = {
    "attendance": "attendance",
    "title": "office",
    "leader": "person",
    "office": "person",
    "figure": "number",
}
ROW_CONFIDENCE = {"attendance": 0.7, "title": 0.75, "leader": 0.7, "office": 0.7, "figure": 0.6}

Node = tuple[int, int, int, str, str]  # article, paragraph, sentence start, slot, value


def claim_findings(
    facts: list[ArticleFacts], claims: Claims, cancelled: Callable[[], bool] | None = None
) -> list[Finding]:
    cache: dict[tuple[int, Evidence], Slots] = {}

    def slots(article: int, evidence: Evidence) -> Slots:
        key = (article, evidence)
        if key not in cache:
            cache[key] = read_slots(facts[article], article, evidence)
        return cache[key]

    out: list[Finding] = []
    for n, pair in enumerate(claims.pairs):
        if cancelled is not None and n % 64 == 0 and cancelled():
            raise Cancelled
        if not worth_comparing(pair.left.text, pair.right.text):
            continue  # the same words, or other words for the same thing
        out.extend(compare(pair, slots(pair.a, pair.left), slots(pair.b, pair.right)))
    return out


def group_findings(findings: list[Finding], claims: Claims) -> list[Discrepancy]:
    """One discrepancy per slot whose outlets disagree, with every outlet's value."""
    nodes: dict[Node, int] = {}
    edges: list[tuple[int, int, Finding]] = []

    def node(article: int, e: Evidence, f: Finding, value: str) -> int:
        if f.slot == "quote":  # quotes reworded: one item per speaker's versions of a text
            key: Node = (article, -1, -1, f.slot, _norm(f.topic))
        else:
            key = (article, e.paragraph, e.start, f.slot, _norm(value))
        return nodes.setdefault(key, len(nodes))

    for f in findings:
        p = f.pair
        a = node(p.a, p.left, f, f.left)
        b = node(p.b, p.right, f, f.right)
        edges.append((a, b, f))
    uf = UnionFind(len(nodes))
    for a, b, _ in edges:
        uf.union(a, b)
    by_root: dict[int, list[Finding]] = defaultdict(list)
    for a, _, f in edges:
        by_root[uf.find(a)].append(f)
    story_of = {i: k for k, members in enumerate(claims.stories) for i in members}
    out = []
    for group in by_root.values():
        conflicts = [f for f in group if not f.agree]
        if not conflicts:
            continue
        best = max(conflicts, key=lambda f: f.confidence)
        if best.confidence < MIN_CONFIDENCE:
            continue
        out.append(_discrepancy(best, group, story_of.get(best.pair.a, -1)))
    return out


def _norm(value: str) -> str:
    return " ".join(value.lower().split())


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def value_key(kind: str, value: str) -> str:
    """What makes two outlets' values the same: the number for figures ("90-day" = "90 days"),
    else the words (case and spacing aside)."""
    if kind == "number":
        numbers = _NUMBER.findall(value)
        if numbers:
            return " ".join(n.replace(",", "") for n in numbers)
    return _norm(value)


def _discrepancy(best: Finding, group: list[Finding], story: int) -> Discrepancy:
    values: dict[int, str] = {}
    evidence: dict[int, Evidence] = {}
    marks: dict[int, tuple[tuple[int, int], ...]] = {}
    ranked = sorted(group, key=lambda f: (f.agree, -f.confidence))
    topic = best.topic
    if best.kind == "quote":
        speakers = list(dict.fromkeys(f.topic for f in ranked if f.topic))
        topic = "quote wording" + (f": {', '.join(speakers)}" if speakers else "")
    for f in ranked:
        p = f.pair
        for article, value, e, m in (
            (p.a, f.left, p.left, f.left_marks),
            (p.b, f.right, p.right, f.right_marks),
        ):
            if article not in values:
                values[article] = value
                evidence[article] = e
                marks[article] = m
    others = len({v for v in values.values()})
    confidence = min(0.97, best.confidence + (0.03 if len(values) > 2 and others > 1 else 0.0))
    return Discrepancy(
        topic,
        best.kind,
        best.detail,
        dict(sorted(values.items())),
        dict(sorted(evidence.items())),
        f"claim:{best.slot}:{best.pair.a}:{best.pair.left.paragraph}:{best.pair.left.start}",
        confidence=round(confidence, 2),
        marks=marks,
        pair=(best.pair.a, best.pair.b),
        story=story,
    )


# --- rows ----------------------------------------------------------------------------------------


def trusted_row(row: FactRow) -> bool:
    """A row's conflict holds: its differing values are not one name spelled two ways."""
    if not row.conflict:
        return False
    if row.kind in ("leader", "office"):
        values = {c.value for c in row.cells if c.state != "absent"}
        names = [n for v in values for n in v.split(", ") if n]
        return not all(
            spelled_alike(x, y) or x == y for k, x in enumerate(names) for y in names[k + 1 :]
        )
    return row.kind != "figure"


def row_discrepancies(rows: list[FactRow], story_of: dict[int, int]) -> list[Discrepancy]:
    out = []
    for row in rows:
        if not trusted_row(row):
            continue
        stated = row.stated()
        torn = {story_of.get(i, -1) for i in stated if row.cells[i].state == "conflict"}
        if torn:  # the stories where the row disagrees; other stories' cells stay apart
            stated = [i for i in stated if story_of.get(i, -1) in torn]
        values = {i: row.cells[i].value for i in stated}
        evidence = {i: e for i in stated if (e := row.cells[i].evidence) is not None}
        differs = [i for i in stated if row.cells[i].state == "conflict"]
        agrees = [i for i in stated if row.cells[i].state == "agree"]
        pair = (
            (min(agrees[0], differs[0]), max(agrees[0], differs[0]))
            if agrees and differs
            else ((stated[0], stated[1]) if len(stated) > 1 else None)
        )
        marks = {i: found for i, e in evidence.items() if (found := _written(e.text, values[i]))}
        out.append(
            Discrepancy(
                row.label,
                ROW_KINDS.get(row.kind, row.kind),
                row.detail,
                values,
                evidence,
                row.key,
                confidence=ROW_CONFIDENCE.get(row.kind, 0.6),
                marks=marks,
                pair=pair,
                story=story_of.get(stated[0], -1) if stated else -1,
            )
        )
    return out


def _written(sentence: str, value: str) -> tuple[tuple[int, int], ...]:
    """Where each part of a row's value ("Ilyas Koval, Marta Lindqvist") is written in its
    sentence (case aside), for marking it."""
    low = sentence.lower()
    out = []
    for part in value.split(", "):
        at = low.find(part.lower()) if len(part) > 2 else -1
        if at >= 0:
            out.append((at, at + len(part)))
    return tuple(out)


def merge(row_items: list[Discrepancy], claim_items: list[Discrepancy]) -> list[Discrepancy]:
    """Both lists, a claim that repeats a row (same kind, two outlets with the same values)
    dropped, most certain first."""
    kept = list(row_items)
    for d in sorted(claim_items, key=lambda d: -d.confidence):
        if any(_repeats(d, r) for r in row_items) or any(_same_sentences(d, k) for k in kept):
            continue
        kept.append(d)
    return sorted(kept, key=lambda d: (-d.confidence, -len(d.values), d.topic))


def _repeats(a: Discrepancy, b: Discrepancy) -> bool:
    if a.kind != b.kind:
        return False
    shared = [i for i in a.values if i in b.values]
    return len(shared) >= 2


def _same_sentences(a: Discrepancy, b: Discrepancy) -> bool:
    """The same kind of difference found twice in the same sentences (by a claim pair and by
    comparing the whole articles)."""
    if a.kind != b.kind:
        return False
    shared = [i for i in a.evidence if i in b.evidence]
    return len(shared) >= 2 and all(
        a.evidence[i].paragraph == b.evidence[i].paragraph
        and a.evidence[i].start < b.evidence[i].end
        and b.evidence[i].start < a.evidence[i].end
        and _overlap(_absolute(a, i), _absolute(b, i))
        for i in shared
    )


def _absolute(d: Discrepancy, i: int) -> list[tuple[int, int]]:
    start = d.evidence[i].start
    return [(start + x, start + y) for x, y in d.marks.get(i, ())]


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def claim_rows(items: list[Discrepancy], n: int) -> list[FactRow]:
    """The claim disagreements as fact-grid rows (kind ``claim``): each outlet's value."""
    rows = []
    for d in items:
        if not d.row.startswith("claim:"):
            continue
        cells = [
            Cell("conflict", d.values[i], d.evidence.get(i)) if i in d.values else Cell("absent")
            for i in range(n)
        ]
        counts: dict[str, int] = defaultdict(int)
        for v in d.values.values():
            counts[value_key(d.kind, v)] += 1
        top = max(counts.values())
        if list(counts.values()).count(top) == 1 and top * 2 > len(d.values):
            cells = [
                replace(c, state="agree")
                if c.state != "absent"
                and value_key(d.kind, c.value) in {k for k, v in counts.items() if v == top}
                else c
                for c in cells
            ]
        rows.append(FactRow(d.row, d.topic, "claim", d.topic, cells, True, d.kind))
    return rows
