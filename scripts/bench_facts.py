#!/usr/bin/env python3
"""Facts speed: analyze() on N sample-derived articles (target: 100 articles in under 2 s), and
the whole ``newsreader facts --json`` command on N files with its peak memory.

    scripts/bench_facts.py [--repeat 3] [--sizes 10,50,100,200]
    scripts/bench_facts.py --cli 1000 [--repeat 1]

Input is synthetic: the bundled fictional samples, with their people, places and numbers varied per
copy so that every article is different (no real articles are used). The baseline, measured in the
same run on the same texts, is one pass of sentence splitting and word tokenizing — the least any
text rule has to do — so the ratio column shows what the fact rules cost on top of reading the text.

The sample-derived articles all tell one story, in near-identical words: the worst case for the
comparison of claims, which aligns articles of one story pairwise (a story of more than 16
articles: each article with its closest partner; at most one aligned pair per article in all).

``--cli N`` writes N such articles (~700 words) to a temporary folder and runs the command in a
child process: compact JSON (the default) and ``--indent``; each row gives the wall time, the
child's peak resident memory and the JSON's size, against reading and tokenizing the same files.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.core.article import Article  # noqa: E402
from newsreader.core.facts import analyze  # noqa: E402
from newsreader.core.ingest import load_path, load_text  # noqa: E402
from newsreader.core.text import split_sentences, words  # noqa: E402

TARGET_SECONDS = 2.0
TARGET_ARTICLES = 100

FIRST = ["Elena", "Tomas", "Pavel", "Irena", "Ilyas", "Marta", "Anika", "Daniel", "Lena", "Jonas"]
LAST = ["Varga", "Halberg", "Rusnak", "Sokol", "Koval", "Lindqvist", "Ferreira", "Okafor", "Strand"]
COUNTRIES = ["Arvenia", "Coristan", "Saldova", "Veltrania", "Morvia", "Kestania", "Dunmark"]


def corpus(n: int, parts: int = 1, seed: int = 7) -> list[Article]:
    """``n`` different articles made from the bundled samples (``parts`` samples each)."""
    samples = sorted((ROOT / "resources" / "samples").iterdir())
    texts = ["\n\n".join(p.text for p in load_path(s).paragraphs) for s in samples]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = "\n\n".join(texts[(i + k) % len(texts)] for k in range(parts))
        for old in LAST:
            text = text.replace(old, rng.choice(LAST) + ("" if rng.random() < 0.7 else "ov"))
        for old in FIRST:
            text = text.replace(old, rng.choice(FIRST))
        for old in COUNTRIES[:3]:
            text = text.replace(old, rng.choice(COUNTRIES))
        text = text.replace("90", str(rng.randint(10, 120))).replace("40", str(rng.randint(5, 60)))
        out.append(load_text(text, name=f"synthetic-{i}"))
    return out


def _time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _baseline(articles: list[Article]) -> None:
    for a in articles:
        for p in a.paragraphs:
            split_sentences(p.text)
            words(p.text)


_CHILD = (
    "import resource, sys\n"
    "from newsreader.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stderr.write(f'\\nMAXRSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')\n"
    "sys.exit(code)\n"
)


def _cli(paths: list[str], extra: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and output bytes of ``newsreader facts PATHS --json``."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "facts", *paths, "--json", *extra],
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"newsreader facts failed: {done.stderr.decode()[-400:]}")
    rss = next(
        (int(line.split()[1]) for line in done.stderr.decode().splitlines() if "MAXRSS" in line), 0
    )
    return elapsed, rss / 1024, len(done.stdout)


def cli_bench(n: int, repeat: int) -> int:
    articles = corpus(n, 3)
    with tempfile.TemporaryDirectory(prefix="bench-facts-") as folder:
        paths = []
        for i, a in enumerate(articles):
            path = Path(folder) / f"article-{i:04d}.txt"
            path.write_text("\n\n".join(p.text for p in a.paragraphs), encoding="utf-8")
            paths.append(str(path))

        def read_and_tokenize() -> None:
            _baseline([load_path(Path(p)) for p in paths])

        base = _time(read_and_tokenize, repeat)
        words = sum(a.word_count for a in articles) // n
        print(f"{n} files of ~{words} words; baseline (read + tokenize): {base:.2f} s\n")
        print(f"{'newsreader facts':<26} {'seconds':>8} {'ratio':>7} {'peak MB':>8} {'JSON MB':>8}")
        for label, extra in (("--json (compact)", []), ("--json --indent", ["--indent"])):
            runs = [_cli(paths, extra) for _ in range(repeat)]
            seconds = statistics.median(r[0] for r in runs)
            peak = max(r[1] for r in runs)
            size = runs[0][2] / 1e6
            print(f"{label:<26} {seconds:>8.1f} {seconds / base:>7.0f} {peak:>8.0f} {size:>8.1f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="10,50,100,200")
    parser.add_argument("--lengths", default="1,3,6", help="samples joined per article")
    parser.add_argument(
        "--cli", type=int, default=0, metavar="N", help="run the command on N files"
    )
    args = parser.parse_args(argv)
    if args.cli:
        return cli_bench(args.cli, args.repeat)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    lengths = [int(s) for s in args.lengths.split(",") if s.strip()]
    print(
        f"{'articles':>8} {'words/art':>9} {'baseline s':>11} {'analyze s':>10} "
        f"{'ms/article':>11} {'ratio':>7}"
    )
    result_100 = None
    runs = [(n, 1) for n in sizes] + [(TARGET_ARTICLES, k) for k in lengths if k != 1]
    for n, parts in runs:
        articles = corpus(n, parts)
        n_words = sum(a.word_count for a in articles)
        base = _time(lambda a=articles: _baseline(a), args.repeat)
        facts = _time(lambda a=articles: analyze(a), args.repeat)
        if n == TARGET_ARTICLES and parts == 3:
            result_100 = facts  # ~900 words per article: a typical news story
        print(
            f"{n:>8} {n_words // n:>9} {base:>11.3f} {facts:>10.3f} {1000 * facts / n:>11.1f} "
            f"{facts / base if base else float('inf'):>7.1f}"
        )
    if result_100 is not None:
        verdict = "meets" if result_100 < TARGET_SECONDS else "MISSES"
        print(
            f"\n{TARGET_ARTICLES} articles of ~900 words in {result_100:.2f} s: "
            f"{verdict} the {TARGET_SECONDS:.0f} s target"
        )
        return 0 if result_100 < TARGET_SECONDS else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
