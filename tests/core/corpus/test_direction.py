"""Direction of a copy: dates, credit lines, names spelt as independent reports spell them, containment."""

from __future__ import annotations

from newsreader.core.corpus import overview
from tests.core.corpus.conftest import make_article

SOURCE = """Arvenia and Coristan will hold their first direct talks in four years on Thursday, in an attempt to settle the dispute over the Sella river dam.

Foreign Minister Tomas Halberg will lead the Arvenian delegation, which includes Water Commissioner Pavel Rusnak and the agriculture minister Irena Sokol.

Coristan's delegation will be led by Foreign Minister Ilyas Koval. Deputy Energy Minister Marta Lindqvist will also attend the session.

Arvenia demands a 90-day halt to the filling of the Sella reservoir while experts measure the summer flow of the river.

Coristan insists on a joint monitoring commission before any pause, and wants compensation for the electricity it would lose."""

MISSPELT = """Arvenia and Korestan will keep their first direct conversations in four years on Thursday, in a trying to settle the quarrel about the Sella river dam.

Foreign Minister Tomash Halberk will lead the Arvenian delegation, which include Water Commissioner Pavel Rusnack and the minister of agriculture Irena Sokol.

The delegation of Korestan will be led by Foreign Minister Ilias Kovall. Deputy Minister of Energy Marta Lindkvist will also attend the session.

Arvenia demands a 90-days stop to the filling of the Sella reservoir while the experts measure the summer flow of the river.

Korestan insists on a common commission of monitoring before any pause, and want compensation for the electricity that it would lose."""

WITNESS = """Coristan and Arvenia meet on Thursday. Tomas Halberg leads Arvenia's team; Ilyas Koval and Marta Lindqvist speak for Coristan.

Pavel Rusnak said the river flow had fallen sharply since June, and the Sella reservoir must stop filling.

Both sides will discuss a monitoring commission, compensation and the timetable of any pause."""


def _pair(result):
    assert len([d for d in result.derived if d.direct]) == 1, result.derived
    return next(d for d in result.derived if d.direct)


def test_names_spelt_like_independent_reports_mark_the_source() -> None:
    # the misspelt copy comes first in the input: only the evidence can put it second
    articles = [
        make_article(MISSPELT, name="copy"),
        make_article(SOURCE, name="source"),
        make_article(WITNESS, name="witness"),
    ]
    pair = _pair(overview(articles))
    assert (pair.source, pair.copy, pair.reason) == (1, 0, "spelling")


def test_without_witnesses_spelling_cannot_decide() -> None:
    articles = [make_article(MISSPELT, name="copy"), make_article(SOURCE, name="source")]
    pair = _pair(overview(articles))
    assert pair.reason != "spelling"


def test_publication_dates_come_first() -> None:
    articles = [
        make_article(SOURCE, name="a", published="2025-09-12"),
        make_article(MISSPELT, name="b", published="2025-09-10"),
        make_article(WITNESS, name="witness"),
    ]
    pair = _pair(overview(articles))
    assert (pair.source, pair.copy, pair.reason) == (1, 0, "dates")


def test_a_credit_line_names_the_source() -> None:
    credited = SOURCE + "\n\nThis article was first published by The Meridian Herald."
    articles = [
        make_article(credited, name="reprint", outlet="Coastline Daily"),
        make_article(SOURCE, name="original", outlet="The Meridian Herald"),
    ]
    pair = _pair(overview(articles))
    assert (pair.source, pair.copy, pair.reason) == (1, 0, "credit")


def test_a_cut_copy_is_contained_in_its_source() -> None:
    cut = "\n\n".join(SOURCE.split("\n\n")[:3])
    articles = [make_article(cut, name="cut"), make_article(SOURCE, name="full")]
    pair = _pair(overview(articles))
    assert (pair.source, pair.copy, pair.reason) == (1, 0, "containment")


def test_garbled_spellings_are_no_reading() -> None:
    # the source was decoded with the wrong code page ("Arveniaâs"): its garbled names must not make
    # the clean copy look like the original to the witnesses; possessives are no variants either
    garbled = SOURCE.replace("Coristan's", "Coristanâs").replace(
        "Arvenia demands", "Arveniaâs team demands"
    )
    clean = SOURCE.replace("Arvenia demands", "Arvenia's team demands")
    witness = WITNESS + "\n\nArvenia's and Coristan's ministers agree."
    articles = [
        make_article(garbled, name="garbled"),
        make_article(clean, name="clean"),
        make_article(witness, name="witness"),
    ]
    pair = _pair(overview(articles))
    assert pair.reason != "spelling"


def test_a_copy_that_adds_a_credit_line_and_furniture_is_the_copy() -> None:
    # a republished page: the same text with "(With inputs from agencies.)" and related headlines
    padded = (
        SOURCE
        + "\n\n(With inputs from agencies.)\n\nALSO READ\n\nDrought Hits Sella Valley Farmers"
        + "\n\nWater Talks: What Comes Next for the Region\n\nCoristan Opens New Power Station"
    )
    articles = [make_article(padded, name="republished"), make_article(SOURCE, name="original")]
    pair = _pair(overview(articles))
    assert (pair.source, pair.copy, pair.reason) == (1, 0, "credit")


def test_page_furniture_is_no_text_a_copy_could_have_cut() -> None:
    related = (
        "More From Our Region",
        "River Levels Fall Again Across the Sella Basin",
        "Farmers Count Losses After Dry Summer in Arvenia",
        "Coristan Opens Turbine Hall at Northern Power Station",
        "Delegations Meet Customs Officers at the Border Crossing",
    )
    headed = "Sella Dam Talks\n\n" + SOURCE + "\n\n" + "\n\n".join(related)
    articles = [make_article(SOURCE, name="original"), make_article(headed, name="headed")]
    pair = _pair(overview(articles))
    assert pair.reason != "containment"
    assert (pair.source, pair.copy) == (0, 1)


def test_a_third_copy_crediting_one_outlet_marks_the_source() -> None:
    # the original was updated after it was copied ("will" became "was to"); the early copy and a
    # credited excerpt of it both keep the old wording, yet the excerpt credits the original's outlet
    updated = SOURCE.replace("will hold", "were due to hold").replace("will lead", "led")
    early_copy = SOURCE
    excerpt = "\n\n".join(SOURCE.split("\n\n")[:3]) + " (Meridian Herald)"
    articles = [
        make_article(early_copy, name="early", outlet="coastline-daily.com"),
        make_article(updated, name="updated", outlet="meridianherald.com"),
        make_article(excerpt, name="excerpt", outlet="globe-news.net"),
    ]
    result = overview(articles)
    pair = result.relation(0, 1)
    assert pair is not None
    assert (pair.source, pair.copy, pair.reason) == (1, 0, "credit")


def test_alike_names_that_swap_places_are_variants() -> None:
    """Both sentences name the same people, but two alike names trade places: each place is a
    variant spelling (the shortcut for sentences with the same names must not hide them)."""
    from newsreader.core.corpus.direction import spelling_votes
    from newsreader.core.corpus.sketch import sketch_sentences

    a = sketch_sentences([["Marta Kovalenko met Marta Kovalenka in Dravograd on Monday."]])
    b = sketch_sentences([["Marta Kovalenka met Marta Kovalenko in Dravograd on Monday."]])
    votes = spelling_votes(a, b, [(0, 0)], lambda: {"kovalenko", "dravograd"})
    assert votes == (1, 1)
    same = sketch_sentences([["Marta Kovalenko met the envoy in Dravograd on Tuesday."]])
    moved = sketch_sentences([["Marta Kovalenko met the envoys in Dravograd on Tuesday."]])
    assert spelling_votes(same, moved, [(0, 0)], lambda: {"kovalenko"}) == (0, 0)
