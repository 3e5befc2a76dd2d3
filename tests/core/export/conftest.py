"""Fixtures for the export tests: small hand-made articles, alignments and facts (all fictional)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from newsreader.core.align import Alignment, Link, word_diff
from newsreader.core.article import Article, Paragraph, content_id

FIXED_TIME = datetime(2025, 9, 12, 14, 30, tzinfo=UTC)

LEFT_TEXTS = [
    "Delegations from Arvenia and Coristan meet in Port Meridian on Thursday.",
    "President Elena Varga will not attend, her office said on Tuesday.",
    "Foreign Minister Tomas Halberg will lead the delegation instead.",
    "The dam has left thousands of farmers without irrigation water.",
    "A spokesman declined to comment on the agenda.",
]
RIGHT_TEXTS = [
    "Delegations from Arvenia and Coristan meet in Port Meridian on Thursday.",
    "Foreign Minister Tomas Halberg is to head the delegation instead.",
    "President Elena Varga is staying away, her office said on Tuesday.",
    "Thousands of farmers lack water because of the dam.",
    "Farmers have protested for months.",
    "The talks are the first in four years.",
]


def make_article(texts: list[str], *, path: Path | None = None, **meta: Any) -> Article:
    body = "\n\n".join(texts)
    paragraphs, pos = [], 0
    for i, text in enumerate(texts):
        start = body.index(text, pos)
        paragraphs.append(Paragraph.make(i, text, (start, start + len(text))))
        pos = start + len(text)
    return Article(
        id=content_id(body.encode("utf-8", "surrogatepass")),
        path=path,
        format="txt",
        encoding="utf-8",
        text=body,
        paragraphs=paragraphs,
        **meta,
    )


def link(left: Article, right: Article, i: int, j: int, *rest: Any, **kw: Any) -> Link:
    """A link from A¶(i+1) to B¶(j+1): ``rest`` is (score, kind), with the real word diff."""
    score, kind = rest
    ops = word_diff(left.paragraphs[i].text, right.paragraphs[j].text)
    return Link(i, j, score, kind, ops=ops, **kw)  # type: ignore[arg-type]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Article, Article, Alignment]:
    """A: 5 paragraphs, B: 6. Links: A1=B1 identical, A2~B3 edited (moved), A3~B2 edited (moved),
    A4~B4 paraphrase and A4~B5 paraphrase (one to many); A5, B6 unmatched."""
    left = make_article(
        LEFT_TEXTS,
        path=tmp_path / "harbour-times.txt",
        title="Water talks open without Varga",
        outlet="Harbour Times",
        author="Jonas Petrak",
        published="2025-09-11",
        published_source="meta",
        url="https://harbourtimes.example/world/water-talks",
    )
    right = make_article(
        RIGHT_TEXTS,
        path=tmp_path / "globe-newsflash.md",
        title="Talks begin; Varga stays away",
        outlet="Globe Newsflash",
        author="",
        published="",
        url="",
    )
    alignment = Alignment(
        len(LEFT_TEXTS),
        len(RIGHT_TEXTS),
        links=[
            link(left, right, 0, 0, 100, "identical"),
            link(left, right, 1, 2, 84, "edited", moved=True),
            link(left, right, 2, 1, 88, "edited", moved=True),
            link(left, right, 3, 3, 66, "paraphrase"),
            link(left, right, 3, 4, 61, "paraphrase"),
        ],
        similarity=71.4,
        left_in_right=0.8,
        right_in_left=0.667,
    )
    return left, right, alignment


def sample_facts(left: Article, right: Article) -> dict[str, Any]:
    """A facts dict in the DESIGN.md shape for a pair (plus a third outlet), with extra keys."""
    lp, rp = str(left.path), str(right.path)
    return {
        "articles": [
            {
                "path": lp,
                "outlet": left.outlet,
                "title": left.title,
                "author": left.author,
                "published": left.published,
                "people": [
                    {
                        "name": "Elena Varga",
                        "variants": ["Varga", "President Varga"],
                        "roles": ["President"],
                        "attendance": "not_attending",
                        "evidence": "President Elena Varga will not attend",
                        "confidence": 0.9,  # an extra key: tolerated
                    },
                    {
                        "name": "Tomas Halberg",
                        "variants": [],
                        "roles": ["Foreign Minister"],
                        "attendance": "attending",
                        "evidence": "Tomas Halberg will lead the delegation",
                    },
                ],
                "demands": [{"party": "Coristan", "text": "a share of the river's flow"}],
                "quotes": [{"speaker": None, "text": "We will not be rushed"}],
                "dates": ["2025-09-11"],
                "places": ["Port Meridian"],
                "figures": ["thousands of farmers"],
            },
            {
                "path": rp,
                "outlet": right.outlet,
                "title": right.title,
                "author": "",
                "published": "",
                "people": [
                    {
                        "name": "Tomas Halberg",
                        "variants": ["Tomash Halberk"],
                        "roles": ["Foreign Minister"],
                        "attendance": "conditional",
                        "evidence": "Halberg is to head the delegation",
                    }
                ],
                "demands": [],
                "quotes": [{"speaker": "Tomas Halberg", "text": "Water is not a weapon"}],
                "dates": [],
                "places": ["Port Meridian"],
                "figures": [],
            },
            {
                "path": "/elsewhere/northern-observer.txt",
                "outlet": "Northern Observer",
                "title": "",
                "people": [],
            },
        ],
        "discrepancies": [
            {
                "topic": "attendance of Tomas Halberg",
                "values": {lp: "attending", rp: "conditional"},
            },
            {
                "topic": "number of farmers affected",
                "values": {lp: "thousands", "/elsewhere/northern-observer.txt": "hundreds"},
            },
        ],
        "canonical": {"Tomas Halberg": ["Tomash Halberk"]},  # extra top-level key
    }


@pytest.fixture
def facts_for() -> Callable[[Article, Article], dict[str, Any]]:
    return sample_facts


def disagreement_facts(left: Article, right: Article) -> dict[str, Any]:
    """``facts --json`` of two one-sentence articles that differ in a number at 20..25, with the
    evidence, marks and pair a disagreement card shows."""
    sentence_l, sentence_r = left.paragraphs[0].text, right.paragraphs[0].text
    return {
        "articles": [
            {"path": str(left.path), "outlet": "Left Post"},
            {"path": str(right.path), "outlet": "Right Herald"},
        ],
        "discrepancies": [
            {
                "topic": "fishermen",
                "values": {str(left.path): sentence_l[20:25], str(right.path): sentence_r[20:25]},
                "kind": "number",
                "confidence": 0.8,
                "evidence": {str(left.path): sentence_l, str(right.path): sentence_r},
                "marks": {str(left.path): [[20, 25]], str(right.path): [[20, 25]]},
                "pair": [str(left.path), str(right.path)],
            }
        ],
    }
