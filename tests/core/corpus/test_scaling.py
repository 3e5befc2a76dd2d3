"""The work functions are pure and picklable; a chunked run in other processes equals the single run."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pytest

from newsreader.core.corpus import (
    build_matrices,
    order_evidence,
    overview,
    overview_of_sketches,
    pair_block,
    sketch_article,
    sketch_sentences,
)
from newsreader.core.corpus.direction import Meta
from newsreader.core.corpus.matrix import block_ranges
from newsreader.core.ingest import load_path


@pytest.fixture
def articles(sample_paths):
    return [load_path(p) for p in sample_paths]


def _paragraphs(article):
    return [p.sentence_texts() for p in article.paragraphs]


def test_work_functions_and_their_data_pickle(articles) -> None:
    for fn in (sketch_sentences, build_matrices, pair_block, order_evidence, overview_of_sketches):
        assert pickle.loads(pickle.dumps(fn)) is fn
    sketches = [sketch_article(a) for a in articles]
    matrices = build_matrices(sketches)
    again = pickle.loads(pickle.dumps(matrices))
    block = pair_block(again.rows(0, 2), again, 0)
    assert pickle.loads(pickle.dumps(block)).cosine.shape == (2, len(articles))


def test_chunked_run_in_other_processes_equals_the_single_run(articles) -> None:
    paragraphs = [_paragraphs(a) for a in articles]
    context = multiprocessing.get_context("spawn")  # fresh interpreters: nothing shared but pickles
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        sketches = list(pool.map(sketch_sentences, paragraphs))
        matrices = build_matrices(sketches)
        ranges = block_ranges(len(articles), 2)
        blocks = list(
            pool.map(
                pair_block,
                [matrices.rows(a, b) for a, b in ranges],
                [matrices] * len(ranges),
                [a for a, _ in ranges],
            )
        )
    local = [sketch_sentences(p) for p in paragraphs]
    for there, here in zip(sketches, local, strict=True):
        assert np.array_equal(there.content, here.content)
        assert np.array_equal(there.shingles, here.shingles)
    whole = pair_block(build_matrices(local), build_matrices(local), 0)
    chunked = np.vstack([b.cosine for b in blocks])
    assert np.allclose(chunked, whole.cosine, atol=1e-6)
    shared = np.vstack([b.shared.toarray() for b in blocks])
    assert np.allclose(shared, whole.shared.toarray())

    single = overview(articles)
    batch = overview_of_sketches(sketches, [Meta(a.published, a.outlet) for a in articles])
    assert np.allclose(batch.similarity, single.similarity, atol=1e-6)
    assert [(d.source, d.copy, d.reason) for d in batch.derived] == [
        (d.source, d.copy, d.reason) for d in single.derived
    ]
    assert batch.clusters == single.clusters


def test_dask_bag_gives_the_same_sketches(articles, dask_cluster) -> None:
    import dask.bag as dask_bag
    from dask.distributed import Client

    paragraphs = [_paragraphs(a) for a in articles]
    sketches = dask_bag.from_sequence(paragraphs, npartitions=2).map(sketch_sentences)
    with Client(dask_cluster, set_as_default=False) as client:
        got = sketches.compute(scheduler=client)
    for there, here in zip(got, (sketch_sentences(p) for p in paragraphs), strict=True):
        assert np.array_equal(there.shingles, here.shingles)


def test_a_local_dask_cluster_runs_the_pipeline(articles, dask_cluster) -> None:
    """What docs/scaling.md describes, on a two-worker local cluster."""
    from dask.distributed import Client

    paragraphs = [_paragraphs(a) for a in articles]
    with Client(dask_cluster, set_as_default=False) as client:
        sketches = client.gather(client.map(sketch_sentences, paragraphs))
        matrices = build_matrices(sketches)
        shared = client.scatter(matrices, broadcast=True)
        ranges = block_ranges(len(articles), 2)
        futures = [client.submit(pair_block, matrices.rows(a, b), shared, a) for a, b in ranges]
        blocks = client.gather(futures)
    whole = pair_block(matrices, matrices, 0)
    assert np.allclose(np.vstack([b.cosine for b in blocks]), whole.cosine, atol=1e-6)
