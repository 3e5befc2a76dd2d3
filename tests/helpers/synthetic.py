"""Synthetic articles for UI tests, from ``scripts/synthetic_corpus.py`` (the benchmarks' corpus)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from newsreader.ui.library.entries import Entry, pasted_key

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "synthetic_corpus.py"


@cache
def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def synthetic_entries(n: int, seed: int = 1) -> list[Entry]:
    """``n`` list entries of synthetic ~700-word articles (with planted copies)."""
    articles, _ = _module().make_corpus(n, seed=seed)
    return [Entry(pasted_key(a), None, a) for a in articles]
