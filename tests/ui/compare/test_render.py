"""The pane HTML is generated from the model: escaped, paragraph-only, one block per <p>."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from newsreader.core.align import Alignment, DiffOp, Link
from newsreader.core.article import Article, Paragraph
from newsreader.ui.compare.marks import LinkIndex, Mark, side_marks
from newsreader.ui.compare.render import REMOVED_BLOCK, render_article

HOSTILE = [
    "<script>alert(1)</script> begins this paragraph",
    '<img src="http://example.com/x.png" onerror="alert(2)"> and <a href="javascript:alert(3)">x</a>',
    "<iframe src='file:///etc/passwd'></iframe> & <style>body{display:none}</style>",
]


def article(texts: list[str], removed: list[str] | None = None) -> Article:
    text = "\n\n".join(texts)
    paragraphs, pos = [], 0
    for i, t in enumerate(texts):
        start = text.index(t, pos)
        paragraphs.append(Paragraph.make(i, t, (start, start + len(t))))
        pos = start + len(t)
    return Article("id", None, "txt", "utf-8", text, paragraphs=paragraphs, removed=removed or [])


def test_markup_in_text_is_escaped_and_inert(qapp) -> None:
    rendered = render_article(article(HOSTILE))
    assert "<script" not in rendered.html and "<img" not in rendered.html
    assert "<iframe" not in rendered.html and "<a " not in rendered.html
    assert set(re.findall(r"<(\w+)", rendered.html)) <= {"html", "body", "p", "span"}
    document = QTextDocument()
    document.setHtml(rendered.html)
    assert document.toPlainText().split("\n") == HOSTILE  # shown literally, one block each
    assert document.blockCount() == len(rendered.blocks) == 3


def test_blocks_follow_paragraphs_and_removed_lines(qapp) -> None:
    texts = ["First paragraph here.", "Second paragraph here.", "Third one."]
    source = article(texts, removed=["Cookie banner", "Subscribe now"])
    source.text = "Cookie banner\n" + source.text + "\nSubscribe now"
    for k, p in enumerate(source.paragraphs):
        start = source.text.index(p.text)
        source.paragraphs[k] = Paragraph.make(p.index, p.text, (start, start + len(p.text)))
    hidden = render_article(source, show_removed=False)
    assert hidden.blocks == [0, 1, 2]
    shown = render_article(source, show_removed=True)
    assert shown.blocks == [REMOVED_BLOCK, 0, 1, 2, REMOVED_BLOCK]
    document = QTextDocument()
    document.setHtml(shown.html)
    lines = document.toPlainText().split("\n")
    assert lines[0] == "Cookie banner" and lines[-1] == "Subscribe now"
    assert document.blockCount() == 5


def test_word_diff_spans_cover_changed_words() -> None:
    source = article(["The cat sat on the mat."])
    marks = [Mark("edited", ((4, 7), (19, 22)))]
    html = render_article(source, marks, word_diff=True).html
    assert '<span class="d-edited">cat</span>' in html
    assert '<span class="d-edited">mat</span>' in html
    assert "span" not in render_article(source, marks, word_diff=False).html


def test_blank_paragraph_keeps_its_block(qapp) -> None:
    rendered = render_article(article(["One.", "   ", "Three."]))
    document = QTextDocument()
    document.setHtml(rendered.html)
    assert document.blockCount() == 3
    assert "(empty paragraph)" in document.toPlainText()


def test_side_marks_from_alignment() -> None:
    alignment = Alignment(
        3,
        2,
        [
            Link(0, 0, 100.0, "identical"),
            Link(2, 1, 70.0, "paraphrase", ops=(DiffOp("replace", (0, 3), (0, 4)),)),
            Link(2, 0, 60.0, "paraphrase"),
        ],
    )
    index = LinkIndex(alignment)
    left = side_marks(index, "left", ["Same text.", "Only here.", "Old wording."])
    assert [m.tier if m else None for m in left] == ["identical", "only", "paraphrase"]
    assert left[2].changed == ((0, 3),) and left[2].link_count == 2
    right = side_marks(index, "right", ["Same text.", "New wording."])
    assert right[1].changed == ((0, 4),)
    assert index.unmatched("left") == [1] and index.linked("right") == [0, 1]


def test_word_diff_left_out_when_most_words_changed() -> None:
    text = "one two three four five six seven eight nine ten"
    few = Link(0, 0, 90.0, "edited", ops=(DiffOp("replace", (0, 3), (0, 3)),))
    many = Link(0, 0, 60.0, "paraphrase", ops=(DiffOp("replace", (0, 33), (0, 33)),))
    for link, expected in ((few, ((0, 3),)), (many, ())):
        index = LinkIndex(Alignment(1, 1, [link]))
        assert side_marks(index, "left", [text])[0].changed == expected
