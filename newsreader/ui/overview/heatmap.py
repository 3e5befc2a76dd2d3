"""The similarity heatmap: a custom-painted scroll area with row and column headers.

Only the visible cells are drawn (see :mod:`.heatmap_paint`), so thousands of articles
scroll and zoom smoothly. The view starts fitted to its size; Ctrl+wheel, ``+``/``-`` and the zoom
buttons zoom about the cursor, ``0`` fits again; dragging pans. Arrow keys move a keyboard cell and
Enter opens it. Hovering a cell shows its pair in a tooltip (text from ``describe``).

Signals:
    cell_clicked(int, int): the article indices (row's, column's) of a clicked off-diagonal cell.
    cell_hovered(int, int): the article indices under the mouse, (-1, -1) when it leaves.
    zoom_changed(float): the cell size in pixels.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QMenu,
    QToolTip,
    QWidget,
)

from newsreader.ui.common.heatmap_colors import heatmap_theme
from newsreader.ui.common.visible import html_text
from newsreader.ui.overview.data import Heatmap
from newsreader.ui.overview.heatmap_geometry import (
    ZOOM_STEP,
    Grid,
    clamp_cell,
    fit_cell,
    reveal,
    scroll_range,
    zoom_about,
)
from newsreader.ui.overview.heatmap_headers import ColumnHeader, Corner, RowHeader
from newsreader.ui.overview.heatmap_paint import (
    CellImage,
    mark_center,
    mark_radius,
    paint_boxes,
    paint_cells,
    paint_crosshair,
    paint_marks,
    paint_numbers,
    paint_outlines,
)

Describe = Callable[[int, int], tuple[list[str], list[str]]]
SNAP_BELOW = 8.0  # cells smaller than this many pixels: pointing at a mark picks its cell


class HeatmapView(QAbstractScrollArea):
    cell_clicked = Signal(int, int)
    cell_hovered = Signal(int, int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatmap")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.heat: Heatmap | None = None
        self.values: np.ndarray | None = None  # similarity by article index, for the numbers
        self.describe: Describe | None = None
        self.cell = 1.0
        self.fitted = True
        self.hovered: tuple[int, int] | None = None  # heatmap positions
        self.marked: tuple[int, int] | None = None
        self.current: tuple[int, int] | None = None
        self.theme = heatmap_theme(self.palette())
        self._cache: CellImage | None = None
        self._press: tuple[QPoint, int, int] | None = None
        self._panning = False
        self.columns = ColumnHeader(self)
        self.rows = RowHeader(self)
        self.corner = Corner(self)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._on_scrolled)

    # --- content -------------------------------------------------------------------------------
    def set_heatmap(
        self,
        heat: Heatmap | None,
        values: np.ndarray | None = None,
        describe: Describe | None = None,
    ) -> None:
        """Show ``heat`` fitted to the view (None clears it)."""
        self.heat, self.values, self.describe = heat, values, describe
        self.hovered = self.marked = self.current = None
        self._cache = None
        self.fit()

    @property
    def size_n(self) -> int:
        return self.heat.size if self.heat is not None else 0

    def grid(self) -> Grid:
        vp = self.viewport()
        return Grid(
            self.size_n,
            self.cell,
            float(self.horizontalScrollBar().value()),
            float(self.verticalScrollBar().value()),
            vp.width(),
            vp.height(),
        )

    def labels_shown(self, cell: float | None = None) -> bool:
        """Row and column labels are drawn once a cell is as tall as a line of text."""
        return (self.cell if cell is None else cell) >= self.fontMetrics().height()

    def band_height(self) -> int:
        return self.fontMetrics().height() + 10

    def header_height(self, cell: float | None = None) -> int:
        label = self.fontMetrics().averageCharWidth() * 20 if self.labels_shown(cell) else 0
        return self.band_height() + label

    def header_width(self) -> int:
        return max(150, min(280, self.fontMetrics().averageCharWidth() * 28))

    # --- zoom ----------------------------------------------------------------------------------
    def fit_size(self) -> float:
        n = self.size_n
        width = self.width() - 2 * self.frameWidth() - self.header_width() - 1
        height = self.height() - 2 * self.frameWidth() - 1
        bare = fit_cell(n, width, height - self.header_height(0.0))
        labelled = fit_cell(n, width, height - self.header_height(float("inf")))
        if self.labels_shown(labelled):
            return labelled
        return min(bare, self.fontMetrics().height() - 0.01)

    def fit(self) -> None:
        self.fitted = True
        self._set_cell(self.fit_size(), None)

    def zoom_by(self, steps: float, at: QPoint | None = None) -> None:
        self.fitted = False
        self._set_cell(self.cell * ZOOM_STEP**steps, at)

    def _set_cell(self, cell: float, at: QPoint | None) -> None:
        cell = clamp_cell(cell, self.fit_size())
        old = self.grid()
        if at is None:
            vp = self.viewport()
            at = QPoint(vp.width() // 2, vp.height() // 2)
        x, y = zoom_about(old, cell, at.x(), at.y())
        changed = cell != self.cell
        self.cell = cell
        self._layout()
        self.horizontalScrollBar().setValue(round(x))
        self.verticalScrollBar().setValue(round(y))
        self._repaint_all()
        if changed:
            self.zoom_changed.emit(cell)

    def _layout(self) -> None:
        top, left = self.header_height(), self.header_width()
        self.setViewportMargins(left, top, 0, 0)
        vp = self.viewport().geometry()
        self.columns.setGeometry(vp.left(), vp.top() - top, vp.width(), top)
        self.rows.setGeometry(vp.left() - left, vp.top(), left, vp.height())
        self.corner.setGeometry(vp.left() - left, vp.top() - top, left, top)
        n, vp_size = self.size_n, self.viewport().size()
        for bar, size in (
            (self.horizontalScrollBar(), vp_size.width()),
            (self.verticalScrollBar(), vp_size.height()),
        ):
            bar.setRange(0, scroll_range(n, self.cell, size))
            bar.setPageStep(max(1, size))
            bar.setSingleStep(max(8, round(self.cell)))

    # --- positions -----------------------------------------------------------------------------
    def position_of(self, article: int) -> int:
        return int(self.heat.position[article]) if self.heat is not None else -1

    def cell_rect(self, row_article: int, col_article: int) -> QRect:
        """Viewport rectangle of the cell of two articles (for tests and tooltips)."""
        x, y, w, h = self.grid().rect(self.position_of(row_article), self.position_of(col_article))
        return QRect(round(x), round(y), max(1, round(w)), max(1, round(h)))

    def ensure_visible(self, row: int, col: int) -> None:
        """Scroll so the cell at heatmap position (row, col) is shown."""
        g = self.grid()
        margin = 3 * self.cell
        x = reveal(g.x, g.width, col * g.cell, (col + 1) * g.cell, margin)
        y = reveal(g.y, g.height, row * g.cell, (row + 1) * g.cell, margin)
        self.horizontalScrollBar().setValue(round(x))
        self.verticalScrollBar().setValue(round(y))

    def mark(self, row_article: int, col_article: int) -> None:
        """Outline the cell of two articles and scroll it into view (-1 clears)."""
        if row_article < 0 or self.heat is None:
            self.marked = None
        else:
            self.marked = (self.position_of(row_article), self.position_of(col_article))
            self.ensure_visible(*self.marked)
        self._repaint_all()

    def pick(self, x: float, y: float) -> tuple[int, int] | None:
        """The cell under a viewport point; when cells are small, a mark drawn there wins.

        A mark is drawn larger than a small cell, so pointing at it must reach its pair, not
        whichever neighbouring cell the pointer happens to be over.
        """
        grid = self.grid()
        cell = grid.cell_at(x, y)
        if cell is None or self.heat is None or grid.cell >= SNAP_BELOW:
            return cell
        reach = mark_radius(grid.cell) + 1.5
        span = math.ceil(reach / grid.cell)
        marks = self.heat.marks
        found = marks.within(cell[0] - span, cell[0] + span + 1, cell[1] - span, cell[1] + span + 1)
        best, nearest = cell, reach
        for k in found.tolist():
            row, col = int(marks.rows[k]), int(marks.cols[k])
            mx, my = mark_center(grid, row, col)
            distance = math.hypot(mx - x, my - y)
            if distance <= nearest:
                best, nearest = (row, col), distance
        return best

    def _articles(self, cell: tuple[int, int]) -> tuple[int, int]:
        assert self.heat is not None
        return int(self.heat.order[cell[0]]), int(self.heat.order[cell[1]])

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        p.fillRect(event.rect(), self.theme.base)
        heat = self.heat
        if heat is None or heat.size == 0:
            return
        grid = self.grid()
        self._cache = paint_cells(p, heat, self.theme, grid, self._cache)
        paint_numbers(p, heat, self.theme, grid, self.values)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_crosshair(p, grid, self.hovered, self.theme)
        paint_boxes(p, heat, self.theme, grid)
        paint_marks(p, heat, self.theme, grid)
        paint_outlines(
            p,
            grid,
            self.theme,
            hovered=self.hovered,
            marked=self.marked,
            current=self.current if self.hasFocus() else None,
        )

    def _repaint_all(self) -> None:
        self.viewport().update()
        self.rows.update()
        self.columns.update()

    def _on_scrolled(self, *_: object) -> None:
        self._repaint_all()

    # --- input ---------------------------------------------------------------------------------
    def _set_hovered(self, cell: tuple[int, int] | None) -> None:
        if cell == self.hovered:
            return
        self.hovered = cell
        self._repaint_all()
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor
            if cell is not None and cell[0] != cell[1]
            else Qt.CursorShape.ArrowCursor
        )
        self.cell_hovered.emit(*(self._articles(cell) if cell is not None else (-1, -1)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            self._press = (
                pos,
                self.horizontalScrollBar().value(),
                self.verticalScrollBar().value(),
            )
            self._panning = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, x, y = self._press
            moved = pos - start
            if self._panning or moved.manhattanLength() >= QApplication.startDragDistance():
                self._panning = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.horizontalScrollBar().setValue(x - moved.x())
                self.verticalScrollBar().setValue(y - moved.y())
                return
        self._set_hovered(self.pick(pos.x(), pos.y()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, panned = self._press, self._panning
        self._press, self._panning = None, False
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        if panned:
            self.hovered = None
            self._set_hovered(self.pick(event.position().x(), event.position().y()))
            return
        cell = self.pick(event.position().x(), event.position().y())
        if cell is not None:
            self.current = cell
            self._open(cell)

    def _open(self, cell: tuple[int, int]) -> None:
        if cell[0] != cell[1]:
            self.cell_clicked.emit(*self._articles(cell))

    def contextMenuEvent(self, event) -> None:
        cell = self.pick(event.pos().x(), event.pos().y())
        menu = QMenu(self)
        compare = menu.addAction("Compare Side by Side")
        compare.setEnabled(cell is not None and cell[0] != cell[1])
        if cell is not None:
            compare.triggered.connect(lambda: self._open(cell))
        menu.addSeparator()
        menu.addAction("Zoom In", lambda: self.zoom_by(1, event.pos()))
        menu.addAction("Zoom Out", lambda: self.zoom_by(-1, event.pos()))
        menu.addAction("Show All Articles", self.fit)
        menu.exec(event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_by(steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, n = event.key(), self.size_n
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        if key in moves and n:
            r, c = self.current or (0, min(1, n - 1))
            dr, dc = moves[key]
            self.current = (max(0, min(n - 1, r + dr)), max(0, min(n - 1, c + dc)))
            self.ensure_visible(*self.current)
            self.cell_hovered.emit(*self._articles(self.current))
            self._repaint_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self._open(self.current)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._set_hovered(None)
        elif event.type() == QEvent.Type.ToolTip:
            self._tooltip(event)
            return True
        return super().viewportEvent(event)

    def _tooltip(self, event) -> None:
        pos = event.pos()
        cell = self.pick(pos.x(), pos.y())
        if cell is None or self.describe is None:
            QToolTip.hideText()
            return
        titles, lines = self.describe(*self._articles(cell))
        html = "<br>".join(f"<b>{html_text(t, 200)}</b>" for t in titles)
        if lines:
            html += "<br>" + "<br>".join(html_text(x, 300) if x else "" for x in lines)
        x, y, w, h = self.grid().rect(*cell)
        rect = QRect(round(x), round(y), max(1, round(w)), max(1, round(h)))
        QToolTip.showText(
            event.globalPos(), f"<p style='white-space:pre'>{html}</p>", self.viewport(), rect
        )

    # --- housekeeping --------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self._set_cell(self.fit_size(), None)
        else:
            self._set_cell(self.cell, None)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._repaint_all()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._repaint_all()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.theme = heatmap_theme(self.palette())
            self._cache = None
            self._repaint_all()
        elif event.type() == QEvent.Type.FontChange:
            self._layout()
