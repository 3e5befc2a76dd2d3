"""Story clusters for other engines: the overview's clusters from paragraph texts and dates alone.

The facts' comparison compares outlets within one story only; it has no
:class:`~newsreader.core.article.Article` objects at hand, just each article's paragraph texts
and publication date. :func:`story_clusters_of` runs the overview on exactly those, so "the same
story" means the same thing in the Overview and in the facts.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsreader.core.corpus.direction import Meta
from newsreader.core.corpus.overview import overview_of_sketches
from newsreader.core.corpus.sketch import sketch_sentences
from newsreader.core.text import split_sentences


def story_clusters_of(
    paragraphs: Sequence[Sequence[str]], published: Sequence[str]
) -> tuple[list[list[int]], np.ndarray]:
    """The overview's story clusters (largest first) and its similarity matrix (0-1) for
    articles given as paragraph texts, with their ISO publication dates (``""`` if unknown)."""
    sketches = [
        sketch_sentences([[p[a:b] for a, b in split_sentences(p)] for p in article])
        for article in paragraphs
    ]
    result = overview_of_sketches(sketches, [Meta(published=d) for d in published])
    return result.clusters, result.similarity
