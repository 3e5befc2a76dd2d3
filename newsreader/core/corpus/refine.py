"""Refine the overview's copy pairs with the alignment engine (paragraph links, kinds, coverage).

:func:`overview` decides *whether* two articles are copies and in which direction from word order
(fast enough for every candidate pair of thousands of articles). The alignment engine
(:func:`newsreader.core.align.align`, ~5-20 ms a pair) then gives the paragraph links the compare view
shows; :func:`align_derived` runs it on the copy pairs only. Its coverage figures are reported next to
the overview's own, not used to decide: on the samples and seeds the engine's coverage of the shorter
article is as high for two independent rewrites of one wire story (seeds 002/004) as for a
paraphrased copy (``harbour-times``), while the order evidence separates them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from newsreader.core.align import Cancelled, align
from newsreader.core.article import Article
from newsreader.core.corpus.model import Overview


def align_derived(
    result: Overview,
    articles: Sequence[Article],
    *,
    direct_only: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Overview:
    """``result`` with its copy pairs' paragraph links taken from the alignment engine (in place)."""
    todo = [k for k, d in enumerate(result.derived) if d.direct or not direct_only]
    for done, k in enumerate(todo):
        if cancelled is not None and cancelled():
            raise Cancelled
        d = result.derived[k]
        alignment = align(articles[d.source], articles[d.copy], cancelled=cancelled)
        result.derived[k] = replace(
            d,
            paragraphs=tuple((link.left, link.right) for link in alignment.links),
            link_kinds=tuple(link.kind for link in alignment.links),
            engine_source_in_copy=alignment.left_in_right,
            engine_copy_in_source=alignment.right_in_left,
        )
        if progress is not None:
            progress((done + 1) / len(todo))
    result.derived = list(result.derived)  # a new list: the overview's indexes are rebuilt
    return result
