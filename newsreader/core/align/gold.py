"""Scoring predicted paragraph links against hand-made gold links (``seeds-alignment.json``).

Gold names paragraphs by the first words of their text, compared after folding whitespace and
quotes, so any paragraph splitter can be scored. ``links`` are required; ``acceptable`` links are
neither required nor wrong; any other predicted link is a false positive — including every link that
touches a ``boilerplate`` paragraph.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsreader.core.text import fold

GOLD_FILE = "seeds-alignment.json"


@dataclass(slots=True)
class GoldPair:
    left: str  # file name, relative to the seeds folder
    right: str
    relation: str
    links: list[tuple[str, str]]
    acceptable: list[tuple[str, str]]
    boilerplate_left: list[str]
    boilerplate_right: list[str]


@dataclass(slots=True)
class Score:
    true_positives: int = 0
    false_positives: int = 0
    required: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[int, int]] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # gold prefixes no paragraph starts with

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def found(self) -> int:
        return self.required - len(self.missed)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.required + other.required,
            self.missed + other.missed,
            self.wrong + other.wrong,
            self.unresolved + other.unresolved,
        )


def load_gold(folder: Path) -> list[GoldPair]:
    data: dict[str, Any] = json.loads((folder / GOLD_FILE).read_text(encoding="utf-8"))
    return [
        GoldPair(
            p["left"],
            p["right"],
            p.get("relation", ""),
            [tuple(x) for x in p.get("links", [])],
            [tuple(x) for x in p.get("acceptable", [])],
            list(p.get("boilerplate_left", [])),
            list(p.get("boilerplate_right", [])),
        )
        for p in data["pairs"]
    ]


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def find(paragraphs: Sequence[str], prefix: str) -> list[int]:
    """Indices of the paragraphs that start with ``prefix`` (whitespace and quotes folded)."""
    want = _key(prefix)
    return [i for i, text in enumerate(paragraphs) if _key(text).startswith(want)]


def score(
    predicted: Iterable[tuple[int, int]],
    gold: GoldPair,
    left: Sequence[str],
    right: Sequence[str],
) -> Score:
    """Precision/recall counts of ``predicted`` links against one gold pair."""
    result = Score()
    required: list[tuple[tuple[str, str], set[tuple[int, int]]]] = []
    for a, b in gold.links:
        li, ri = find(left, a), find(right, b)
        for name, hit in ((a, li), (b, ri)):
            if not hit:
                result.unresolved.append(name)
        required.append(((a, b), {(i, j) for i in li for j in ri}))
    good = set().union(*(s for _, s in required)) if required else set()
    acceptable = {(i, j) for a, b in gold.acceptable for i in find(left, a) for j in find(right, b)}
    boiler_left = {i for p in gold.boilerplate_left for i in find(left, p)}
    boiler_right = {j for p in gold.boilerplate_right for j in find(right, p)}
    predicted = set(predicted)
    result.required = len(required)
    for names, options in required:
        if not options & predicted:
            result.missed.append(names)
    for i, j in sorted(predicted):
        if i in boiler_left or j in boiler_right:
            result.false_positives += 1
            result.wrong.append((i, j))
        elif (i, j) in good:
            result.true_positives += 1
        elif (i, j) not in acceptable:
            result.false_positives += 1
            result.wrong.append((i, j))
    return result
