"""The heatmap's legend: the similarity ramp and what each mark means, in the heatmap's colours."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QLinearGradient, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from newsreader.core.corpus.clusters import STORY_SIMILARITY
from newsreader.ui.common.heatmap_colors import heatmap_theme
from newsreader.ui.overview.data import COPY, DUPLICATE, RELATED, SOURCE, level_of
from newsreader.ui.overview.heatmap_paint import dots

RAMP_WIDTH = 120
ITEMS = (
    (COPY, "copy of column"),
    (SOURCE, "source of column"),
    (RELATED, "related via a third"),
    (DUPLICATE, "duplicate"),
    (-1, "story"),
)
TIP = (
    "Cell colour: similarity of the two articles' vocabulary (tf-idf cosine, square-root scale).\n"
    "Boxes on the diagonal: story clusters (reports of one event), largest first.\n"
    "Marks: who copied whom (direction from dates, credits, name spellings or containment)."
)


class HeatmapLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatmapLegend")
        self.theme = heatmap_theme(self.palette())
        self.setToolTip(TIP)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        m = self.fontMetrics()
        width = 80 + RAMP_WIDTH + sum(m.horizontalAdvance(t) + 36 for _, t in ITEMS)
        return QSize(width, m.height() + 12)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        t, m = self.theme, self.fontMetrics()
        mid = self.height() / 2
        x = 4.0
        p.setPen(t.text)
        x = self._label(p, x, mid, "Similarity 0")
        ramp = QRectF(x + 4, mid - 6, RAMP_WIDTH, 12)
        gradient = QLinearGradient(ramp.topLeft(), ramp.topRight())
        for k in range(0, 256, 32):
            gradient.setColorAt(k / 255.0, t.color(k))
        gradient.setColorAt(1.0, t.color(255))
        p.setPen(QPen(t.dim_text, 1))
        p.setBrush(gradient)
        p.drawRect(ramp)
        story = int(level_of(STORY_SIMILARITY)) / 255.0
        tick = ramp.left() + story * ramp.width()
        p.setPen(QPen(t.text, 1.5))
        p.drawLine(QPointF(tick, ramp.top() - 3), QPointF(tick, ramp.bottom() + 3))
        p.setPen(t.text)
        x = self._label(p, ramp.right() + 4, mid, "100%") + 18
        radius = 5.0
        for kind, text in ITEMS:
            if x + m.horizontalAdvance(text) + 2 * radius + 8 > self.width():
                break
            center = QPointF(x + radius, mid)
            self._swatch(p, kind, center, radius)
            p.setPen(t.text)
            x = self._label(p, x + 2 * radius + 6, mid, text) + 16

    def _label(self, p: QPainter, x: float, mid: float, text: str) -> float:
        width = self.fontMetrics().horizontalAdvance(text)
        p.drawText(QRectF(x, 0, width + 2, self.height()), Qt.AlignmentFlag.AlignVCenter, text)
        return x + width

    def _swatch(self, p: QPainter, kind: int, c: QPointF, r: float) -> None:
        t = self.theme
        at = QPolygonF([c])
        if kind == COPY:
            dots(p, at, (t.base, t.copy), 2 * r)
        elif kind == SOURCE:
            dots(p, at, (t.base, t.copy, t.base), 2 * r, inner=max(1.6, r * 0.42))
        elif kind == RELATED:
            dots(p, at, (t.base, t.related), 1.4 * r)
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(
                QPen(
                    t.duplicate if kind == DUPLICATE else t.outline,
                    2.0 if kind == DUPLICATE else 1.6,
                )
            )
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.theme = heatmap_theme(self.palette())
            self.update()
