"""Floors on the copy relations of the development articles (``../shared/dev``, never in the repository).

The figures are those ``scripts/eval_copies.py`` prints; a change that lowers one must say why.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, SHARED

DEV = SHARED / "dev"
pytestmark = [pytest.mark.seeds, pytest.mark.slow]


def _eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_copies", ROOT / "scripts" / "eval_copies.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    if not (DEV / "gold-copies.json").is_file():
        pytest.skip(f"development articles not found at {DEV} (set NEWSREADER_SHARED)")
    return _eval().evaluate_dev(Path(DEV))


def test_recall_of_the_gold_copy_relations(scores) -> None:
    # before the shared copy judgement (issue 12): 16 of 24, direction 14 of 16 (siblings included);
    # with it: 18 of 24 (paraphrases 7 of 13); with the paraphrase evidence: 20 of 24 (9 of 13);
    # with last paragraphs cut off mid-sentence kept by the loader and one stemmer: 20 of 24
    # (a kept paragraph found one sibling rewrite and made a third sibling the rival of another)
    assert scores["found"] >= 20, scores["found"]
    by_kind = scores["by_kind"]
    for kind in ("verbatim", "edited", "partial"):
        assert by_kind[(kind, False)] == 0, f"a {kind} copy was missed"
    assert by_kind[("paraphrase", True)] >= 9


def test_direction_where_the_gold_knows_it(scores) -> None:
    # 13 of 16 before the credit lines, third-copy credits and garbled spellings: now all
    assert scores["direction_right"] >= 17, scores["direction_right"]
    assert scores["direction_decidable"] == scores["direction_right"]


def test_few_relations_outside_the_gold(scores) -> None:
    # 7 before siblings were told apart (issue 12): two copies of one loaded source each keeping
    # the source's wording where the other changed it, or one crediting the source's outlet, are
    # siblings, not a copy of each other; the 3 left are shared agency text and two lists of one
    # set of names (see the README)
    assert len(scores["extra"]) <= 3, scores["extra"]
