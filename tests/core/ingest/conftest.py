"""Fixtures for the loader tests: gold boilerplate lines, a place to write hostile files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsreader.core.text import fold


@pytest.fixture
def gold_boilerplate(gold_dir: Path) -> Callable[[str], list[str]]:
    """``gold_boilerplate("002")`` → the gold file's boilerplate prefixes for that seed."""
    data = json.loads((gold_dir / "seeds-alignment.json").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for pair in data["pairs"]:
        for side in ("left", "right"):
            found.setdefault(pair[side][:3], []).extend(pair[f"boilerplate_{side}"])

    def get(prefix: str) -> list[str]:
        return found.get(prefix, [])

    return get


def starts(text: str, prefix: str) -> bool:
    """Prefix match after folding whitespace and quotes (as the gold file prescribes)."""
    return " ".join(fold(text).split()).startswith(" ".join(fold(prefix).split()))
