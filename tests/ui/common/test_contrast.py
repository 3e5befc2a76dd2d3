"""The shared colour arithmetic: WCAG contrast, mixing, readable tints, light or dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from newsreader.ui.common.contrast import TEXT_CONTRAST, contrast, is_dark, mix, readable
from tests.helpers.palettes import palette


def test_contrast_spans_one_to_twenty_one_and_is_symmetric(qapp) -> None:
    black, white, grey = QColor("#000000"), QColor("#ffffff"), QColor("#777777")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(grey, grey) == pytest.approx(1.0)
    assert contrast(grey, white) == pytest.approx(contrast(white, grey))


def test_mix_runs_from_one_colour_to_the_other_and_clamps(qapp) -> None:
    a, b = QColor("#102030"), QColor("#f0e0d0")
    assert mix(a, b, 0.0).name() == a.name() and mix(a, b, 1.0).name() == b.name()
    assert mix(a, b, -1.0).name() == a.name() and mix(a, b, 2.0).name() == b.name()
    assert mix(a, b, 0.5).name() == "#808080"


@pytest.mark.parametrize(
    ("base", "text", "accent"),
    [("#ffffff", "#000000", "#1020a0"), ("#1e1e1e", "#e0e0e0", "#f0e040")],
)
def test_readable_backs_off_until_the_text_reads(qapp, base: str, text: str, accent: str) -> None:
    strong = mix(QColor(base), QColor(accent), 0.9)
    assert contrast(strong, QColor(text)) < TEXT_CONTRAST  # asking for this much is too much
    tint = readable(QColor(base), QColor(accent), QColor(text), 0.9, step=0.03)
    assert contrast(tint, QColor(text)) >= TEXT_CONTRAST
    assert tint != QColor(base)


def test_readable_falls_back_to_the_base_when_no_tint_reads(qapp) -> None:
    base, text = QColor("#808080"), QColor("#8a8a8a")  # already unreadable on the base
    assert readable(base, QColor("#ff0000"), text, 0.5, step=0.04) == base


def test_dark_follows_the_base_colour(qapp) -> None:
    assert not is_dark(palette("#fdf6e3", "#333333", "#eee8d5"))
    assert is_dark(palette("#1e1f22", "#e6e6e6", "#2b2d30"))
