"""The tier palette: the same colours as the app's panes, for the exported report.

A paragraph's tier is the kind of its best link (``identical``, ``edited``, ``paraphrase``) or
``only`` when nothing in the other article matches it. Like the app
(``newsreader.ui.common.colors``), each tier has a hue; its accent is that hue at a fixed saturation
and lightness, and the paragraph fill and the changed-word mark are the accent mixed into the page's
base colour, backed off until the text on them keeps a 4.5:1 contrast (WCAG AA). Light and dark
variants use the app's amounts. The colours are never the only cue: the report also prints each
tier's name and symbol.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from typing import Literal

Tier = Literal["identical", "edited", "paraphrase", "only"]
TIERS: tuple[Tier, ...] = ("identical", "edited", "paraphrase", "only")

# Shared with the app: green, blue, violet, orange.
TIER_HUES: dict[Tier, int] = {"identical": 145, "edited": 212, "paraphrase": 275, "only": 32}

RGB = tuple[float, float, float]

# The report's page and text colours (light and dark scheme).
LIGHT_BASE, LIGHT_TEXT = "#ffffff", "#1c1d21"
DARK_BASE, DARK_TEXT = "#16171b", "#e4e5ea"


@dataclass(frozen=True, slots=True)
class Swatch:
    background: str  # the paragraph's fill
    border: str  # the accent: bars, legend swatch edges
    mark: str  # changed words inside a paragraph of this tier


@dataclass(frozen=True, slots=True)
class TierStyle:
    tier: Tier
    label: str
    symbol: str  # a non-colour cue for the badge
    description: str
    light: Swatch
    dark: Swatch


def _rgb(hex_colour: str) -> RGB:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return r, g, b


def _hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _hsl(hue: int, saturation: int, lightness: int) -> RGB:
    """Qt's ``QColor.fromHsl`` (0-359, 0-255, 0-255)."""
    return colorsys.hls_to_rgb(hue / 360, lightness / 255, saturation / 255)


def mix(a: RGB, b: RGB, amount: float) -> RGB:
    """``amount`` of ``b`` over ``a`` (0 = a, 1 = b)."""
    t = max(0.0, min(1.0, amount))
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def luminance(c: RGB) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two hex colours (1 to 21)."""
    la, lb = luminance(_rgb(a)), luminance(_rgb(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _readable(base: RGB, accent: RGB, text: str, amount: float) -> str:
    """The mix of ``accent`` into ``base``, backed off until ``text`` on it has 4.5:1 contrast."""
    while amount > 0.02:
        colour = _hex(mix(base, accent, amount))
        if contrast(colour, text) >= 4.5:
            return colour
        amount -= 0.04
    return _hex(base)


def swatch(tier: Tier, *, dark: bool) -> Swatch:
    base = _rgb(DARK_BASE if dark else LIGHT_BASE)
    text = DARK_TEXT if dark else LIGHT_TEXT
    hue = TIER_HUES[tier]
    accent = _hsl(hue, 150, 150) if dark else _hsl(hue, 170, 110)
    return Swatch(
        background=_readable(base, accent, text, 0.30 if dark else 0.16),
        border=_hex(accent),
        mark=_readable(base, accent, text, 0.50 if dark else 0.38),
    )


_WORDS: dict[Tier, tuple[str, str, str]] = {
    "identical": ("identical", "=", "the same words in both articles"),
    "edited": ("edited", "≈", "the same paragraph with some words changed"),
    "paraphrase": ("paraphrase", "~", "the same content in other words"),
    "only": ("only here", "∅", "no matching paragraph in the other article"),
}

PALETTE: dict[Tier, TierStyle] = {
    tier: TierStyle(
        tier, *_WORDS[tier], light=swatch(tier, dark=False), dark=swatch(tier, dark=True)
    )
    for tier in TIERS
}
