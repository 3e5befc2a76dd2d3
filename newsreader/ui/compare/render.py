"""The HTML a pane shows, generated from the article model (pure, no Qt).

Never the page's own HTML: only ``<p>`` elements with escaped text and ``<span>`` s for changed
words, so no script, image, link or style from the source can reach the widget. Each ``<p>`` becomes
exactly one block of the QTextDocument; :attr:`Rendered.blocks` says which paragraph each block is
(``-1`` for removed boilerplate), so the pane can find paragraphs without anchors (anchors make
Qt's HTML import quadratic).

Removed boilerplate, when shown, sits where it was in the source text (found by position), or at
the end when it cannot be placed.

Invisible format characters the paragraph had in the source (a right-to-left override, zero-width
spaces) are shown where they stood as visible marks (``⟨U+202E⟩``), as in titles and the export.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsreader.core.article import Article, Paragraph
from newsreader.core.visible import visible, with_marks
from newsreader.ui.compare.marks import Mark

EMPTY_PARAGRAPH = "(empty paragraph)"
REMOVED_BLOCK = -1


HEAD, TAIL = "<html><body>", "</body></html>"


@dataclass(frozen=True, slots=True)
class Rendered:
    """The pane's document: one ``<p>`` per block, each made when asked for (a big article is put
    into the pane a step at a time, so only the paragraphs of the step are rendered then)."""

    blocks: list[int]  # per <p>, in order: paragraph index, or REMOVED_BLOCK
    make: Callable[[int], str]  # the <p> element of block n
    size: int  # about how many characters the document holds

    def part(self, n: int) -> str:
        return self.make(n)

    @property
    def parts(self) -> list[str]:
        return [self.make(n) for n in range(len(self.blocks))]

    @property
    def html(self) -> str:
        return HEAD + "".join(self.parts) + TAIL


def render_article(
    article: Article,
    marks: Sequence[Mark | None] | None = None,
    *,
    word_diff: bool = True,
    show_removed: bool = False,
) -> Rendered:
    items: list[tuple[int, int, int]] = []  # (position, order, paragraph index or -1 - removed)
    for p in article.paragraphs:
        items.append((p.span[0], len(items), p.index))
    if show_removed:
        for k, pos in enumerate(_removed_positions(article)):
            items.append((pos, len(items), -1 - k))
        items.sort()
    by_index = {p.index: p for p in article.paragraphs}
    keys = [key for _, _, key in items]

    def make(n: int) -> str:
        key = keys[n]
        if key < 0:
            text = visible(" ".join(article.removed[-1 - key].split()))
            return f'<p class="removed">{html.escape(text) or "&nbsp;"}</p>'
        mark = marks[key] if marks is not None and key < len(marks) else None
        return _paragraph(by_index[key], mark, word_diff)

    blocks = [REMOVED_BLOCK if key < 0 else key for key in keys]
    size = sum(len(p.text) + 40 for p in article.paragraphs)
    if show_removed:
        size += sum(len(line) + 30 for line in article.removed)
    return Rendered(blocks, make, size)


def _paragraph(paragraph: Paragraph, mark: Mark | None, word_diff: bool) -> str:
    text = paragraph.text
    if not text.strip() and not paragraph.hidden:
        return f'<p class="empty">{EMPTY_PARAGRAPH}</p>'
    tier = mark.tier if mark is not None else "none"
    if mark is None or not word_diff or not mark.changed or mark.tier == "only":
        return f'<p class="{tier}">{_escape(paragraph, 0, len(text))}</p>'
    out: list[str] = []
    pos = 0
    for start, stop in sorted(mark.changed):
        begin, end = max(start, pos), min(stop, len(text))
        if begin >= end:
            continue
        out.append(_escape(paragraph, pos, begin))
        out.append(f'<span class="d-{tier}">{_escape(paragraph, begin, end)}</span>')
        pos = end
    out.append(_escape(paragraph, pos, len(text)))
    return f'<p class="{tier}">{"".join(out)}</p>'


def _escape(paragraph: Paragraph, start: int, end: int) -> str:
    # Whitespace (newlines included) collapses in HTML, which keeps one <p> one block.
    return html.escape(with_marks(paragraph.text, paragraph.hidden, start, end), quote=False)


def _removed_positions(article: Article) -> list[int]:
    """Where each removed line sat in ``article.text`` (in order), else after everything."""
    positions: list[int] = []
    cursor = 0
    end = len(article.text) + 1
    for line in article.removed:
        needle = line.strip()
        found = article.text.find(needle, cursor) if needle else -1
        if found < 0:
            positions.append(end)
        else:
            positions.append(found)
            cursor = found + len(needle)
    return positions
