"""The strip between the panes: one band per block of linked paragraphs, as Meld draws chunks.

Links that share paragraphs (a many-to-many run where a rewrite split and merged paragraphs) form
one block (:mod:`.link_blocks`), drawn as one band from the block's first to its last
paragraph on each side, filled in its tier's colour; neighbouring blocks alternate between two
shades and are outlined, so they stay apart even 55 px wide, and moved blocks get a dashed outline.
Hovering a band (or one of its paragraphs) shows the block's kind, scores and paragraphs, draws it
strongly and fades the other bands (the panes fade the other paragraphs); clicking a band brings
its paragraphs level.

Signals:
    link_clicked(object): the best :class:`~newsreader.core.align.Link` of the band clicked.
    block_hovered(object): the :class:`~.link_blocks.Block` under the mouse, or None.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from newsreader.core.align import Link
from newsreader.ui.common.colors import Theme, theme
from newsreader.ui.common.contrast import is_dark_color, mix
from newsreader.ui.compare.link_blocks import Block, blocks
from newsreader.ui.compare.marks import LinkIndex
from newsreader.ui.compare.pane import PAD_Y, ArticlePane

WIDTH = 56
FADED = 0.3  # opacity of the other bands while one is hovered
SHADE = 0.35  # how far every other block's fill goes towards the background


def describe_link(link: Link) -> str:
    moved = " · moved" if link.moved else ""
    return (
        f"{link.kind.capitalize()} · score {link.score:.0f}{moved}\n"
        f"left ¶{link.left + 1} ↔ right ¶{link.right + 1}"
    )


class LinkGutter(QWidget):
    link_clicked = Signal(object)
    block_hovered = Signal(object)

    def __init__(self, left: ArticlePane, right: ArticlePane, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkGutter")
        self.left, self.right = left, right
        self.links: list[Link] = []
        self.blocks: list[Block] = []
        self.index: LinkIndex | None = None
        self._block_of: dict[int, Block] = {}  # id(link) → its block
        self._hover: Block | None = None
        self._emphasis: set[int] = set()  # numbers of the blocks drawn strongly (hovered paragraph)
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

    def set_links(self, links: list[Link], index: LinkIndex | None = None) -> None:
        self.links = list(links)
        self.blocks = blocks(self.links)
        self._block_of = {id(k): b for b in self.blocks for k in b.links}
        self.index = index
        self._hover = None
        self._emphasis = set()
        self._theme = theme(self.palette())
        self.update()

    def block_of(self, link: Link) -> Block | None:
        return self._block_of.get(id(link))

    def set_emphasis(self, links: list[Link]) -> None:
        """Draw the blocks of these links strongly and fade the others (none: all drawn alike)."""
        emphasis = {b.number for b in (self.block_of(k) for k in links) if b is not None}
        if emphasis != self._emphasis:
            self._emphasis = emphasis
            self.update()

    def emphasized(self) -> set[int]:
        return set(self._emphasis) | ({self._hover.number} if self._hover is not None else set())

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

    def visible_blocks(self) -> list[Block]:
        found = {b.number: b for b in (self.block_of(k) for k in self.visible_links()) if b}
        return [found[n] for n in sorted(found)]

    def _end(self, pane: ArticlePane, first: int, last: int) -> tuple[float, float] | None:
        top = self._range(pane, first)
        bottom = top if last == first else self._range(pane, last)
        if top is None or bottom is None:
            return None
        return (top[0], bottom[1])

    def _range(self, pane: ArticlePane, index: int) -> tuple[float, float] | None:
        found = pane.viewport_range(index, force=False)
        if found is None and pane.is_pending(index):
            below = float(pane.viewport().height() + 200)  # not laid out yet: below the view
            return (below, below + 20)
        return found

    def block_band(
        self, block: Block, offsets: tuple[float, float] | None = None
    ) -> QPainterPath | None:
        """The block's band in gutter coordinates, or None when neither end is on screen."""
        lr = self._end(self.left, *block.left)
        rr = self._end(self.right, *block.right)
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

    def band(self, link: Link, offsets: tuple[float, float] | None = None) -> QPainterPath | None:
        """The band of the block ``link`` belongs to."""
        block = self.block_of(link)
        return self.block_band(block, offsets) if block is not None else None

    def block_at(self, pos: QPointF) -> Block | None:
        # Narrowest band first, so a small band on top of a big one can still be picked.
        hits = []
        offsets = (self._offset(self.left), self._offset(self.right))
        for block in self.visible_blocks():
            path = self.block_band(block, offsets)
            if path is not None and path.contains(pos):
                hits.append((path.boundingRect().height(), block.number, block))
        return min(hits, key=lambda h: h[:2])[2] if hits else None

    def link_at(self, pos: QPointF) -> Link | None:
        block = self.block_at(pos)
        return block.best if block is not None else None

    # --- painting and events -------------------------------------------------------------------
    def fill_color(self, block: Block) -> QColor:
        colors = self._theme.tiers.get(block.kind) or self._theme.tiers["edited"]
        fill = QColor(colors.band)
        if block.number % 2:
            base = self.palette().color(QPalette.ColorRole.Base)
            shaded = mix(fill, base, SHADE if not is_dark_color(base) else SHADE * 0.8)
            shaded.setAlphaF(fill.alphaF())
            fill = shaded
        return fill

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        divider = QColor(self.palette().color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(divider, 1))
        painter.drawLine(QPointF(0.5, 0), QPointF(0.5, self.height()))
        painter.drawLine(QPointF(self.width() - 0.5, 0), QPointF(self.width() - 0.5, self.height()))
        offsets = (self._offset(self.left), self._offset(self.right))
        strong = self.emphasized()
        for block in self.visible_blocks():
            path = self.block_band(block, offsets)
            if path is None:
                continue
            colors = self._theme.tiers.get(block.kind) or self._theme.tiers["edited"]
            hovered = block.number in strong
            painter.setOpacity(FADED if strong and not hovered else 1.0)
            fill = self.fill_color(block)
            if hovered:
                fill.setAlphaF(1.0)
            painter.setBrush(fill)
            pen = QPen(colors.accent, 2.0 if hovered else 1.0)
            if block.moved:
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
        block = self.block_at(event.position())
        if block is not self._hover:
            self._hover = block
            self.update()
            self.block_hovered.emit(block)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if block is not None else Qt.CursorShape.ArrowCursor
        )
        if block is not None:
            QToolTip.showText(event.globalPosition().toPoint(), block.describe(), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:
        if self._hover is not None:
            self._hover = None
            self.block_hovered.emit(None)
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
