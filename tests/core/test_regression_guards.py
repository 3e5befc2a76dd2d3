"""Boundary tests for behaviour that single changes once slipped past the suite (issue 13, point 12).

Each test states the behaviour a threshold or guard protects, through public functions and with
invented sentences, so it fails when the guard is removed or the threshold moved (COPY_EXCESS 0.2
to 0.3, MIN_CONTENT_WORDS 20 to 5, the surname gender guard, the "n't" negation, backslashes in
link targets, C1 controls in export text), and survives a rewrite that keeps the behaviour.
"""

from __future__ import annotations

import re

import pytest

from newsreader.core.align import align
from newsreader.core.article import Article, Paragraph, content_id
from newsreader.core.corpus import order_evidence, overview, sketch_sentences, sketch_text
from newsreader.core.export import render_export
from newsreader.core.export.safe import safe_href
from newsreader.core.facts import analyze, extract_facts
from newsreader.core.ingest import load_text
from tests.core.align.synthetic import Lexicon, Writer
from tests.core.facts.crafted import article

# --- copy or not: how much of the shorter text must follow the other's order -----------------

_LEXICON = Lexicon.make(seed=11)


def _sentences(seed: int, count: int) -> list[str]:
    writer = Writer(_LEXICON, seed)
    return [writer.sentence() for _ in range(count)]


def _partial_copy(source: list[str], copied: int, seed: int) -> list[str]:
    """Every third sentence of ``source`` for ``copied`` sentences, in order, among new ones."""
    other = _sentences(seed, len(source) - copied)
    step = len(other) // copied
    out: list[str] = []
    for i in range(copied):
        out.append(source[i * 3])
        out.extend(other[i * step : (i + 1) * step])
    return out


def _as_article(sentences: list[str], name: str) -> Article:
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return load_text("\n\n".join(paragraphs), name=name)


def test_a_text_a_third_of_which_follows_the_others_order_is_a_copy() -> None:
    """Ten of thirty sentences taken over in order: well above chance (COPY_EXCESS is a fifth)."""
    source = _sentences(1, 30)
    copy = _partial_copy(source, 10, 110)
    assert order_evidence(sketch_sentences([source]), sketch_sentences([copy])).is_copy
    result = overview([_as_article(source, "source"), _as_article(copy, "copy")])
    assert [(d.source, d.copy) for d in result.derived] in ([(0, 1)], [(1, 0)])


def test_a_text_sharing_a_few_sentences_in_order_is_not_a_copy() -> None:
    source = _sentences(1, 30)
    for copied, seed in ((4, 104), (5, 105)):
        other = _partial_copy(source, copied, seed)
        assert not order_evidence(sketch_sentences([source]), sketch_sentences([other])).is_copy


def test_two_short_reports_sharing_names_in_order_are_not_copies() -> None:
    """A few words in the same order say nothing in a text this short (MIN_CONTENT_WORDS)."""
    a = load_text(
        "Harbour Times\n\nArlen Vosk met farmers on Tuesday. The Sella dam is low. "
        "Crops were lost in June. Talks resume in Brenn.",
        name="a",
    )
    b = load_text(
        "Coastline Daily\n\nFarmers greeted Arlen Vosk warmly. Water behind the Sella dam is "
        "low. Their crops failed in June. Negotiators return to Brenn.",
        name="b",
    )
    text = ["\n\n".join(p.text for p in x.paragraphs) for x in (a, b)]
    assert not order_evidence(sketch_text(text[0]), sketch_text(text[1])).is_copy
    assert overview([a, b]).derived == []


# --- people: a feminine surname is another person ---------------------------------------------


@pytest.mark.parametrize(
    "mention",
    [
        '"We will be there," Zelenska said on Monday.',
        "Ukraine's first lady Zelenska will attend the summit.",
    ],
)
def test_a_feminine_surname_alone_is_not_the_man(mention: str) -> None:
    facts = analyze(
        [
            article("President Volodymyr Zelensky will not attend the summit.", name="a"),
            article(mention, name="b"),
        ]
    )
    assert sorted(sorted(p.variants) for p in facts.people) == [
        ["Volodymyr Zelensky"],
        ["Zelenska"],
    ]


# --- attendance: "didn't say he would" says nothing -------------------------------------------


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_didnt_say_he_would_attend_is_unknown(apostrophe: str) -> None:
    text = f"President Tomas Halberg didn{apostrophe}t say he would attend the summit in Geneva."
    facts = extract_facts(article(text))
    assert [(p.name, p.attendance) for p in facts.people] == [("Tomas Halberg", "unknown")]


def test_wont_attend_is_not_attending() -> None:
    facts = extract_facts(article("President Tomas Halberg won't attend the summit in Geneva."))
    assert [p.attendance for p in facts.people] == ["not_attending"]


# --- links in the export: only plain http(s) targets -------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example\\@evil.example/story",
        "https:\\\\evil.example/story",
        "http://news.example/a\\..\\b",
        "/\\evil.example/story",
    ],
)
def test_a_url_with_a_backslash_is_never_a_link(url: str) -> None:
    """Browsers read "\\" as "/", so the host a reader sees is not the one a click goes to."""
    assert safe_href(url) is None


def test_a_plain_https_url_is_a_link() -> None:
    assert safe_href("https://news.example/2024/story?id=1#top") is not None


# --- export text: no C1 control characters ------------------------------------------------------

C1 = "".join(chr(c) for c in range(0x80, 0xA0))


def _with_controls(name: str) -> Article:
    paragraphs = [
        f"Talks resumed\x85on Thursday{C1}in the harbour city, officials said.",
        "Farmers waited for water \x9b31m while ministers met.",
    ]
    text = "\n\n".join(paragraphs)
    made, offset = [], 0
    for n, p in enumerate(paragraphs):
        made.append(Paragraph.make(n, p, (offset, offset + len(p))))
        offset += len(p) + 2
    return Article(content_id(text.encode()), None, "txt", "utf-8", text, paragraphs=made,
                   source_name=name)  # fmt: skip


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_export_text_carries_no_c1_controls(fmt: str) -> None:
    left, right = _with_controls("a"), load_text("Talks resumed on Thursday.", name="b")
    out = render_export(fmt, left, right, align(left, right), None).decode("utf-8")
    assert not re.search("[\x80-\x9f]", out)
    assert "Talks resumed" in out and "officials said" in out
