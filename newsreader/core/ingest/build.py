"""Assembling the :class:`~newsreader.core.article.Article` from a reader's text and blocks."""

from __future__ import annotations

from pathlib import Path

from newsreader.core.article import Article
from newsreader.core.ingest.blocks import Block, split_long
from newsreader.core.ingest.cleaner import BODY, TITLE, clean
from newsreader.core.ingest.errors import LoadError
from newsreader.core.ingest.metadata import Candidates, resolve
from newsreader.core.ingest.paragraphs import make_paragraphs
from newsreader.core.ingest.removed import removed_lines
from newsreader.core.visible import mark_run


def build_article(
    *,
    article_id: str,
    path: Path | None,
    source_name: str,
    fmt: str,
    encoding: str,
    text: str,
    blocks: list[Block],
    cands: Candidates,
    title_hint: str = "",
    heading_title: bool = False,
    warnings: list[str] | None = None,
    page_lines: list[str] | None = None,
) -> Article:
    warnings = list(warnings or [])
    blocks = split_long(blocks, text)
    if not blocks:
        raise LoadError(None, "contains no article text")
    cleaned = clean(blocks, cands, title_hint=title_hint, heading_title=heading_title)
    roles = cleaned.roles
    paragraphs = make_paragraphs(blocks, roles)
    if not paragraphs:
        # Everything looked like page furniture: show it all rather than lose the user's text.
        roles = [r if r == TITLE else BODY for r in roles]
        paragraphs = make_paragraphs(blocks, roles)
        warnings.append(
            "Nothing here reads like article text (only short page-furniture lines), "
            "so every line is kept as a paragraph."
        )
    if not paragraphs:  # a title and nothing else
        roles = [BODY] * len(blocks)
        paragraphs = make_paragraphs(blocks, roles)
        cleaned.title = ""
    if not paragraphs:  # nothing but invisible format characters
        raise LoadError(None, "contains no article text (only invisible characters)")
    hidden = sum(len(mark_run(run)) > 0 for p in paragraphs for _, run in p.hidden)
    if hidden:
        warnings.append(
            f"The text has invisible formatting characters (right-to-left overrides, zero-width "
            f"spaces) in {hidden} place{'s' if hidden != 1 else ''}: they are shown as ⟨U+…⟩ "
            "marks and left out when the text is compared or analysed."
        )
    resolved = resolve(cands)
    warnings.extend(resolved.warnings)
    return Article(
        id=article_id,
        path=path,
        format=fmt,
        encoding=encoding,
        text=text,
        title=cleaned.title,
        outlet=resolved.outlet,
        author=resolved.author,
        published=resolved.published,
        published_source=resolved.published_source,
        url=resolved.url,
        paragraphs=paragraphs,
        removed=removed_lines(blocks, roles, page_lines, cleaned.title),
        warnings=_unique(warnings),
        source_name=source_name,
    )


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
