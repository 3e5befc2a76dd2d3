"""Paragraph alignment between two articles.

PLACEHOLDER implementation (naive best match) that fixes the public interface; the real
paraphrase-robust engine replaces the body of :func:`align` without changing these types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from newsreader.core.article import Article
from newsreader.core.text import word_spans

Kind = Literal["identical", "edited", "paraphrase"]
KINDS: tuple[Kind, ...] = ("identical", "edited", "paraphrase")


class Cancelled(Exception):  # noqa: N818 - reads better at the call site than CancelledError
    """Raised inside long work when the caller's ``cancelled()`` returns True."""


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One inline word-diff operation between a left and a right paragraph.

    ``tag`` is ``equal``, ``replace``, ``delete`` (only in left) or ``insert`` (only in right);
    ``left`` and ``right`` are character ranges in the two paragraphs' texts.
    """

    tag: str
    left: tuple[int, int]
    right: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Link:
    """A left paragraph and a right paragraph that say the same thing."""

    left: int
    right: int
    score: float  # 0-100
    kind: Kind
    moved: bool = False  # out of order relative to the other links
    ops: tuple[DiffOp, ...] = ()


@dataclass(slots=True)
class Alignment:
    left_count: int
    right_count: int
    links: list[Link] = field(default_factory=list)
    similarity: float = 0.0  # whole-article similarity, 0-100
    left_in_right: float = 0.0  # share of the left article found in the right, 0-1
    right_in_left: float = 0.0  # share of the right article found in the left, 0-1

    def for_left(self, index: int) -> list[Link]:
        return [link for link in self.links if link.left == index]

    def for_right(self, index: int) -> list[Link]:
        return [link for link in self.links if link.right == index]

    def unmatched_left(self) -> list[int]:
        linked = {link.left for link in self.links}
        return [i for i in range(self.left_count) if i not in linked]

    def unmatched_right(self) -> list[int]:
        linked = {link.right for link in self.links}
        return [i for i in range(self.right_count) if i not in linked]


def word_diff(left: str, right: str) -> tuple[DiffOp, ...]:
    """Inline word-level differences as character ranges (Indel opcodes on word tokens)."""
    ls, rs = word_spans(left), word_spans(right)
    lw = [left[a:b].lower() for a, b in ls]
    rw = [right[a:b].lower() for a, b in rs]
    ops: list[DiffOp] = []
    for op in Indel.opcodes(lw, rw):
        lrange = (
            (ls[op.src_start][0], ls[op.src_end - 1][1])
            if op.src_end > op.src_start
            else _at(ls, op.src_start, left)
        )
        rrange = (
            (rs[op.dest_start][0], rs[op.dest_end - 1][1])
            if op.dest_end > op.dest_start
            else _at(rs, op.dest_start, right)
        )
        ops.append(DiffOp(op.tag, lrange, rrange))
    return tuple(ops)


def _at(spans: list[tuple[int, int]], i: int, text: str) -> tuple[int, int]:
    pos = spans[i][0] if i < len(spans) else len(text)
    return (pos, pos)


def align(
    left: Article,
    right: Article,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Alignment:
    """Align the paragraphs of ``left`` and ``right``."""
    lt, rt = left.paragraph_texts(), right.paragraph_texts()
    result = Alignment(len(lt), len(rt))
    for i, a in enumerate(lt):
        if cancelled is not None and cancelled():
            raise Cancelled
        best, best_j = 0.0, -1
        for j, b in enumerate(rt):
            if len(a.split()) < 3 or len(b.split()) < 3:
                continue
            s = fuzz.token_sort_ratio(a, b)
            if s > best:
                best, best_j = s, j
        if best_j >= 0 and best >= 60:
            kind: Kind = "identical" if best >= 99 else "edited" if best >= 80 else "paraphrase"
            result.links.append(Link(i, best_j, best, kind, ops=word_diff(a, rt[best_j])))
        if progress is not None:
            progress((i + 1) / max(1, len(lt)))
    result.similarity = fuzz.token_sort_ratio(" ".join(lt), " ".join(rt)) if lt and rt else 0.0
    return result
