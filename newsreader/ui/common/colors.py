"""Highlight colours per tier, derived from the current palette so they read in light and dark mode.

Each tier has a hue; its colours are that hue mixed into the palette's base colour, more strongly
in dark mode (where a faint tint disappears). Text keeps the palette's text colour, and the mixes
are chosen so the text contrast stays at least 4.5:1 (WCAG AA);
``tests/ui/common/test_colors.py`` checks it for a light and a dark palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from newsreader.ui.common.contrast import is_dark, mix, readable

TIERS = ("identical", "edited", "paraphrase", "only")
TIER_NAMES = {
    "identical": "Identical",
    "edited": "Edited",
    "paraphrase": "Paraphrase",
    "only": "Only here",
}
_HUES = {"identical": 145, "edited": 212, "paraphrase": 275, "only": 32}


@dataclass(frozen=True, slots=True)
class TierColor:
    background: QColor  # the paragraph's fill
    strong: QColor  # changed words inside a linked paragraph
    accent: QColor  # bars, band outlines, legend swatches
    band: QColor  # gutter band fill (translucent)


@dataclass(frozen=True, slots=True)
class Theme:
    dark: bool
    text: QColor
    base: QColor
    window: QColor
    dim_text: QColor  # removed boilerplate
    tiers: dict[str, TierColor]

    def css(self) -> str:
        """The pane's default style sheet: paragraph classes per tier, diff spans, removed text."""
        rules = [
            "body { margin: 0; }",
            "p { margin-top: 0; margin-bottom: 14px; margin-left: 16px; margin-right: 12px; }",
            f"p.removed {{ color: {self.dim_text.name()}; font-style: italic; }}",
            f"p.empty {{ color: {self.dim_text.name()}; }}",
        ]
        for tier, c in self.tiers.items():
            rules.append(f"span.d-{tier} {{ background-color: {c.strong.name()}; }}")
        return "\n".join(rules)


def theme(palette: QPalette) -> Theme:
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    window = palette.color(QPalette.ColorRole.Window)
    tiers = {}
    for tier, hue in _HUES.items():
        accent = QColor.fromHsl(hue, 150, 150) if dark else QColor.fromHsl(hue, 170, 110)
        background = readable(base, accent, text, 0.30 if dark else 0.16, step=0.04)
        strong = readable(base, accent, text, 0.50 if dark else 0.38, step=0.04)
        band = QColor(mix(base, accent, 0.55 if dark else 0.40))
        band.setAlphaF(0.75)
        tiers[tier] = TierColor(background, strong, accent, band)
    return Theme(
        dark=dark,
        text=text,
        base=base,
        window=window,
        dim_text=mix(base, text, 0.55),
        tiers=tiers,
    )
