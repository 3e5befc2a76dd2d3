"""Next / previous paragraph of a kind (pure): used by the match and unmatched navigation actions."""

from __future__ import annotations

import bisect
from collections.abc import Sequence


def step(indices: Sequence[int], current: int | None, forward: bool) -> int | None:
    """The first of the sorted ``indices`` after ``current`` (or before it, going back).

    With no ``current`` the first (or last) index is the answer; ``None`` when there is none.
    """
    if not indices:
        return None
    if current is None:
        return indices[0] if forward else indices[-1]
    if forward:
        k = bisect.bisect_right(indices, current)
        return indices[k] if k < len(indices) else None
    k = bisect.bisect_left(indices, current) - 1
    return indices[k] if k >= 0 else None
