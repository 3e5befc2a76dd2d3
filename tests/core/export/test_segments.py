"""Inline diff segments: marked stretches, tolerance of odd op ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsreader.core.align import DiffOp, word_diff
from newsreader.core.export.segments import Segment, changed_ranges, changed_share, segments


def _marked(parts: list[Segment]) -> list[str]:
    return [p.text for p in parts if p.changed]


def test_left_marks_replaced_and_deleted_words_right_marks_inserted() -> None:
    left, right = "the quick brown fox jumps", "the slow brown fox leaps high"
    ops = word_diff(left, right)
    assert _marked(segments(left, ops, "left")) == ["quick", "jumps"]
    assert _marked(segments(right, ops, "right")) == ["slow", "leaps high"]


def test_segments_rebuild_the_text_exactly() -> None:
    left, right = "Varga will not attend, her office said.", "Varga is staying away, her aide said."
    ops = word_diff(left, right)
    for text, side in ((left, "left"), (right, "right")):
        assert "".join(p.text for p in segments(text, ops, side)) == text  # type: ignore[arg-type]


def test_no_ops_is_one_unchanged_segment() -> None:
    assert segments("plain text") == [Segment("plain text")]
    assert segments("") == [Segment("")]


@pytest.mark.parametrize(
    ("ops", "expected"),
    [
        ([DiffOp("replace", (5, 2), (0, 0))], []),  # reversed range
        ([DiffOp("delete", (-4, 3), (0, 0))], [(0, 3)]),  # negative start
        ([DiffOp("delete", (8, 99), (0, 0))], [(8, 10)]),  # past the end
        (
            [DiffOp("delete", (0, 4), (0, 0)), DiffOp("replace", (2, 6), (0, 0))],
            [(0, 6)],
        ),  # overlap
        ([DiffOp("delete", (6, 8), (0, 0)), DiffOp("delete", (0, 2), (0, 0))], [(0, 2), (6, 8)]),
        ([DiffOp("insert", (0, 5), (0, 5)), DiffOp("equal", (0, 5), (0, 5))], []),  # not left's
    ],
)
def test_changed_ranges_are_clamped_sorted_and_merged(
    ops: list[DiffOp], expected: list[tuple[int, int]]
) -> None:
    assert changed_ranges(ops, "left", 10) == expected


def test_neighbouring_changes_separated_by_a_space_become_one_mark() -> None:
    text = "one two three four"
    ops = [DiffOp("delete", (4, 7), (0, 0)), DiffOp("delete", (8, 13), (0, 0))]
    assert _marked(segments(text, ops, "left")) == ["two three"]


def test_changed_share() -> None:
    assert changed_share([Segment("ab"), Segment("cd", changed=True)]) == 0.5
    assert changed_share([Segment("")]) == 0.0


@given(
    st.text(max_size=40),
    st.lists(
        st.tuples(
            st.sampled_from(["equal", "replace", "delete", "insert"]),
            st.integers(-5, 50),
            st.integers(-5, 50),
        ),
        max_size=6,
    ),
)
def test_any_ops_keep_the_text_whole(text: str, raw: list[tuple[str, int, int]]) -> None:
    ops = [DiffOp(tag, (a, b), (a, b)) for tag, a, b in raw]
    for side in ("left", "right"):
        parts = segments(text, ops, side)  # type: ignore[arg-type]
        assert "".join(p.text for p in parts) == text
        assert all(p.text for p in parts) or parts == [Segment("")]
