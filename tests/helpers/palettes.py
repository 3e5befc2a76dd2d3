"""A QPalette from three colour names, for the theme tests."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def palette(base: str, text: str, window: str) -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Base, QColor(base))
    p.setColor(QPalette.ColorRole.Text, QColor(text))
    p.setColor(QPalette.ColorRole.Window, QColor(window))
    return p
