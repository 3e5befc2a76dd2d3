"""Icons from ``resources/icons``, tinted with the palette's text colour (so dark mode works).

The SVGs draw with ``currentColor``; it is replaced by the palette colour before rendering. The
disabled state uses the palette's disabled text colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from newsreader.ui.common.contrast import mix
from newsreader.ui.common.paths import ICONS

SIZES = (16, 24, 32, 48)


def app_icon() -> QIcon:
    path = ICONS / "newsreader.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def icon(name: str) -> QIcon:
    """The named icon in the current palette's colours (empty icon if the file is missing)."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    # Disabled: halfway to the background, whatever the theme says its disabled text colour is.
    return _icon(name, text.name(), mix(window, text, 0.4).name())


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    result = QIcon()
    for color, mode in ((normal, QIcon.Mode.Normal), (disabled, QIcon.Mode.Disabled)):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color).encode()))
        for size in SIZES:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(QPixmap.fromImage(image), mode)
    return result
