"""Test set-up shared by the whole suite.

Qt runs offscreen: the platform is chosen here, before anything imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
SHARED = Path(os.environ.get("NEWSREADER_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
DEV = SHARED / "dev"


@pytest.fixture
def seeds_dir() -> Path:
    """The real seed articles (copyrighted, never in the repository)."""
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(
            f"seed articles not found at {SEEDS} (set NEWSREADER_SHARED to the shared folder)"
        )
    return SEEDS


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    """Real excerpts of 8 other events with hand-written gold (copyrighted, never in the
    repository): what the analysis is developed and tuned on."""
    if not (DEV / "gold-facts.json").is_file():
        pytest.skip(f"dev articles not found at {DEV} (set NEWSREADER_SHARED to the shared folder)")
    return DEV


@pytest.fixture
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(
            f"gold answers not found at {GOLD} (set NEWSREADER_SHARED to the shared folder)"
        )
    return GOLD


@pytest.fixture
def seed(seeds_dir: Path):
    """``seed("002")`` → the path of the seed file whose name starts with that number."""

    def find(prefix: str) -> Path:
        matches = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
        if not matches:
            pytest.skip(f"seed {prefix} not found in {seeds_dir}")
        return matches[0]

    return find


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def sample_paths() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file())


@pytest.fixture(scope="session")
def dask_cluster() -> Iterator[Any]:
    """A two-worker Dask cluster on 127.0.0.1, started once for the run (about a second).

    Workers are separate processes, so everything sent to them really goes through pickling.
    Dask is part of the test set-up (``scripts/test`` installs ``newsreader[dask]``): its absence
    fails these tests rather than skipping them.
    """
    try:
        from dask.distributed import LocalCluster
    except ImportError:
        pytest.fail("dask is not installed: pip install 'newsreader[dask]' (scripts/test does)")
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    ) as cluster:
        yield cluster
