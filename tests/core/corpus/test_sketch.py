"""Sketches: deterministic in every process, picklable, robust to odd text."""

from __future__ import annotations

import pickle
import subprocess
import sys

import numpy as np

from newsreader.core.corpus.sketch import shared_count, shingle_ids, sketch_sentences, sketch_text
from newsreader.core.text import fold

TEXT = [
    ["Arvenia and Coristan will hold talks on Thursday.", "The dam cut the flow by 40 per cent."],
    ["“We come to listen,” said Daniel Okafor.", "Zelenskyy’s office in Kyiv declined to comment."],
]


def test_sketch_is_the_same_in_another_process_with_another_hash_seed() -> None:
    here = sketch_sentences(TEXT)
    code = (
        "import pickle, sys\n"
        "from newsreader.core.corpus.sketch import sketch_sentences\n"
        f"sys.stdout.buffer.write(pickle.dumps(sketch_sentences({TEXT!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
        timeout=60,
    )
    there = pickle.loads(out.stdout)
    assert np.array_equal(here.content, there.content)
    assert np.array_equal(here.shingles, there.shingles)
    assert here.exact == there.exact


def test_sketch_pickles_and_keeps_sentences_and_paragraphs() -> None:
    s = sketch_sentences(TEXT)
    again = pickle.loads(pickle.dumps(s))
    assert again.sentences == s.sentences
    assert s.sentence_paragraph.tolist() == [0, 0, 1, 1]
    assert s.sentence_starts[-1] == s.size
    # function words are left out of the content words, numbers and names stay
    assert s.size < sum(len(t.split()) for p in TEXT for t in p)


def test_folding_matches_accents_quotes_and_case() -> None:
    assert fold("Zelenskyy’s TÜRKİYE") == fold("zelenskyy's turkiye")
    a = sketch_sentences([["Türkiye hosts the talks."]])
    b = sketch_sentences([["TURKIYE hosts the talks."]])
    assert a.exact == b.exact


def test_empty_and_wordless_text() -> None:
    for paragraphs in ([], [[]], [["", "   ", "…!?"]]):
        s = sketch_sentences(paragraphs)
        assert s.size == 0 and s.shingles.size == 0 and s.sentences == ()
    short = shingle_ids(np.array([1, 2], dtype=np.uint64))
    assert short.size == 1  # a text shorter than a shingle is one shingle


def test_non_latin_text_has_content_words() -> None:
    s = sketch_text("Переговоры в Стамбуле начнутся в четверг. 会谈将于周四在伊斯坦布尔举行。")
    assert s.size >= 4


def test_sketch_text_splits_paragraphs_on_blank_lines() -> None:
    s = sketch_text("First paragraph here. Second sentence.\n\nAnother paragraph.")
    assert s.sentence_paragraph.tolist() == [0, 0, 1]


def test_content_words_are_stemmed_as_the_alignment_stems_them() -> None:
    a = sketch_sentences([["Vellmora negotiated the grobbling of the zunes."]])
    b = sketch_sentences([["Vellmora's negotiating the grobbled zune."]])
    assert a.content.tolist() == b.content.tolist()
    assert a.terms is a.content  # one stemmer: the paraphrase evidence reads the same ids


def test_shared_count_is_the_size_of_the_intersection() -> None:
    rng = np.random.default_rng(5)
    for size_a, size_b in ((0, 0), (0, 7), (1, 1), (5, 300), (300, 5), (200, 200)):
        a = np.unique(rng.integers(0, 400, size_a, dtype=np.uint64))
        b = np.unique(rng.integers(0, 400, size_b, dtype=np.uint64))
        expected = np.intersect1d(a, b, assume_unique=True).size
        assert shared_count(a, b) == shared_count(b, a) == expected
    top = np.array([2**64 - 1], dtype=np.uint64)  # the largest id, past the end of the other
    assert shared_count(top, np.array([1, 2], dtype=np.uint64)) == 0
    assert shared_count(top, np.array([1, 2**64 - 1], dtype=np.uint64)) == 1


def test_trigram_ids_of_a_stretch_are_the_stretch_s_own_shingles() -> None:
    """The 3-grams inside any stretch of a text, taken from one pass over the whole text, are
    the stretch's own 3-gram ids (the sibling readings take every sentence's 3-grams that way)."""
    import numpy as np

    from newsreader.core.corpus.sketch import shingle_ids, trigram_ids

    rng = np.random.default_rng(7)
    words = rng.integers(1, 50, size=400).astype(np.uint64)
    grams = trigram_ids(words)
    assert grams.size == words.size - 2
    for _ in range(200):
        a = int(rng.integers(0, 390))
        b = int(rng.integers(a + 3, 401))
        assert set(grams[a : b - 2].tolist()) == set(shingle_ids(words[a:b], 3).tolist())
