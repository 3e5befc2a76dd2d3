"""The copy relations and stories the overview must find in real articles and in the project's samples.

Nothing here is tuned per file: the same thresholds run on every input (see the module docs of
``newsreader.core.corpus``).
"""

from __future__ import annotations

import pytest

from newsreader.core.corpus import Overview
from tests.core.corpus.conftest import by_name

pytestmark = pytest.mark.seeds


def _cluster(result: Overview, i: int) -> int:
    return result.cluster_of(i)


def test_seed_001_is_derived_from_000(seeds_overview: Overview) -> None:
    r = seeds_overview
    a, b = by_name(r, "000_"), by_name(r, "001_")
    pair = r.relation(a, b)
    assert pair is not None, "the machine-rewritten copy was not found"
    assert (pair.source, pair.copy) == (a, b), f"direction decided by {pair.reason}"
    assert pair.direct
    assert pair.coverage > 0.8  # nearly all of 000 is aligned, sentence by sentence
    assert r.badge(b).startswith("copy of 000_")


def test_seeds_002_and_004_are_sibling_rewrites(seeds_overview: Overview) -> None:
    # two rewrites of one wire story: they share few 3-grams, but go through it sentence by
    # sentence in the same order (the paraphrase evidence), and are related as siblings are in the
    # development gold
    r = seeds_overview
    a, b = by_name(r, "002_"), by_name(r, "004_")
    pair = r.relation(a, b)
    assert pair is not None and pair.channel == "paraphrase"
    assert pair.kind in {"paraphrased", "partial"}
    assert pair.aligned_sentences >= 6
    assert _cluster(r, a) == _cluster(r, b)


def test_seed_003_reports_another_round_of_talks(seeds_overview: Overview) -> None:
    r = seeds_overview
    other = by_name(r, "003_")
    may = [by_name(r, p) for p in ("000_", "001_", "002_", "004_")]
    assert len({_cluster(r, i) for i in may}) == 1
    assert _cluster(r, other) != _cluster(r, may[0])
    assert all(r.relation(other, i) is None for i in may)


def test_samples_copy_relations(samples_overview: Overview) -> None:
    r = samples_overview
    meridian = by_name(r, "meridian-herald")
    coastline = by_name(r, "coastline-daily")
    globe = by_name(r, "globe-newsflash")
    harbour = by_name(r, "harbour-times")
    northern = by_name(r, "northern-observer")
    syndicated = r.relation(meridian, coastline)
    assert syndicated is not None and syndicated.direct
    assert syndicated.shingle_containment > 0.5  # near-verbatim: most 3-grams shared
    assert syndicated.kind in {"verbatim", "edited"}
    translated = r.relation(meridian, globe)
    assert translated is not None and translated.direct
    assert (translated.source, translated.copy) == (meridian, globe)
    assert translated.shingle_containment < syndicated.shingle_containment
    rewrite = r.relation(meridian, harbour)
    assert rewrite is not None and rewrite.direct
    assert rewrite.shingle_containment < 0.3  # paraphrased: few 3-grams survive, the order does
    assert rewrite.kind == "paraphrased" and rewrite.channel == "order"
    for other in (meridian, coastline, globe, harbour):
        assert r.relation(northern, other) is None, "the independent report is not a copy"
    assert len({r.cluster_of(i) for i in (meridian, coastline, globe, harbour, northern)}) == 1


def test_samples_copies_point_back_to_the_original(samples_overview: Overview, samples_dir) -> None:
    r = samples_overview
    meridian = by_name(r, "meridian-herald")
    for name in ("coastline-daily", "globe-newsflash", "harbour-times"):
        pair = r.relation(meridian, by_name(r, name))
        assert pair is not None and pair.direct
        assert pair.source == meridian, f"{name}: direction decided by {pair.reason}"
        assert r.badge(by_name(r, name)) == "copy of meridian-herald.txt"


def test_copies_of_one_source_are_siblings_not_copies_of_each_other(
    samples_overview: Overview,
) -> None:
    r = samples_overview
    meridian = by_name(r, "meridian-herald")
    coastline, globe = by_name(r, "coastline-daily"), by_name(r, "globe-newsflash")
    pair = r.relation(coastline, globe)
    if pair is not None:
        assert not pair.direct and pair.via == meridian
    assert r.badge(globe) == "copy of meridian-herald.txt"


def test_seeds_and_samples_are_separate_stories(seeds_dir, sample_paths) -> None:
    from newsreader.core.corpus import overview
    from newsreader.core.ingest import load_path

    paths = sorted(seeds_dir.glob("*.txt")) + list(sample_paths)
    r = overview([load_path(p) for p in paths])
    seeds = {r.cluster_of(i) for i, n in enumerate(r.names) if n[:3].isdigit()}
    samples = {r.cluster_of(i) for i, n in enumerate(r.names) if not n[:3].isdigit()}
    assert not seeds & samples
    may = {r.cluster_of(i) for i in range(5) if not r.names[i].startswith("003_")}
    assert len(may) == 1 and r.cluster_of(by_name(r, "003_")) not in may
    assert all(r.relation(i, j) is None for i in range(5) for j in range(5, len(paths)))
