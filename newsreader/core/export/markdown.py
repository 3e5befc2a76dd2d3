"""The comparison as Markdown, for pasting into notes.

Article text is escaped so that a note app rendering the Markdown shows it as written: no raw HTML,
no links or images made from article text, no headings or lists started by it. Only http(s) URLs of
the articles' own metadata become links (as ``<https://...>`` autolinks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsreader.core.export.context import ArticleMeta, Comparison, ParaView
from newsreader.core.export.facts_view import DiscrepancyRow
from newsreader.core.export.palette import PALETTE

# Punctuation that starts emphasis, code, links and images (a "[" is needed for both) or quotes;
# escaped with a backslash, which CommonMark, GFM and Python-Markdown all honour for these.
_INLINE = re.compile(r"([\\`*_\[\]>])")
# "<" that could open a tag or an autolink, "&" that could start an entity: written as entities,
# because Python-Markdown does not honour "\<" and "\&".
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=[#A-Za-z0-9])")
# Block syntax at the start of a line: ordered-list numbers ("1." / "1)"), bullets, headings.
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+#])", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def md_escape(text: str) -> str:
    """``text`` as literal Markdown on one line: it renders as the same text, never as markup.

    Runs of white space become one space (a line break could start block syntax); spaces at the
    ends are kept, so segments of one paragraph can be escaped one by one.
    """
    text = _SPACE.sub(" ", text)
    text = _ENTITY.sub("&amp;", text)
    text = _TAG_OPEN.sub("&lt;", text)
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(
        lambda m: (
            f"{m.group(1)}{m.group(2)}\\{m.group(3)}"
            if m.group(2)
            else f"{m.group(4)}\\{m.group(5)}"
        ),
        text,
    )


def _meta_lines(m: ArticleMeta) -> list[str]:
    url = f"<{m.url_href}>" if m.url_href else md_escape(m.url) if m.url else "—"
    published = md_escape(m.published) if m.published else "unknown"
    return [
        f"**{m.letter}: {md_escape(m.heading)}**",
        "",
        f"- Outlet: {md_escape(m.outlet) or '—'}",
        f"- Title: {md_escape(m.title) or '—'}",
        f"- Author: {md_escape(m.author) or '—'}",
        f"- Published: {published}",
        f"- URL: {url}",
        f"- File: {md_escape(m.file_name) or '(pasted text)'}",
        f"- Content hash: `{m.content_hash}`",
        f"- Text: {m.paragraph_count} paragraphs, {m.word_count} words",
        "",
    ]


def _para_text(p: ParaView) -> str:
    """The paragraph with its changed words in bold."""
    out = []
    for s in p.segments:
        words = md_escape(s.text)
        if s.changed and words.strip():
            lead = " " if words[:1] == " " else ""
            trail = " " if words[-1:] == " " else ""
            out.append(f"{lead}**{words.strip()}**{trail}")
        else:
            out.append(words)
    return "".join(out).strip()


def render_comparison_markdown(c: Comparison) -> str:
    lines = [
        f"# Comparison: {md_escape(c.left.meta.heading)} ↔ {md_escape(c.right.meta.heading)}",
        "",
        f"Exported {c.exported_at_text} by newsreader {c.app_version}. Similarity {c.similarity}/100; "
        f"{c.left_in_right}% of A found in B, {c.right_in_left}% of B found in A; "
        f"{c.link_count} linked paragraph pairs.",
        "",
        *_meta_lines(c.left.meta),
        *_meta_lines(c.right.meta),
        "Tiers: "
        + "; ".join(f"{s.symbol} {s.label} ({s.description})" for s in PALETTE.values())
        + ". Changed words are in **bold**.",
        "",
        "## Matched paragraphs",
        "",
    ]
    right_by_number = {p.number: p for p in c.right.paragraphs}
    pairs = 0
    for p in c.left.paragraphs:
        for m in p.matches:
            other = right_by_number[m.number]
            style = PALETTE[m.kind]
            moved = ", moved" if m.moved else ""
            lines += [
                f"### {p.label} ↔ {m.label}: {style.symbol} {style.label} ({m.score}{moved})",
                "",
                f"> **{p.label}** {_para_text(p)}",
                ">",
                f"> **{m.label}** {_para_text(other)}",
                "",
            ]
            pairs += 1
    if not pairs:
        lines += ["No paragraph of A matches one of B.", ""]
    for side, opposite in ((c.left, c.right), (c.right, c.left)):
        only = [p for p in side.paragraphs if p.tier == "only"]
        lines += [f"## Only in {side.letter} (not in {opposite.letter})", ""]
        lines += [f"- **{p.label}** {_para_text(p)}" for p in only] or ["Nothing."]
        lines.append("")
    if c.facts is not None:
        lines += _facts_lines(c)
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str) -> str:
    """A table cell: escaped, with its pipes escaped too."""
    return md_escape(text).replace("|", "\\|") or "—"


def _evidence_lines(discrepancies: Sequence[DiscrepancyRow]) -> list[str]:
    """Each disagreement's two sentences, the differing words in bold, most certain first (as
    the sidebar's cards and the HTML report show them)."""
    lines: list[str] = []
    for d in discrepancies:
        if not d.sides:
            continue
        sure = f", {d.percent}% sure" if d.percent is not None else ""
        kind = f" ({md_escape(d.kind)}{sure})" if d.kind else ""
        lines += ["", f"**{md_escape(d.topic)}**{kind}", ""]
        for side in d.sides:
            sentence = "".join(
                f"**{md_escape(text)}**" if marked and text.strip() else md_escape(text)
                for text, marked in side.segments
            )
            also = f" (also {md_escape(', '.join(side.also))})" if side.also else ""
            lines.append(f"- {md_escape(side.outlet)}{also}: “{sentence}”")
    return lines


def _facts_lines(c: Comparison) -> list[str]:
    f = c.facts
    assert f is not None
    lines = ["## Discrepancies", ""]
    if f.discrepancies:
        lines.append(
            "| Topic | " + " | ".join(f"{a.letter}: {_cell(a.label)}" for a in f.articles) + " |"
        )
        lines.append("|---" * (len(f.articles) + 1) + "|")
        for d in f.discrepancies:
            row = " | ".join(_cell(v) if v else "not stated" for v in d.values)
            lines.append(f"| {_cell(d.topic)} | {row} |")
        lines += _evidence_lines(f.discrepancies)
    else:
        lines.append("The articles do not disagree on any extracted fact.")
    lines.append("")
    for a in f.articles:
        lines += [f"## Facts in {a.letter}: {md_escape(a.label)}", ""]
        for person in a.people:
            roles = f" ({md_escape('; '.join(person.roles))})" if person.roles else ""
            evidence = f": “{md_escape(person.evidence)}”" if person.evidence else ""
            lines.append(f"- {md_escape(person.name)}{roles}: {person.attendance_label}{evidence}")
        lines += [f"- Demand of {_cell(party)}: {md_escape(text)}" for party, text in a.demands]
        lines += [f"- Quote ({_cell(who)}): “{md_escape(text)}”" for who, text in a.quotes]
        for name, values in (("Dates", a.dates), ("Places", a.places), ("Figures", a.figures)):
            if values:
                lines.append(f"- {name}: " + "; ".join(md_escape(v) for v in values))
        if a.is_empty:
            lines.append("No facts extracted.")
        lines.append("")
    return lines
