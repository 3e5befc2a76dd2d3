"""Painting the heatmap's visible part: cells, cluster boxes, marks (functions over a QPainter).

Cells become one image per paint, built from the visible block of the levels (or of a pyramid level
when cells are smaller than a pixel) through the theme's lookup table, so a paint costs about as
many array lookups as the viewport has pixels, whatever the number of articles. The last image is
kept: hovering repaints without rebuilding it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from newsreader.ui.common.heatmap_colors import HeatmapTheme
from newsreader.ui.overview.data import COPY, DUPLICATE, RELATED, SOURCE, Heatmap, pyramid_step
from newsreader.ui.overview.heatmap_geometry import Grid

GAP_FROM = 12.0  # cells this large are drawn as tiles with a gap between them
NUMBERS_FROM = 34.0  # cells this large show their similarity in per cent
BOX_FROM = 6.0  # cluster boxes smaller than this many pixels are left out


@dataclass(slots=True)
class CellImage:
    """The image of the last painted block, with the array its pixels live in."""

    key: tuple
    pixels: np.ndarray
    image: QImage


def cell_image(heat: Heatmap, theme: HeatmapTheme, grid: Grid, cached: CellImage | None):
    """The visible cells as an image and its target rectangle in viewport coordinates."""
    r0, r1, c0, c1 = grid.visible()
    step = pyramid_step(grid.cell, len(heat.pyramid))
    size = 1 << step
    levels = heat.pyramid[step]
    a0, a1 = r0 // size, min(levels.shape[0], -(-r1 // size))
    b0, b1 = c0 // size, min(levels.shape[1], -(-c1 // size))
    key = (id(heat), id(theme.lut), step, a0, a1, b0, b1)
    if cached is None or cached.key != key:
        pixels = np.ascontiguousarray(theme.lut[levels[a0:a1, b0:b1]])
        if step == 0:  # an article against itself, in a neutral colour
            first, last = max(a0, b0), min(a1, b1)
            if first < last:
                k = np.arange(first, last)
                pixels[k - a0, k - b0] = np.uint32(theme.diagonal.rgba())
        h, w = pixels.shape
        image = QImage(pixels.data, w, h, 4 * w, QImage.Format.Format_RGB32)
        cached = CellImage(key, pixels, image)
    span = size * grid.cell
    target = QRectF(b0 * span - grid.x, a0 * span - grid.y, (b1 - b0) * span, (a1 - a0) * span)
    return cached, target, step > 0


def paint_cells(p: QPainter, heat: Heatmap, theme: HeatmapTheme, grid: Grid, cached):
    """Draw the cells; returns the image cache for the next paint."""
    if heat.size == 0:
        return cached
    cached, target, smooth = cell_image(heat, theme, grid, cached)
    p.save()
    p.setClipRect(QRectF(-grid.x, -grid.y, grid.extent, grid.extent))
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
    p.drawImage(target, cached.image)
    p.restore()
    r0, r1, c0, c1 = grid.visible()
    cell = grid.cell
    if cell >= GAP_FROM:
        gap = QPen(theme.base, max(1.0, cell / 40.0))
        gap.setCosmetic(True)
        p.setPen(gap)
        left, right = grid.span_x(c0, c1)
        top, bottom = grid.span_y(r0, r1)
        lines = [
            QLineF(c * cell - grid.x, top, c * cell - grid.x, bottom) for c in range(c0, c1 + 1)
        ]
        lines += [
            QLineF(left, r * cell - grid.y, right, r * cell - grid.y) for r in range(r0, r1 + 1)
        ]
        p.drawLines(lines)
    return cached


def paint_numbers(
    p: QPainter, heat: Heatmap, theme: HeatmapTheme, grid: Grid, values: np.ndarray | None
) -> None:
    """Similarity in per cent inside cells that are large enough (not on the diagonal)."""
    if grid.cell < NUMBERS_FROM or values is None:
        return
    r0, r1, c0, c1 = grid.visible()
    font = QFont(p.font())
    font.setPixelSize(int(max(9, min(15, grid.cell * 0.26))))
    p.setFont(font)
    order = heat.order
    for r in range(r0, r1):
        for c in range(c0, c1):
            if r == c:
                continue
            value = float(values[order[r], order[c]])
            level = int(heat.levels[r, c])
            p.setPen(theme.base if theme.light_ink[level] else theme.text)
            text = f"{round(100 * value)}" if value >= 0.005 else "·"
            p.drawText(QRectF(*grid.rect(r, c)), Qt.AlignmentFlag.AlignCenter, text)


def paint_boxes(p: QPainter, heat: Heatmap, theme: HeatmapTheme, grid: Grid) -> None:
    """Outline every story cluster of two or more articles (its block on the diagonal)."""
    pen = QPen(theme.outline, 1.6 if grid.cell >= 4 else 1.0)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for a, b in heat.bounds:
        side = (b - a) * grid.cell
        if b - a < 2 or side < BOX_FROM:
            continue
        x0, _ = grid.span_x(a, b)
        y0, _ = grid.span_y(a, b)
        if x0 > grid.width or y0 > grid.height or x0 + side < 0 or y0 + side < 0:
            continue
        p.drawRect(QRectF(x0, y0, side, side))


def mark_radius(cell: float) -> float:
    return max(2.6, min(9.0, cell * 0.2))


def mark_shift(cell: float) -> float:
    """How far marks move from the cell's centre towards its top-right corner (numbers shown)."""
    return (cell / 2 - mark_radius(cell) - 5) if cell >= NUMBERS_FROM else 0.0


def mark_center(grid: Grid, row: int, col: int) -> tuple[float, float]:
    """Viewport centre of the mark on a cell."""
    shift = mark_shift(grid.cell)
    x, y, w, h = grid.rect(row, col)
    return x + w / 2 + shift, y + h / 2 - shift


def paint_marks(p: QPainter, heat: Heatmap, theme: HeatmapTheme, grid: Grid) -> None:
    """Copy, source, related and duplicate marks on the visible cells, each with a halo.

    Each kind is one ``drawPoints`` call with a round (or square) pen, not one call per mark:
    every call into Qt hands the GIL over, and a worker busy with Python code makes each handover
    cost a little, so a paint stays a few dozen calls whatever the number of marks.
    """
    r0, r1, c0, c1 = grid.visible()
    marks = heat.marks
    found = marks.within(r0, r1, c0, c1)
    if found.size == 0:
        return
    cell = grid.cell
    radius = mark_radius(cell)
    shift = mark_shift(cell)
    rows, cols = marks.rows, marks.cols

    def points(kind: int, offset: float = shift) -> QPolygonF:
        idx = found[marks.kinds[found] == kind]
        xs = ((cols[idx] + 0.5) * cell - grid.x + offset).tolist()
        ys = ((rows[idx] + 0.5) * cell - grid.y - offset).tolist()
        return QPolygonF([QPointF(x, y) for x, y in zip(xs, ys, strict=True)])

    duplicates = points(DUPLICATE, 0.0)
    if cell >= 8 and not duplicates.isEmpty():
        half = cell / 2 - max(2.0, cell * 0.1)
        p.setPen(QPen(theme.duplicate, max(2.0, cell * 0.06)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRects([QRectF(q.x() - half, q.y() - half, 2 * half, 2 * half) for q in duplicates])
    elif not duplicates.isEmpty():
        dots(p, duplicates, (theme.base, theme.duplicate), 2 * radius, square=True)
    dots(p, points(RELATED), (theme.base, theme.related), 1.4 * radius)
    ring = max(1.6, radius * 0.42)
    dots(p, points(SOURCE), (theme.base, theme.copy, theme.base), 2 * radius, inner=ring)
    dots(p, points(COPY), (theme.base, theme.copy), 2 * radius)


def dots(
    p: QPainter,
    where: QPolygonF,
    colors: tuple[QColor, ...],
    size: float,
    *,
    square: bool = False,
    inner: float = 0.0,
) -> None:
    """Round (or square) dots of ``size`` pixels: a halo, the dot, and a hole for rings."""
    if where.isEmpty():
        return
    cap = Qt.PenCapStyle.SquareCap if square else Qt.PenCapStyle.RoundCap
    sizes = (size + 3.0, size, size - 2 * inner)
    for color, width in zip(colors, sizes, strict=False):
        pen = QPen(color, width)
        pen.setCapStyle(cap)
        p.setPen(pen)
        p.drawPoints(where)


def paint_crosshair(
    p: QPainter, grid: Grid, hovered: tuple[int, int] | None, theme: HeatmapTheme
) -> None:
    """A translucent band along the hovered cell's row and column."""
    if hovered is None:
        return
    r, c = hovered
    band = QColor(theme.highlight)
    band.setAlphaF(0.16)
    size = max(grid.cell, 1.0)
    p.fillRect(QRectF(-grid.x, r * grid.cell - grid.y, grid.extent, size), band)
    p.fillRect(QRectF(c * grid.cell - grid.x, -grid.y, size, grid.extent), band)


def paint_outlines(
    p: QPainter,
    grid: Grid,
    theme: HeatmapTheme,
    *,
    hovered: tuple[int, int] | None,
    marked: tuple[int, int] | None,
    current: tuple[int, int] | None,
) -> None:
    """Outline the hovered cell, the cell picked in the side list and the keyboard's cell."""
    p.setBrush(Qt.BrushStyle.NoBrush)
    for cell, width, style, least in (
        (hovered, 2.0, Qt.PenStyle.SolidLine, 3.0),
        (marked, 3.0, Qt.PenStyle.SolidLine, 8.0),
        (current, 1.5, Qt.PenStyle.DashLine, 5.0),
    ):
        if cell is None:
            continue
        x, y, w, h = grid.rect(*cell)
        grow = max(0.0, (least - w) / 2)
        pen = QPen(theme.highlight, width, style)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.drawRect(QRectF(x - grow, y - grow, w + 2 * grow, h + 2 * grow))
        if cell == marked and grid.cell < 12:
            p.drawEllipse(QPointF(x + w / 2, y + h / 2), 12.0, 12.0)
