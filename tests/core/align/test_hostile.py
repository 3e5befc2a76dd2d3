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


# --- bounded work whatever the shape of the text (issue 13, point 8) ---------------------------


def _repeated(sentences: int) -> list[str]:
    """One sentence over and over, cut into paragraphs as the loader cuts a single 5 MB line."""
    sentence = "All work and no play makes Jack a dull boy."
    per = 30
    return [" ".join([sentence] * per) for _ in range(sentences // per)]


def _candidates(left: list[str], right: list[str]):
    from newsreader.core.align import Tuning
    from newsreader.core.align.candidates import candidate_pairs
    from newsreader.core.align.features import build

    lside, rside = build(left, right)
    tuning = Tuning()
    pairs = candidate_pairs(lside.matrix, rside.matrix, floor=tuning.floor, top_k=tuning.top_k)
    return pairs, len(lside.units) + len(rside.units)


def test_the_search_for_candidates_is_linear_in_repeated_text() -> None:
    """Every sentence shares every term with every other: the full product is quadratic."""
    from newsreader.core.align.candidates import MIN_PRODUCTS, PRODUCTS_PER_UNIT

    small, n_small = _candidates(_repeated(600), _repeated(600))
    big, n_big = _candidates(_repeated(9000), _repeated(9000))
    assert n_big == 15 * n_small
    assert big.products <= max(MIN_PRODUCTS, PRODUCTS_PER_UNIT * n_big)
    # One shared term alone costs (sentences a side) squared in a full product: 81 million here.
    assert (n_big / 2) ** 2 > max(MIN_PRODUCTS, PRODUCTS_PER_UNIT * n_big)
    assert len(big) <= 15 * len(small) * 1.2  # candidates grow with the text, not its square


def test_repeated_text_still_aligns_in_order() -> None:
    left = _repeated(9000)
    right = [*left[:100], "An inserted paragraph about something else entirely.", *left[100:]]
    result = align_texts(left, right)
    pairs = {(link.left, link.right) for link in result.links}
    assert {(i, i) for i in range(100)} <= pairs
    assert {(i, i + 1) for i in range(100, len(left))} <= pairs
    assert all(link.kind == "identical" for link in result.links)


def test_ordinary_articles_are_searched_exactly() -> None:
    from newsreader.core.align import Tuning
    from newsreader.core.align.candidates import candidate_pairs
    from newsreader.core.align.features import build
    from tests.core.align.synthetic import Lexicon, Writer

    writer = Writer(Lexicon.make(seed=3), 3)
    left, right = writer.article(3000), writer.article(3000)
    lside, rside = build(left, right)
    t = Tuning()
    default = candidate_pairs(lside.matrix, rside.matrix, floor=t.floor, top_k=t.top_k)
    exact = candidate_pairs(
        lside.matrix, rside.matrix, floor=t.floor, top_k=t.top_k, budget=float("inf")
    )
    assert (default.x.tolist(), default.y.tolist()) == (exact.x.tolist(), exact.y.tolist())


def test_a_pruned_search_finds_what_the_full_one_finds_on_a_copy() -> None:
    from newsreader.core.align import Tuning
    from newsreader.core.align.candidates import candidate_pairs
    from newsreader.core.align.features import build
    from tests.core.align.synthetic import Lexicon, Writer

    writer = Writer(Lexicon.make(seed=5), 5)
    left = writer.article(4000)
    lside, rside = build(left, left)
    t = Tuning()
    full = candidate_pairs(lside.matrix, rside.matrix, floor=t.floor, top_k=t.top_k, budget=1e12)
    pruned = candidate_pairs(
        lside.matrix, rside.matrix, floor=t.floor, top_k=t.top_k, budget=full.products / 10
    )
    assert pruned.products <= full.products / 10
    diagonal = {(x, y) for x, y in zip(pruned.x.tolist(), pruned.y.tolist(), strict=True) if x == y}
    assert len(diagonal) == len(lside.units)  # every sentence still finds itself


def test_paragraphs_too_long_to_diff_word_by_word_are_linked_without_marks() -> None:
    from newsreader.core.align.diff import MAX_DIFF_CELLS

    words = int(MAX_DIFF_CELLS**0.5) + 1000
    text = " ".join(f"w{i % 5003}" for i in range(words))
    other = text.replace("w17 ", "changed ", 3)
    result = align_texts([text], [other])
    assert [(link.left, link.right) for link in result.links] == [(0, 0)]
    assert result.links[0].ops == ()
