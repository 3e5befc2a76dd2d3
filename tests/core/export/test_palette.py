"""The tier palette: distinct, readable in light and dark, and the app's hues."""

from __future__ import annotations

import re

import pytest

from newsreader.core.export.palette import (
    DARK_BASE,
    DARK_TEXT,
    LIGHT_BASE,
    LIGHT_TEXT,
    PALETTE,
    TIER_HUES,
    TIERS,
    contrast,
)

HEX = re.compile(r"^#[0-9a-f]{6}$")


@pytest.mark.parametrize("tier", TIERS)
def test_text_stays_readable_on_every_fill(tier: str) -> None:
    style = PALETTE[tier]  # type: ignore[index]
    for swatch, text in ((style.light, LIGHT_TEXT), (style.dark, DARK_TEXT)):
        for colour in (swatch.background, swatch.mark, swatch.border):
            assert HEX.match(colour), colour  # safe to put in the style sheet
        assert contrast(swatch.background, text) >= 4.5
        assert contrast(swatch.mark, text) >= 4.5


def test_tiers_are_told_apart() -> None:
    for scheme, base in (("light", LIGHT_BASE), ("dark", DARK_BASE)):
        fills = [getattr(PALETTE[t], scheme).background for t in TIERS]
        assert len(set(fills)) == len(TIERS)
        assert base not in fills, "every tier is tinted"
    assert len({s.symbol for s in PALETTE.values()}) == len(TIERS)
    assert set(TIER_HUES) == set(TIERS)


def test_accents_match_qt_hsl() -> None:
    """The accent is what the app gets from ``QColor.fromHsl`` for the same hue."""
    from PySide6.QtGui import QColor

    for tier, hue in TIER_HUES.items():
        assert PALETTE[tier].light.border == QColor.fromHsl(hue, 170, 110).name()
        assert PALETTE[tier].dark.border == QColor.fromHsl(hue, 150, 150).name()
