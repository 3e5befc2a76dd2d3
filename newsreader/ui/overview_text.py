"""Words for the Overview view: a pair's relation and figures, badges, the copy list (no Qt).

Everything here returns plain strings; the widgets escape them (titles and outlets are untrusted).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsreader.core.corpus import DerivedPair
from newsreader.ui.overview_data import OverviewResult

REASONS = {
    "dates": "earlier publication date",
    "credit": "the copy credits the source's outlet",
    "spelling": "the source spells names as independent reports do",
    "containment": "the source holds more of the copy than the reverse",
    "undetermined": "undetermined (the article loaded first is shown as the source)",
}
SHORT_REASONS = {  # the side list's "Direction" column
    "dates": "earlier date",
    "credit": "credited",
    "spelling": "name spellings",
    "containment": "contains more",
    "undetermined": "undetermined",
}
COPY_OF, RELATED, SAME_STORY, OTHER_STORY, ITSELF = (
    "copy of",
    "related through a third article",
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
        return (COPY_OF if d.direct else RELATED), d
    ov = result.overview
    same = ov.cluster_of(a) == ov.cluster_of(b) and ov.cluster_of(a) >= 0
    return (SAME_STORY if same else OTHER_STORY), None


def headline(result: OverviewResult, a: int, b: int) -> str:
    """One line for the hovered pair (the view's info line)."""
    kind, d = relation(result, a, b)
    short = result.short
    if kind == ITSELF:
        return short[a]
    similarity = percent(float(result.overview.similarity[a, b]))
    if kind == COPY_OF and d is not None:
        what = f"{short[d.copy]} is a copy of {short[d.source]}"
    elif kind == RELATED and d is not None and d.via is not None:
        what = f"{short[a]} and {short[b]}: both related through {short[d.via]}"
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
        lines.append(f"Relation: {short[d.copy]} is a copy of {short[d.source]}")
    elif kind == RELATED and d is not None:
        via = f" ({short[d.via]})" if d.via is not None else ""
        lines.append(f"Relation: same story, both related through a third article{via}")
    else:
        lines.append(f"Relation: {kind}")
    lines.append(f"Similarity: {percent(float(ov.similarity[a, b]))} (shared vocabulary, tf-idf)")
    lines.append(
        f"Containment: {percent(_contained(result, a, b))} of {short[a]} found in {short[b]}, "
        f"{percent(_contained(result, b, a))} of {short[b]} in {short[a]} (5-word sequences)"
    )
    if d is not None:
        lines.append(
            f"In order: {short[d.copy]} reproduces {percent(d.containment)} of {short[d.source]}; "
            f"{percent(d.copy_in_source)} of {short[d.copy]} comes from it"
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


def _contained(result: OverviewResult, a: int, b: int) -> float:
    return float(result.overview.containment[a, b])


def link_summary(d: DerivedPair) -> str:
    """``"5 identical, 3 edited"`` from the alignment engine's links ("" before it ran)."""
    counts = Counter(d.link_kinds)
    return ", ".join(f"{n} {kind}" for kind, n in counts.items())


def badges(result: OverviewResult) -> dict[str, str]:
    """Entry key -> what the list's "Copy of" column says (the source's short label, ``+N``)."""
    out: dict[str, str] = {}
    for i, key in enumerate(result.keys):
        sources = result.overview.sources_of(i)
        if sources:
            more = f" +{len(sources) - 1}" if len(sources) > 1 else ""
            out[key] = result.short[sources[0].source] + more
    return out


@dataclass(frozen=True, slots=True)
class PairRow:
    """One row of the side list: a copy (``source`` -> ``copy``) or a duplicate of ``source``."""

    kind: str  # "copy" | "exact" | "near"
    source: int
    copy: int
    share: float  # how much of the source the copy reproduces in order (1.0 for duplicates)
    note: str  # why (the direction's reason, or which kind of duplicate), a sentence
    short: str = ""  # the same in a word or two, for the list's column


def pair_rows(result: OverviewResult) -> list[PairRow]:
    """Direct copies (in heatmap order of the copy), then duplicates not already listed as copies."""
    ov = result.overview
    rows: list[PairRow] = []
    listed: set[frozenset[int]] = set()
    position = result.heatmap.position
    for d in sorted((d for d in ov.derived if d.direct), key=lambda d: int(position[d.copy])):
        duplicate = result.duplicate(d.source, d.copy)
        note = f"{duplicate} duplicate; " if duplicate else ""
        short = SHORT_REASONS.get(d.reason, d.reason)
        rows.append(
            PairRow("copy", d.source, d.copy, d.containment, note + reason_text(d.reason), short)
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
                    rows.append(PairRow(kind, first, other, 1.0, text, word))
    return rows


def summary(result: OverviewResult) -> str:
    ov = result.overview
    copies = sum(1 for d in ov.derived if d.direct)
    duplicates = sum(len(g) - 1 for g in ov.exact_duplicates + ov.near_duplicates)
    parts = [
        _count(result.size, "article"),
        _count(len(ov.clusters), "story", "stories"),
        _count(copies, "copy", "copies"),
    ]
    if duplicates:
        parts.append(_count(duplicates, "duplicate"))
    return " · ".join(parts)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
