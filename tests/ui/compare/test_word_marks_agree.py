"""The app's panes and the export mark the same changed words (one function decides)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsreader.core.align import DiffOp, Link, align
from newsreader.core.align.wordmarks import MAX_CHANGED_SHARE, best_link, word_marks
from newsreader.core.export.context import build_comparison
from newsreader.core.ingest import load_path
from newsreader.ui.compare.marks import LinkIndex, side_marks


def app_marked(article, alignment, side) -> list[list[str]]:
    marks = side_marks(LinkIndex(alignment), side, article.paragraph_texts())
    return [
        [text[a:b] for a, b in (m.changed if m is not None else ())]
        for text, m in zip(article.paragraph_texts(), marks, strict=True)
    ]


def export_marked(view) -> list[list[str]]:
    return [[s.text for s in p.segments if s.changed] for p in view.paragraphs]


def check_pairs(paths: list[Path]) -> int:
    articles = [load_path(p) for p in paths]
    marked = 0
    for left, right in itertools.permutations(articles, 2):
        alignment = align(left, right)
        report = build_comparison(left, right, alignment)
        assert app_marked(left, alignment, "left") == export_marked(report.left)
        assert app_marked(right, alignment, "right") == export_marked(report.right)
        marked += sum(bool(x) for x in app_marked(left, alignment, "left"))
    return marked


def test_samples_marked_alike_in_the_app_and_the_export(sample_paths):
    assert check_pairs(sample_paths) > 0  # some words are marked at all


@pytest.mark.seeds
def test_seeds_marked_alike_in_the_app_and_the_export(seeds_dir):
    assert check_pairs(sorted(seeds_dir.glob("*.txt"))[:4]) > 0


TEXT = "one two three four five six seven eight nine ten"


def link(ops) -> Link:
    return Link(0, 0, 80.0, "edited", ops=tuple(ops))


@pytest.mark.parametrize(
    ("ops", "expected"),
    [
        ([DiffOp("replace", (4, 7), (4, 7))], ((4, 7),)),  # "two"
        # Two changed words with only a space between: one stretch.
        ([DiffOp("replace", (4, 7), (4, 7)), DiffOp("delete", (8, 13), (8, 8))], ((4, 13),)),
        ([DiffOp("insert", (4, 4), (4, 9))], ()),  # an insertion changes nothing on the left
        ([DiffOp("replace", (0, 29), (0, 20))], ()),  # six of ten words: too many to mark
        ([DiffOp("replace", (0, 23), (0, 20))], ((0, 23),)),  # five of ten: marked
    ],
)
def test_word_marks(ops, expected):
    assert word_marks(TEXT, link(ops), "left") == expected
    assert MAX_CHANGED_SHARE == 0.5


def test_the_best_link_is_the_highest_score_then_the_closer_kind():
    a = Link(0, 0, 70.0, "paraphrase")
    b = Link(0, 1, 70.0, "edited")
    c = Link(0, 2, 60.0, "identical")
    assert best_link([a, b, c]) is b
    assert best_link([]) is None
