"""The order test that separates copies (any wording) from independent reports of one event."""

from __future__ import annotations

import random

import numpy as np

from newsreader.core.corpus.sketch import sketch_sentences
from newsreader.core.corpus.structure import (
    COPY_EXCESS,
    Coder,
    align_sentences,
    monotone_path,
    order_evidence,
)

_VOCABULARY = (
    "river dam farmers water crops minister delegation talks border harbour reservoir flow summer "
    "experts commission pause compensation electricity turbines session calendar miracle customs "
    "house agreement dispute settle attempt office president foreign energy deputy spokesman"
)
WORDS = _VOCABULARY.split()


def _sentences(seed: int, count: int = 14) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(count)]


def _paraphrase(sentences: list[str], share: float, seed: int) -> list[str]:
    """Replace ``share`` of the words by other words, keeping the sentence order."""
    rng = random.Random(seed)
    out = []
    for s in sentences:
        words = s.rstrip(".").split()
        out.append(" ".join(rng.choice(WORDS) if rng.random() < share else w for w in words) + ".")
    return out


def test_a_paraphrase_that_keeps_the_order_is_a_copy() -> None:
    source = _sentences(1)
    copy = _paraphrase(source, 0.4, 2)
    evidence = order_evidence(sketch_sentences([source]), sketch_sentences([copy]))
    assert evidence.is_copy, evidence
    alignment = align_sentences(sketch_sentences([source]), sketch_sentences([copy]))
    assert alignment.longest_run >= 10
    assert alignment.coverage_a > 0.8


def test_the_same_vocabulary_in_another_order_is_not_a_copy() -> None:
    source = _sentences(1)
    shuffled = source[:]
    random.Random(3).shuffle(shuffled)
    evidence = order_evidence(sketch_sentences([source]), sketch_sentences([shuffled]))
    assert evidence.chance > 0.0
    assert evidence.excess < COPY_EXCESS, evidence


def test_an_excerpt_is_a_copy_of_the_longer_text() -> None:
    source = _sentences(5, 30)
    excerpt = source[:8]
    evidence = order_evidence(sketch_sentences([excerpt]), sketch_sentences([source]))
    assert evidence.is_copy and evidence.ordered > 0.95


def test_unrelated_and_tiny_texts_are_not_copies() -> None:
    a, b = sketch_sentences([_sentences(7)]), sketch_sentences([_sentences(8)])
    assert not order_evidence(a, b).is_copy
    tiny = sketch_sentences([["Water talks."]])
    assert order_evidence(tiny, tiny).excess == 0.0  # too short to tell


def test_order_evidence_is_symmetric_and_deterministic() -> None:
    a = sketch_sentences([_sentences(1)])
    b = sketch_sentences([_paraphrase(_sentences(1), 0.3, 9)])
    assert order_evidence(a, b) == order_evidence(b, a) == order_evidence(a, b)


def test_sentence_alignment_of_empty_texts() -> None:
    empty = sketch_sentences([])
    assert align_sentences(empty, sketch_sentences([_sentences(1)])).pairs == ()


def test_head_keeps_whole_sentences_up_to_the_cap() -> None:
    sketch = sketch_sentences([_sentences(7, 20)])
    assert sketch.head(sketch.size) is sketch
    head = sketch.head(sketch.size // 2)
    assert 0 < head.size <= sketch.size // 2
    assert head.sentence_starts[-1] == head.size
    assert len(head.sentences) == head.sentence_starts.size - 1 == head.sentence_paragraph.size
    assert (head.content == sketch.content[: head.size]).all()
    assert sketch.head(1).sentence_starts.size == 2  # at least one sentence survives


def test_very_long_texts_are_judged_on_their_first_words(monkeypatch) -> None:
    from newsreader.core.corpus import structure

    source = _sentences(11, 60)
    copy = _paraphrase(source, 0.3, 12)
    whole = order_evidence(sketch_sentences([source]), sketch_sentences([copy]))
    monkeypatch.setattr(structure, "MAX_WORDS", 100)
    capped = order_evidence(sketch_sentences([source]), sketch_sentences([copy]))
    assert capped.is_copy and whole.is_copy
    assert capped.shared <= 100 < whole.shared  # the cap bounds the work, the verdict stays
    alignment = align_sentences(sketch_sentences([source]), sketch_sentences([copy]))
    assert max(i for i, _ in alignment.pairs) < 10  # only the first sentences are aligned


def _coded_pairs() -> list[tuple[list[str], list[str]]]:
    source = _sentences(21, 24)
    moved = source[12:] + source[:12]
    return [
        (source, _paraphrase(source, 0.3, 22)),  # a rewrite: order evidence with its chance level
        (source, moved),  # cut-and-paste with moved blocks
        (source[:9], source),  # an excerpt
        (_sentences(23), _sentences(24)),  # unrelated
        (source, [*source[:5], "And so on.", "", *source[5:]]),  # a sentence without content words
        ([], source),
    ]


def test_coded_articles_give_the_same_evidence_as_their_sketches(monkeypatch) -> None:
    """The overview codes each article once (``Coder``) to test its pairs faster: same figures."""
    from newsreader.core.corpus import structure

    for cap in (structure.MAX_WORDS, 60):  # also when the texts are cut to their first words
        monkeypatch.setattr(structure, "MAX_WORDS", cap)
        for left, right in _coded_pairs():
            a, b = sketch_sentences([left]), sketch_sentences([right])
            coder = Coder([a, b])
            coded = (coder(0), coder(1))
            assert coded[0] is not None and coded[1] is not None
            for chance in (True, False):
                plain = order_evidence(a, b, chance=chance)
                assert order_evidence(a, b, chance=chance, coded=coded) == plain
                assert order_evidence(b, a, chance=chance, coded=coded[::-1]) == plain
            assert align_sentences(a, b, coded) == align_sentences(a, b)
            assert align_sentences(b, a, coded[::-1]) == align_sentences(b, a)


def _path_by_rows(weight: np.ndarray) -> list[tuple[int, int]]:
    """The dynamic programme of ``monotone_path`` written out over every cell (the reference)."""
    n, m = weight.shape
    best = np.zeros((n + 1, m + 1), dtype=np.float64)
    for x in range(n):
        take = best[x, :-1] + weight[x]
        best[x + 1, 1:] = np.maximum.accumulate(np.maximum(best[x, 1:], take))
    pairs: list[tuple[int, int]] = []
    x, y = n, m
    while x > 0 and y > 0:
        if best[x, y] == best[x - 1, y]:
            x -= 1
        elif best[x, y] == best[x, y - 1]:
            y -= 1
        else:
            pairs.append((x - 1, y - 1))
            x, y = x - 1, y - 1
    return pairs[::-1]


def test_monotone_path_takes_the_heaviest_chain_of_every_matrix() -> None:
    rng = np.random.default_rng(3)
    for n, m in ((1, 1), (1, 7), (7, 1), (5, 5), (12, 30), (30, 12), (40, 40)):
        for density in (0.0, 0.1, 0.5, 1.0):
            for dtype in (np.float32, np.float64):
                weight = rng.random((n, m)).astype(dtype)
                weight[rng.random((n, m)) >= density] = 0.0
                weight[rng.random((n, m)) < 0.05] = -0.5  # weights below zero add nothing
                weight[: n // 3, : m // 3] = weight[0, 0]  # ties
                assert monotone_path(weight) == _path_by_rows(weight), (n, m, density)
