"""The article list's "copy of …" badge: a pill at the right end of a copy's title cell.

The model gives the badge text under :data:`~.article_model.BADGE_ROLE` (set by the
overview): the source's file name and the kind of copy, "meridian.txt (edited)". The title is elided
to leave room for it. The pill says "copy of SOURCE (kind)" when that fits in half the cell, else
"edited copy", else just "copy" (the row's tooltip names the source, and so does the "Copy of"
column, which the header's menu shows).
Colours: the heatmap's copy colour as the outline over a light tint of it, text in the palette's
text colour (readable in light and dark mode).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from newsreader.ui.common.contrast import is_dark, mix
from newsreader.ui.library.article_model import BADGE_ROLE

PADDING = 7
MAX_SHARE = 0.5  # of the cell's width


def badge_colors(palette: QPalette):
    """(fill, outline, text) of the pill for this palette."""
    from newsreader.ui.common.heatmap_colors import (
        heatmap_theme,  # numpy: not before the first paint
    )

    theme = heatmap_theme(palette)
    base = palette.color(QPalette.ColorRole.Base)
    fill = mix(base, theme.copy, 0.3 if is_dark(palette) else 0.14)
    return fill, theme.copy, palette.color(QPalette.ColorRole.Text)


def pill_text(source: str, metrics: QFontMetrics, room: int) -> str:
    """The longest of "copy of SOURCE (kind)", "kind copy" and "copy" that fits in ``room`` pixels
    (the badge text is the source's name, with the kind of copy in brackets when known)."""
    full = f"copy of {source}"
    if metrics.horizontalAdvance(full) <= room:
        return full
    if source.endswith(")") and " (" in source:
        kind = source[source.rindex(" (") + 2 : -1]
        if metrics.horizontalAdvance(f"{kind} copy") <= room:
            return f"{kind} copy"
    return "copy"


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badge = index.data(BADGE_ROLE)
        if not badge:
            super().paint(painter, option, index)
            return
        rect = option.rect
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.88)
        metrics = QFontMetrics(font)
        text = pill_text(str(badge), metrics, int(rect.width() * MAX_SHARE) - 2 * PADDING)
        width = metrics.horizontalAdvance(text) + 2 * PADDING
        title = QStyleOptionViewItem(option)
        title.rect = rect.adjusted(0, 0, -(width + 4), 0)
        # The row background (selection, alternate colour) under the pill too.
        back = QStyleOptionViewItem(option)
        self.initStyleOption(back, index)
        back.text = ""
        back.icon = back.icon.__class__()
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, back, painter, option.widget)
        super().paint(painter, title, index)
        fill, outline, ink = badge_colors(option.palette)
        pill = QRectF(rect.right() - width - 2, rect.top() + 1.5, width, rect.height() - 3)
        painter.save()
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(outline, 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(ink)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
