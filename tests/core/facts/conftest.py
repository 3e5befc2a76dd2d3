"""Fixtures for the fact tests: the bundled samples and the seeds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsreader.core.facts import ArticleFacts, FactSet, analyze, extract_facts
from newsreader.core.ingest import load_path


@pytest.fixture
def sample(samples_dir: Path) -> Callable[[str], ArticleFacts]:
    """``sample("meridian-herald")`` → facts of that bundled sample."""

    def get(stem: str) -> ArticleFacts:
        path = next(p for p in samples_dir.iterdir() if p.stem == stem)
        return extract_facts(load_path(path))

    return get


@pytest.fixture
def samples_factset(sample_paths: list[Path]) -> FactSet:
    return analyze([load_path(p) for p in sample_paths])


@pytest.fixture
def seed_facts(seed: Callable[[str], Path]) -> Callable[[str], ArticleFacts]:
    def get(prefix: str) -> ArticleFacts:
        return extract_facts(load_path(seed(prefix)))

    return get


@pytest.fixture
def seeds_factset(seeds_dir: Path) -> FactSet:
    return analyze([load_path(p) for p in sorted(seeds_dir.glob("*.txt"))])
