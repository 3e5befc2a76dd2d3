"""``newsreader overview FILES... [--json [--indent N] [--dense]]``: similarity, copies with kind and
direction, copy families, story clusters."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from newsreader.commands._common import dump_json, load_reporting, safe_name
from newsreader.core.article import Article
from newsreader.core.corpus import Overview, align_derived, overview, overview_json
from newsreader.core.corpus.direction import REASONS
from newsreader.core.corpus.similarity import DENSE_LIMIT

HELP = "many articles at once: story clusters, who copied whom, copy families, duplicates"
PROGRESS_AFTER = 2.0  # seconds before progress is reported on stderr, and between reports


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in DESIGN.md)")
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="read and sketch the files on this Dask scheduler (e.g. tcp://host:8786); "
        "needs pip install 'newsreader[dask]' and the files visible to its workers",
    )
    parser.add_argument(
        "--indent",
        type=int,
        metavar="N",
        help="indent the JSON by N spaces for reading (default: compact)",
    )
    parser.add_argument(
        "--dense",
        action="store_true",
        help=f"include the full similarity matrix even above {DENSE_LIMIT:,} articles (N² numbers)",
    )


def run(args: argparse.Namespace) -> int:
    sketches = None
    if args.dask:
        from newsreader.commands._dask import load_reporting_on_dask

        loaded = load_reporting_on_dask(args.files, args.dask)
        if loaded is None:
            return 1
        report, status, sketches = loaded
    else:
        report, status = load_reporting(args.files)
    articles = report.articles
    progress = Progress()
    result = overview(
        articles,
        progress=lambda f: progress("comparing articles", f),
        dense=True if args.dense else None,
        sketches=sketches,
    )
    result = align_derived(
        result, articles, progress=lambda f: progress("linking the paragraphs of copies", f)
    )
    progress.finish()
    if args.json:
        dump_json(overview_json(result, articles), indent=args.indent)
    else:
        print_overview(result, articles)
    return status


class Progress:
    """Progress on stderr for long runs: nothing for the first ``PROGRESS_AFTER`` seconds, then a line
    at most every ``PROGRESS_AFTER`` seconds (rewritten in place on a terminal)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()
        self._last = self._start
        self._shown = False

    def __call__(self, what: str, fraction: float) -> None:
        now = self._clock()
        if now - self._start < PROGRESS_AFTER or now - self._last < PROGRESS_AFTER:
            return
        self._last = now
        self._shown = True
        end = "\r" if sys.stderr.isatty() else "\n"
        print(f"newsreader: overview: {what}: {fraction:.0%}", end=end, file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self._shown and sys.stderr.isatty():
            print(file=sys.stderr)


def print_overview(result: Overview, articles: list[Article]) -> None:
    def name(i: int) -> str:
        return safe_name(articles[i].path or articles[i].name)

    print(f"{len(articles)} articles, {len(result.clusters)} stories")
    for k, members in enumerate(result.clusters, start=1):
        title = safe_name(result.cluster_titles[k - 1]) if result.cluster_titles else ""
        print(f"\nstory {k} ({len(members)}): {title}")
        for i in members:
            badge = result.badge(i)
            print(f"  {name(i)}{f'  [{badge}]' if badge else ''}")
    direct = [d for d in result.derived if d.direct]
    print(f"\ncopies ({len(direct)}):" if direct else "\nno copies found")
    for d in direct:
        print(
            f"  {name(d.source)} -> {name(d.copy)}: {d.kind or 'copy'}, covering "
            f"{d.coverage_source:.0%} of the source and {d.coverage_copy:.0%} of the copy "
            f"({d.shingle_containment:.0%} of the copy word for word), "
            f"{d.aligned_sentences} sentences aligned ({d.moved_sentences} moved), "
            f"longest run {d.longest_run}; {_links(d.link_kinds)}direction: "
            f"{REASONS.get(d.reason, d.reason)}"
        )
    for d in result.derived:
        if not d.direct:
            via = name(d.via) if d.via is not None else "?"
            print(f"  ({name(d.source)} -> {name(d.copy)}: a copy of a copy, through {via})")
    for d in result.siblings:
        via = name(d.via) if d.via is not None else "?"
        how = "siblings, both copied from" if result.copied_from_via(d) else "both sources of"
        print(f"  ({name(d.source)} ~ {name(d.copy)}: {how} {via})")
    big = [f for f in result.families if f.size > 2]
    for f in big:
        kinds = _counts(m.kind for m in f.members)
        print(f"family of {name(f.source)}: {f.size - 1} copies ({kinds})")
    for label, groups in (("exact", result.exact_duplicates), ("near", result.near_duplicates)):
        for group in groups:
            print(f"{label} duplicates: " + ", ".join(name(i) for i in group))


def _counts(items) -> str:
    values = list(items)
    counts = {k: values.count(k) for k in dict.fromkeys(values)}
    return ", ".join(f"{n} {k}" for k, n in counts.items())


def _links(kinds: tuple[str, ...]) -> str:
    if not kinds:
        return ""
    return "paragraph links: " + _counts(kinds) + "; "
