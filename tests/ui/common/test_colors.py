"""Tier colours are readable (text contrast >= 4.5:1) and distinct in light and dark palettes."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor

from newsreader.ui.common.colors import TIERS, theme
from newsreader.ui.common.contrast import contrast
from tests.helpers.palettes import palette


@pytest.mark.parametrize(
    ("base", "text", "window", "dark"),
    [
        ("#ffffff", "#000000", "#efefef", False),
        ("#fdf6e3", "#333333", "#eee8d5", False),
        ("#1e1e1e", "#e0e0e0", "#2b2b2b", True),
        ("#000000", "#ffffff", "#101010", True),
    ],
)
def test_tiers_readable_and_distinct(qapp, base, text, window, dark) -> None:
    t = theme(palette(base, text, window))
    assert t.dark is dark
    for tier in TIERS:
        colors = t.tiers[tier]
        assert contrast(colors.background, QColor(text)) >= 4.5, tier
        assert contrast(colors.strong, QColor(text)) >= 4.5, tier
        assert colors.background != QColor(base), f"{tier} is invisible"
    for a, b in itertools.combinations(TIERS, 2):
        assert t.tiers[a].accent.name() != t.tiers[b].accent.name()
    css = t.css()
    assert all(f"span.d-{tier}" in css for tier in TIERS)
