"""The heatmap's colours, from the palette: a similarity ramp and the mark colours, light or dark.

The ramp runs from the palette's base colour (no similarity) through a mid blue to a strong end
(deep blue on light palettes, bright cyan on dark ones), as a 256-entry lookup table of 32-bit
pixels, so a block of levels becomes an image with one numpy indexing step. Marks use hues the
ramp does not have (orange for copies, green for duplicates, violet for related pairs) and are
drawn with a halo of the base colour, so they stay visible on any cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from newsreader.ui.common.contrast import contrast, is_dark_color, mix


@dataclass(frozen=True, slots=True)
class HeatmapTheme:
    dark: bool
    lut: np.ndarray  # 256 x uint32 (0xffRRGGBB): the colour of each level
    light_ink: np.ndarray  # 256 x bool: write on this level with the base colour (else text)
    base: QColor
    text: QColor
    window: QColor
    band: QColor  # every other cluster's header band
    outline: QColor  # cluster boxes
    diagonal: QColor  # an article against itself
    copy: QColor
    related: QColor
    duplicate: QColor
    highlight: QColor
    dim_text: QColor

    def color(self, level: int) -> QColor:
        return QColor.fromRgb(int(self.lut[max(0, min(255, level))]))


def _stops(dark: bool) -> tuple[QColor, QColor]:
    if dark:
        return QColor.fromHsl(208, 130, 92), QColor.fromHsl(192, 200, 196)
    return QColor.fromHsl(204, 150, 170), QColor.fromHsl(220, 190, 62)


def ramp_color(base: QColor, dark: bool, t: float) -> QColor:
    """The ramp at ``t`` in 0..1: base -> mid over the first half, mid -> strong over the second."""
    mid, strong = _stops(dark)
    t = max(0.0, min(1.0, t))
    return mix(base, mid, t * 2.0) if t < 0.5 else mix(mid, strong, (t - 0.5) * 2.0)


def heatmap_theme(palette: QPalette) -> HeatmapTheme:
    """The theme for this palette (cached per palette colours: building one takes milliseconds)."""
    roles = (
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Highlight,
    )
    return _theme(*(palette.color(role).name() for role in roles))


@cache
def _theme(base_name: str, text_name: str, window_name: str, highlight: str) -> HeatmapTheme:
    base, text, window = QColor(base_name), QColor(text_name), QColor(window_name)
    dark = is_dark_color(base)
    colors = [ramp_color(base, dark, k / 255.0) for k in range(256)]
    lut = np.array([c.rgba() for c in colors], dtype=np.uint32)
    light_ink = np.array([contrast(c, base) > contrast(c, text) for c in colors], dtype=bool)
    if dark:
        copy, related, duplicate = (
            QColor.fromHsl(24, 240, 150),
            QColor.fromHsl(285, 150, 185),
            QColor.fromHsl(140, 170, 140),
        )
    else:
        copy, related, duplicate = (
            QColor.fromHsl(16, 230, 118),
            QColor.fromHsl(285, 120, 110),
            QColor.fromHsl(140, 190, 78),
        )
    return HeatmapTheme(
        dark=dark,
        lut=lut,
        light_ink=light_ink,
        base=base,
        text=text,
        window=window,
        band=mix(window, text, 0.07),
        outline=mix(base, text, 0.8),
        diagonal=mix(base, text, 0.22),
        copy=copy,
        related=related,
        duplicate=duplicate,
        highlight=QColor(highlight),
        dim_text=mix(base, text, 0.6),
    )


def copy_mark_icon(palette: QPalette, size: int = 12) -> QIcon:
    """The heatmap's copy mark (an orange dot) as an icon, for the article list's badges."""
    return _dot(heatmap_theme(palette).copy.name(), size)


def duplicate_mark_icon(palette: QPalette, size: int = 12) -> QIcon:
    return _dot(heatmap_theme(palette).duplicate.name(), size)


@cache
def _dot(color: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawEllipse(QRectF(1.5, 1.5, size - 3.0, size - 3.0))
    p.end()
    return QIcon(pixmap)
