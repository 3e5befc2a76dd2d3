"""Inline word-level differences between two paragraphs, as character ranges for the panes and export."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from rapidfuzz.distance import Indel, Opcode

from newsreader.core.align.model import DiffOp
from newsreader.core.text import fold, word_spans

# Most (left words x right words) an inline diff may compare: the bit-parallel diff needs time and
# memory in proportion, so two paragraphs of 100,000 words each would need gigabytes. Loaded
# articles never come near (long paragraphs are cut at about 3,000 characters); above it the
# changed words are simply not marked.
MAX_DIFF_CELLS = 25_000_000


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return word.lower() if word.isascii() else fold(word)


@lru_cache(maxsize=4096)
def diff_tokens(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...]]:
    """Word spans of ``text`` and their comparison keys (folded: case, accents, quotes unified)."""
    spans = tuple(word_spans(text))
    return spans, tuple([_key(text[a:b]) for a, b in spans])


def word_diff(left: str, right: str) -> tuple[DiffOp, ...]:
    """Inline word-level differences as character ranges (Indel opcodes on word tokens).

    Punctuation and spacing between words are not compared. Adjacent deletions and insertions
    between two equal runs are merged into one ``replace``. An empty side of an ``insert`` or
    ``delete`` is the zero-width position where the missing words would go. Paragraphs too long
    to compare word by word (:data:`MAX_DIFF_CELLS`) get no operations.
    """
    ls, lw = diff_tokens(left)
    rs, rw = diff_tokens(right)
    if len(lw) * len(rw) > MAX_DIFF_CELLS:
        return ()
    ops: list[DiffOp] = []
    for tag, a0, a1, b0, b1 in _merged(Indel.opcodes(lw, rw)):
        ops.append(DiffOp(tag, _range(ls, a0, a1, left), _range(rs, b0, b1, right)))
    return tuple(ops)


def _merged(opcodes: Iterable[Opcode]) -> Iterator[tuple[str, int, int, int, int]]:
    """Opcodes with each run of non-equal ones joined: ``replace`` when both sides have words."""
    pending: list[int] | None = None  # [src_start, src_end, dest_start, dest_end]
    for op in opcodes:
        if op.tag != "equal":
            if pending is None:
                pending = [op.src_start, op.src_end, op.dest_start, op.dest_end]
            else:
                pending[1], pending[3] = op.src_end, op.dest_end
            continue
        if pending is not None:
            yield _change(*pending)
            pending = None
        yield ("equal", op.src_start, op.src_end, op.dest_start, op.dest_end)
    if pending is not None:
        yield _change(*pending)


def _change(a0: int, a1: int, b0: int, b1: int) -> tuple[str, int, int, int, int]:
    tag = "replace" if a1 > a0 and b1 > b0 else "delete" if a1 > a0 else "insert"
    return (tag, a0, a1, b0, b1)


def _range(spans: tuple[tuple[int, int], ...], start: int, end: int, text: str) -> tuple[int, int]:
    if end > start:
        return (spans[start][0], spans[end - 1][1])
    pos = spans[start][0] if start < len(spans) else len(text)
    return (pos, pos)
