"""Helpers for the corpus tests: articles built from plain text, and loaded seeds/samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.article import Article, Paragraph, content_id
from newsreader.core.corpus import Overview, overview
from newsreader.core.ingest import load_path


def make_article(text: str, *, name: str = "", published: str = "", outlet: str = "") -> Article:
    """An article whose paragraphs are the blank-line separated blocks of ``text``."""
    paragraphs, pos = [], 0
    for raw in text.split("\n\n"):
        block = raw.strip()
        if block:
            start = text.index(block, pos)
            paragraphs.append(Paragraph.make(len(paragraphs), block, (start, start + len(block))))
            pos = start + len(block)
    return Article(
        id=content_id(text.encode()),
        path=Path(name) if name else None,
        format="txt",
        encoding="utf-8",
        text=text,
        title=name,
        published=published,
        outlet=outlet,
        paragraphs=paragraphs,
    )


def by_name(result: Overview, name: str) -> int:
    return next(i for i, n in enumerate(result.names) if n.startswith(name))


@pytest.fixture
def seeds_overview(seeds_dir: Path) -> Overview:
    return overview([load_path(p) for p in sorted(seeds_dir.glob("*.txt"))])


@pytest.fixture
def samples_overview(sample_paths: list[Path]) -> Overview:
    return overview([load_path(p) for p in sample_paths])
