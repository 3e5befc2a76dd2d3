"""The ``overview`` JSON shape of DESIGN.md (keys may be added, never removed or renamed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsreader.core.article import Article
from newsreader.core.corpus.model import Overview


def article_key(article: Article) -> str:
    return str(article.path) if article.path is not None else article.name


def overview_json(overview: Overview, articles: Sequence[Article]) -> dict[str, Any]:
    keys = [article_key(a) for a in articles]
    return {
        "articles": keys,
        "similarity": [[round(float(v), 3) for v in row] for row in overview.similarity],
        "derived": [
            {
                "source": keys[d.source],
                "copy": keys[d.copy],
                "containment": round(d.containment, 3),
                "copy_in_source": round(d.copy_in_source, 3),
                "shingle_containment": round(d.shingle_containment, 3),
                "ordered": round(d.ordered, 3),
                "chance": round(d.chance, 3),
                "excess": round(d.excess, 3),
                "coverage": round(d.coverage, 3),
                "longest_run": d.longest_run,
                "aligned_sentences": d.aligned_sentences,
                "direction": d.reason,
                "direct": d.direct,
                "via": keys[d.via] if d.via is not None else None,
                "paragraphs": [list(p) for p in d.paragraphs],
                "link_kinds": list(d.link_kinds),
                "engine_source_in_copy": _round(d.engine_source_in_copy),
                "engine_copy_in_source": _round(d.engine_copy_in_source),
            }
            for d in overview.derived
        ],
        "clusters": [[keys[i] for i in members] for members in overview.clusters],
        "cluster_titles": list(overview.cluster_titles),
        "order": [keys[i] for i in overview.order],
        "duplicates": {
            "exact": [[keys[i] for i in g] for g in overview.exact_duplicates],
            "near": [[keys[i] for i in g] for g in overview.near_duplicates],
        },
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
