"""Long alignments report progress and stop promptly when cancelled (the GUI runs them in a worker)."""

from __future__ import annotations

import itertools

import pytest

from newsreader.core.align import Cancelled, align_texts
from tests.core.align.synthetic import Lexicon, Writer


@pytest.fixture(scope="module")
def big() -> tuple[list[str], list[str]]:
    lexicon = Lexicon.make(seed=2)
    left = [Writer(lexicon, 1).paragraph() for _ in range(600)]
    right = list(reversed(left[:300])) + left[300:]
    return left, right


def test_progress_rises_from_zero_to_one(big: tuple[list[str], list[str]]) -> None:
    seen: list[float] = []
    align_texts(*big, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert all(0.0 <= a <= b <= 1.0 for a, b in itertools.pairwise(seen))
    assert len(seen) >= 10  # more than the stage boundaries


@pytest.mark.parametrize("after_calls", [0, 3, 10, 30])
def test_cancel_at_any_point_raises_cancelled(
    big: tuple[list[str], list[str]], after_calls: int
) -> None:
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    with pytest.raises(Cancelled):
        align_texts(*big, cancelled=cancelled)


def test_checks_for_cancel_are_frequent(big: tuple[list[str], list[str]]) -> None:
    calls = 0

    def never() -> bool:
        nonlocal calls
        calls += 1
        return False

    align_texts(*big, cancelled=never)
    assert calls >= 10
