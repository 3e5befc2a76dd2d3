"""The engine on synthetic article pairs whose true links are known by construction."""

from __future__ import annotations

import random

import pytest

from newsreader.core.align import Alignment, align_texts
from tests.core.align.synthetic import Lexicon, Writer, sentences, substitute


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.make(seed=11)


@pytest.fixture(scope="module")
def article(lexicon: Lexicon) -> list[str]:
    return Writer(lexicon, 5).article(900)


def pairs(result: Alignment) -> set[tuple[int, int]]:
    return {(link.left, link.right) for link in result.links}


def test_verbatim_copy_links_every_paragraph_as_identical(article: list[str]) -> None:
    result = align_texts(article, list(article))
    assert pairs(result) == {(i, i) for i in range(len(article))}
    assert all(link.kind == "identical" and link.score == 100 for link in result.links)
    assert not any(link.moved for link in result.links)
    assert result.similarity == pytest.approx(100)
    assert result.left_in_right == pytest.approx(1) and result.right_in_left == pytest.approx(1)


def test_whitespace_and_quote_differences_are_still_identical() -> None:
    left = ["The minister said “we will not attend” the talks on Thursday in the capital city."]
    right = ['The  minister said\n"we will not attend" the talks on Thursday in the capital city.']
    [link] = align_texts(left, right).links
    assert link.kind == "identical"


@pytest.mark.parametrize("share", [0.15, 0.35, 0.5])
def test_substituted_words_still_link_in_order(
    article: list[str], lexicon: Lexicon, share: float
) -> None:
    editor = Writer(lexicon, 23)
    right = [substitute(p, share, editor) for p in article]
    result = align_texts(article, right)
    assert pairs(result) == {(i, i) for i in range(len(article))}
    assert all(link.kind != "identical" for link in result.links)
    assert not any(link.moved for link in result.links)


def test_more_substitution_means_lower_scores(article: list[str], lexicon: Lexicon) -> None:
    means = []
    for share in (0.15, 0.35, 0.5):
        right = [substitute(p, share, Writer(lexicon, 23)) for p in article]
        result = align_texts(article, right)
        means.append(sum(link.score for link in result.links) / len(result.links))
        assert result.similarity < 100
    assert means[0] > means[1] > means[2]


def test_deleted_and_inserted_paragraphs_are_only_on_one_side(
    article: list[str], lexicon: Lexicon
) -> None:
    writer = Writer(lexicon, 99)
    right: list[str] = []
    expected = set()
    for i, para in enumerate(article):
        if i % 4 == 1:
            continue
        if i % 5 == 2:
            right.append(writer.paragraph())
        expected.add((i, len(right)))
        right.append(para)
    result = align_texts(article, right)
    assert pairs(result) == expected
    assert result.unmatched_left() == [i for i in range(len(article)) if i % 4 == 1]
    assert len(result.unmatched_right()) == len(right) - len(expected)
    assert 0 < result.left_in_right < 1
    assert result.right_in_left < 1


def test_shuffled_paragraphs_link_and_are_marked_moved(article: list[str]) -> None:
    order = list(range(len(article)))
    random.Random(4).shuffle(order)
    right = [article[k] for k in order]
    result = align_texts(article, right)
    assert pairs(result) == {(k, j) for j, k in enumerate(order)}
    moved = {(link.left, link.right) for link in result.links if link.moved}
    in_order = sorted(pairs(result) - moved)
    # What is not moved reads in the same order on both sides ...
    assert [j for _, j in in_order] == sorted(j for _, j in in_order)
    # ... and is the longest such sequence (only the shuffled-away paragraphs are moved).
    assert 0 < len(moved) < len(article)
    assert len(in_order) == _longest_increasing(order)


def _longest_increasing(seq: list[int]) -> int:
    best = [1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best)


def test_one_paragraph_split_into_three_links_to_all_three(
    article: list[str], lexicon: Lexicon
) -> None:
    left = list(article)
    writer = Writer(lexicon, 8)
    while len(sentences(left[2])) < 6:
        left[2] += " " + writer.sentence()
    parts = sentences(left[2])
    k = len(parts) // 3
    right = [
        *left[:2],
        " ".join(parts[:k]),
        " ".join(parts[k : 2 * k]),
        " ".join(parts[2 * k :]),
        *left[3:],
    ]
    result = align_texts(left, right)
    assert {link.right for link in result.for_left(2)} == {2, 3, 4}
    assert {link.kind for link in result.for_left(2)} == {"edited"}
    assert pairs(result) - {(2, 2), (2, 3), (2, 4)} == {(0, 0), (1, 1)} | {
        (i, i + 2) for i in range(3, len(left))
    }
    # The merge seen from the other side: three left paragraphs to one right paragraph.
    merged = align_texts(right, left)
    assert {link.left for link in merged.for_right(2)} == {2, 3, 4}


def test_unrelated_articles_have_no_links(lexicon: Lexicon) -> None:
    a = Writer(lexicon, 1).article(1500)
    b = Writer(lexicon, 2).article(1500)
    result = align_texts(a, b)
    assert result.links == []
    assert result.similarity == 0
    assert result.unmatched_left() == list(range(len(a)))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ([], []),
        ([], ["A paragraph with enough words to be linked by anything."]),
        (["", " "], ["\n\t"]),
    ],
)
def test_empty_and_blank_articles(left: list[str], right: list[str]) -> None:
    result = align_texts(left, right)
    assert result.links == []
    assert result.similarity == 0
    assert result.left_count == len(left) and result.right_count == len(right)
    assert result.unmatched_right() == list(range(len(right)))


def test_blank_paragraphs_are_never_linked(article: list[str]) -> None:
    left = ["", *article[:3], "   "]
    right = ["", *article[:3], "   "]
    result = align_texts(left, right)
    assert pairs(result) == {(1, 1), (2, 2), (3, 3)}


def test_one_paragraph_articles(article: list[str]) -> None:
    result = align_texts(article[:1], article[:1])
    assert pairs(result) == {(0, 0)}
    assert align_texts(article[:1], article[1:2]).links == []


def test_tiny_furniture_lines_do_not_link() -> None:
    body_a = (
        "Negotiators from both countries met in the harbour city to discuss the dam and the river."
    )
    body_b = "Negotiators from both countries met in the harbour city to talk about the river dam."
    left = ["Log In", "Source link", body_a, "Follow us on:", "Loading..."]
    right = ["Source link", "Log In", body_b, "Loading...", "Follow us on:"]
    result = align_texts(left, right)
    assert pairs(result) == {(2, 2)}


def test_tiny_identical_paragraph_between_links_is_linked(article: list[str]) -> None:
    left = [article[0], "It was Kyiv.", article[1]]
    right = [article[0], "It was Kyiv.", article[1]]
    result = align_texts(left, right)
    assert pairs(result) == {(0, 0), (1, 1), (2, 2)}


def test_repeated_paragraph_links_to_its_copies_not_to_everything(article: list[str]) -> None:
    left = [article[0], article[1], article[2]]
    right = [article[0], article[1], article[0], article[2]]
    result = align_texts(left, right)
    assert (1, 1) in pairs(result) and (2, 3) in pairs(result)
    assert {link.right for link in result.for_left(0)} <= {0, 2}


def _split_with_middle(article: list[str], lexicon: Lexicon, middle_of: str) -> list[str]:
    writer = Writer(lexicon, 8)
    left = list(article)
    while len(sentences(left[2])) < 3:
        left[2] += " " + writer.sentence()
    parts = sentences(left[2])
    head, mid, tail = parts[0], " ".join(parts[1:-1]), parts[-1]
    if middle_of == "rewritten":
        mid = substitute(mid, 0.9, Writer(lexicon, 31))  # too weak to seed on its own
    else:
        mid = writer.paragraph()
    return [*left[:2], head, mid, tail, *left[3:]], left


@pytest.mark.parametrize("middle_of", ["rewritten", "new material"])
def test_middle_piece_of_a_split_joins_only_when_it_shares_words(
    article: list[str], lexicon: Lexicon, middle_of: str
) -> None:
    right, left = _split_with_middle(article, lexicon, middle_of)
    linked = {link.right for link in align_texts(left, right).for_left(2)}
    assert {2, 4} <= linked
    assert (3 in linked) == (middle_of == "rewritten")


def test_links_name_the_matched_sentences(article: list[str], lexicon: Lexicon) -> None:
    right = [substitute(p, 0.15, Writer(lexicon, 3)) for p in article]
    for link in align_texts(article, right).links:
        assert link.sentences
        for (a, b), (c, d) in link.sentences:
            left_sentence, right_sentence = article[link.left][a:b], right[link.right][c:d]
            assert left_sentence in sentences(article[link.left])
            # Substitution keeps the number of words: a sentence is matched to its own rewrite.
            assert len(left_sentence.split()) == len(right_sentence.split())
