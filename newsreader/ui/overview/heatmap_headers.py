"""The heatmap's headers: story bands with their titles, and the article labels once they fit.

Both headers shade every other story cluster, so a row or column can be followed back to its story
at any zoom. The top header names each story in a band over its columns (the title sticks to the
left edge while the story is scrolled through); once cells are a text line tall, it also shows the
column labels, rotated. The left header shows row labels at that size, else story titles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from newsreader.ui.common.visible import html_text

if TYPE_CHECKING:
    from newsreader.ui.overview.heatmap import HeatmapView

TITLE_MIN = 28  # pixels a story needs before its title is written
BAR = 3  # width of the story bar along the row labels
SHADE_MIN = 4.0  # stories narrower than this many pixels are not shaded or separated
MAX_TITLE_LINES = 3  # a tall story band shows its title over this many lines


def story_caption(view: HeatmapView, k: int) -> str:
    assert view.heat is not None
    a, b = view.heat.bounds[k]
    title = view.heat.titles[k] if k < len(view.heat.titles) else ""
    return f"{k + 1} · {title}" if b - a > 1 else title


class _Header(QWidget):
    def __init__(self, view: HeatmapView) -> None:
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tip_at(self, x: float, y: float) -> str:
        return ""

    def _story_tip(self, k: int) -> str:
        heat = self.view.heat
        assert heat is not None
        a, b = heat.bounds[k]
        size = f"{b - a} articles" if b - a > 1 else "1 article"
        title = heat.titles[k] if k < len(heat.titles) else ""
        return f"<b>Story {k + 1}</b> ({size})<br>{html_text(title, 200)}"


class ColumnHeader(_Header):
    def paintEvent(self, event) -> None:
        view, heat = self.view, self.view.heat
        p = QPainter(self)
        theme = view.theme
        p.fillRect(self.rect(), theme.window)
        if heat is None or heat.size == 0:
            return
        grid = view.grid()
        band = view.band_height()
        width = self.width()
        metrics = self.fontMetrics()
        for k, (a, b) in enumerate(heat.bounds):
            x0, x1 = grid.span_x(a, b)
            if x1 < 0 or x0 > width:
                continue
            if k % 2 and x1 - x0 >= SHADE_MIN:
                p.fillRect(QRectF(x0, 0, x1 - x0, self.height()), theme.band)
            left, right = max(x0, 0.0) + 6, min(x1, float(width)) - 4
            if right - left >= TITLE_MIN:
                text = metrics.elidedText(
                    story_caption(view, k), Qt.TextElideMode.ElideRight, int(right - left)
                )
                p.setPen(theme.text)
                p.drawText(
                    QRectF(left, 0, right - left, band),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            if x1 - x0 >= 2 * SHADE_MIN and b - a > 1:
                p.setPen(QPen(theme.dim_text, 1))
                p.drawLine(QPointF(x1, 2), QPointF(x1, self.height() - 2))
        if view.labels_shown():
            self._paint_labels(p, band)
        p.setPen(QPen(theme.dim_text, 1))
        p.drawLine(0, self.height() - 1, width, self.height() - 1)

    def _paint_labels(self, p: QPainter, band: int) -> None:
        view, heat = self.view, self.view.heat
        assert heat is not None
        grid = view.grid()
        _, _, c0, c1 = grid.visible()
        length = self.height() - band - 8
        hovered = view.hovered[1] if view.hovered is not None else -1
        for c in range(c0, c1):
            x, _ = grid.span_x(c, c + 1)
            strong = c == hovered
            font = self._bold() if strong else self.font()
            metrics = QFontMetrics(font)
            p.setFont(font)
            p.setPen(view.theme.highlight if strong else view.theme.text)
            text = metrics.elidedText(heat.short[c], Qt.TextElideMode.ElideRight, length)
            p.save()
            p.translate(x + grid.cell / 2, self.height() - 4)
            p.rotate(-90)
            h = metrics.height()
            p.drawText(
                QRectF(0, -h / 2, length, h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            p.restore()
        p.setFont(self.font())

    def tip_at(self, x: float, y: float) -> str:
        view, heat = self.view, self.view.heat
        if heat is None or heat.size == 0:
            return ""
        cell = view.grid().cell_at(x, 0)
        if cell is None:
            return ""
        if y > view.band_height() and view.labels_shown():
            return html_text(heat.labels[cell[1]], 300)
        return self._story_tip(heat.cluster_at(cell[1]))


class RowHeader(_Header):
    def paintEvent(self, event) -> None:
        view, heat = self.view, self.view.heat
        p = QPainter(self)
        theme = view.theme
        p.fillRect(self.rect(), theme.window)
        if heat is None or heat.size == 0:
            return
        grid = view.grid()
        height, width = self.height(), self.width()
        labels = view.labels_shown()
        line = self.fontMetrics().height()
        for k, (a, b) in enumerate(heat.bounds):
            y0, y1 = grid.span_y(a, b)
            if y1 < 0 or y0 > height:
                continue
            if k % 2 and y1 - y0 >= SHADE_MIN:
                p.fillRect(QRectF(0, y0, width, y1 - y0), theme.band)
            if b - a > 1 and y1 - y0 >= SHADE_MIN:
                p.fillRect(QRectF(2, y0 + 1, BAR, y1 - y0 - 2), theme.outline)
            if not labels and y1 - y0 >= line + 2:
                top = max(y0, 0.0)
                bottom = min(y1, float(height))
                if bottom - top >= line:
                    lines = max(1, min(MAX_TITLE_LINES, int((bottom - top - 2) // line)))
                    self._wrapped(
                        p,
                        QRectF(BAR + 8, top + 1, width - BAR - 14, lines * line + 2),
                        story_caption(view, k),
                        lines,
                    )
        if labels:
            r0, r1, _, _ = grid.visible()
            hovered = view.hovered[0] if view.hovered is not None else -1
            for r in range(r0, r1):
                y, _ = grid.span_y(r, r + 1)
                strong = r == hovered
                p.setFont(self._bold() if strong else self.font())
                color = theme.highlight if strong else theme.text
                self._text(
                    p, QRectF(BAR + 8, y, width - BAR - 14, grid.cell), heat.labels[r], color
                )
            p.setFont(self.font())
        p.setPen(QPen(theme.dim_text, 1))
        p.drawLine(width - 1, 0, width - 1, height)

    def _wrapped(self, p: QPainter, rect: QRectF, text: str, lines: int) -> None:
        """A story title over up to ``lines`` lines, broken between words, the last one elided."""
        metrics = QFontMetrics(p.font())
        width = int(rect.width())
        out: list[str] = []
        words = text.split()
        while words and len(out) < lines:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line = f"{line} {words.pop(0)}"
            out.append(line)
        if words and out:
            out[-1] = metrics.elidedText(
                f"{out[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, width
            )
        out = [metrics.elidedText(x, Qt.TextElideMode.ElideRight, width) for x in out]
        p.setPen(self.view.theme.text)
        step = metrics.height()
        for n, line in enumerate(out):
            p.drawText(
                QRectF(rect.left(), rect.top() + n * step, rect.width(), step),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )

    def _text(self, p: QPainter, rect: QRectF, text: str, color: QColor) -> None:
        p.setPen(color)
        elided = QFontMetrics(p.font()).elidedText(
            text, Qt.TextElideMode.ElideRight, int(rect.width())
        )
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def tip_at(self, x: float, y: float) -> str:
        view, heat = self.view, self.view.heat
        if heat is None or heat.size == 0:
            return ""
        cell = view.grid().cell_at(0, y)
        if cell is None:
            return ""
        story = self._story_tip(heat.cluster_at(cell[0]))
        if view.labels_shown():
            return f"{html_text(heat.labels[cell[0]], 300)}<br>{story}"
        return story


class Corner(QWidget):
    """The top-left corner: says what the rows and columns are."""

    def __init__(self, view: HeatmapView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        theme = self.view.theme
        p.fillRect(self.rect(), theme.window)
        if self.view.heat is None:
            return
        p.setPen(theme.dim_text)
        band = self.view.band_height()
        p.drawText(
            QRectF(8, 0, self.width() - 12, band),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "Stories →",
        )
        p.drawText(
            QRectF(8, band, self.width() - 12, self.height() - band - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            "Articles ↓",
        )
        p.setPen(QPen(theme.dim_text, 1))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
