"""The heatmap's geometry: visible ranges, hit testing, zooming about a point (pure, table-tested)."""

from __future__ import annotations

import pytest

from newsreader.ui.overview.heatmap_geometry import (
    MAX_CELL,
    Grid,
    clamp_cell,
    fit_cell,
    reveal,
    scroll_range,
    zoom_about,
)


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        (Grid(10, 20.0, 0, 0, 100, 60), (0, 3, 0, 5)),  # 60 px tall: rows 0-2
        (Grid(10, 20.0, 30, 50, 100, 60), (2, 6, 1, 7)),  # partly shown cells count
        (Grid(10, 20.0, 0, 0, 1000, 1000), (0, 10, 0, 10)),  # never past the last row
        (Grid(3000, 0.25, 0, 0, 500, 400), (0, 1600, 0, 2000)),  # sub-pixel cells
        (Grid(0, 20.0, 0, 0, 100, 100), (0, 0, 0, 0)),
        (Grid(5, 10.0, 400, 0, 100, 100), (0, 5, 5, 5)),  # scrolled past the end: nothing
    ],
)
def test_visible(grid: Grid, expected: tuple[int, int, int, int]) -> None:
    assert grid.visible() == expected


@pytest.mark.parametrize(
    ("grid", "point", "expected"),
    [
        (Grid(10, 20.0), (0, 0), (0, 0)),
        (Grid(10, 20.0), (39.9, 20.0), (1, 1)),
        (Grid(10, 20.0), (45, 5), (0, 2)),  # x is the column, y the row
        (Grid(10, 20.0, x=100, y=40), (5, 5), (2, 5)),
        (Grid(10, 20.0), (200, 5), None),  # right of the matrix
        (Grid(10, 20.0), (-1, 5), None),
        (Grid(4, 0.5), (1.9, 1.0), (2, 3)),
    ],
)
def test_cell_at(grid: Grid, point: tuple[float, float], expected) -> None:
    assert grid.cell_at(*point) == expected


def test_rect_and_hit_test_agree() -> None:
    grid = Grid(50, 7.5, x=33, y=12, width=200, height=150)
    r0, r1, c0, c1 = grid.visible()
    for row in range(r0, r1):
        for col in range(c0, c1):
            x, y, w, h = grid.rect(row, col)
            cx, cy = x + w / 2, y + h / 2
            if cx >= 0 and cy >= 0:
                assert grid.cell_at(cx, cy) == (row, col)


@pytest.mark.parametrize(
    ("n", "size", "expected"),
    [
        (5, (800, 500), 96.0),  # a handful of articles: capped
        (100, (800, 500), 5.0),
        (4000, (800, 600), 0.15),
        (0, (800, 600), 96.0),
    ],
)
def test_fit_cell(n: int, size: tuple[int, int], expected: float) -> None:
    assert fit_cell(n, *size) == pytest.approx(expected)
    if n:
        assert n * fit_cell(n, *size) <= min(size)


def test_clamp_cell() -> None:
    assert clamp_cell(1000.0, 0.2) == MAX_CELL
    assert clamp_cell(0.01, 0.2) == 0.2  # never smaller than "all fits"
    assert clamp_cell(0.5, 3.0) == 1.0  # zooming out stops at 1 px when all fits larger


@pytest.mark.parametrize(("px", "py"), [(0, 0), (120, 80), (399, 299)])
@pytest.mark.parametrize("cell", [0.5, 3.0, 40.0])
def test_zoom_about_keeps_the_point(px: float, py: float, cell: float) -> None:
    grid = Grid(200, 4.0, x=60, y=30, width=400, height=300)
    before = ((grid.x + px) / grid.cell, (grid.y + py) / grid.cell)  # in cells
    x, y = zoom_about(grid, cell, px, py)
    after = ((x + px) / cell, (y + py) / cell)
    assert after == pytest.approx(before)


@pytest.mark.parametrize(
    ("offset", "size", "span", "expected"),
    [
        (0, 100, (20, 40), 0),  # already visible
        (0, 100, (150, 170), 70),  # below: scroll just enough
        (200, 100, (150, 170), 150),  # above
        (0, 100, (10, 300), 10),  # taller than the view: its start
    ],
)
def test_reveal(offset: float, size: int, span: tuple[float, float], expected: float) -> None:
    assert reveal(offset, size, *span) == expected


def test_scroll_range() -> None:
    assert scroll_range(100, 10.0, 400) == 600
    assert scroll_range(10, 10.0, 400) == 0
