"""Fact colours read in light and dark palettes: text contrast >= 4.5:1, the states tell apart."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from newsreader.ui.common.contrast import contrast
from newsreader.ui.common.facts_colors import STATES, badge_icon, fact_colors
from tests.helpers.palettes import palette


@pytest.mark.parametrize(
    ("base", "text", "window", "dark"),
    [
        ("#ffffff", "#000000", "#efefef", False),
        ("#fdf6e3", "#333333", "#eee8d5", False),
        ("#1e1f22", "#e6e6e6", "#2b2d30", True),
        ("#000000", "#ffffff", "#101010", True),
    ],
)
def test_states_readable_and_distinct(qapp, base, text, window, dark) -> None:
    colors = fact_colors(palette(base, text, window))
    assert colors.dark is dark
    for state in STATES:
        assert contrast(colors.cells[state], QColor(text)) >= 4.5, state
    assert contrast(colors.sentence, QColor(text)) >= 4.5
    assert len({colors.cells[s].name() for s in STATES}) == len(STATES)
    assert colors.cells["agree"] != QColor(base) and colors.cells["conflict"] != QColor(base)
    assert colors.sentence != QColor(base)
    # Conflict and agreement differ in hue, not only in lightness (red vs green).
    assert abs(colors.cells["agree"].hslHue() - colors.cells["conflict"].hslHue()) > 90
    assert contrast(colors.absent_text, QColor(base)) >= 2.5  # the dash stays visible


def test_badge_icon_draws_something(qapp) -> None:
    image = badge_icon(QColor("#c0392b")).pixmap(16, 16).toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(16) for y in range(16))
