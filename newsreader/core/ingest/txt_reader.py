"""Plain text to blocks: one line per paragraph, blank-line separated, or hard-wrapped.

Copied articles come in three shapes: every paragraph on one (long) line, paragraphs separated by
blank lines, and text hard-wrapped at a fixed width (e-mail, wire copy, ``fmt``). The reader measures
the line lengths: when most lines end near a common width and sentences run on across line breaks,
the text is hard-wrapped and consecutive lines are joined until a short line, a blank line, an
indented line or a list item; otherwise every non-blank line is its own block.
"""

from __future__ import annotations

import itertools
import re

from newsreader.core.ingest.blocks import Block, normalize

_LIST_ITEM = re.compile(r"^(?:[-*•·▪◦‣–—+]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")

Line = tuple[int, int]  # span of the line's non-blank content


def text_blocks(text: str) -> list[Block]:
    """The blocks of plain ``text``; spans are ranges in ``text``."""
    groups = _groups(text)
    lines = [line for group in groups for line in group]
    width = _wrap_width(text, lines)
    blocks: list[Block] = []
    for group in groups:
        if width:
            blocks.extend(_wrapped_group(text, group, width))
        else:
            blocks.extend(_line_block(text, line) for line in group)
    return blocks


def is_hard_wrapped(text: str) -> bool:
    """True when ``text`` is wrapped at a fixed width (lines must be joined into paragraphs)."""
    groups = _groups(text)
    return bool(_wrap_width(text, [line for group in groups for line in group]))


def _groups(text: str) -> list[list[Line]]:
    """Runs of consecutive non-blank lines, each line as the span of its stripped content."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            current.append((start, start + len(stripped)))
        elif current:
            groups.append(current)
            current = []
        pos += len(raw)
    if current:
        groups.append(current)
    return groups


def _wrap_width(text: str, lines: list[Line]) -> int:
    """The hard-wrap width when ``text`` is hard-wrapped, else 0."""
    if len(lines) < 6:
        return 0
    lengths = sorted(b - a for a, b in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 110 or width < 30:
        return 0
    near = sum(1 for n in lengths if n >= 0.7 * width)
    if near < 0.5 * len(lengths):
        return 0
    # Sentences must run on across line breaks: a line that does not end a sentence followed by
    # a line inside the same group.
    runs_on = 0
    for (a, b), (c, _d) in itertools.pairwise(lines):
        if c - b < 4 and not _SENTENCE_END.search(text[a:b]):  # next line follows directly
            runs_on += 1
    return width if runs_on >= 0.2 * len(lines) else 0


def _wrapped_group(text: str, group: list[Line], width: int) -> list[Block]:
    blocks: list[Block] = []
    start = 0
    for i in range(len(group)):
        last = i == len(group) - 1
        if last or _breaks_after(text, group[i], group[i + 1], width):
            a, b = group[start][0], group[i][1]
            kind = "li" if _LIST_ITEM.match(text[a:b]) else "p"
            blocks.append(Block(normalize(text[a:b]), (a, b), kind))
            start = i + 1
    return blocks


def _breaks_after(text: str, line: Line, nxt: Line, width: int) -> bool:
    a, b = line
    c, d = nxt
    if text[c].islower() and not _SENTENCE_END.search(text[a:b]):
        return False  # the sentence runs on
    if b - a < 0.6 * width:  # a short line ends its paragraph
        return True
    if _LIST_ITEM.match(text[c:d]):
        return True
    indent_next = c - (text.rfind("\n", 0, c) + 1)
    indent_this = a - (text.rfind("\n", 0, a) + 1)
    return indent_next > indent_this + 1  # an indented first line starts a paragraph


def _line_block(text: str, line: Line) -> Block:
    a, b = line
    raw = text[a:b]
    return Block(normalize(raw), (a, b), "li" if _LIST_ITEM.match(raw) else "p")
