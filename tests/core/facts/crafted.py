"""Crafted articles for the fact tests: the body is exactly the given paragraphs, so the tests do
not depend on how the loader cleans text."""

from __future__ import annotations

from pathlib import Path

from newsreader.core.article import Article, Paragraph, content_id
from newsreader.core.facts import ArticleFacts, extract_facts


def article(*paragraphs: str, published: str = "", name: str = "crafted") -> Article:
    """An article whose body is exactly ``paragraphs`` (independent of the loader's cleaning)."""
    text = "\n\n".join(paragraphs)
    paras, offset = [], 0
    for n, p in enumerate(paragraphs):
        paras.append(Paragraph.make(n, p, (offset, offset + len(p))))
        offset += len(p) + 2
    return Article(
        id=content_id(text.encode()),
        path=Path(f"{name}.txt"),
        format="txt",
        encoding="utf-8",
        text=text,
        title=name,
        published=published,
        paragraphs=paras,
    )


def facts(*paragraphs: str, published: str = "") -> ArticleFacts:
    return extract_facts(article(*paragraphs, published=published))


def status(f: ArticleFacts, name: str) -> str:
    p = f.person(name)
    assert p is not None, f"{name} not found among {[q.name for q in f.people]}"
    return p.attendance
