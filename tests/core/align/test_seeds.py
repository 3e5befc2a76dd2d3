"""Quality floors on the real seed articles against the hand-made gold links (skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz

from newsreader.core.align import align
from newsreader.core.align.gold import Score, load_gold, score
from newsreader.core.article import Article
from newsreader.core.ingest import load_path

pytestmark = pytest.mark.seeds

FLOOR = 0.9


def _pairs(gold_dir: Path, seeds_dir: Path):
    for pair in load_gold(gold_dir):
        yield pair, load_path(seeds_dir / pair.left), load_path(seeds_dir / pair.right)


def _score(links: set[tuple[int, int]], pair, left: Article, right: Article) -> Score:
    return score(links, pair, left.paragraph_texts(), right.paragraph_texts())


def test_precision_and_recall_floors_on_every_gold_pair(gold_dir: Path, seeds_dir: Path) -> None:
    for pair, left, right in _pairs(gold_dir, seeds_dir):
        result = align(left, right)
        s = _score({(lk.left, lk.right) for lk in result.links}, pair, left, right)
        assert not s.unresolved, f"gold prefixes not found: {s.unresolved}"
        assert s.precision >= FLOOR, f"{pair.left}/{pair.right}: wrong links {s.wrong}"
        assert s.recall >= FLOOR, f"{pair.left}/{pair.right}: missed {s.missed}"


def test_many_to_many_pair_beats_the_naive_best_match(gold_dir: Path, seeds_dir: Path) -> None:
    """On the paraphrased pair a best match per paragraph finds a third of the links at most."""
    checked = 0
    for pair, left, right in _pairs(gold_dir, seeds_dir):
        if "many" not in pair.relation:
            continue
        checked += 1
        naive = set()
        rt = right.paragraph_texts()
        for i, a in enumerate(left.paragraph_texts()):
            best, j = max((fuzz.token_sort_ratio(a, b), j) for j, b in enumerate(rt))
            if best >= 50 and len(a.split()) >= 3:
                naive.add((i, j))
        naive_recall = _score(naive, pair, left, right).recall
        result = align(left, right)
        engine_recall = _score(
            {(lk.left, lk.right) for lk in result.links}, pair, left, right
        ).recall
        assert naive_recall <= 0.5 < FLOOR <= engine_recall
        # Some paragraph of the left is linked to two or more paragraphs of the right.
        assert any(len(result.for_left(i)) >= 2 for i in range(result.left_count))
    assert checked, "the gold file describes no many-to-many pair: nothing was checked"


def test_rewritten_pair_reads_in_order_and_is_mostly_contained(
    gold_dir: Path, seeds_dir: Path
) -> None:
    """The machine-rewritten, extended copy: links in reading order; the left is mostly found in
    the right, not the other way round (the right adds material)."""
    checked = 0
    for pair, left, right in _pairs(gold_dir, seeds_dir):
        if "extended copy" not in pair.relation:
            continue
        checked += 1
        result = align(left, right)
        assert not any(link.moved for link in result.links)
        assert result.left_in_right > 0.8 > result.right_in_left
        assert {link.kind for link in result.links} <= {"edited", "paraphrase"}
    assert checked, "the gold file describes no extended copy: nothing was checked"


def test_unrelated_seed_paragraphs_stay_unlinked(seed) -> None:
    """Boilerplate lines of one seed never link to body text of another."""
    left, right = load_path(seed("002")), load_path(seed("004"))
    result = align(left, right)
    for link in result.links:
        assert len(left.paragraphs[link.left].text.split()) > 3
        assert len(right.paragraphs[link.right].text.split()) > 3
