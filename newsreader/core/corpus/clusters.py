"""Story clusters, duplicate groups and the heatmap order.

Story clusters are average-linkage clusters of the tf-idf cosine similarity (word presence weighted by
idf), cut at ``STORY_SIMILARITY``, with copies always joined to their source. Reports of one event share
its specific names, numbers and facts on top of the topic's vocabulary; reports of another event on the
same topic share mostly the topic's words. On real articles the first stay above 0.12 and the second
below 0.1 (measured with and without unrelated articles in the corpus, which shift idf), hence the cut. Average linkage keeps one loosely related article from chaining two
stories together; it runs inside the connected components of the ``similarity >= STORY_SIMILARITY``
graph, which contain every average-linkage cluster, so large corpora never need one N x N linkage.

Words alone cannot always tell a report of the next round of talks from one of this round: the same
delegations, places and phrases recur. When both publication dates are known and more than
``STORY_DAYS`` apart, two articles are kept in different stories (unless one copies the other): reports
of one event appear within days of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, leaves_list, linkage
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform

from newsreader.core.unionfind import UnionFind

STORY_SIMILARITY = 0.11  # mean tf-idf cosine (word presence) between reports of one story
STORY_DAYS = 7  # publication dates further apart than this: different stories
NEAR_DUPLICATE = 0.8  # weighted shingle Jaccard resemblance of near duplicates (Broder)


BIG_COMPONENT = 3000  # larger connected components are one story (a wire story syndicated widely)


def story_clusters(
    similarity: np.ndarray | Callable[[np.ndarray], np.ndarray],
    edges: sp.coo_matrix,
    copies: Iterable[tuple[int, int]],
    published: Sequence[str] | None = None,
) -> list[list[int]]:
    """Clusters (each in heatmap order), largest first.

    ``similarity``: the dense matrix, or a function giving the dense block of a set of articles.
    ``edges``: the pairs with ``similarity >= STORY_SIMILARITY`` (upper triangle is enough).
    ``published``: ISO publication dates (``""`` when unknown), one per article.
    A connected component larger than ``BIG_COMPONENT`` is kept whole: its N² block would not fit.
    """
    days = day_numbers(published) if published is not None else None
    n = edges.shape[0]
    block: Callable[[np.ndarray], np.ndarray]
    if isinstance(similarity, np.ndarray):
        dense = similarity
        block = lambda idx: dense[np.ix_(idx, idx)]  # noqa: E731
    else:
        block = similarity
    _, component = connected_components(edges, directed=False)
    by_component: dict[int, list[int]] = {}
    for i, c in enumerate(component.tolist()):
        by_component.setdefault(c, []).append(i)
    uf = UnionFind(n)
    order_key = np.arange(n, dtype=np.float64)
    for members in by_component.values():
        if len(members) == 1:
            continue
        idx = np.array(members)
        if idx.size > BIG_COMPONENT:
            for other in idx[1:]:
                uf.union(int(idx[0]), int(other))
            continue
        dist = 1.0 - block(idx).astype(np.float64)
        np.fill_diagonal(dist, 0.0)
        dist = np.clip((dist + dist.T) / 2.0, 0.0, 1.0)
        if days is not None:
            d = days[idx]
            apart = np.abs(d[:, None] - d[None, :]) > STORY_DAYS  # NaN (unknown) is never apart
            dist[apart] = 1.0
        tree = linkage(squareform(dist, checks=False), method="average")
        labels = fcluster(tree, t=1.0 - STORY_SIMILARITY, criterion="distance")
        for label in np.unique(labels):
            group = idx[labels == label]
            for other in group[1:]:
                uf.union(int(group[0]), int(other))
        leaves = idx[leaves_list(tree)]
        order_key[leaves] = leaves[0] + np.arange(leaves.size) / (leaves.size + 1)
    for a, b in copies:
        uf.union(a, b)
    clusters = [sorted(g, key=lambda i: order_key[i]) for g in uf.groups()]
    return sorted(clusters, key=lambda g: (-len(g), min(g)))


def day_numbers(published: Sequence[str]) -> np.ndarray:
    """Day ordinals of ISO dates (``YYYY-MM-DD...``); NaN where a date is missing or unreadable."""
    out = np.full(len(published), np.nan)
    for i, text in enumerate(published):
        try:
            out[i] = date.fromisoformat(text[:10]).toordinal()
        except ValueError:
            continue
    return out


def exact_groups(keys: Sequence[int], nonempty: Sequence[bool]) -> list[list[int]]:
    """Articles whose folded word sequences are identical."""
    seen: dict[int, list[int]] = {}
    for i, key in enumerate(keys):
        if nonempty[i]:
            seen.setdefault(key, []).append(i)
    return [g for g in seen.values() if len(g) > 1]


def near_groups(pairs: Iterable[tuple[int, int]], n: int) -> list[list[int]]:
    uf = UnionFind(n)
    touched: set[int] = set()
    for a, b in pairs:
        uf.union(a, b)
        touched.update((a, b))
    return [g for g in uf.groups(sorted(touched)) if len(g) > 1]
