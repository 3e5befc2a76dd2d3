"""The tier palette: one colour set for the app and the exported report.

A paragraph's tier is the kind of its best link (``identical``, ``edited``, ``paraphrase``) or
``only`` when nothing in the other article matches it. Each tier has a light and a dark variant: a
background for the paragraph, a stronger border and a mark colour for changed words. The colours
are never the only cue: the report and the app also print the tier's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Tier = Literal["identical", "edited", "paraphrase", "only"]
TIERS: tuple[Tier, ...] = ("identical", "edited", "paraphrase", "only")


@dataclass(frozen=True, slots=True)
class Swatch:
    background: str
    border: str
    mark: str  # changed words inside a paragraph of this tier


@dataclass(frozen=True, slots=True)
class TierStyle:
    tier: Tier
    label: str
    symbol: str  # a non-colour cue for the badge
    description: str
    light: Swatch
    dark: Swatch


PALETTE: dict[Tier, TierStyle] = {
    "identical": TierStyle(
        "identical",
        "identical",
        "=",
        "the same words in both articles",
        light=Swatch("#dcf1e3", "#2f8a55", "#a9dcb9"),
        dark=Swatch("#16352a", "#4cc17f", "#24614a"),
    ),
    "edited": TierStyle(
        "edited",
        "edited",
        "≈",
        "the same paragraph with some words changed",
        light=Swatch("#fdf0c4", "#b38600", "#f7d35c"),
        dark=Swatch("#3a3113", "#d9aa2b", "#6d5814"),
    ),
    "paraphrase": TierStyle(
        "paraphrase",
        "paraphrase",
        "~",
        "the same content in other words",
        light=Swatch("#e7e2fb", "#6b52c4", "#cbbff4"),
        dark=Swatch("#28234a", "#9f8cf0", "#44397e"),
    ),
    "only": TierStyle(
        "only",
        "only here",
        "∅",
        "no matching paragraph in the other article",
        light=Swatch("#fcecea", "#c0392b", "#f3b7b1"),
        dark=Swatch("#3b2020", "#e4695c", "#6e2d2a"),
    ),
}
