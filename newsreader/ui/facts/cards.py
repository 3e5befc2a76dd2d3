"""Disagreement cards in the facts sidebar: both sentences side by side, differing words marked.

:class:`CardDelegate` paints the sidebar's disagreement rows (nodes carrying a
:class:`~newsreader.ui.facts.tree.Card`); other rows are painted as usual. A card reads, top to
bottom: the topic, its kind and the engine's confidence; the two outlets' sentences in two
columns (one above the other when the sidebar is narrow), each trimmed to the words around the
difference, with the differing words highlighted; under each sentence its value and every outlet
that states it. Article text is untrusted: it is escaped before it becomes rich text.

Heights depend on the width, so the rows are not of uniform height; the sidebar lays the tree
out again when its width changes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QIcon,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from newsreader.ui.common.contrast import mix
from newsreader.ui.common.facts_colors import fact_colors
from newsreader.ui.common.visible import visible
from newsreader.ui.facts.model import NODE_ROLE
from newsreader.ui.facts.tree import Card, CardSide, Node

PAD = 6
GAP = 8
CONTEXT = 70  # characters kept on each side of the differing words
MIN_COLUMN = 150  # narrower than this, the two sentences stack
Index = QModelIndex | QPersistentModelIndex


def trimmed(side: CardSide, context: int = CONTEXT) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence cut to the words around its marks (whole words, "…" where cut), with the
    marks moved to match."""
    text, marks = side.sentence, side.marks
    if len(text) <= 2 * context + 40 or not marks:
        return text, marks
    start = max(0, min(a for a, _ in marks) - context)
    end = min(len(text), max(b for _, b in marks) + context)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shift = len(head) - start
    cut = head + text[start:end] + tail
    return cut, tuple((a + shift, b + shift) for a, b in marks if start <= a and b <= end)


def sentence_html(text: str, marks: tuple[tuple[int, int], ...], mark: QColor) -> str:
    """Escaped text with the marked ranges highlighted."""
    out: list[str] = []
    at = 0
    for a, b in sorted(marks):
        if a < at or b <= a:
            continue
        out.append(html.escape(visible(text[at:a], 10_000)))
        out.append(
            f"<span style='background-color:{mark.name()};font-weight:600'>"
            f"{html.escape(visible(text[a:b], 10_000))}</span>"
        )
        at = b
    out.append(html.escape(visible(text[at:], 10_000)))
    return "".join(out)


VALUE_LIMIT = 40  # longer values (a quotation) are in the sentence already


def who_says(side: CardSide) -> str:
    """The value and who states it: "40 per cent — Coastline Daily, Harbour Times and 1 more"."""
    names = list(side.outlets)
    shown = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
    if len(side.value) > VALUE_LIMIT:
        return shown
    return f"{side.value} — {shown}"


@dataclass(slots=True)
class _Layout:
    title: QTextDocument
    columns: list[tuple[QTextDocument, QTextDocument]]  # sentence, who says it
    footer: QTextDocument | None
    stacked: bool
    column_width: float
    height: float


class CardDelegate(QStyledItemDelegate):
    """Paints disagreement cards; leaves every other row to the default delegate."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    # --- geometry ------------------------------------------------------------------------------
    def card_width(self, index: Index) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        return max(120, self.view.viewport().width() - indent - 2)

    def layout(self, card: Card, width: float, palette: QPalette) -> _Layout:
        colors = fact_colors(palette)
        text = palette.color(QPalette.ColorRole.Text)
        dim = mix(palette.color(QPalette.ColorRole.Base), text, 0.62)
        inner = width - 2 * PAD
        title = _document(
            f"<b>{html.escape(visible(card.topic, 200))}</b>"
            f"<span style='color:{dim.name()}'>&nbsp;·&nbsp;{html.escape(card.kind_name)}"
            f"&nbsp;·&nbsp;{round(100 * card.confidence)}&nbsp;% sure</span>",
            inner,
        )
        stacked = (inner - GAP) / 2 < MIN_COLUMN
        column = inner if stacked else (inner - GAP) / 2
        columns = []
        for side in (card.left, card.right):
            words, marks = trimmed(side)
            sentence = _document(sentence_html(words, marks, colors.cells["conflict"]), column - 8)
            says = _document(
                f"<span style='color:{dim.name()}'>{html.escape(visible(who_says(side), 300))}"
                "</span>",
                column - 8,
                smaller=True,
            )
            columns.append((sentence, says))
        footer = None
        if card.others:
            more = "outlet states" if card.others == 1 else "outlets state"
            footer = _document(
                f"<span style='color:{dim.name()}'>{card.others} more {more} another value"
                " — expand to see each</span>",
                inner,
                smaller=True,
            )
        heights = [s.size().height() + w.size().height() + 8 for s, w in columns]
        body = sum(heights) + GAP if stacked else max(heights)
        height = PAD + title.size().height() + 4 + body + PAD
        if footer is not None:
            height += footer.size().height()
        return _Layout(title, columns, footer, stacked, column, height)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = _card(index)
        if card is None:
            return super().sizeHint(option, index)
        width = self.card_width(index)
        return QSize(width, round(self.layout(card, width, self.view.palette()).height))

    # --- painting ------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = _card(index)
        if card is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        palette = opt.palette
        rect = QRectF(opt.rect)
        lay = self.layout(card, rect.width(), palette)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        box = mix(base, text, 0.05)
        edge = fact_colors(palette).conflict
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.left() + PAD, rect.top() + PAD)
        _draw(lay.title, painter, palette)
        y = lay.title.size().height() + 4
        x = 0.0
        for sentence, says in lay.columns:
            h = sentence.size().height() + says.size().height() + 8
            frame = QRectF(x, y, lay.column_width, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(box)
            painter.drawRoundedRect(frame, 4, 4)
            painter.setBrush(edge)
            painter.drawRect(QRectF(x, y, 3, h))
            painter.save()
            painter.translate(x + 6, y + 4)
            _draw(sentence, painter, palette)
            painter.translate(0, sentence.size().height())
            _draw(says, painter, palette)
            painter.restore()
            if lay.stacked:
                y += h + GAP
            else:
                x += lay.column_width + GAP
        if lay.footer is not None:
            column_heights = [s.size().height() + w.size().height() + 8 for s, w in lay.columns]
            bottom = (
                lay.title.size().height()
                + 4
                + (sum(column_heights) + GAP if lay.stacked else max(column_heights))
            )
            painter.translate(0, bottom)
            _draw(lay.footer, painter, palette)
        painter.restore()


def _card(index: Index) -> Card | None:
    node = index.data(NODE_ROLE)
    return node.card if isinstance(node, Node) else None


def _draw(doc: QTextDocument, painter: QPainter, palette: QPalette) -> None:
    """Draw ``doc`` in the view's text colour (a document alone would draw black, unreadable on
    a dark palette)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
    doc.documentLayout().draw(painter, context)


def _document(rich: str, width: float, smaller: bool = False) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    if smaller:
        font = QApplication.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        doc.setDefaultFont(font)
    doc.setHtml(rich)
    doc.setTextWidth(max(40.0, width))
    return doc
