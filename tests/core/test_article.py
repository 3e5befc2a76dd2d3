"""The article data model."""

from __future__ import annotations

from newsreader.core.article import Article, Paragraph, content_id


def test_word_counts_are_computed_once_per_paragraph() -> None:
    first = Paragraph.make(0, "Three words here.", (0, 17))
    second = Paragraph(1, "  two   words ", (18, 32))
    assert (first.words, second.words) == (3, 2)
    assert Paragraph(2, "ignored text", (0, 12), words=7).words == 7  # an explicit count is kept
    article = Article(content_id(b"x"), None, "txt", "utf-8", "", paragraphs=[first, second])
    assert article.word_count == 5
    assert Article(content_id(b""), None, "txt", "utf-8", "").word_count == 0
