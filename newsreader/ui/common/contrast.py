"""Colour arithmetic the themes share: mixing, WCAG contrast, readable tints, light or dark.

:mod:`.colors` (tiers), :mod:`.facts_colors` (fact cells) and :mod:`.heatmap_colors` (the
similarity ramp) derive their colours from the palette
with these, so every theme reads the same way in light and dark mode.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5  # WCAG AA for normal text


def is_dark_color(base: QColor) -> bool:
    """A dark background (the palette's base colour of a dark theme)."""
    return base.lightnessF() < 0.5


def is_dark(palette: QPalette) -> bool:
    return is_dark_color(palette.color(QPalette.ColorRole.Base))


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``b`` over ``a`` (0 = a, 1 = b), opaque."""
    t = max(0.0, min(1.0, amount))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def readable(base: QColor, accent: QColor, text: QColor, amount: float, step: float) -> QColor:
    """``accent`` mixed into ``base`` by ``amount``, backed off by ``step`` until ``text`` on it
    keeps :data:`TEXT_CONTRAST` (the plain ``base`` if no tint does)."""
    while amount > 0.02:
        color = mix(base, accent, amount)
        if contrast(color, text) >= TEXT_CONTRAST:
            return color
        amount -= step
    return QColor(base)
