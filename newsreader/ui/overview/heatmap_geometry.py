"""Where the heatmap's cells are on screen: visible range, hit testing, zoom about a point (pure).

Content coordinates put cell (row, column) at ``(column * cell, row * cell)``; the viewport shows
the content from the scroll offset ``(x, y)``. Only the visible rows and columns are ever drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_CELL = 120.0  # pixels a cell at the largest zoom
MAX_FIT_CELL = 96.0  # fitting a handful of articles stops at this size
ZOOM_STEP = 1.25


@dataclass(frozen=True, slots=True)
class Grid:
    n: int  # rows = columns
    cell: float  # pixels a cell
    x: float = 0.0  # scroll offset: content x at the viewport's left edge
    y: float = 0.0
    width: int = 0  # viewport size in pixels
    height: int = 0

    @property
    def extent(self) -> float:
        """Width (= height) of the whole matrix in pixels."""
        return self.n * self.cell

    def visible(self) -> tuple[int, int, int, int]:
        """``(r0, r1, c0, c1)``: the rows ``r0:r1`` and columns ``c0:c1`` at least partly shown."""
        if self.n == 0 or self.cell <= 0:
            return 0, 0, 0, 0
        r0, r1 = self._span(self.y, self.height)
        c0, c1 = self._span(self.x, self.width)
        return r0, r1, c0, c1

    def _span(self, offset: float, size: int) -> tuple[int, int]:
        first = max(0, math.floor(offset / self.cell))
        last = min(self.n, math.ceil((offset + size) / self.cell))
        return min(first, last), last

    def cell_at(self, px: float, py: float) -> tuple[int, int] | None:
        """The (row, column) under a viewport point, or None outside the matrix."""
        if self.cell <= 0 or px < 0 or py < 0:
            return None
        col = math.floor((px + self.x) / self.cell)
        row = math.floor((py + self.y) / self.cell)
        if 0 <= row < self.n and 0 <= col < self.n:
            return row, col
        return None

    def rect(self, row: int, col: int) -> tuple[float, float, float, float]:
        """Viewport rectangle ``(x, y, w, h)`` of a cell."""
        return (col * self.cell - self.x, row * self.cell - self.y, self.cell, self.cell)

    def span_x(self, first: int, last: int) -> tuple[float, float]:
        """Viewport x of the columns ``first:last`` (left edge, right edge)."""
        return first * self.cell - self.x, last * self.cell - self.x

    def span_y(self, first: int, last: int) -> tuple[float, float]:
        return first * self.cell - self.y, last * self.cell - self.y


def fit_cell(n: int, width: int, height: int, largest: float = MAX_FIT_CELL) -> float:
    """The cell size that shows all ``n`` rows and columns in ``width`` x ``height`` pixels."""
    if n <= 0 or width <= 0 or height <= 0:
        return largest
    return max(1e-3, min(largest, min(width, height) / n))


def clamp_cell(cell: float, fit: float) -> float:
    """Zooming stays between "everything fits" (or 1 px if that is larger) and :data:`MAX_CELL`."""
    return max(min(fit, 1.0), min(MAX_CELL, cell))


def zoom_about(grid: Grid, cell: float, px: float, py: float) -> tuple[float, float]:
    """Scroll offsets that keep the content under viewport point (px, py) in place at ``cell``."""
    if grid.cell <= 0:
        return 0.0, 0.0
    ratio = cell / grid.cell
    return (grid.x + px) * ratio - px, (grid.y + py) * ratio - py


def scroll_range(n: int, cell: float, size: int) -> int:
    """Largest scroll offset along one axis."""
    return max(0, math.ceil(n * cell) - size)


def reveal(offset: float, size: int, first: float, last: float, margin: float = 0.0) -> float:
    """The smallest change of ``offset`` that puts content ``first..last`` inside the viewport."""
    if first - margin < offset:
        return max(0.0, first - margin)
    if last + margin > offset + size:
        return max(0.0, min(first - margin, last + margin - size))
    return offset
