"""The heatmap widget on its own: only the visible cells are turned into pixels, zoom and scroll,
panning, colours from the palette (light and dark), on a 3,000-article map."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from newsreader.ui.common.contrast import contrast
from newsreader.ui.common.heatmap_colors import heatmap_theme
from newsreader.ui.overview.data import COPY, SOURCE, Heatmap, Marks, pyramid
from newsreader.ui.overview.heatmap import HeatmapView
from tests.helpers.palettes import palette

N = 3000


def big_heatmap(n: int = N) -> Heatmap:
    rng = np.random.default_rng(7)
    levels = rng.integers(0, 90, size=(n, n), dtype=np.uint8)
    bounds = [(a, min(n, a + 10)) for a in range(0, n, 10)]
    for a, b in bounds:
        levels[a:b, a:b] = 200
    np.fill_diagonal(levels, 255)
    order = np.arange(n)
    marks = [(k + 1, k, COPY) for k in range(0, n - 1, 25)]
    marks += [(k, k + 1, SOURCE) for k in range(0, n - 1, 25)]
    return Heatmap(
        pyramid=pyramid(levels),
        order=order,
        position=order.copy(),
        labels=tuple(f"Outlet {i} — a title" for i in range(n)),
        short=tuple(f"Outlet {i}" for i in range(n)),
        bounds=tuple(bounds),
        titles=tuple(f"Story {k}" for k in range(len(bounds))),
        marks=Marks.of(marks),
    )


@pytest.fixture(scope="module")
def heat() -> Heatmap:
    return big_heatmap()


@pytest.fixture
def view(qtbot, heat) -> HeatmapView:
    widget = HeatmapView()
    qtbot.addWidget(widget)
    widget.resize(760, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_heatmap(heat)
    return widget


def painted_pixels(view: HeatmapView) -> tuple[int, int]:
    view.viewport().grab()
    assert view._cache is not None
    return view._cache.pixels.shape


def test_fitted_map_shows_everything_with_few_pixels(view) -> None:
    vp = view.viewport()
    assert view.fitted and N * view.cell <= min(vp.width(), vp.height()) + 1
    h, w = painted_pixels(view)
    assert h * w <= vp.width() * vp.height()  # a pyramid level, never the 9-million-cell matrix
    assert view.horizontalScrollBar().maximum() == 0 and not view.labels_shown()


def test_zoomed_map_draws_only_visible_cells(qtbot, view) -> None:
    view.zoom_by(20)
    assert view.cell > 12 and not view.fitted
    vp = view.viewport()
    h, w = painted_pixels(view)
    assert h <= vp.height() / view.cell + 2 and w <= vp.width() / view.cell + 2
    view.ensure_visible(N - 1, N - 1)
    r0, r1, c0, c1 = view.grid().visible()
    assert r1 == N and c1 == N
    image = view.viewport().grab().toImage()
    levels = view.heat.levels
    grid = view.grid()
    for row, col in ((r0 + 1, c0 + 2), (r1 - 2, c1 - 3), (r1 - 5, c0 + 1)):
        if row == col or abs(row - col) == 1:
            continue
        x, y, w, h = grid.rect(row, col)
        color = image.pixelColor(int(x + 3), int(y + 3))  # a corner: no number, no mark
        expected = view.theme.color(int(levels[row, col]))
        assert abs(color.red() - expected.red()) <= 2 and abs(color.blue() - expected.blue()) <= 2


def test_labels_appear_when_cells_are_a_line_tall(view) -> None:
    short = view.columns.height()
    view.zoom_by(22)
    assert view.labels_shown() and view.columns.height() > short


def test_ctrl_wheel_zooms_about_the_cursor(qtbot, view) -> None:
    view.zoom_by(12)
    at = QPoint(200, 150)
    grid = view.grid()
    before = ((grid.x + at.x()) / grid.cell, (grid.y + at.y()) / grid.cell)
    event = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    grid = view.grid()
    after = ((grid.x + at.x()) / grid.cell, (grid.y + at.y()) / grid.cell)
    assert grid.cell > 0 and after == pytest.approx(before, abs=1.0 / grid.cell + 1e-6)
    view.fit()
    assert view.fitted and view.horizontalScrollBar().value() == 0


def test_dragging_pans_and_does_not_open(qtbot, view) -> None:
    view.zoom_by(15)
    clicked: list[tuple[int, int]] = []
    view.cell_clicked.connect(lambda a, b: clicked.append((a, b)))
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    start = bar.value()
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseMove(vp, QPoint(260, 200))
    qtbot.mouseMove(vp, QPoint(200, 200))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    assert bar.value() == start + 100 and clicked == []
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    assert len(clicked) == 1


def dark_palette() -> QPalette:
    p = QPalette()
    for role, color in (
        (QPalette.ColorRole.Base, "#1e1f22"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Window, "#2b2d30"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
    ):
        p.setColor(role, QColor(color))
    return p


def test_palette_change_recolours(qtbot, view) -> None:
    light = view.theme
    view.setPalette(dark_palette())
    assert view.theme.dark and not light.dark
    image = view.viewport().grab().toImage()
    corner = image.pixelColor(view.viewport().width() - 2, view.viewport().height() - 2)
    assert corner.lightnessF() < 0.3  # no light background left behind


@pytest.mark.parametrize(
    ("base", "text", "window"),
    [
        ("#ffffff", "#000000", "#efefef"),
        ("#fdf6e3", "#333333", "#eee8d5"),
        ("#1e1f22", "#e6e6e6", "#2b2d30"),
        ("#000000", "#ffffff", "#101010"),
    ],
)
def test_theme_readable_in_light_and_dark(qapp, base: str, text: str, window: str) -> None:
    t = heatmap_theme(palette(base, text, window))
    for mark in (t.copy, t.related, t.duplicate, t.outline):
        assert contrast(mark, t.base) >= 3.0  # graphics: WCAG 3:1 against the background
    assert contrast(t.color(255), t.base) >= 7.0  # the strongest similarity stands out
    assert t.color(0) == t.base
    lightness = [t.color(k).lightnessF() for k in range(0, 256, 16)]
    steps = np.diff(lightness)
    assert (steps <= 1e-3).all() or (steps >= -1e-3).all()  # monotone ramp
    for k in range(256):  # the per-cent numbers stay legible on every level
        ink = t.base if t.light_ink[k] else t.text
        assert contrast(ink, t.color(k)) >= 3.0, k


def test_small_cells_snap_to_the_mark_under_the_pointer(view, heat) -> None:
    from newsreader.ui.overview.heatmap_paint import mark_center

    assert view.cell < 1.0
    grid = view.grid()
    row, col = 26, 25  # a copy mark (row copies column)
    assert COPY in heat.marks.at(row, col)
    x, y = mark_center(grid, row, col)
    near = (x + 1.5, y - 1.0)  # over the drawn dot, not over the cell itself
    assert grid.cell_at(*near) != (row, col)
    assert set(view.pick(*near)) == {row, col}  # the pair (its two marks overlap at this size)
    far = (x + 40, y + 90)  # nowhere near a mark: the cell under the pointer
    assert view.pick(*far) == grid.cell_at(*far)
    view.zoom_by(20)  # large cells: the cell under the pointer, always
    grid = view.grid()
    assert view.pick(30, 30) == grid.cell_at(30, 30)
