"""Words for the Overview view: a pair's relation and figures, badges, the copy list (no Qt).

Everything here returns plain strings; the widgets escape them (titles and outlets are untrusted).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsreader.core.corpus import DerivedPair
from newsreader.core.corpus.direction import REASONS
from newsreader.ui.overview.data import OverviewResult

SHORT_REASONS = {  # the side list's "Direction" column
    "dates": "earlier date",
    "credit": "credited",
    "spelling": "spellings",
    "family": "family",
    "witnesses": "other copies",
    "containment": "contains more",
    "undetermined": "undetermined",
}
KIND_TEXT = {  # what each grade of copy means, for tooltips
    "verbatim": "verbatim (nearly every word the same)",
    "edited": "edited (light revision)",
    "paraphrased": "paraphrased (reworded, spun or translated)",
    "partial": "partial (only part of one text is reused)",
}
COPY_OF, RELATED, SIBLINGS, SAME_STORY, OTHER_STORY, ITSELF = (
    "copy of",
    "related through a third article",
    "siblings",
    "same story",
    "different story",
    "the same article",
)


def percent(value: float) -> str:
    return f"{round(100 * value)}%"


def reason_text(reason: str) -> str:
    return REASONS.get(reason, reason)


def relation(result: OverviewResult, a: int, b: int) -> tuple[str, DerivedPair | None]:
    """The relation of two articles (one of the constants above) and their copy record, if any."""
    if a == b:
        return ITSELF, None
    d = result.relation(a, b)
    if d is not None:
        return (COPY_OF if d.direct else SIBLINGS if d.sibling else RELATED), d
    ov = result.overview
    same = ov.cluster_of(a) == ov.cluster_of(b) and ov.cluster_of(a) >= 0
    return (SAME_STORY if same else OTHER_STORY), None


def headline(result: OverviewResult, a: int, b: int) -> str:
    """One line for the hovered pair (the view's info line)."""
    kind, d = relation(result, a, b)
    short = result.short
    if kind == ITSELF:
        return short[a]
    similarity = percent(result.overview.similarity_of(a, b))
    if kind == COPY_OF and d is not None:
        what = f"{short[d.copy]} is {_a(d.kind)} copy of {short[d.source]}"
    elif kind == SIBLINGS and d is not None:
        what = f"{short[a]} and {short[b]}: {sibling_text(result, d)}"
    elif kind == RELATED and d is not None and d.via is not None:
        what = f"{short[d.copy]} is a copy of a copy of {short[d.source]}, through {short[d.via]}"
    else:
        what = f"{short[a]} and {short[b]}: {kind}"
    return f"{what} · similarity {similarity}"


def describe(result: OverviewResult, a: int, b: int) -> list[str]:
    """The lines of a cell's tooltip: both labels, similarity, containment both ways, relation."""
    labels, short, ov = result.labels, result.short, result.overview
    if a == b:
        return [labels[a], "The article itself (the diagonal)."]
    kind, d = relation(result, a, b)
    lines = [f"Row: {labels[a]}", f"Column: {labels[b]}", ""]
    if kind == COPY_OF and d is not None:
        lines.append(f"Relation: {short[d.copy]} is {_a(d.kind)} copy of {short[d.source]}")
    elif kind == SIBLINGS and d is not None:
        lines.append(f"Relation: {sibling_text(result, d)} (neither copied the other)")
    elif kind == RELATED and d is not None:
        via = f" ({short[d.via]})" if d.via is not None else ""
        lines.append(f"Relation: a copy of a copy, through a third article{via}")
    else:
        lines.append(f"Relation: {kind}")
    lines.append(f"Similarity: {percent(ov.similarity_of(a, b))} (shared vocabulary, tf-idf)")
    if _contained(result, a, b) or _contained(result, b, a):
        lines.append(
            f"Word for word: {percent(_contained(result, a, b))} of {short[a]} found in "
            f"{short[b]}, {percent(_contained(result, b, a))} of {short[b]} in {short[a]} "
            "(3-word sequences)"
        )
    if d is not None:
        if d.kind:
            lines.append(f"Kind: {KIND_TEXT.get(d.kind, d.kind)}")
        lines.append(
            f"Covered: {percent(d.coverage_source)} of {short[d.source]} and "
            f"{percent(d.coverage_copy)} of {short[d.copy]} in aligned sentences"
            + (f" ({d.moved_sentences} moved)" if d.moved_sentences else "")
        )
        lines.append(
            f"{d.aligned_sentences} sentences aligned, longest run {d.longest_run} · "
            f"{percent(d.excess)} of the shorter text follows the other's order beyond chance"
        )
        if d.direct:
            lines.append(f"Direction: {short[d.source]} → {short[d.copy]}: {reason_text(d.reason)}")
        links = link_summary(d)
        if links:
            lines.append(f"Paragraph links: {links}")
    duplicate = result.duplicate(a, b)
    if duplicate:
        lines.append("Exact duplicates" if duplicate == "exact" else "Near duplicates")
    lines += ["", "Click to compare the two side by side."]
    return lines


def pair_verdict(result: OverviewResult, left_key: str, right_key: str) -> str:
    """What the overview says of the pair on screen, for the comparison's summary line: "right
    is an edited copy of left (covers 82% of it)", "same story, independent" — or "" when the
    overview does not know one of them."""
    try:
        a, b = result.keys.index(left_key), result.keys.index(right_key)
    except ValueError:
        return ""
    kind, d = relation(result, a, b)
    if kind == ITSELF:
        return ""
    if kind == COPY_OF and d is not None:
        copy, source = ("left", "right") if d.copy == a else ("right", "left")
        return (
            f"{copy} is {_a(d.kind)} copy of {source} "
            f"(covers {percent(d.coverage_source)} of it; direction: {reason_text(d.reason)})"
        )
    if kind == SIBLINGS and d is not None:
        return sibling_text(result, d)
    if kind == RELATED and d is not None and d.via is not None:
        copy, source = ("left", "right") if d.copy == a else ("right", "left")
        return f"{copy} is a copy of a copy of {source}, through {result.short[d.via]}"
    return kind


def sibling_text(result: OverviewResult, d: DerivedPair) -> str:
    """``"siblings, both copied from X"`` (or ``"both sources of X"``) for a sibling record."""
    via = result.short[d.via] if d.via is not None else "a third article"
    if result.overview.copied_from_via(d):
        return f"siblings, both copied from {via}"
    return f"both sources of {via}"


def _a(kind: str) -> str:
    """``"an edited"``, ``"a verbatim"``… (``"a"`` alone when the kind is unknown)."""
    if not kind:
        return "a"
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def _contained(result: OverviewResult, a: int, b: int) -> float:
    return float(result.overview.containment[a, b])


def link_summary(d: DerivedPair) -> str:
    """``"5 identical, 3 edited"`` from the alignment engine's links ("" before it ran)."""
    counts = Counter(d.link_kinds)
    return ", ".join(f"{n} {kind}" for kind, n in counts.items())


def badges(result: OverviewResult) -> dict[str, str]:
    """Entry key -> what the list's "Copy of" column says: the source's file name, ``+N`` when it has
    more direct sources, and the kind of copy in brackets."""
    out: dict[str, str] = {}
    by_copy: dict[int, list[DerivedPair]] = {}
    for d in result.overview.derived:
        if d.direct:
            by_copy.setdefault(d.copy, []).append(d)
    for i, found in by_copy.items():
        found.sort(key=lambda d: -d.excess)
        more = f" +{len(found) - 1}" if len(found) > 1 else ""
        kind = f" ({found[0].kind})" if found[0].kind else ""
        out[result.keys[i]] = result.name(found[0].source) + more + kind
    return out


@dataclass(frozen=True, slots=True)
class PairRow:
    """One row of the side list: a copy (``source`` -> ``copy``) or a duplicate of ``source``."""

    kind: str  # "copy" | "exact" | "near"
    source: int
    copy: int
    share: float  # how much of the source the copy covers (1.0 for duplicates)
    note: str  # why (the direction's reason, or which kind of duplicate), a sentence
    short: str = ""  # the same in a word or two, for the list's column
    grade: str = ""  # verbatim | edited | paraphrased | partial | identical | near duplicate
    family: int = -1  # the source of the copy family the row belongs to (-1: none)
    family_size: int = 0


def pair_rows(result: OverviewResult) -> list[PairRow]:
    """Direct copies family by family (largest first, each in heatmap order of the copy), then
    duplicates not already listed as copies."""
    ov = result.overview
    rows: list[PairRow] = []
    listed: set[frozenset[int]] = set()
    position = result.heatmap.position
    family_of: dict[int, tuple[int, int, int]] = {}  # article -> (rank, source, size)
    for rank, f in enumerate(ov.families):
        for i in (f.source, *(m.index for m in f.members)):
            family_of[i] = (rank, f.source, f.size)
    direct = [d for d in ov.derived if d.direct]
    direct.sort(
        key=lambda d: (family_of.get(d.copy, (len(ov.families),))[0], int(position[d.copy]))
    )
    for d in direct:
        duplicate = result.duplicate(d.source, d.copy)
        note = f"{duplicate} duplicate; " if duplicate else ""
        short = SHORT_REASONS.get(d.reason, d.reason)
        _, source, size = family_of.get(d.copy, (0, -1, 0))
        rows.append(
            PairRow(
                "copy",
                d.source,
                d.copy,
                d.coverage_source or d.containment,
                note + reason_text(d.reason),
                short,
                d.kind,
                source,
                size,
            )
        )
        listed.add(frozenset((d.source, d.copy)))
    for kind, groups in (("exact", ov.exact_duplicates), ("near", ov.near_duplicates)):
        for group in groups:
            first, *others = group
            for other in others:
                if frozenset((first, other)) not in listed:
                    listed.add(frozenset((first, other)))
                    text = "identical text" if kind == "exact" else "near duplicate"
                    word = "identical" if kind == "exact" else "near duplicate"
                    rows.append(PairRow(kind, first, other, 1.0, text, word, word))
    return rows


def row_counts(rows: list[PairRow]) -> str:
    """``"22 copies · 3 families of 3+ · 2 duplicates"``: what the side list holds (its title and the
    header line both say it, so the two always agree)."""
    copies = sum(1 for r in rows if r.kind == "copy")
    families = len({r.family for r in rows if r.kind == "copy" and r.family_size > 2})
    parts = [_count(copies, "copy", "copies")]
    if families:
        parts.append(_count(families, "family of 3+", "families of 3+"))
    if len(rows) > copies:
        parts.append(_count(len(rows) - copies, "duplicate"))
    return " · ".join(parts)


def summary(result: OverviewResult) -> str:
    """The header line; its counts are those of the side list (:func:`pair_rows`)."""
    ov = result.overview
    return " · ".join(
        (
            _count(result.size, "article"),
            _count(len(ov.clusters), "story", "stories"),
            row_counts(pair_rows(result)),
        )
    )


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
