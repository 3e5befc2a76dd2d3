"""Markdown to blocks, through Python-Markdown, hardened; plain text when that is not safe.

Python-Markdown passes raw HTML through, keeps ``javascript:`` links and recurses on nesting; some
inputs (20,000 ``[``) take minutes. So: raw HTML is switched off (it stays visible as literal
text), only link *text* is kept (no address from the file survives, ``javascript:`` and ``data:``
included), images are dropped, and conversion runs in the worker process with a time limit.
Input that is too large or too deeply nested, or that times out, is read as plain text with the
Markdown punctuation removed, and the article says so in a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsreader.core.ingest import worker
from newsreader.core.ingest.blocks import Block, join_items
from newsreader.core.ingest.txt_reader import is_hard_wrapped, text_blocks

MAX_CHARS = 2_000_000
MAX_NESTING = 24  # block quotes or list levels
MAX_BRACKETS = 5_000  # "[" count; link parsing is quadratic in it
TIMEOUT = 5.0

_QUOTE_DEPTH = re.compile(r"^[ \t]*((?:>[ \t]*)+)", re.MULTILINE)
_LIST_INDENT = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]", re.MULTILINE)

# Character classes exclude the opening bracket, so each scan stops at the next "[" or "(" and the
# whole pass stays linear even on 20,000 brackets.
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,200}\]")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\[\]\n]{1,200}\]:[ \t]*\S.*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)")
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~).*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)


@dataclass(slots=True)
class MarkdownReading:
    text: str
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)


def read_markdown(source: str, *, cancelled: Callable[[], bool] | None = None) -> MarkdownReading:
    problem = _too_complex(source)
    if problem is None:
        try:
            request = (source, not is_hard_wrapped(source))
            items = worker.run_task("md", request, timeout=TIMEOUT, cancelled=cancelled)
        except worker.WorkerTimeoutError:
            problem = f"Markdown conversion took longer than {TIMEOUT:g} s"
        except worker.WorkerError as exc:
            problem = f"Markdown conversion failed ({exc})"
        else:
            text, blocks = join_items(items)
            return MarkdownReading(text, blocks)
    plain = markdown_to_plain(source)
    return MarkdownReading(
        plain, text_blocks(plain), [f"{problem}; the file was read as plain text instead."]
    )


def markdown_to_plain(source: str) -> str:
    """Markdown punctuation removed line by line (a linear-time fallback, no parser)."""
    text = _CODE_FENCE.sub("", source)
    text = _RULE.sub("", text)
    text = _REF_DEF.sub("", text)
    text = _HEADING.sub("", text)
    text = _QUOTE_MARK.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    return _EMPHASIS.sub("", text)


def _too_complex(source: str) -> str | None:
    if len(source) > MAX_CHARS:
        return f"The Markdown file is larger than {MAX_CHARS // 1_000_000} million characters"
    if source.count("[") > MAX_BRACKETS:
        return f"The Markdown file has more than {MAX_BRACKETS:,} “[” characters"
    depth = max((m.group(1).count(">") for m in _QUOTE_DEPTH.finditer(source)), default=0)
    indents = {len(m.group(1).expandtabs(4)) for m in _LIST_INDENT.finditer(source)}
    if depth > MAX_NESTING or len(indents) > MAX_NESTING:
        return f"The Markdown file is nested more than {MAX_NESTING} levels deep"
    return None
