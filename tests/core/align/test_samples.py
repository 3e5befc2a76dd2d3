"""The bundled fictional samples: a syndicated copy, a machine translation, a paraphrase and a
contradicting report of one event, each against the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.align import Alignment, align
from newsreader.core.ingest import load_path


def _align(samples_dir: Path, other: str) -> Alignment:
    return align(load_path(samples_dir / "meridian-herald.txt"), load_path(samples_dir / other))


@pytest.mark.parametrize("other", ["coastline-daily.md", "globe-newsflash.txt"])
def test_copies_link_their_body_in_order(samples_dir: Path, other: str) -> None:
    result = _align(samples_dir, other)
    assert len(result.links) >= 8
    assert not any(link.moved for link in result.links)
    rights = [link.right for link in result.links]
    assert rights == sorted(rights)
    assert {link.kind for link in result.links} <= {"identical", "edited"}
    assert result.similarity >= 60
    assert result.right_in_left >= 0.7


def test_syndicated_copy_has_identical_paragraphs(samples_dir: Path) -> None:
    result = _align(samples_dir, "coastline-daily.md")
    assert sum(link.kind == "identical" for link in result.links) >= 3


def test_machine_translation_links_despite_misspelled_names(samples_dir: Path) -> None:
    result = _align(samples_dir, "globe-newsflash.txt")
    assert not any(link.kind == "paraphrase" for link in result.links)
    assert all(link.score >= 60 for link in result.links)


def test_paraphrase_links_with_lower_scores_and_a_merge(samples_dir: Path) -> None:
    paraphrase = _align(samples_dir, "harbour-times.html")
    copy = _align(samples_dir, "coastline-daily.md")
    assert len(paraphrase.links) >= 6
    assert any(link.kind == "paraphrase" for link in paraphrase.links)
    assert paraphrase.similarity < copy.similarity
    # Somewhere one paragraph of one side says what two of the other say.
    assert any(len(paraphrase.for_left(i)) >= 2 for i in range(paraphrase.left_count)) or any(
        len(paraphrase.for_right(j)) >= 2 for j in range(paraphrase.right_count)
    )


def test_contradicting_report_is_the_least_similar(samples_dir: Path) -> None:
    scores = {
        name: _align(samples_dir, name).similarity
        for name in (
            "coastline-daily.md",
            "globe-newsflash.txt",
            "harbour-times.html",
            "northern-observer.txt",
        )
    }
    assert min(scores, key=scores.__getitem__) == "northern-observer.txt"


def test_every_link_has_an_inline_diff(samples_dir: Path) -> None:
    left = load_path(samples_dir / "meridian-herald.txt")
    right = load_path(samples_dir / "globe-newsflash.txt")
    for link in align(left, right).links:
        assert link.ops
        assert any(op.tag == "equal" for op in link.ops)
        a, b = left.paragraphs[link.left].text, right.paragraphs[link.right].text
        assert max(op.left[1] for op in link.ops) <= len(a)
        assert max(op.right[1] for op in link.ops) <= len(b)
