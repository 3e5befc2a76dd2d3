"""Paragraph alignment between two articles: which paragraph of one says what which paragraph(s)
of the other say — copied verbatim, lightly edited, machine-rewritten or paraphrased — in any order.

Public API::

    from newsreader.core.align import align, align_texts, Alignment, Link, DiffOp, Cancelled
    from newsreader.core.align import word_diff, KINDS
    from newsreader.core.align import sentence_matches, SentenceMatch   # sentences only

How: content words weighted by tf-idf computed from the two articles themselves (names and numbers
weigh more, spelling variants of a name are merged); sentence pairs scored by sparse cosine; the
heaviest in-order chain of sentence pairs, kept where it holds strong seeds; moved passages found by
seed-and-extend; paragraph links are the paragraph pairs of matched sentences, so one paragraph can
link to several (splits and merges).

Modules: :mod:`.tokens` (content words, sentences), :mod:`.vocab` (spelling variants), :mod:`.features`
(tf-idf rows), :mod:`.candidates` (sparse cosines), :mod:`.chain` (monotone chains), :mod:`.evidence`
(sentence matching), :mod:`.gaps` (the middle of a split), :mod:`.links` (paragraph links, kinds,
figures), :mod:`.diff` (inline word diff), :mod:`.engine` (the pipeline), :mod:`.model` (result
types), :mod:`.gold` (scoring against hand-made gold links).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsreader.core.align.model import KINDS, Alignment, Cancelled, DiffOp, Kind, Link

if TYPE_CHECKING:
    from newsreader.core.align.diff import word_diff
    from newsreader.core.align.engine import align, align_texts
    from newsreader.core.align.evidence import Tuning
    from newsreader.core.align.sentences import SentenceMatch, sentence_matches

# The engine (numpy, scipy) is imported on first use, so that the result types are cheap to import
# (the app's window needs them before it is painted; the engine runs later, in a worker).
_LAZY = {
    "word_diff": "diff",
    "align": "engine",
    "align_texts": "engine",
    "Tuning": "evidence",
    "SentenceMatch": "sentences",
    "sentence_matches": "sentences",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "KINDS",
    "Alignment",
    "Cancelled",
    "DiffOp",
    "Kind",
    "Link",
    "SentenceMatch",
    "Tuning",
    "align",
    "align_texts",
    "sentence_matches",
    "word_diff",
]
