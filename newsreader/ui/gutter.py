"""The strip between the panes: a band from each paragraph to its match, as Meld draws between files.

Bands are filled in their tier's colour (moved paragraphs get a dashed outline); hovering one shows
its score and kind and outlines it, clicking it brings the two paragraphs level.

Signals:
    link_clicked(object): the :class:`~newsreader.core.align.Link` whose band was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from newsreader.core.align import Link
from newsreader.ui.colors import Theme, theme
from newsreader.ui.marks import LinkIndex
from newsreader.ui.pane import PAD_Y, ArticlePane

WIDTH = 56


def describe_link(link: Link) -> str:
    moved = " · moved" if link.moved else ""
    return (
        f"{link.kind.capitalize()} · score {link.score:.0f}{moved}\n"
        f"left ¶{link.left + 1} ↔ right ¶{link.right + 1}"
    )


class LinkGutter(QWidget):
    link_clicked = Signal(object)

    def __init__(self, left: ArticlePane, right: ArticlePane, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkGutter")
        self.left, self.right = left, right
        self.links: list[Link] = []
        self.index: LinkIndex | None = None
        self._hover: Link | None = None
        self._emphasis: set[int] = set()  # ids of links to draw strongly (hovered paragraph)
        self._theme: Theme = theme(self.palette())
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        for pane in (left, right):
            pane.verticalScrollBar().valueChanged.connect(self.update)
            pane.layout_changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def set_emphasis(self, links: list[Link]) -> None:
        emphasis = {id(k) for k in links}
        if emphasis != self._emphasis:
            self._emphasis = emphasis
            self.update()

    def set_links(self, links: list[Link], index: LinkIndex | None = None) -> None:
        self.links = list(links)
        self.index = index
        self._hover = None
        self._emphasis = set()
        self._theme = theme(self.palette())
        self.update()

    # --- geometry ------------------------------------------------------------------------------
    def _offset(self, pane: ArticlePane) -> float:
        """The pane viewport's y in this widget's coordinates."""
        return float(pane.viewport().mapTo(self.window(), QPoint(0, 0)).y()) - float(
            self.mapTo(self.window(), QPoint(0, 0)).y()
        )

    def visible_links(self) -> list[Link]:
        """Links with at least one end on screen (all links when there is no index)."""
        if self.index is None:
            return self.links
        seen: dict[int, Link] = {}
        for side, pane in (("left", self.left), ("right", self.right)):
            for i in pane.visible_paragraphs():
                for link in self.index.links(side, i):
                    seen.setdefault(id(link), link)
        return list(seen.values())

    def _end(self, pane: ArticlePane, index: int) -> tuple[float, float] | None:
        found = pane.viewport_range(index, force=False)
        if found is None and pane.is_pending(index):
            below = float(pane.viewport().height() + 200)  # not laid out yet: below the view
            return (below, below + 20)
        return found

    def band(self, link: Link, offsets: tuple[float, float] | None = None) -> QPainterPath | None:
        """The band's shape in gutter coordinates, or None when neither end is on screen."""
        lr = self._end(self.left, link.left)
        rr = self._end(self.right, link.right)
        if lr is None or rr is None:
            return None
        lo, ro = offsets or (self._offset(self.left), self._offset(self.right))
        l0, l1 = lr[0] + lo - PAD_Y, lr[1] + lo + PAD_Y
        r0, r1 = rr[0] + ro - PAD_Y, rr[1] + ro + PAD_Y
        h = self.height()
        if (l1 < 0 and r1 < 0) or (l0 > h and r0 > h):
            return None
        w = float(self.width())
        path = QPainterPath(QPointF(0, l0))
        path.cubicTo(QPointF(w * 0.5, l0), QPointF(w * 0.5, r0), QPointF(w, r0))
        path.lineTo(QPointF(w, r1))
        path.cubicTo(QPointF(w * 0.5, r1), QPointF(w * 0.5, l1), QPointF(0, l1))
        path.closeSubpath()
        return path

    def link_at(self, pos: QPointF) -> Link | None:
        # Narrowest band first, so a small band on top of a big one can still be picked.
        hits = []
        offsets = (self._offset(self.left), self._offset(self.right))
        for link in self.visible_links():
            path = self.band(link, offsets)
            if path is not None and path.contains(pos):
                hits.append((path.boundingRect().height(), link))
        return min(hits, key=lambda h: h[0])[1] if hits else None

    # --- painting and events -------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        divider = QColor(self.palette().color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(divider, 1))
        painter.drawLine(QPointF(0.5, 0), QPointF(0.5, self.height()))
        painter.drawLine(QPointF(self.width() - 0.5, 0), QPointF(self.width() - 0.5, self.height()))
        offsets = (self._offset(self.left), self._offset(self.right))
        for link in self.visible_links():
            path = self.band(link, offsets)
            if path is None:
                continue
            colors = self._theme.tiers.get(link.kind) or self._theme.tiers["edited"]
            hovered = link is self._hover or id(link) in self._emphasis
            fill = QColor(colors.band)
            if hovered:
                fill.setAlphaF(1.0)
            painter.setBrush(fill)
            pen = QPen(colors.accent, 2.0 if hovered else 1.0)
            if link.moved:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._theme = theme(self.palette())
            self.update()

    def mouseMoveEvent(self, event) -> None:
        link = self.link_at(event.position())
        if link is not self._hover:
            self._hover = link
            self.update()
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if link is not None else Qt.CursorShape.ArrowCursor
        )
        if link is not None:
            QToolTip.showText(event.globalPosition().toPoint(), describe_link(link), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            link = self.link_at(event.position())
            if link is not None:
                self.link_clicked.emit(link)

    def band_rect(self, link: Link) -> QRectF | None:
        path = self.band(link)
        return path.boundingRect() if path is not None else None
