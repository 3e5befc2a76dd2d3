"""Body blocks to :class:`~newsreader.core.article.Paragraph` s, rejoining split sentences.

Copying text out of a web page often breaks a paragraph in two: a quotation ends with a comma and
its attribution ("… diametrically opposed,” / Kremlin spokesman Dmitry Peskov told journalists.")
lands in a block of its own, or a sentence is cut mid-way and continues in lower case. Such a
pair is joined back into one paragraph whose span covers both parts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsreader.core.article import Paragraph
from newsreader.core.ingest.blocks import MAX_BLOCK_CHARS, Block

_ENDS_WITH_COMMA = re.compile(r"[,;][\"'”’»)\]]*$")
_ENDS_OPEN = re.compile(r"[\w\-–—]$")
_BULLET = re.compile(r"^[-*•·▪◦‣–—+]\s+")


def make_paragraphs(blocks: list[Block], roles: list[str]) -> list[Paragraph]:
    """Paragraphs from the blocks whose role is ``body``, adjacent broken parts rejoined."""
    merged: list[tuple[str, tuple[int, int], str]] = []  # text, span, kind
    previous = -2
    for i, (block, role) in enumerate(zip(blocks, roles, strict=True)):
        if role != "body":
            continue
        text = _BULLET.sub("", block.text) if block.kind == "li" else block.text
        if merged and previous == i - 1 and _continues(merged[-1], block):
            prev_text, prev_span, kind = merged[-1]
            merged[-1] = (f"{prev_text} {text}", (prev_span[0], block.span[1]), kind)
        else:
            merged.append((text, block.span, block.kind))
        previous = i
    made = [Paragraph.make(0, text, span) for text, span, _kind in merged]
    # A block of nothing but invisible format characters has no text to read or compare.
    return [replace(p, index=k) for k, p in enumerate(q for q in made if q.text)]


def _continues(prev: tuple[str, tuple[int, int], str], block: Block) -> bool:
    """True when ``block`` finishes the sentence that ``prev`` left open."""
    text, _span, kind = prev
    if kind in ("h", "li", "pre") or block.kind in ("h", "li", "pre"):
        return False
    if len(text) + len(block.text) > MAX_BLOCK_CHARS:
        return False
    first = block.text[:1]
    if not first.isalpha():
        return False
    if _ENDS_WITH_COMMA.search(text):
        return len(block.text.split()) <= 30
    return bool(_ENDS_OPEN.search(text)) and first.islower() and len(text.split()) >= 6
