"""``newsreader overview FILES... [--json]``: similarity, copies with direction, story clusters."""

from __future__ import annotations

import argparse

from newsreader.commands._common import dump_json, load_reporting, safe_name
from newsreader.core.article import Article
from newsreader.core.corpus import Overview, align_derived, overview, overview_json

HELP = "many articles at once: story clusters, who copied whom, duplicates, similarity matrix"

_REASONS = {
    "dates": "earlier publication date",
    "credit": "the copy names the source's outlet",
    "spelling": "the source spells names as independent reports do",
    "containment": "the source contains more of the copy than the reverse",
    "undetermined": "direction unknown",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in DESIGN.md)")
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="read and sketch the files on this Dask scheduler (e.g. tcp://host:8786); "
        "needs pip install 'newsreader[dask]' and the files visible to its workers",
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
    result = align_derived(overview(articles, sketches=sketches), articles)
    if args.json:
        dump_json(overview_json(result, articles))
    else:
        print_overview(result, articles)
    return status


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
            f"  {name(d.source)} -> {name(d.copy)}: the copy reproduces {d.containment:.0%} of the "
            f"source in order ({d.excess:.0%} of the shorter text beyond chance), "
            f"{d.aligned_sentences} sentences aligned, "
            f"longest run {d.longest_run}; {_links(d.link_kinds)}direction: "
            f"{_REASONS.get(d.reason, d.reason)}"
        )
    indirect = [d for d in result.derived if not d.direct]
    for d in indirect:
        via = name(d.via) if d.via is not None else "?"
        print(f"  ({name(d.source)} ~ {name(d.copy)}: both related through {via})")
    for label, groups in (("exact", result.exact_duplicates), ("near", result.near_duplicates)):
        for group in groups:
            print(f"{label} duplicates: " + ", ".join(name(i) for i in group))


def _links(kinds: tuple[str, ...]) -> str:
    if not kinds:
        return ""
    counts = {k: kinds.count(k) for k in dict.fromkeys(kinds)}
    return "paragraph links: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + "; "
