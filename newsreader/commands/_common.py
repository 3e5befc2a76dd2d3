"""What the sub-commands share: loading the named files with per-file errors on stderr, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsreader.core.article import Article
from newsreader.core.ingest import (
    LoadError,
    LoadFailure,
    LoadReport,
    collect_files,
    load_many,
    load_path,
)
from newsreader.core.visible import visible


def safe_name(path: Path | str) -> str:
    """A file name (or any untrusted string) fit for one terminal line: invisible characters shown."""
    return visible(str(path))


def load_files(names: Sequence[str], *, encoding: str | None = None) -> LoadReport:
    """Load the named files, folders expanded; ``encoding`` forces a text encoding for every file."""
    collected = collect_files(Path(n) for n in names)
    if encoding is None:
        report = load_many(collected.files)
    else:
        report = LoadReport()
        for path in collected.files:
            try:
                report.articles.append(load_path(path, encoding=encoding))
            except LoadError as exc:
                report.failures.append(LoadFailure(path, exc.reason))
    report.failures[:0] = collected.skipped
    return report


def load_reporting(paths: Sequence[str], *, encoding: str | None = None) -> tuple[LoadReport, int]:
    """Load ``paths`` (folders expanded); print one line per failure on stderr.

    Returns the report and the exit status (1 when any file failed, else 0).
    """
    report = load_files(paths, encoding=encoding)
    for failure in report.failures:
        print(f"newsreader: {safe_name(failure.path)}: {failure.reason}", file=sys.stderr)
    return report, (1 if report.failures else 0)


def by_path(report: LoadReport, paths: Sequence[str]) -> dict[str, Article]:
    """Map each requested path (as given) to its article, following duplicates to the kept one."""
    by_id = {a.id: a for a in report.articles}
    out: dict[str, Article] = {}
    for a in report.articles:
        if a.path is not None:
            out[str(a.path)] = a
    for path, kept in report.duplicates:
        out[str(path)] = by_id[kept]
    return {p: out[str(Path(p))] for p in paths if str(Path(p)) in out}


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
