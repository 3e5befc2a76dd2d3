"""Colours for facts, from the palette: grid cells (agree / conflict / absent), badges, evidence.

Like :mod:`.colors`, each colour is a hue mixed into the palette's base colour (more
strongly in dark mode) and backed off until the palette's text on it keeps a 4.5:1 contrast, so
the grid reads in light and dark mode alike; ``tests/ui/common/test_facts_colors.py`` checks both.
:func:`badge_icon` draws the warning badge shown on a fact some outlets contradict.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPainterPath, QPalette, QPixmap

from newsreader.ui.common.contrast import is_dark_color, mix, readable

STATES = ("agree", "conflict", "absent")
STATE_NAMES = {"agree": "Agrees", "conflict": "Conflicts", "absent": "Not stated"}
_HUES = {"agree": 145, "conflict": 2, "disputed": 38}


@dataclass(frozen=True, slots=True)
class FactColors:
    dark: bool
    text: QColor
    cells: dict[str, QColor]  # cell background per state
    absent_text: QColor  # the dash in a cell that states nothing
    conflict: QColor  # badge: this outlet's value is the odd one out
    disputed: QColor  # badge: this outlet agrees with most, others disagree
    sentence: QColor  # the evidence sentence's highlight in a pane
    group: QColor  # the background of a group's header row in the grid


def _accent(hue: int, dark: bool) -> QColor:
    return QColor.fromHsl(hue, 170, 150) if dark else QColor.fromHsl(hue, 190, 105)


def _marker(dark: bool) -> QColor:
    """A highlighter pen's yellow: the evidence sentence stands out from every tier's tint."""
    return QColor.fromHsl(52, 255, 110) if dark else QColor.fromHsl(54, 255, 128)


def fact_colors(palette: QPalette) -> FactColors:
    """The colours for this palette (computed once per palette: models ask for every cell)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    window = palette.color(QPalette.ColorRole.Window)
    return _fact_colors(base.rgba(), text.rgba(), window.rgba())


@cache
def _fact_colors(base_rgba: int, text_rgba: int, window_rgba: int) -> FactColors:
    base, text, window = (
        QColor.fromRgba(base_rgba),
        QColor.fromRgba(text_rgba),
        QColor.fromRgba(window_rgba),
    )
    dark = is_dark_color(base)
    cells = {
        "agree": readable(base, _accent(_HUES["agree"], dark), text, 0.20, step=0.03),
        "conflict": readable(
            base, _accent(_HUES["conflict"], dark), text, 0.42 if dark else 0.30, step=0.03
        ),
        "absent": mix(base, text, 0.05 if dark else 0.035),
    }
    return FactColors(
        dark=dark,
        text=text,
        cells=cells,
        absent_text=mix(base, text, 0.5),
        conflict=_accent(_HUES["conflict"], dark),
        disputed=_accent(_HUES["disputed"], dark),
        sentence=readable(base, _marker(dark), text, 0.42 if dark else 0.62, step=0.03),
        group=mix(window, text, 0.06),
    )


def badge_icon(color: QColor) -> QIcon:
    """A small warning triangle with an exclamation mark, filled with ``color``."""
    return _badge(color.name())


@cache
def _badge(color: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = float(size)
        path = QPainterPath()
        path.moveTo(QPointF(s / 2, s * 0.08))
        path.lineTo(QPointF(s * 0.96, s * 0.90))
        path.lineTo(QPointF(s * 0.04, s * 0.90))
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawPath(path)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, round(s * 0.58)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff") if QColor(color).lightnessF() < 0.62 else QColor("#000"))
        painter.drawText(QRectF(0, s * 0.26, s, s * 0.64), Qt.AlignmentFlag.AlignCenter, "!")
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
