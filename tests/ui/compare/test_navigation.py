from __future__ import annotations

import pytest

from newsreader.ui.compare.navigation import step


@pytest.mark.parametrize(
    ("indices", "current", "forward", "expected"),
    [
        ([], None, True, None),
        ([2, 5, 9], None, True, 2),
        ([2, 5, 9], None, False, 9),
        ([2, 5, 9], 2, True, 5),
        ([2, 5, 9], 3, True, 5),
        ([2, 5, 9], 9, True, None),
        ([2, 5, 9], 5, False, 2),
        ([2, 5, 9], 6, False, 5),
        ([2, 5, 9], 2, False, None),
        ([2, 5, 9], -1, True, 2),
    ],
)
def test_step(indices, current, forward, expected) -> None:
    assert step(indices, current, forward) == expected
