"""Copy pairs refined by the alignment engine: paragraph links to open side by side."""

from __future__ import annotations

import pytest

from newsreader.core.align import Cancelled
from newsreader.core.corpus import align_derived, overview
from newsreader.core.ingest import load_path
from tests.core.corpus.conftest import by_name


def test_engine_links_for_the_copy_pairs(sample_paths) -> None:
    articles = [load_path(p) for p in sample_paths]
    result = align_derived(overview(articles), articles)
    meridian, globe = by_name(result, "meridian-herald"), by_name(result, "globe-newsflash")
    pair = result.relation(meridian, globe)
    assert pair is not None and pair.link_kinds
    assert len(pair.paragraphs) == len(pair.link_kinds) >= 5
    assert pair.engine_source_in_copy is not None and pair.engine_source_in_copy > 0.5
    for left, right in pair.paragraphs:
        assert 0 <= left < len(articles[pair.source].paragraphs)
        assert 0 <= right < len(articles[pair.copy].paragraphs)
    untouched = [d for d in result.derived if not d.direct]
    assert all(d.engine_source_in_copy is None for d in untouched)


def test_refining_can_be_cancelled(sample_paths) -> None:
    articles = [load_path(p) for p in sample_paths]
    result = overview(articles)
    with pytest.raises(Cancelled):
        align_derived(result, articles, cancelled=lambda: True)
