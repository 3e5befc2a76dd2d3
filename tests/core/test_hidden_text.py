"""Body text is shown and analysed the same way (issue 13, point 6): invisible format characters
(bidi controls, zero-width characters; Unicode Cf) are taken out before any engine reads a paragraph
and shown as visible marks where they stood."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsreader.core.align import align
from newsreader.core.export import render_export
from newsreader.core.facts import extract_facts
from newsreader.core.ingest import load_text
from newsreader.core.visible import (
    SOFT_HYPHEN,
    neutralise,
    shown_offsets,
    visible,
    with_marks,
)

RLO, PDF, ZWSP, ZWJ, WJ = "\u202e", "\u202c", "\u200b", "\u200d", "\u2060"
BODY = (
    "Summit in Geneva\n\n"
    "President Tomas Halberg will {verb} the summit in Geneva next week, his office said.\n\n"
    "The talks on water rights have been postponed twice since the spring."
)


def article(verb: str, name: str = "x"):
    return load_text(BODY.format(verb=verb), name=name)


def restore(text: str, hidden) -> str:
    out, pos = [], 0
    for offset, run in hidden:
        out += [text[pos:offset], run]
        pos = offset
    return "".join([*out, text[pos:]])


def no_format_characters(text: str) -> bool:
    return all(unicodedata.category(ch) != "Cf" for ch in text)


def test_a_zero_width_space_inside_not_still_negates() -> None:
    """Shown as "will not attend"; before, the facts said attending."""
    plain = extract_facts(article("not attend")).people
    spoofed = extract_facts(article(f"n{ZWSP}ot attend")).people
    assert [(p.name, p.attendance) for p in spoofed] == [(p.name, p.attendance) for p in plain]
    assert [p.attendance for p in plain] == ["not_attending"]


def test_a_zero_width_character_inside_a_name_is_the_same_person() -> None:
    spoofed = load_text(BODY.format(verb="attend").replace("Halberg", f"Hal{ZWJ}berg"), name="x")
    assert [p.name for p in extract_facts(spoofed).people] == ["Tomas Halberg"]


def test_a_right_to_left_override_is_analysed_as_written_and_shown_as_marked() -> None:
    spoofed = article(f"{RLO}ton{PDF} attend")  # displays as "will not attend"
    paragraph = spoofed.paragraphs[0]
    assert no_format_characters(paragraph.text)
    assert "will ton attend" in paragraph.text
    assert "will ⟨U+202E⟩ton⟨U+202C⟩ attend" in paragraph.shown
    facts = extract_facts(spoofed)
    for person in facts.people:
        assert no_format_characters(person.evidence.text if person.evidence else "")


def test_every_engine_reads_neutral_text() -> None:
    left = article("attend")
    spoofed = load_text(
        BODY.format(verb="attend").replace(" ", f" {ZWSP}").replace("e", f"e{WJ}"), name="y"
    )
    assert all(no_format_characters(p.text) for p in spoofed.paragraphs)
    assert [p.text for p in spoofed.paragraphs] == [p.text for p in left.paragraphs]
    links = align(left, spoofed).links
    assert links and all(link.kind == "identical" for link in links)


def test_the_export_shows_the_marks() -> None:
    spoofed = article(f"{RLO}ton{PDF} attend")
    plain = article("attend", name="y")
    html = render_export("html", spoofed, plain, align(spoofed, plain), None).decode()
    assert RLO not in html and PDF not in html
    assert "will ⟨U+202E⟩ton⟨U+202C⟩ attend" in re.sub("<[^>]*>", "", html)
    markdown = render_export("md", spoofed, plain, align(spoofed, plain), None).decode()
    assert "will ⟨U+202E⟩ton⟨U+202C⟩ attend" in markdown.replace("**", "")
    assert RLO not in markdown


def test_zero_width_characters_in_outlet_and_title_are_visible() -> None:
    assert visible(f"Reu{ZWSP}ters") == "Reu⟨U+200B⟩ters"
    assert visible(f"Breaking{ZWJ}{WJ}") == "Breaking⟨U+200D⟩⟨U+2060⟩"
    assert visible(f"Bundes{SOFT_HYPHEN}regierung") == "Bundesregierung"


_TEXT = st.text(
    alphabet=st.sampled_from(["a", "b", " ", ".", "é", RLO, PDF, ZWSP, ZWJ, SOFT_HYPHEN, "\ufeff"]),
    max_size=40,
)


@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_neutralise_keeps_everything_and_marks_cut_anywhere(raw: str, a: int, b: int) -> None:
    text, hidden = neutralise(raw)
    assert no_format_characters(text)
    assert restore(text, hidden) == raw
    full = with_marks(text, hidden)
    assert no_format_characters(full.replace(SOFT_HYPHEN, ""))
    if text:  # (a paragraph of nothing but format characters is shown whole)
        cut = sorted((min(a, len(text)), min(b, len(text))))
        pieces = with_marks(text, hidden, 0, cut[0])
        pieces += with_marks(text, hidden, cut[0], cut[1]) + with_marks(text, hidden, cut[1])
        assert pieces == full
    starts, ends = shown_offsets(text, hidden), shown_offsets(text, hidden, ends=True)
    for k in range(len(text)):
        assert full[starts[k]] == text[k]
        assert full[ends[k + 1] - 1] == text[k]


def test_a_paragraph_keeps_no_spaces_at_its_ends_once_they_are_taken_out() -> None:
    made = load_text(f"Title\n\n{RLO}  Talks resumed on Thursday.  {ZWSP}\n\nMore text.", name="x")
    first = next(p for p in made.paragraphs if "Talks" in p.text)
    assert first.text == "Talks resumed on Thursday."
    assert first.shown == "⟨U+202E⟩Talks resumed on Thursday.⟨U+200B⟩"


def test_text_of_nothing_but_invisible_characters_is_refused_with_a_reason() -> None:
    import pytest

    from newsreader.core.ingest import LoadError, load_bytes

    with pytest.raises(LoadError, match="no article text"):
        load_bytes(f" {ZWSP}\ufeff\n\n{RLO}{PDF}".encode(), name="f.txt")
    made = load_text(f"{ZWSP}{ZWJ}\n\nThe one real paragraph of this text.", name="y")
    assert [(p.index, p.text) for p in made.paragraphs] == [
        (0, "The one real paragraph of this text.")
    ]


def test_the_article_warns_that_its_text_has_invisible_characters() -> None:
    spoofed = article(f"{RLO}ton{PDF} attend")
    assert any("invisible formatting characters" in w and "2 places" in w for w in spoofed.warnings)
    assert not any("invisible" in w for w in article("attend").warnings)
    hyphenated = load_text(f"The Bundes{SOFT_HYPHEN}regierung met on Thursday.", name="z")
    assert not any("invisible" in w for w in hyphenated.warnings)  # a soft hyphen is no trick
