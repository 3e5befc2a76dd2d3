"""Markdown export: escaping that renders back to the same text, and the comparison's layout."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lxml.html
import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.core.align import Alignment
from newsreader.core.article import Article
from newsreader.core.export import md_escape, render_markdown
from tests.core.export.conftest import FIXED_TIME, disagreement_facts

Pair = tuple[Article, Article, Alignment]

PIECES = st.sampled_from(
    [
        *"ab 1.-+#>*_`[]()<>!|~&:\\=/;\"'",
        *("javascript:", "http://x.y", "&lt;", "&#60;", "<script>", "  ", "1. ", "- ", "\n"),
        *("![i](x.png)", "[a](b)", "<b>", "<!--", "**"),
    ]
)


def _rendered_text(source: str) -> str:
    doc = lxml.html.fragment_fromstring(markdown.markdown(source), create_parent="div")
    return " ".join(doc.text_content().split())


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=15).map("".join), st.booleans())
def test_escaped_text_renders_as_itself(text: str, at_line_start: bool) -> None:
    source = md_escape(text) if at_line_start else "**A** " + md_escape(text)
    expected = text if at_line_start else "A " + text
    assert _rendered_text(source) == " ".join(expected.split())


def test_escaping_stays_readable() -> None:
    assert md_escape("Varga said: talks (in Istanbul) were 50% done.") == (
        "Varga said: talks (in Istanbul) were 50% done."
    )
    assert md_escape("a < b & c") == "a < b & c"
    assert md_escape("<script>") == "&lt;script\\>"


def test_layout(pair: Pair, facts_for: Callable[[Article, Article], dict[str, Any]]) -> None:
    left, right, alignment = pair
    md = render_markdown(left, right, alignment, facts_for(left, right), exported_at=FIXED_TIME)
    lines = md.splitlines()
    assert lines[0] == (
        "# Comparison: Harbour Times — Water talks open without Varga ↔ "
        "Globe Newsflash — Talks begin; Varga stays away"
    )
    assert "- Content hash: `" + left.id + "`" in lines
    assert "- URL: <https://harbourtimes.example/world/water-talks>" in lines
    headings = [line for line in lines if line.startswith("### ")]
    assert len(headings) == len(alignment.links)
    assert "### A¶2 ↔ B¶3: ≈ edited (84, moved)" in headings
    assert (
        "> **A¶2** President Elena Varga **will not attend**, her office said on Tuesday." in lines
    )
    only_a = lines.index("## Only in A (not in B)")
    assert lines[only_a + 2].startswith("- **A¶5** A spokesman declined")
    assert "| Topic | A: Harbour Times | B: Globe Newsflash | C: Northern Observer |" in lines
    assert "| attendance of Tomas Halberg | attending | conditional | not stated |" in lines
    assert any(line.startswith("- Elena Varga (President): not attending") for line in lines)
    html = markdown.markdown(md, extensions=["tables"])
    assert html.count("<blockquote>") == len(alignment.links)


def test_disagreements_give_both_sentences_with_the_differing_words_in_bold() -> None:
    from newsreader.core.align import align
    from tests.core.facts.crafted import article

    left = article("The ministers freed 1,000 *fishermen* on Monday.", name="left")
    right = article("The ministers freed 1,200 *fishermen* on Monday.", name="right")
    facts = disagreement_facts(left, right)
    md = render_markdown(left, right, align(left, right), facts, exported_at=FIXED_TIME)
    lines = md.splitlines()
    assert "**fishermen** (number, 80% sure)" in lines
    assert r"- Left Post: “The ministers freed **1,000** \*fishermen\* on Monday.”" in lines
    assert r"- Right Herald: “The ministers freed **1,200** \*fishermen\* on Monday.”" in lines
    html = markdown.markdown(md, extensions=["tables"])
    assert "<strong>1,200</strong>" in html and "<em>" not in html
