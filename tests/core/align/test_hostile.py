"""Hostile and odd input never breaks the engine's promises (BAD_INPUTS rows 8, 27, 28)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.core.align import KINDS, Alignment, align_texts

_words = st.sampled_from(
    ["Putin", "talks", "Kyiv", "Київ", "ceasefire", "30-day", "2022", "the", "of", "и", "😀",
     "\u202e", "dam", "Sella", "river", "water", ".", "?", "“quoted”", "al-Sisi", "O'Brien"]
)  # fmt: skip
_paragraph = st.one_of(
    st.just(""),
    st.text(alphabet=" \t\n\u00a0", max_size=5),
    st.text(max_size=60),
    st.lists(_words, max_size=40).map(" ".join),
)
_article = st.lists(_paragraph, max_size=8)


def _check(result: Alignment, left: list[str], right: list[str]) -> None:
    assert result.left_count == len(left) and result.right_count == len(right)
    seen = set()
    for link in result.links:
        assert 0 <= link.left < len(left) and 0 <= link.right < len(right)
        assert (link.left, link.right) not in seen
        seen.add((link.left, link.right))
        assert left[link.left].strip() and right[link.right].strip()
        assert 0 <= link.score <= 100 and link.kind in KINDS
        for op in link.ops:
            assert 0 <= op.left[0] <= op.left[1] <= len(left[link.left])
            assert 0 <= op.right[0] <= op.right[1] <= len(right[link.right])
    assert 0 <= result.similarity <= 100
    assert 0 <= result.left_in_right <= 1 and 0 <= result.right_in_left <= 1


@settings(max_examples=120, deadline=None)
@given(_article, _article)
def test_invariants_hold_on_any_input(left: list[str], right: list[str]) -> None:
    _check(align_texts(left, right), left, right)


@settings(max_examples=40, deadline=None)
@given(_article)
def test_an_article_against_itself_links_each_substantial_paragraph_once(left: list[str]) -> None:
    result = align_texts(left, left)
    _check(result, left, left)
    for link in result.links:
        assert link.kind == "identical" or left[link.left] != left[link.right]


def test_one_huge_unpunctuated_paragraph_is_sliced_and_aligned() -> None:
    text = " ".join(f"word{i % 997} river{i % 13}" for i in range(40_000))
    result = align_texts([text], [text])
    assert [(link.left, link.right, link.kind) for link in result.links] == [(0, 0, "identical")]


def test_many_copies_of_one_paragraph_do_not_explode() -> None:
    para = "Negotiators met in the harbour city to discuss the dam, the river and the water."
    result = align_texts([para] * 300, [para] * 300)
    assert len(result.links) <= 300 * 3
    assert {(link.left, link.right) for link in result.links} >= {(i, i) for i in range(300)}
