"""Cleaning in context: header zone, body, footer zone, and the metadata they carry.

The articles here are made up for the tests, with page furniture of kinds the seeds do not have.
"""

from __future__ import annotations

from newsreader.core.ingest import load_text

BODY = [
    "Delegations from both countries met in the capital on Thursday for the first round of "
    "talks in four years, officials said.",
    "The foreign minister told reporters that the two sides had exchanged proposals on the dam "
    "and the border crossings.",
    "Neither side expects a quick agreement, but diplomats described the atmosphere as "
    "constructive.",
]


def article(*lines: str):
    return load_text("\n\n".join(lines))


def test_headline_byline_date_and_kicker_in_the_header() -> None:
    a = article(
        "World",
        "Border talks resume after four-year pause",
        "By Anna Kovacs",
        "Updated: 14 March 2024, 10:15 GMT",
        *BODY,
    )
    assert a.title == "Border talks resume after four-year pause"
    assert a.author == "Anna Kovacs"
    assert (a.published, a.published_source) == ("2024-03-14", "text")
    assert a.paragraph_texts() == BODY
    assert a.removed == ["World", "By Anna Kovacs", "Updated: 14 March 2024, 10:15 GMT"]


def test_standfirst_is_kept_as_body() -> None:
    a = article(
        "Border talks resume",
        "Diplomats from both sides hope for progress on water rights and border crossings "
        "after years of stalemate and two failed rounds",
        *BODY,
    )
    assert a.title == "Border talks resume"
    assert a.paragraph_texts()[0].startswith("Diplomats from both sides hope")


def test_kicker_above_the_headline_is_dropped() -> None:
    a = article("Water dispute", "Border talks resume after four years of stalemate", *BODY)
    assert a.title == "Border talks resume after four years of stalemate"
    assert a.removed == ["Water dispute"]


def test_a_masthead_before_the_headline_is_the_outlet() -> None:
    a = article("The Valley Courier", "Border talks resume after four-year pause", *BODY)
    assert a.title == "Border talks resume after four-year pause"
    assert a.outlet == "The Valley Courier"


def test_footer_author_bio_about_block_and_related_list() -> None:
    a = article(
        "Border talks resume after four-year pause",
        "Anna Kovacs",
        *BODY,
        "He declined to comment.",
        "Anna Kovacs",
        "Anna Kovacs is the Valley Courier's diplomatic correspondent, covering the region.",
        "About us",
        "The Valley Courier is an independent regional newspaper founded in 1921.",
        "Trending now",
        "Flood warnings lifted",
        "Council approves budget",
        "Newsletter",
    )
    assert a.paragraph_texts() == [*BODY, "He declined to comment."]
    assert a.author == "Anna Kovacs"
    assert a.outlet == "The Valley Courier"
    assert "Flood warnings lifted" in a.removed
    assert a.removed[-1] == "Newsletter"


def test_self_description_inside_the_body_is_text() -> None:
    line = "Example Wire is a news agency that has covered the region since 1990, he noted."
    a = article("Headline about the talks today", BODY[0], line, BODY[1], BODY[2])
    assert line in a.paragraph_texts()


def test_related_list_after_a_label_in_the_middle_is_dropped() -> None:
    a = article(
        "Headline about the talks today",
        BODY[0],
        "Related coverage",
        "- Dam dispute explained",
        "- Who are the negotiators?",
        BODY[1],
        "What happens next",
        BODY[2],
    )
    assert a.paragraph_texts() == [BODY[0], BODY[1], "What happens next", BODY[2]]


def test_page_url_line_gives_url_and_outlet_domain_but_an_image_does_not() -> None:
    a = article(*BODY, "https://www.valley-courier.example/news/2024/03/14/border-talks")
    assert a.url == "https://www.valley-courier.example/news/2024/03/14/border-talks"
    assert a.outlet == "valley-courier.example"
    assert (a.published, a.published_source) == ("2024-03-14", "url")
    b = article(*BODY, "https://cdn.valley-courier.example/uploads/photo-1200x630.jpg")
    assert (b.url, b.outlet) == ("", "")


def test_origin_label_names_the_outlet() -> None:
    a = article(*BODY, "Origin:", "Example Wire")
    assert a.outlet == "Example Wire"
    b = article(*BODY, "Source: Example Wire")
    assert b.outlet == "Example Wire"


def test_impossible_date_stays_unknown_with_a_warning() -> None:
    a = article("Border talks resume after four-year pause", "Published 31/02/2024", *BODY)
    assert a.published == ""
    assert "31/02/2024" in a.published_source
    assert any("31/02/2024" in w and "not a real" in w for w in a.warnings)


def test_dateline_date_and_outlet() -> None:
    a = article(
        "Border talks resume",
        "KYIV, 14 March 2024 (Example Wire) — " + BODY[0],
        *BODY[1:],
    )
    assert (a.published, a.outlet) == ("2024-03-14", "Example Wire")
    assert a.paragraph_texts()[0].startswith("KYIV, 14 March 2024")


def test_sentence_broken_mid_way_is_rejoined() -> None:
    a = article(
        "Headline about the talks today",
        "The minister said the two delegations would meet again in the spring and",
        "continue the work on the draft agreement, according to officials.",
        *BODY,
    )
    assert a.paragraph_texts()[0] == (
        "The minister said the two delegations would meet again in the spring and continue "
        "the work on the draft agreement, according to officials."
    )


def test_short_text_without_prose_is_kept_whole() -> None:
    a = load_text("Meeting notes\nBudget\nRoads")
    assert a.paragraph_texts() == ["Meeting notes", "Budget", "Roads"]
    only_furniture = load_text("Log in\nSubscribe now")
    assert only_furniture.paragraph_texts() == ["Log in", "Subscribe now"]
    assert only_furniture.warnings


def test_a_factbox_keeps_its_section_headings_and_labelled_items() -> None:
    a = article(
        "Factbox: who is at the water summit",
        "LIMA, May 4 (Wire) - Following are the delegations taking part in the summit, and "
        "those who are absent.",
        "ATTENDING",
        "* IVORY COAST – Prime Minister Ana Ruiz",
        "* CHILE – President Elena Varga",
        "BY VIDEO",
        "PERU – Foreign Minister Tomas Halberg",
        "ABSENT",
        "KENYA – boycott",
    )
    texts = a.paragraph_texts()
    for line in ("ATTENDING", "BY VIDEO", "ABSENT"):
        assert line in texts, (line, a.removed)
    assert any("IVORY COAST" in t for t in texts), a.removed
    assert a.author == ""


def test_a_last_paragraph_cut_off_mid_sentence_is_kept() -> None:
    """An excerpt or a paywall cuts the last paragraph short: it is still the article's text."""
    cut = (
        "“We will not sign anything that leaves the crossings closed,” the minister said. "
        "“The talks can go on as long as both sides are willing to"
    )
    a = article("Border talks resume after four-year pause", *BODY, cut)
    assert a.paragraph_texts() == [*BODY, cut]


def test_a_headline_or_a_short_fragment_after_the_body_is_not_kept() -> None:
    teaser = "Flooding Closes Mountain Pass For Second Time This Winter As Crews Work"
    a = article("Border talks resume after four-year pause", *BODY, teaser)
    assert a.paragraph_texts() == BODY
    a = article("Border talks resume after four-year pause", *BODY, "Share this story on")
    assert a.paragraph_texts() == BODY


def test_a_cut_off_last_paragraph_full_of_names_is_kept() -> None:
    """Sentence case, not the share of lower-case words, tells prose from a headline: a list of
    names and titles is mostly capitalized and still a sentence."""
    cut = (
        "Other absentees included Norvish Chancellor Karl Brandt, Velorian President Ana Souto "
        "and Prime Minister Jon Eikland of"
    )
    a = article("Border talks resume after four-year pause", *BODY, cut)
    assert a.paragraph_texts() == [*BODY, cut]


def test_a_cut_off_last_paragraph_after_a_photo_caption_is_kept() -> None:
    after = "Delegates stand during the opening session of the talks. Photo Agency Photo Agency"
    cut = (
        "The agriculture minister is representing the farmers, alongside two engineers, who "
        "are attending in place of the commissioner K"
    )
    a = article("Border talks resume after four-year pause", *BODY, after, cut)
    assert a.paragraph_texts() == [*BODY, after, cut]
