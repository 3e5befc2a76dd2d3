"""``newsreader overview --dask ADDRESS``: the files read and sketched on a Dask cluster."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from newsreader.commands._common import report_failures, safe_name
from newsreader.commands._web import fetch_all, is_web_address
from newsreader.core.corpus.sketch import Sketch
from newsreader.core.ingest import LoadFailure, LoadReport, collect_files


def load_reporting_on_dask(
    names: Sequence[str], address: str
) -> tuple[LoadReport, int, list[Sketch]] | None:
    """Like ``load_reporting``, on the cluster at ``address``; None (after saying why on stderr)
    when Dask is missing or the cluster cannot be reached."""
    from newsreader.core.corpus.on_dask import DaskError, load_on_dask

    urls = [n for n in names if is_web_address(n)]
    collected = collect_files(Path(n) for n in names if n not in urls)
    web = fetch_all(urls)  # fetched here: the workers never touch the network
    try:
        report, sketches = load_on_dask(collected.files + web.paths, address)
    except DaskError as exc:
        print(f"newsreader overview: {safe_name(str(exc))}", file=sys.stderr)
        return None
    report.failures[:0] = collected.skipped + web.failures
    report.failures.extend(
        LoadFailure(path, "is a news feed; with --dask only files are read (see `newsreader feed`)")
        for path, _feed in report.feeds
    )
    return report, report_failures(report), sketches
