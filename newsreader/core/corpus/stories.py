"""Story clusters for other engines: the overview's clusters from paragraph texts and dates alone.

The facts' comparison compares outlets within one story only; it has no
:class:`~newsreader.core.article.Article` objects at hand, just each article's paragraph texts
and publication date. :func:`story_clusters_of` clusters exactly those the way the overview
does (tf-idf similarity, average linkage, dates), so "the same story" means the same thing in
the Overview and in the facts. It skips what only the Overview needs (copy direction and
alignment); copies, which the Overview always joins to their source, are joined here when
their similarity puts them in one cluster, as it does unless their dates are far apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from newsreader.core.corpus.clusters import STORY_SIMILARITY, story_clusters
from newsreader.core.corpus.matrix import (
    block_ranges,
    build_matrices,
    default_block_size,
    pair_block,
)
from newsreader.core.corpus.sketch import sketch_sentences
from newsreader.core.text import split_sentences


def story_clusters_of(
    paragraphs: Sequence[Sequence[str]], published: Sequence[str]
) -> tuple[list[list[int]], np.ndarray]:
    """Story clusters (largest first) and the similarity matrix (tf-idf cosine, 0-1) of articles
    given as paragraph texts, with their ISO publication dates (``""`` when unknown)."""
    sketches = [
        sketch_sentences([[p[a:b] for a, b in split_sentences(p)] for p in article])
        for article in paragraphs
    ]
    n = len(sketches)
    matrices = build_matrices(sketches)
    similarity = np.zeros((n, n), dtype=np.float32)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for a, b in block_ranges(n, default_block_size(n)):
        cosine = pair_block(matrices.rows(a, b), matrices, a).cosine
        similarity[a:b] = cosine
        r, c = np.nonzero(cosine >= STORY_SIMILARITY)
        keep = c > r + a
        rows.append(r[keep] + a)
        cols.append(c[keep])
    r_all = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c_all = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    graph = sp.coo_matrix((np.ones(len(r_all)), (r_all, c_all)), shape=(n, n))
    return story_clusters(similarity, graph, (), list(published)), similarity
