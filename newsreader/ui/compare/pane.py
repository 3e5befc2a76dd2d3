"""One side of the comparison: a read-only QTextBrowser showing generated paragraph HTML.

Safety: the HTML comes from :mod:`.render` (escaped text in ``<p>`` / ``<span>``),
links never open (``setOpenLinks(False)``) and :meth:`loadResource` refuses everything, so no
remote, ``file:`` or relative resource is ever fetched. Drops go to the window, not the pane.

Paragraph backgrounds and the tier bar are painted under the text (rounded, with some padding), a
flash is painted over it. One sentence can be highlighted (:meth:`highlight_sentence`, e.g. a
fact's evidence): painted under the text, so it does not disturb the find bar's selections, and
kept while the same article is shown. Geometry helpers give each paragraph's vertical range in document
coordinates for the gutter and the scroll synchronization.

Signals:
    paragraph_clicked(int): a paragraph was clicked (not dragged over to select text).
    zoom_requested(int): Ctrl+wheel asked for one zoom step in (+1) or out (-1).
    layout_changed(): paragraph positions moved (new content, resize, zoom).
    focused(): the pane got the keyboard focus (it becomes the side navigation starts from).
    hovered(int): the mouse is over this paragraph (-1: over none).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, QUrl, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from newsreader.core.article import Article
from newsreader.core.visible import shown_offsets
from newsreader.ui.common.colors import Theme, theme
from newsreader.ui.common.facts_colors import fact_colors
from newsreader.ui.compare.marks import Mark
from newsreader.ui.compare.pane_fill import DocumentFiller
from newsreader.ui.compare.pane_geometry import PAD_Y, ParagraphGeometry, block_offsets
from newsreader.ui.compare.render import render_article

DOCUMENT_MARGIN = 14
PAD_X = 8
ZOOM_STEP = 1.1
FLASH_MS = 1100
FADED = 0.35  # opacity of the paragraph backgrounds outside a hovered block


class ArticlePane(QTextBrowser):
    paragraph_clicked = Signal(int)
    zoom_requested = Signal(int)
    layout_changed = Signal()
    focused = Signal()
    hovered = Signal(int)

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side}Pane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        # Mouse selection only: a keyboard caret would blink in a read-only view; keys scroll.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.article: Article | None = None
        self.marks: list[Mark | None] = []
        self.placeholder = ""
        self.describe: Callable[[int], str] | None = None  # tooltip text for a paragraph
        self._theme: Theme = theme(self.palette())
        self._base_font = QFont(self.font())
        self._base_font.setPointSizeF(max(9.0, self._base_font.pointSizeF() * 1.1))
        self._zoom = 0
        self.geo = ParagraphGeometry(self)
        self.filler = DocumentFiller(self, self._on_filled_step)
        self._flash: dict[int, float] = {}
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(FLASH_MS)
        self._animation.setStartValue(1.0)
        self._animation.setEndValue(0.0)
        self._animation.valueChanged.connect(self._on_flash_step)
        self._press: QPoint | None = None
        self._sentence: tuple[int, int, int] | None = None  # paragraph, start, end
        self._sentence_color = fact_colors(self.palette()).sentence
        self._emphasis: frozenset[int] = frozenset()
        self._keep: tuple[int, float] | None = None  # paragraph and its y, kept over a resize
        self._hovered = -1
        self._scroll_to = 0  # where a re-render was scrolled, restored as a big document fills
        self.viewport().setMouseTracking(True)
        self._apply_font()
        # Qt lays a document out in many small steps, each announcing a new size. Each call into
        # Python waits for the GIL while a worker computes, so the steps go to a C++ slot (a timer)
        # and Python hears of them once per pass of the event loop.
        self._size_timer = QTimer(self)
        self._size_timer.setSingleShot(True)
        self._size_timer.setInterval(0)
        self._size_timer.timeout.connect(self._on_size_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._size_timer.start)

    # --- content -----------------------------------------------------------------------------
    def set_content(
        self,
        article: Article | None,
        marks: list[Mark | None] | None = None,
        *,
        word_diff: bool = True,
        show_removed: bool = False,
        placeholder: str = "",
    ) -> None:
        """Show ``article`` (or nothing and ``placeholder``), highlighted by ``marks``.

        A highlighted sentence and the scroll position stay if ``article`` is the one already
        shown (a re-render); another article opens at its top.
        """
        same = article is self.article
        if not same:
            self._sentence = None
            self._keep = None
        self.article = article
        self.marks = list(marks or [])
        self.placeholder = placeholder
        self._flash.clear()
        value = self.verticalScrollBar().value() if same else 0  # a new article opens at its top
        self._theme = theme(self.palette())
        self._sentence_color = fact_colors(self.palette()).sentence
        document = self.document()
        document.setDefaultStyleSheet(self._theme.css())
        if article is None:
            self.filler.stop()
            self.geo.reset([], 0)
            self.clear()
        else:
            rendered = render_article(
                article, self.marks or None, word_diff=word_diff, show_removed=show_removed
            )
            self.geo.reset(rendered.blocks, len(article.paragraphs))
            self.filler.fill(rendered)  # a big document arrives in steps (pane_fill)
        self._apply_font()
        self._invalidate()
        self._scroll_to = value
        self.verticalScrollBar().setValue(value)

    def _on_filled_step(self) -> None:
        """More of a big document arrived: the old scroll place may exist now (the new size is
        announced by the layout, see ``_size_timer``)."""
        bar = self.verticalScrollBar()
        if self._scroll_to and bar.value() < self._scroll_to <= bar.maximum():
            bar.setValue(self._scroll_to)
        if not self.filler.filling:
            self._scroll_to = 0

    def set_marks_only(self, marks: list[Mark | None]) -> None:
        self.marks = list(marks)
        self.viewport().update()

    def loadResource(self, type_: int, name: QUrl) -> object:
        """Nothing is ever loaded: no images, style sheets or documents, local or remote."""
        return None

    def setSource(self, name: QUrl, type_=None) -> None:
        """Never navigate away from the generated content (e.g. a clicked ``javascript:`` link)."""

    # --- zoom ----------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        self._zoom = steps
        self._apply_font()
        self._invalidate()

    def zoom(self) -> int:
        return self._zoom

    def _apply_font(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(max(5.0, self._base_font.pointSizeF() * ZOOM_STEP**self._zoom))
        self.document().setDefaultFont(font)

    # --- geometry (see pane_geometry: nothing here forces a full layout unless asked) ---------
    def paragraph_count(self) -> int:
        return self.geo.count()

    def paragraph_range(self, index: int, *, force: bool = True) -> tuple[float, float] | None:
        """Top and bottom of paragraph ``index`` in document coordinates."""
        return self.geo.range(index, force=force)

    def viewport_range(self, index: int, *, force: bool = True) -> tuple[float, float] | None:
        """Top and bottom of paragraph ``index`` in viewport coordinates."""
        found = self.geo.range(index, force=force)
        if found is None:
            return None
        offset = self.verticalScrollBar().value()
        return (found[0] - offset, found[1] - offset)

    def is_pending(self, index: int) -> bool:
        """The paragraph is not laid out yet (so it lies below everything that is)."""
        return self.geo.is_pending(index)

    def visible_paragraphs(self) -> list[int]:
        return self.geo.visible()

    def paragraph_at(self, viewport_y: float) -> int | None:
        """The paragraph at this height of the viewport (the padding around it counts)."""
        return self.geo.at(viewport_y)

    def first_visible_paragraph(self) -> int | None:
        return self.geo.first_visible()

    def document_height(self) -> float:
        """The height laid out so far (grows while Qt lays a big document out)."""
        return self.geo.height

    def scroll_paragraph_to(self, index: int, viewport_y: float) -> int:
        """Scroll so paragraph ``index``'s top sits at ``viewport_y``; returns the shortfall.

        The shortfall is how far the paragraph is from there because the scroll range ended.
        """
        found = self.geo.range(index)
        if found is None:
            return 0
        bar = self.verticalScrollBar()
        wanted = round(found[0] - viewport_y)
        bar.setValue(wanted)
        return wanted - bar.value()

    def _on_size_changed(self) -> None:
        self.geo.height = float(self.document().documentLayout().documentSize().height())
        self._invalidate()
        if self._keep is not None:
            QTimer.singleShot(0, self._restore_top)

    def _invalidate(self, *_: object) -> None:
        self.geo.invalidate()
        self.viewport().update()
        self.layout_changed.emit()

    # --- emphasis (the paragraphs linked to the one under the mouse) ----------------------------
    def set_emphasis(self, indices: frozenset[int]) -> None:
        if indices != self._emphasis:
            self._emphasis = indices
            self.viewport().update()

    def emphasis(self) -> frozenset[int]:
        return self._emphasis

    # --- flashing ------------------------------------------------------------------------------
    def flash(self, index: int) -> None:
        """Draw attention to paragraph ``index`` with a fading outline."""
        self._flash = {index: 1.0}
        self._animation.stop()
        self._animation.start()

    def flashing(self) -> list[int]:
        return [i for i, v in self._flash.items() if v > 0]

    def _on_flash_step(self, value: object) -> None:
        self._flash = {i: float(value) for i in self._flash}  # type: ignore[arg-type]
        if float(value) <= 0:  # type: ignore[arg-type]
            self._flash.clear()
        self.viewport().update()

    # --- the highlighted sentence ------------------------------------------------------------
    def highlight_sentence(self, paragraph: int, start: int, end: int) -> bool:
        """Highlight characters ``start..end`` of paragraph ``paragraph`` (offsets in its text).

        Returns False (and highlights nothing) when the pane has no such paragraph.
        """
        if self.article is None or self.geo.block(paragraph) is None or end <= start:
            self.clear_sentence()
            return False
        self._sentence = (paragraph, start, end)
        self.viewport().update()
        return True

    def clear_sentence(self) -> None:
        if self._sentence is not None:
            self._sentence = None
            self.viewport().update()

    def sentence(self) -> tuple[int, int, int] | None:
        """The highlighted sentence: paragraph index, start and end in the paragraph's text."""
        return self._sentence

    def sentence_text(self) -> str:
        """The highlighted sentence as the pane shows it (whitespace collapsed)."""
        found = self._sentence_block()
        if found is None:
            return ""
        block, start, end = found
        return block.text()[start:end]

    def sentence_rects(self, *, force: bool = True) -> list[QRectF]:
        """The highlighted sentence's rectangles in viewport coordinates, one per line."""
        found = self._sentence_block(force=force)
        if found is None:
            return []
        block, start, end = found
        layout = block.layout()
        origin = self.document().documentLayout().blockBoundingRect(block).topLeft()
        dy = origin.y() - self.verticalScrollBar().value()
        dx = origin.x() - self.horizontalScrollBar().value()
        rects: list[QRectF] = []
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            first, last = line.textStart(), line.textStart() + line.textLength()
            a, b = max(start, first), min(end, last)
            if a >= b:
                continue
            x1, x2 = _x(line.cursorToX(a)), _x(line.cursorToX(b))
            rects.append(QRectF(dx + x1, dy + line.y(), max(1.0, x2 - x1), line.height()))
        return rects

    def _sentence_block(self, *, force: bool = True):
        if self._sentence is None or self.article is None:
            return None
        paragraph, start, end = self._sentence
        block = self.geo.block(paragraph)
        if block is None or paragraph >= len(self.article.paragraphs):
            return None
        if self.geo.range(paragraph, force=force) is None:
            return None  # not laid out yet (painting never forces a layout)
        para = self.article.paragraphs[paragraph]
        offsets = block_offsets(para.shown, block.text())  # marks for hidden characters included
        clamp = len(para.text)
        start, end = max(0, min(start, clamp)), max(0, min(end, clamp))
        first = shown_offsets(para.text, para.hidden)[start]
        last = shown_offsets(para.text, para.hidden, ends=True)[end]
        return block, offsets[first], offsets[max(first, last)]

    # --- painting ------------------------------------------------------------------------------
    def _paragraph_rect(self, index: int) -> QRectF | None:
        found = self.geo.range(index, force=False)
        if found is None:
            return None
        top, bottom = found
        offset = self.verticalScrollBar().value()
        left = DOCUMENT_MARGIN + 16 - PAD_X
        right = self.viewport().width() - DOCUMENT_MARGIN - 12 + PAD_X - 2
        return QRectF(left, top - offset - PAD_Y, right - left, bottom - top + 2 * PAD_Y)

    def paintEvent(self, event) -> None:
        if self.article is not None and self.marks:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            for index in self.geo.visible():
                mark = self.marks[index] if index < len(self.marks) else None
                rect = self._paragraph_rect(index)
                if mark is None or rect is None:
                    continue
                # While a block is hovered, the paragraphs outside it are faded.
                painter.setOpacity(FADED if self._emphasis and index not in self._emphasis else 1.0)
                colors = self._theme.tiers[mark.tier]
                painter.setBrush(colors.background)
                painter.drawRoundedRect(rect, 5, 5)
                painter.setBrush(colors.accent)
                painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
                if index in self._emphasis:
                    painter.setPen(QPen(colors.accent, 1.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 5, 5)
                    painter.setPen(Qt.PenStyle.NoPen)
            painter.end()
        if self._sentence is not None:
            self._paint_sentence()
        super().paintEvent(event)
        if self.article is None and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()
        if self._flash:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for index, strength in self._flash.items():
                rect = self._paragraph_rect(index)
                if rect is None or strength <= 0:
                    continue
                mark = self.marks[index] if index < len(self.marks) else None
                color = QColor(
                    self._theme.tiers[mark.tier].accent
                    if mark is not None
                    else self.palette().color(QPalette.ColorRole.Highlight)
                )
                color.setAlphaF(min(1.0, strength * 1.4))
                painter.setPen(QPen(color, 2.5))
                fill = QColor(color)
                fill.setAlphaF(0.18 * strength)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
            painter.end()

    def _paint_sentence(self) -> None:
        rects = self.sentence_rects(force=False)
        if not rects:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._sentence_color)
        for rect in rects:
            painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3)
        painter.end()

    # --- events --------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        # A new width lays the text out again, and the scroll range collapses meanwhile: keep the
        # paragraph at the top of the view where it was (a docked panel opening must not send the
        # reader back to the start).
        top = self.first_visible_paragraph() if self.verticalScrollBar().value() > 0 else None
        found = self.viewport_range(top, force=False) if top is not None else None
        super().resizeEvent(event)
        self._invalidate()
        if (
            top is not None
            and found is not None
            and event.size().width() != event.oldSize().width()
        ):
            self._keep = (top, found[0])
            QTimer.singleShot(0, self._restore_top)

    def _restore_top(self) -> None:
        """Scroll back to the paragraph kept over a re-layout (again as the layout grows)."""
        if self._keep is not None and self.article is not None:
            index, y = self._keep
            if self.scroll_paragraph_to(index, y) == 0:
                self._keep = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._theme = theme(self.palette())
            self._sentence_color = fact_colors(self.palette()).sentence
            self.document().setDefaultStyleSheet(self._theme.css())
            self.viewport().update()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        index = self.paragraph_at(event.position().y()) if self.article is not None else None
        self._set_hovered(-1 if index is None else index)

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self._set_hovered(-1)

    def _set_hovered(self, index: int) -> None:
        if index != self._hovered:
            self._hovered = index
            self.hovered.emit(index)

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position().toPoint() - press).manhattanLength() > 4:
            return  # a drag that selected text
        index = self.paragraph_at(event.position().y())
        if index is not None:
            self.paragraph_clicked.emit(index)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.describe is not None:
            index = self.paragraph_at(event.pos().y())
            text = self.describe(index) if index is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def _x(value: object) -> float:
    """``QTextLine.cursorToX`` gives a float, or (float, int) in some PySide6 versions."""
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[index,arg-type]
