"""Inline word diff: character ranges that rebuild both paragraphs' words in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.core.align import DiffOp, word_diff
from newsreader.core.text import words


def _pieces(text: str, ops: tuple[DiffOp, ...], side: str) -> list[str]:
    return [text[a:b] for op in ops for a, b in [getattr(op, side)] if b > a]


def test_replace_insert_and_equal_ranges() -> None:
    left = "Here’s what we know, about  the talks"
    right = "Here's what they know about the talks today"
    ops = word_diff(left, right)
    shown = [(op.tag, left[slice(*op.left)], right[slice(*op.right)]) for op in ops]
    assert shown == [
        ("equal", "Here’s what", "Here's what"),
        ("replace", "we", "they"),
        ("equal", "know, about  the talks", "know about the talks"),
        ("insert", "", "today"),
    ]
    assert ops[-1].left == (len(left), len(left))  # an insertion sits where the words would go


def test_delete_points_at_the_right_position() -> None:
    ops = word_diff("one two three four", "one four")
    assert [op.tag for op in ops] == ["equal", "delete", "equal"]
    delete = ops[1]
    assert delete.left == (4, 13)
    assert delete.right == (4, 4)


def test_identical_and_empty() -> None:
    assert [op.tag for op in word_diff("Same words here.", "same  words HERE")] == ["equal"]
    assert word_diff("", "") == ()
    assert [op.tag for op in word_diff("", "new text")] == ["insert"]
    assert [op.tag for op in word_diff("old text", " ")] == ["delete"]


_text = st.lists(
    st.sampled_from(
        ["alpha", "Beta", "gamma", "délta", "2022", "ε", "x-ray", "it’s", ",", "  ", "\n"]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_text, _text)
def test_ops_cover_every_word_of_both_sides_in_order(left: str, right: str) -> None:
    ops = word_diff(left, right)
    for op in ops:
        assert op.tag in {"equal", "replace", "delete", "insert"}
        assert 0 <= op.left[0] <= op.left[1] <= len(left)
        assert 0 <= op.right[0] <= op.right[1] <= len(right)
    assert words(" ".join(_pieces(left, ops, "left"))) == words(left)
    assert words(" ".join(_pieces(right, ops, "right"))) == words(right)
    for op in ops:
        if op.tag == "equal":
            assert len(words(left[slice(*op.left)])) == len(words(right[slice(*op.right)]))
