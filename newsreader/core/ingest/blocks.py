"""Blocks: the candidate paragraphs a reader produces, before cleaning decides what each one is.

Every reader (plain text, Markdown, HTML) turns its input into a plain text (``Article.text``) and a
list of :class:`Block` s whose ``span`` is a range in that text. Very long blocks (a 5 MB file on a
single line) are cut into manageable pieces at sentence ends, or failing that at spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

Span = tuple[int, int]

MAX_BLOCK_CHARS = 3000  # longer blocks are cut ...
TARGET_CHUNK_CHARS = 1500  # ... into pieces of about this size

_SENTENCE_CUT = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_LINE_HYPHEN = re.compile(r"(\w)-[ \t]*\r?\n\s*(?=[a-z])")


@dataclass(slots=True)
class Block:
    """One candidate paragraph.

    ``kind``: ``p`` (paragraph), ``h`` (heading, ``level`` 1-6), ``li`` (list item), ``quote``,
    ``pre`` (preformatted), ``caption`` (figure caption). ``link_only``: every word is link text
    (share buttons, related links). ``emphasis``: the whole block is italic or bold.
    """

    text: str
    span: Span
    kind: str = "p"
    level: int = 0
    link_only: bool = False
    emphasis: bool = False


def normalize(raw: str) -> str:
    """Whitespace collapsed to single spaces; a word hyphenated across a line break rejoined."""
    if "-" in raw and "\n" in raw:
        raw = _LINE_HYPHEN.sub(r"\1-", raw)
    return " ".join(raw.split())


def cut_points(
    raw: str, *, limit: int = MAX_BLOCK_CHARS, target: int = TARGET_CHUNK_CHARS
) -> list[int]:
    """Offsets at which to cut ``raw`` so that no piece is much longer than ``target``.

    Cuts fall after a sentence end where there is one between half the target and the limit,
    else at the last space before the limit, else hard at the limit. Empty when no cut is needed.
    """
    cuts: list[int] = []
    start = 0
    n = len(raw)
    while n - start > limit:
        lo, hi = start + target // 2, start + limit
        cut = -1
        for m in _SENTENCE_CUT.finditer(raw, lo, hi):
            cut = m.end()
            if cut >= start + target:
                break
        if cut <= start:
            space = raw.rfind(" ", lo, hi)
            cut = space + 1 if space > start else hi
        cuts.append(cut)
        start = cut
    return cuts


def split_long(blocks: Iterable[Block], source: str) -> list[Block]:
    """``blocks`` with every block longer than :data:`MAX_BLOCK_CHARS` cut into pieces."""
    out: list[Block] = []
    for block in blocks:
        if len(block.text) <= MAX_BLOCK_CHARS:
            out.append(block)
            continue
        a, b = block.span
        raw = source[a:b]
        if raw != block.text and normalize(raw) != block.text:
            raw = (
                block.text
            )  # the block text is not a plain slice of the source: cut the text itself
            base = None
        else:
            base = a
        start = 0
        for cut in [*cut_points(raw), len(raw)]:
            piece = normalize(raw[start:cut])
            if piece:
                span = (base + start, base + cut) if base is not None else block.span
                out.append(
                    Block(piece, span, block.kind, block.level, block.link_only, block.emphasis)
                )
            start = cut
    return out


Item = tuple[str, str, int, bool, bool]  # kind, text, level, link_only, emphasis


def join_items(items: Iterable[Item]) -> tuple[str, list[Block]]:
    """The plain text of ``items`` (one paragraph each, separated by blank lines) and its blocks."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for kind, raw, level, link_only, emphasis in items:
        text = normalize(raw)
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        blocks.append(Block(text, (pos, pos + len(text)), kind, level, link_only, emphasis))
        parts.append(text)
        pos += len(text)
    return "".join(parts), blocks
