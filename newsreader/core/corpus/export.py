"""The ``overview`` JSON shape of DESIGN.md (keys may be added, never removed or renamed).

``similarity`` (the dense matrix) is printed for overviews computed densely — up to
``similarity.DENSE_LIMIT`` articles, or when asked (``--dense``); above that it is omitted and the
sparse ``pairs`` list (always present) carries the similarities at or above ``similarity.PAIR_FLOOR``.

``derived`` says who copied whom (each copy against what it derives from; ``direct`` false for a copy
of a copy against the source it came from through ``via``). ``siblings`` (added): pairs alike only
through a third article ``via`` — both copied from it (``common``: ``"source"``) or both copied by it
(``"copy"``) — which are members of one family, not a copy of each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsreader.core.article import Article
from newsreader.core.corpus.direction import REASONS
from newsreader.core.corpus.model import DerivedPair, Overview


def article_key(article: Article) -> str:
    return str(article.path) if article.path is not None else article.name


def overview_json(overview: Overview, articles: Sequence[Article]) -> dict[str, Any]:
    keys = [article_key(a) for a in articles]
    data: dict[str, Any] = {"articles": keys}
    if overview.is_dense:
        data["similarity"] = [[round(float(v), 3) for v in row] for row in overview.similarity]
    data["pairs"] = _pairs(overview, keys)
    data["derived"] = [_derived(d, keys) for d in overview.derived]
    data["families"] = [
        {
            "source": keys[f.source],
            "members": [
                {"path": keys[m.index], "kind": m.kind, "parent": keys[m.parent]} for m in f.members
            ],
        }
        for f in overview.families
    ]
    data["siblings"] = [
        {
            "a": keys[d.source],
            "b": keys[d.copy],
            "via": keys[d.via] if d.via is not None else None,
            "common": "source" if overview.copied_from_via(d) else "copy",
            "kind": d.kind,
        }
        for d in overview.siblings
    ]
    data["clusters"] = [[keys[i] for i in members] for members in overview.clusters]
    data["cluster_titles"] = list(overview.cluster_titles)
    data["order"] = [keys[i] for i in overview.order]
    data["duplicates"] = {
        "exact": [[keys[i] for i in g] for g in overview.exact_duplicates],
        "near": [[keys[i] for i in g] for g in overview.near_duplicates],
    }
    return data


def _derived(d: DerivedPair, keys: list[str]) -> dict[str, Any]:
    return {
        "source": keys[d.source],
        "copy": keys[d.copy],
        "kind": d.kind,
        "coverage": {"source": round(d.coverage_source, 3), "copy": round(d.coverage_copy, 3)},
        "containment": round(d.containment, 3),
        "copy_in_source": round(d.copy_in_source, 3),
        "shingle_containment": round(d.shingle_containment, 3),
        "wording": round(d.wording, 3),
        "evidence": d.channel,
        "ordered": round(d.ordered, 3),
        "chance": round(d.chance, 3),
        "excess": round(d.excess, 3),
        "coverage_shorter": round(d.coverage, 3),
        "longest_run": d.longest_run,
        "aligned_sentences": d.aligned_sentences,
        "moved_sentences": d.moved_sentences,
        "direction": d.reason,
        "direction_reason": REASONS.get(d.reason, d.reason),
        "direct": d.direct,
        "via": keys[d.via] if d.via is not None else None,
        "paragraphs": [list(p) for p in d.paragraphs],
        "link_kinds": list(d.link_kinds),
        "engine_source_in_copy": _round(d.engine_source_in_copy),
        "engine_copy_in_source": _round(d.engine_copy_in_source),
    }


def _pairs(overview: Overview, keys: list[str]) -> list[dict[str, Any]]:
    """The sparse similarity list, each pair with its relation: ``copy`` (direct), ``related``
    (through a third article: a copy of a copy and its source, or two siblings), ``same story`` (independent reports of one story) or ``other``."""
    relation = {
        frozenset((d.source, d.copy)): ("copy" if d.direct else "related")
        for d in (*overview.derived, *overview.siblings)
    }
    p = overview.pairs
    out = []
    for a, b, v in zip(p.a.tolist(), p.b.tolist(), p.similarity.tolist(), strict=True):
        kind = relation.get(frozenset((a, b)))
        if kind is None:
            same = overview.cluster_of(a) == overview.cluster_of(b)
            kind = "same story" if same else "other"
        out.append({"a": keys[a], "b": keys[b], "similarity": round(v, 3), "relation": kind})
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
