"""fold: one folding for every engine; ascii_fold: transliteration for keys. Invented words only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsreader.core.text import ascii_fold, fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Vellmora", "vellmora"),  # ASCII: lowercased only
        ("Zélindra Ökvast", "zelindra okvast"),  # accents come off
        ("Brønvik Łaszny Straußel Æmberly", "bronvik laszny straussel aemberly"),  # Latin letters
        ("Qarnov’s “plan” – 30‑day—truce", 'qarnov\'s "plan" - 30-day-truce'),  # quotes, dashes
        ("Ёлкин Тарвий", "елкин тарвии"),  # Cyrillic keeps its letters, loses its diacritics
        ("ΚΑΛΥΣ", "καλυς"),  # final sigma as str.lower writes it
        ("ﬁrvale", "firvale"),  # compatibility forms decomposed
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_fold_keeps_the_marks_that_make_another_letter() -> None:
    # Kana voicing marks and Devanagari's virama are not accents: folding must not merge letters.
    assert fold("ガリ") != fold("カリ")
    assert fold("कृत्य") != fold("कृतय")
    assert fold("ガリ") == "ガリ"  # recomposed, so a word stays one token


def test_decomposed_and_composed_spellings_fold_alike() -> None:
    assert fold("Zele\u0301nd") == fold("Zel\u00e9nd") == "zelend"


@given(st.text(max_size=30))
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


def test_ascii_fold_meets_across_scripts() -> None:
    assert ascii_fold("Дронович") == ascii_fold("Dronovich") == "dronovich"
    assert ascii_fold("Brønvik") == "bronvik"
