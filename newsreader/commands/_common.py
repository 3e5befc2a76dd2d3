"""What the sub-commands share: loading the named files with per-file errors on stderr, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsreader.commands._web import fetch_all, fetch_feeds, is_web_address
from newsreader.core.article import Article
from newsreader.core.ingest import (
    LoadError,
    LoadFailure,
    LoadReport,
    collect_files,
    load_many,
    load_path,
)
from newsreader.core.ingest.feed_reader import FeedFoundError
from newsreader.core.visible import visible


def safe_name(path: Path | str) -> str:
    """A file name (or any untrusted string) fit for one terminal line: invisible characters shown."""
    return visible(str(path))


def load_files(
    names: Sequence[str], *, encoding: str | None = None, items: set[int] | None = None
) -> LoadReport:
    """Load the named files, folders expanded; ``encoding`` forces a text encoding for every file.

    Web addresses are fetched and news feeds (named by address or found among the files)
    contribute their items, all of them or the numbers in ``items`` (see :mod:`._web`). No cap on
    the number of files: the command line processes every file it is given.
    """
    urls = [n for n in names if is_web_address(n)]
    collected = collect_files((Path(n) for n in names if n not in urls), max_files=None)
    web = fetch_all(urls, items=items) if urls else None
    files = collected.files + (web.paths if web else [])
    report = _load(files, encoding)
    if report.feeds:
        more = fetch_feeds((feed for _path, feed in report.feeds), items=items)
        extra = _load(more.paths, encoding)
        report.articles.extend(
            a for a in extra.articles if a.id not in {b.id for b in report.articles}
        )
        report.failures.extend(extra.failures + more.failures)
        if web is not None:
            web.notes.extend(more.notes)
        else:
            web = more
    report.failures[:0] = collected.skipped + (web.failures if web else [])
    for url, note in web.notes if web else []:
        print(f"newsreader: {safe_name(url)}: {note}", file=sys.stderr)
    return report


def _load(files: Sequence[Path], encoding: str | None) -> LoadReport:
    if encoding is None:
        return load_many(files)
    report = LoadReport()
    for path in files:
        try:
            report.articles.append(load_path(path, encoding=encoding))
        except FeedFoundError as exc:
            report.feeds.append((path, exc.feed))
        except LoadError as exc:
            report.failures.append(LoadFailure(path, exc.reason))
    return report


def load_reporting(
    paths: Sequence[str], *, encoding: str | None = None, items: set[int] | None = None
) -> tuple[LoadReport, int]:
    """Load ``paths`` (folders expanded, web addresses fetched); print one line per failure on
    stderr.

    Returns the report and the exit status (1 when any file failed, else 0).
    """
    report = load_files(paths, encoding=encoding, items=items)
    return report, report_failures(report)


def report_failures(report: LoadReport) -> int:
    """One ``newsreader: FILE: reason`` line per failure on stderr; the exit status (1 or 0)."""
    for failure in report.failures:
        print(f"newsreader: {safe_name(failure.path)}: {failure.reason}", file=sys.stderr)
    return 1 if report.failures else 0


def by_path(report: LoadReport, paths: Sequence[str]) -> dict[str, Article]:
    """Map each requested path (as given) to its article, following duplicates to the kept one."""
    by_id = {a.id: a for a in report.articles}
    out: dict[str, Article] = {}
    for a in report.articles:
        if a.path is not None:
            out[str(a.path)] = a
    for path, kept in report.duplicates:
        out[str(path)] = by_id[kept]
    return {p: out[k] for p in paths if (k := _key(p)) in out}


def _key(name: str) -> str:
    """The path a named file or fetched web address was loaded from."""
    if is_web_address(name):
        from newsreader.core.web.fetch import FetchError, check_url
        from newsreader.core.web.store import saved_copy

        try:
            copy = saved_copy(check_url(name))
        except FetchError:
            return name
        return str(copy) if copy is not None else name
    return str(Path(name))


def dump_json(data: Any, indent: int | None = 2) -> None:
    """Write ``data`` as JSON: on one line (``indent=None``), or indented for people.

    One line is encoded by the C encoder piece by piece — each top-level value, each item of a
    top-level list — several times faster than indented output (which goes through the
    pure-Python encoder), and never holding the whole document as one string.
    """
    if indent is not None:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=indent)
        sys.stdout.write("\n")
        return
    out = sys.stdout
    if not isinstance(data, dict):
        out.write(_compact(data) + "\n")
        return
    out.write("{")
    for n, (key, value) in enumerate(data.items()):
        out.write(("," if n else "") + _compact(str(key)) + ":")
        if isinstance(value, list):
            out.write("[")
            for k, item in enumerate(value):
                out.write(("," if k else "") + _compact(item))
            out.write("]")
        else:
            out.write(_compact(value))
    out.write("}\n")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
