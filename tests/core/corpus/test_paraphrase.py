"""Paraphrase evidence: rewrites that share few words verbatim, told from independent reports of one
story (invented reports of an invented event in ``rewrites/``; see its README)."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from newsreader.core.corpus import Overview, overview, pair_verdict
from newsreader.core.corpus.overview import sketch_article
from newsreader.core.corpus.paraphrase import (
    chain_weights,
    exclusive_shares,
    names_of,
    p_value,
)
from newsreader.core.corpus.relation import trigram_containment
from newsreader.core.corpus.sketch import content_case, sketch_text, term_id
from newsreader.core.corpus.structure import monotone_path
from newsreader.core.ingest import load_path
from tests.core.corpus.conftest import by_name

STORY = Path(__file__).parent / "rewrites"
INDEPENDENT = (
    "a-courier",
    "b-wire",
    "c-evening-post",
    "d-radio",
    "e-business",
    "f-gazette",
    "g-weekly",
)
PLANTED = {("a-courier", "r1-digest"), ("b-wire", "r2-northshore")}


def _story(*names: str) -> Overview:
    paths = sorted(STORY.glob("*.txt"))
    if names:
        paths = [p for p in paths if p.stem in names]
    return overview([load_path(p) for p in paths])


@pytest.fixture(scope="module")
def story() -> Overview:
    return _story()


def test_the_spun_rewrite_shares_few_word_3_grams_with_its_source() -> None:
    # the premise: verbatim reuse cannot find it
    source = sketch_article(load_path(STORY / "a-courier.txt"))
    rewrite = sketch_article(load_path(STORY / "r1-digest.txt"))
    assert max(trigram_containment(source, rewrite)) < 0.1


def test_a_spun_rewrite_is_found_by_its_sentence_chain(story: Overview) -> None:
    pair = story.relation(by_name(story, "a-courier"), by_name(story, "r1-digest"))
    assert pair is not None, "the rewrite that keeps its source's sentence order was missed"
    assert pair.channel == "paraphrase"
    assert pair.kind in {"paraphrased", "partial"}
    assert pair.aligned_sentences >= 3


def test_a_sibling_rewrite_of_an_agency_text_is_found(story: Overview) -> None:
    assert story.relation(by_name(story, "b-wire"), by_name(story, "r2-northshore")) is not None


def test_independent_reports_of_the_event_are_not_copies(story: Overview) -> None:
    names = {i: n.removesuffix(".txt") for i, n in enumerate(story.names)}
    found = {tuple(sorted((names[d.source], names[d.copy]))) for d in story.derived}
    assert found <= PLANTED, f"related but independent: {sorted(found - PLANTED)}"
    for a, b in itertools.combinations(INDEPENDENT, 2):
        assert story.relation(by_name(story, a), by_name(story, b)) is None


def test_two_articles_alone_are_no_story(story: Overview) -> None:
    # without other reports of the event nothing tells its common words from the copied ones: the
    # paraphrase evidence abstains (the lexical channels still speak)
    a = load_path(STORY / "a-courier.txt")
    r1 = load_path(STORY / "r1-digest.txt")
    assert pair_verdict(a, r1) is None
    assert _story("a-courier", "r1-digest", "b-wire", "c-evening-post").relation(0, 3) is None


def test_exclusive_words_count_a_family_once() -> None:
    ids = [np.array(x, dtype=np.uint64) for x in ([1, 2, 3, 9], [1, 2, 4], [1, 2, 4, 5], [1, 3, 5])]
    family = np.array([0, 1, 1, 3])  # articles 1 and 2 are copies of each other
    shares = exclusive_shares(ids, family)
    assert shares[(0, 1)][0] == 1  # word 2: in 0 and in the family {1, 2} only (1 is everywhere)
    assert shares[(1, 3)][0] == 1  # word 5
    assert shares[(0, 3)][0] == 1  # word 3
    assert (0, 0) not in shares and all(f < g for f, g in shares)


def test_chain_weights_match_the_monotone_path() -> None:
    rng = np.random.default_rng(3)
    gain = np.where(rng.random((7, 9)) > 0.6, rng.random((7, 9)), 0.0)
    path = monotone_path(gain)
    identity = np.arange(9)[None, :]
    assert chain_weights(gain, identity)[0] == pytest.approx(sum(gain[i, j] for i, j in path))


def test_an_ordered_chain_is_significant_and_a_scattered_one_is_not() -> None:
    diagonal = np.eye(10) * 0.5
    assert p_value(diagonal, 0.01) <= 0.01
    scattered = np.zeros((10, 10))
    for i, j in enumerate([7, 2, 9, 0, 5, 3, 8, 1, 6, 4]):
        scattered[i, j] = 0.5
    assert p_value(scattered, 0.1) > 0.1


def test_names_are_the_words_written_with_a_capital_inside_sentences() -> None:
    sketch = sketch_text("The mayor met Marrow in Velmora. Velmora has 48 bridges. The mayor left.")
    names = set(names_of([sketch], [content_case(sketch)]).tolist())
    assert {term_id("marrow"), term_id("velmora"), term_id("48")} <= names
    assert term_id("mayor") not in names and term_id("bridges") not in names
