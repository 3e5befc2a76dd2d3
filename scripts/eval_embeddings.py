#!/usr/bin/env python3
"""Would a static word embedding find the paraphrased copies lexical evidence misses? (an experiment)

    .venv/bin/pip install wordllama      # not a dependency: see the README, "Who copies whom"
    .venv/bin/python scripts/eval_embeddings.py [--dev ../shared/dev] [--threshold 0.6]

WordLlama (Lee Miller, github.com/dleemiller/WordLlama, MIT) ships its 16 MB ``l2_supercat_256``
weights and tokenizer inside the wheel; pointed at the package folder with downloads disabled it loads
offline (checked with sockets blocked). Each article's sentences are embedded; for every pair of one
event the heaviest in-order chain of sentence pairs above ``--threshold`` cosine is measured, with its
chance level from shuffled orders (as :mod:`newsreader.core.corpus.structure` does with words). The
table ranks the pairs: the gold copies the overview misses should rise above the independent pairs
for the feature to earn its place.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.core.corpus.structure import monotone_path  # noqa: E402
from newsreader.core.ingest import load_path  # noqa: E402


def chained(sim: np.ndarray, threshold: float) -> float:
    weight = np.where(sim >= threshold, sim, 0.0)
    return len(monotone_path(weight)) / min(sim.shape)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "dev")
    parser.add_argument("--threshold", type=float, default=0.6)
    args = parser.parse_args()
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        print("wordllama is not installed (pip install wordllama)", file=sys.stderr)
        return 2
    model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    gold = json.loads((args.dev / "gold-copies.json").read_text(encoding="utf-8"))
    labels = {frozenset((g["source"], g["copy"])): g["kind"] for g in gold}
    events: dict[str, list[Path]] = collections.defaultdict(list)
    for path in sorted(args.dev.glob("*.txt")):
        match = re.match(r"(.+?)-\d\d-", path.name)
        if match:
            events[match.group(1)].append(path)
    rows = []
    for paths in events.values():
        vectors = {}
        for p in paths:
            article = load_path(p)
            sentences = [
                s
                for para in article.paragraphs
                for s in para.sentence_texts()
                if len(s.split()) >= 5
            ]
            vectors[p.name] = np.asarray(model.embed(sentences, norm=True)) if sentences else None
        for a, b in itertools.combinations([p.name for p in paths], 2):
            va, vb = vectors[a], vectors[b]
            if va is None or vb is None:
                continue
            sim = va @ vb.T
            ordered = chained(sim, args.threshold)
            rng = random.Random(0)
            shuffled = []
            for _ in range(5):
                perm = list(range(sim.shape[1]))
                rng.shuffle(perm)
                shuffled.append(chained(sim[:, perm], args.threshold))
            chance = float(np.mean(shuffled))
            excess = (ordered - chance) / (1 - chance) if chance < 1 else 0.0
            rows.append((excess, labels.get(frozenset((a, b)), "-"), a, b))
    rows.sort(reverse=True)
    print(f"| rank | order beyond chance | gold | pair |  (threshold {args.threshold})")
    for rank, (excess, label, a, b) in enumerate(rows[:60], start=1):
        print(f"| {rank} | {excess:.2f} | {label} | {a} ~ {b} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
