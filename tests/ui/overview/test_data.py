"""What the Overview draws and says, from a real overview of the samples (no widgets).

The samples' built-in copy relations (meridian-herald copied by coastline-daily, globe-newsflash and
harbour-times; northern-observer an independent report) are read from the overview itself and
checked on the heatmap marks, the badges, the side list and the tooltip text.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsreader.core.corpus import overview
from newsreader.core.corpus.relation import KINDS
from newsreader.core.ingest import load_path
from newsreader.ui.overview.data import (
    COPY,
    DUPLICATE,
    PYRAMID_MIN,
    RELATED,
    SOURCE,
    Marks,
    OverviewResult,
    build_heatmap,
    halve,
    level_of,
    pyramid,
    pyramid_step,
    similarity_of,
)
from newsreader.ui.overview.text import (
    COPY_OF,
    OTHER_STORY,
    SAME_STORY,
    badges,
    describe,
    headline,
    pair_rows,
    relation,
    summary,
)

SOURCE_NAME = "meridian-herald"
COPIES = ("coastline-daily", "globe-newsflash", "harbour-times")
INDEPENDENT = "northern-observer"


@pytest.fixture(scope="module")
def samples() -> OverviewResult:
    root = Path(__file__).resolve().parents[3] / "resources" / "samples"
    articles = [load_path(p) for p in sorted(root.iterdir())]
    result = overview(articles)
    keys = [Path(a.path).stem for a in articles]
    short = [a.outlet or a.name for a in articles]
    labels = [f"{s} — {a.title}" for s, a in zip(short, articles, strict=True)]
    return OverviewResult(keys, labels, short, result, build_heatmap(result, labels, short))


def index(result: OverviewResult, stem: str) -> int:
    return result.keys.index(stem)


def test_levels_round_trip() -> None:
    values = np.linspace(0, 1, 101)
    back = np.array([similarity_of(v) for v in level_of(values)])
    assert np.abs(back - values).max() < 0.01
    assert level_of(1.0) == 255 and level_of(0.0) == 0
    assert level_of(0.25) == 128  # square-root scale: a quarter is half way
    assert int(level_of(-1.0)) == 0 and int(level_of(3.0)) == 255


def test_halving_averages_and_keeps_odd_edges() -> None:
    levels = np.array([[0, 100, 200], [100, 200, 255], [10, 10, 10]], dtype=np.uint8)
    half = halve(levels)
    assert half.shape == (2, 2)
    assert half[0, 0] == 100  # (0 + 100 + 100 + 200) / 4
    assert half[0, 1] == 228  # the odd last column repeated: (200 + 255) / 2
    assert half[1, 1] == 10


def test_pyramid_levels_shrink_to_a_floor() -> None:
    levels = np.zeros((1000, 1000), dtype=np.uint8)
    steps = pyramid(levels)
    assert [s.shape[0] for s in steps] == [1000, 500, 250, 125, 63]
    assert steps[-1].shape[0] <= PYRAMID_MIN
    assert pyramid(np.zeros((10, 10), dtype=np.uint8))[0].shape == (10, 10)


@pytest.mark.parametrize(
    ("cell", "available", "expected"),
    [(20.0, 5, 0), (1.0, 5, 0), (0.6, 5, 1), (0.5, 5, 1), (0.3, 5, 2), (0.01, 5, 4), (0.3, 1, 0)],
)
def test_pyramid_step_keeps_cells_a_pixel_wide(cell: float, available: int, expected: int) -> None:
    step = pyramid_step(cell, available)
    assert step == expected
    if step < available - 1:
        assert cell * 2**step >= 1.0 - 1e-9


def test_marks_lookup() -> None:
    marks = Marks.of([(1, 2, COPY), (2, 1, SOURCE), (1, 2, COPY), (3, 3, DUPLICATE)])
    assert len(marks) == 3  # duplicates of one mark collapse
    assert marks.at(1, 2) == {COPY} and marks.at(0, 0) == set()
    assert sorted(marks.within(0, 3, 0, 3).tolist()) == [0, 1]  # (3, 3) is outside
    assert Marks.of([]).within(0, 10, 0, 10).size == 0


def test_heatmap_is_in_cluster_order(samples: OverviewResult) -> None:
    heat, ov = samples.heatmap, samples.overview
    assert heat.size == 5 and sorted(heat.order.tolist()) == list(range(5))
    assert all(heat.position[heat.order[p]] == p for p in range(5))
    assert heat.levels.shape == (5, 5) and heat.levels.dtype == np.uint8
    expected = level_of(ov.similarity[np.ix_(heat.order, heat.order)])
    assert np.array_equal(heat.levels, expected)
    assert heat.bounds[-1][1] == 5 and len(heat.titles) == len(heat.bounds)
    assert heat.labels == tuple(samples.labels[i] for i in heat.order)


def test_sample_copies_are_marked(samples: OverviewResult) -> None:
    heat = samples.heatmap
    source = index(samples, SOURCE_NAME)
    for stem in COPIES:
        copy = index(samples, stem)
        row, col = heat.position[copy], heat.position[source]
        assert COPY in heat.marks.at(row, col), stem  # the copy's row, the source's column
        assert SOURCE in heat.marks.at(col, row), stem
    independent = heat.position[index(samples, INDEPENDENT)]
    for other in range(5):
        found = heat.marks.at(independent, other) | heat.marks.at(other, independent)
        assert not found & {COPY, SOURCE, RELATED}, "northern-observer is not a copy"


def test_relations_and_texts(samples: OverviewResult) -> None:
    source, copy = index(samples, SOURCE_NAME), index(samples, "coastline-daily")
    independent = index(samples, INDEPENDENT)
    kind, d = relation(samples, copy, source)
    assert kind == COPY_OF and d is not None and (d.source, d.copy) == (source, copy)
    assert relation(samples, source, copy)[0] == COPY_OF  # either order
    assert relation(samples, independent, source)[0] in (SAME_STORY, OTHER_STORY)
    assert relation(samples, independent, source)[1] is None

    lines = "\n".join(describe(samples, copy, source))
    for expected in (samples.labels[copy], samples.labels[source], "copy of", "Similarity"):
        assert expected.casefold() in lines.casefold(), expected
    contained = lines.split("Word for word: ")[1].split("\n")[0]
    assert f"{samples.short[copy]} found in {samples.short[source]}" in contained
    assert f"of {samples.short[source]} in {samples.short[copy]}" in contained  # both ways
    assert "Direction:" in lines
    assert "Click to compare" in lines
    assert samples.short[source] in headline(samples, copy, source)
    plain = "\n".join(describe(samples, independent, source))
    assert "copy of" not in plain.casefold() and "Direction" not in plain


def test_badges_and_side_list(samples: OverviewResult) -> None:
    source = index(samples, SOURCE_NAME)
    found = badges(samples)
    assert set(found) == set(COPIES)
    for text in found.values():  # the source's name and the kind of copy
        name, kind = text.rsplit(" (", 1)
        assert name == samples.name(source) and kind.rstrip(")") in KINDS
    rows = pair_rows(samples)
    copies = {(r.source, r.copy) for r in rows if r.kind == "copy"}
    assert copies == {(source, index(samples, stem)) for stem in COPIES}
    assert "3 copies" in summary(samples) and "5 articles" in summary(samples)
    assert all(r.grade in KINDS for r in rows if r.kind == "copy")


def test_duplicates_are_marked_and_listed() -> None:
    root = Path(__file__).resolve().parents[3] / "resources" / "samples"
    article = load_path(root / "northern-observer.txt")
    articles = [article, load_path(root / "meridian-herald.txt"), article]
    result = overview(articles)
    labels = ["a", "b", "c"]
    view = OverviewResult(["a", "b", "c"], labels, labels, result, build_heatmap(result, labels))
    assert view.duplicate(0, 2) == "exact" and view.duplicate(0, 1) == ""
    heat = view.heatmap
    assert DUPLICATE in heat.marks.at(heat.position[0], heat.position[2])
    assert any(
        r.kind in ("exact", "copy") and {r.source, r.copy} == {0, 2} for r in pair_rows(view)
    )


def test_a_sparse_overview_draws_the_same_cells_as_a_dense_one() -> None:
    root = Path(__file__).resolve().parents[3] / "resources" / "samples"
    articles = [load_path(p) for p in sorted(root.iterdir()) if p.is_file()]
    dense, sparse = overview(articles, dense=True), overview(articles, dense=False)
    assert dense.order == sparse.order
    labels = [a.name for a in articles]
    a, b = build_heatmap(dense, labels).levels, build_heatmap(sparse, labels).levels
    listed = a >= level_of(0.05)  # the sparse overview keeps pairs from 0.05 on
    assert np.array_equal(a[listed], b[listed]) and not b[~listed].any()


def test_siblings_are_marked_related_and_named_siblings_not_copies() -> None:
    from newsreader.ui.overview.text import SIBLINGS
    from tests.core.corpus.conftest import make_article
    from tests.core.corpus.test_siblings import FIRST_EDITS, FULL, SECOND_EDITS, edited

    texts = (FULL, edited(FULL, FIRST_EDITS), edited(FULL, SECOND_EDITS))
    articles = [
        make_article(t, name=n, published=d)
        for t, n, d in zip(
            texts, ("source", "first", "second"), ("2026-03-04", "", ""), strict=True
        )
    ]
    result = overview(articles)
    labels = ["source", "first", "second"]
    ov = OverviewResult(labels, labels, labels, result, build_heatmap(result, labels))
    kind, d = relation(ov, 1, 2)
    assert kind == SIBLINGS and d is not None and d.via == 0
    assert "siblings, both copied from source" in headline(ov, 2, 1)
    assert any("neither copied the other" in line for line in describe(ov, 1, 2))
    heat = ov.heatmap
    assert RELATED in heat.marks.at(heat.position[1], heat.position[2])
    assert {(r.source, r.copy) for r in pair_rows(ov) if r.kind == "copy"} == {(0, 1), (0, 2)}
    assert set(badges(ov)) == {"first", "second"}
