"""Synchronized scrolling of the two panes by the alignment, as Meld does it.

The pure part (tested with tables in ``tests/ui/compare/test_syncscroll.py``):

* :func:`calc_syncpoint` — where in the viewport the two panes are matched: the top at the start of
  a document, the middle in between, the bottom at the end (Meld's ``calc_syncpoint``), so both ends
  of documents of different lengths come into view; a document shorter than two screens goes from
  top to bottom evenly (at its top, the other pane is at its top too).
* :func:`monotone_links` — the largest in-order subset of the links (moved paragraphs cannot anchor
  a scroll mapping that only goes down).
* :func:`anchor_points` — corresponding y positions in the two documents (tops and bottoms of linked
  paragraphs, plus both ends), strictly increasing on both sides.
* :func:`map_position` — piecewise-linear mapping of a y through those anchors.
* :func:`sync_value` — the other pane's scroll value for this pane's scroll value.

:class:`ScrollSync` connects it to two panes' scroll bars with a re-entrancy guard (Meld's
``with_scroll_lock``): the other pane's echo of our own change is dropped.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QObject

Range = tuple[float, float]  # top, bottom in document coordinates
Anchor = tuple[float, float]  # (y in source document, y in destination document)


def calc_syncpoint(value: float, maximum: float, page: float) -> float:
    """Fraction (0..1) of the viewport height where the panes are synchronized."""
    if page <= 0:
        return 0.0
    if 0 < maximum < page:
        # A document that scrolls by less than a screen: Meld's two half-screen ramps overlap and
        # would put the sync point a quarter down at the very top. Go from top to bottom instead.
        return max(0.0, min(1.0, value / maximum))
    half = page / 2
    syncpoint = 0.5 * min(1.0, value / half)
    bottom = maximum - half  # value at which the last half screen begins
    syncpoint += 0.5 * max(0.0, (value - bottom) / half)
    return max(0.0, min(1.0, syncpoint))


def monotone_links(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (left, right) pairs increasing on both sides (strictly)."""
    ordered = sorted(set(pairs), key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # smallest right index ending a chain of each length
    tail_at: list[int] = []  # index into ordered of that chain end
    parent: list[int] = [-1] * len(ordered)
    for k, (_, right) in enumerate(ordered):
        pos = bisect.bisect_left(tails, right)
        if pos == len(tails):
            tails.append(right)
            tail_at.append(k)
        else:
            tails[pos] = right
            tail_at[pos] = k
        parent[k] = tail_at[pos - 1] if pos > 0 else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(ordered[k])
        k = parent[k]
    return chain[::-1]


def anchor_points(
    pairs: Sequence[tuple[Range, Range]], left_height: float, right_height: float
) -> list[Anchor]:
    """Corresponding positions: (0, 0), each pair's tops and bottoms, the two ends.

    ``pairs`` must be in document order (use :func:`monotone_links`); points that would not keep
    both coordinates strictly increasing are dropped.
    """
    points: list[Anchor] = [(0.0, 0.0)]
    for (lt, lb), (rt, rb) in pairs:
        for point in ((lt, rt), (lb, rb)):
            last = points[-1]
            if point[0] > last[0] and point[1] > last[1]:
                points.append(point)
    end = (max(left_height, points[-1][0]), max(right_height, points[-1][1]))
    if end[0] > points[-1][0] and end[1] > points[-1][1]:
        points.append(end)
    return points


def map_position(y: float, anchors: Sequence[Anchor]) -> float:
    """Map ``y`` in the source document through ``anchors`` (linear between, beyond the ends)."""
    if not anchors:
        return y
    xs = [a[0] for a in anchors]
    k = bisect.bisect_right(xs, y) - 1
    if k < 0:
        return anchors[0][1] + (y - anchors[0][0])
    if k >= len(anchors) - 1:
        return anchors[-1][1] + (y - anchors[-1][0])
    (x0, y0), (x1, y1) = anchors[k], anchors[k + 1]
    return y0 + (y - x0) * (y1 - y0) / (x1 - x0)


def invert(anchors: Sequence[Anchor]) -> list[Anchor]:
    return [(b, a) for a, b in anchors]


def sync_value(
    value: float,
    maximum: float,
    page: float,
    *,
    other_maximum: float,
    other_page: float,
    anchors: Sequence[Anchor],
) -> int | None:
    """The other pane's scroll value that keeps the content at the sync point level.

    ``None`` when this pane cannot scroll (its whole document fits): it does not lead then.
    """
    if maximum <= 0:
        return None
    syncpoint = calc_syncpoint(value, maximum, page)
    mapped = map_position(value + syncpoint * page, anchors)
    target = mapped - syncpoint * other_page
    return round(max(0.0, min(float(other_maximum), target)))


class ScrollSync(QObject):
    """Keeps two scroll bars in step through anchor points; ``enabled`` is the lock toggle.

    ``anchors`` is a callable returning the current (left y, right y) anchors, so layout changes
    (zoom, resize, new content) are picked up without telling this object.
    """

    def __init__(
        self,
        left_bar,  # QScrollBar
        right_bar,
        anchors: Callable[[], Sequence[Anchor]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bars = (left_bar, right_bar)
        self._anchors = anchors
        self._busy = False
        self.enabled = True
        left_bar.valueChanged.connect(self._on_left_scrolled)
        right_bar.valueChanged.connect(self._on_right_scrolled)

    @contextmanager
    def suspended(self) -> Iterator[None]:
        """Move the bars programmatically without the other one following."""
        previous, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = previous

    def sync_from(self, side: int) -> None:
        """Bring the other pane to this pane's position (0 = left leads, 1 = right leads)."""
        if self._busy or not self.enabled:
            return
        source, dest = self._bars[side], self._bars[1 - side]
        anchors = self._anchors()
        if side == 1:
            anchors = invert(anchors)
        target = sync_value(
            source.value(),
            source.maximum(),
            source.pageStep(),
            other_maximum=dest.maximum(),
            other_page=dest.pageStep(),
            anchors=anchors,
        )
        if target is None:
            return
        with self.suspended():
            dest.setValue(target)

    def _on_left_scrolled(self, _value: int) -> None:
        self.sync_from(0)

    def _on_right_scrolled(self, _value: int) -> None:
        self.sync_from(1)
