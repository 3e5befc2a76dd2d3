"""The overview's contract: shape, progress, cancellation, and hostile input."""

from __future__ import annotations

import numpy as np
import pytest

from newsreader.core.align import Cancelled
from newsreader.core.corpus import overview, overview_json
from tests.core.corpus.conftest import make_article

STORY = """The river talks open on Thursday in Port Meridian between the two delegations.

Minister Tomas Halberg leads one side and Ilyas Koval the other, after four years without meetings.

Farmers downstream say the dam has cut the summer flow by forty per cent since June.

The host says both sides agreed to meet without preconditions at the old customs house."""

OTHER = """A ferry strike planned for Monday was called off after the union accepted a new pay offer.

Harbour workers will vote on the deal next week, the union's spokeswoman told reporters.

Ferries between the islands will run to the normal timetable, the operator said."""


def test_shape_and_json_keys() -> None:
    articles = [make_article(STORY, name="a.txt"), make_article(OTHER, name="b.txt")]
    result = overview(articles)
    assert result.similarity.shape == (2, 2)
    assert np.allclose(result.similarity, result.similarity.T)
    assert result.similarity[0, 0] == pytest.approx(1.0)
    assert 0.0 <= result.similarity[0, 1] < 0.2
    assert sorted(result.order) == [0, 1]
    data = overview_json(result, articles)
    assert {"articles", "similarity", "derived", "clusters"} <= data.keys()
    assert data["articles"] == ["a.txt", "b.txt"]
    assert sorted(p for c in data["clusters"] for p in c) == ["a.txt", "b.txt"]


def test_exact_and_near_duplicates() -> None:
    longer = STORY + "\n\nThe session is due to last three hours."
    articles = [
        make_article(STORY, name="a"),
        make_article(STORY.replace("Thursday", "Thursday"), name="b"),
        make_article(longer, name="c"),
        make_article(OTHER, name="d"),
    ]
    result = overview(articles)
    assert result.exact_duplicates == [[0, 1]]
    assert result.near_duplicates == [[0, 1, 2]]
    assert result.relation(0, 2) is not None  # a near duplicate is also a copy
    data = overview_json(result, articles)
    assert data["duplicates"]["exact"] == [["a", "b"]]


def test_progress_rises_to_one_and_cancel_stops() -> None:
    articles = [make_article(STORY, name=str(i)) for i in range(3)]
    seen: list[float] = []
    overview(articles, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        overview(articles, cancelled=cancelled)


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["", ""],
        ["the and of to in"],  # function words only
        ["word " * 20000],  # one huge repetitive paragraph
        ["Переговоры начнутся в четверг в Стамбуле.", "会谈将于周四在伊斯坦布尔举行。"],
        ["\u202eevil\u202c name " * 50, "<script>alert(1)</script>" * 30],
    ],
)
def test_hostile_inputs_give_a_consistent_overview(texts: list[str]) -> None:
    articles = [make_article(t, name=f"f{i}") for i, t in enumerate(texts)]
    result = overview(articles)
    n = len(articles)
    assert result.similarity.shape == (n, n)
    assert np.isfinite(result.similarity).all()
    assert sorted(result.order) == list(range(n))
    assert sorted(i for c in result.clusters for i in c) == list(range(n))
    overview_json(result, articles)


def test_view_helpers() -> None:
    copy = STORY.replace("open", "begin").replace("say", "report")
    articles = [
        make_article(OTHER, name="x"),
        make_article(STORY, name="src", published="2025-01-01"),
        make_article(copy, name="cp", published="2025-01-02"),
    ]
    result = overview(articles)
    assert result.badge(2) == "copy of src"
    assert result.badge(1) == "" and result.copies_of(1)[0].copy == 2
    ordered = result.ordered_similarity()
    row = result.order.index(1)
    col = result.order.index(2)
    assert result.pair_at(row, col) == (1, 2)
    assert ordered[row, col] == result.similarity[1, 2]
    assert result.cluster_of(1) == result.cluster_of(2) != result.cluster_of(0)
    assert result.cluster_titles[result.cluster_of(1)] in {"src", "cp"}
    first, last = result.cluster_bounds()[result.cluster_of(1)]
    assert sorted(result.order[first:last]) == [1, 2]
    assert result.ordered_labels()[row] == result.labels[1]
    pair = result.relation(1, 2)
    assert pair is not None and pair.paragraphs[0] == (0, 0)
