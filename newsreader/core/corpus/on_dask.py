"""The corpus overview's per-article work on a Dask cluster (``newsreader overview --dask ADDRESS``).

Reading the files (the slowest step: web pages go through trafilatura) and sketching them run on
the cluster's workers, in batches; the workers must see the same files (one machine, or a shared
file system). The results come back to this process, where duplicates are merged as
:func:`~newsreader.core.ingest.load_many` would, and the overview is finished from the sketches
(:func:`~newsreader.core.corpus.overview.overview` with ``sketches=``). ``docs/scaling.md`` shows
how to distribute the later steps for corpora that do not fit one machine.

Needs the optional ``dask`` extra (``pip install 'newsreader[dask]'``); dask is imported only here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsreader.core.article import Article
from newsreader.core.corpus.overview import sketch_article
from newsreader.core.corpus.sketch import Sketch
from newsreader.core.ingest import LoadReport, load_many

BATCH = 50  # files per task: few enough tasks to keep the scheduler's overhead small
CONNECT_TIMEOUT = "10s"

INSTALL_HINT = "the --dask option needs Dask: pip install 'newsreader[dask]'"


class DaskError(Exception):
    """Dask is missing or the cluster cannot be reached; the message is for the user."""


def load_and_sketch(batch: Sequence[str]) -> tuple[LoadReport, list[Sketch]]:
    """Worker side: load these files and sketch each article (the report's order)."""
    report = load_many(batch)
    return report, [sketch_article(a) for a in report.articles]


def load_on_dask(paths: Sequence[Path], address: str) -> tuple[LoadReport, list[Sketch]]:
    """Load and sketch ``paths`` on the cluster at ``address``: one report, sketches in step."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise DaskError(INSTALL_HINT) from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    names = [str(p) for p in paths]
    batches = [names[i : i + BATCH] for i in range(0, len(names), BATCH)]
    try:
        parts = client.gather(client.map(load_and_sketch, batches, pure=False))
    finally:
        client.close()
    return _merge(parts)


def _merge(parts: Sequence[tuple[LoadReport, list[Sketch]]]) -> tuple[LoadReport, list[Sketch]]:
    """One report from the batches' reports, an article loaded twice (same bytes) kept once."""
    report = LoadReport()
    sketches: list[Sketch] = []
    kept: dict[str, Article] = {}
    for part, part_sketches in parts:
        for article, sketch in zip(part.articles, part_sketches, strict=True):
            if article.id in kept:
                report.duplicates.append((article.path or Path(article.name), article.id))
                continue
            kept[article.id] = article
            report.articles.append(article)
            sketches.append(sketch)
        report.failures.extend(part.failures)
        report.duplicates.extend(part.duplicates)
        report.feeds.extend(part.feeds)
    return report, sketches
