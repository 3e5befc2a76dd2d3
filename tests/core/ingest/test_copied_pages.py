"""Text copied from a browser with the page around the article: a menu above the headline, a
signature line, share buttons, an author box and other stories' teasers below the article.

All the text here is made up for the tests.
"""

from __future__ import annotations

from newsreader.core.ingest import load_bytes, load_text

BODY = [
    "The harbour council voted on Tuesday to close the old ferry pier for two years while "
    "engineers rebuild its foundations, the mayor's office said.",
    "Residents of the island villages will use a temporary landing stage on the south beach, "
    "which the council expects to open before the end of the month.",
    "Shop owners near the pier said they feared losing the summer trade, and several asked the "
    "council to pay compensation for the months of building work.",
    "The mayor told a public meeting that the repairs could not wait any longer because divers "
    "had found cracks in three of the pier's supporting columns.",
]
MENU = [
    "Home",
    "News",
    "Business",
    "Real Estate",
    "Privacy Policy",
    "Terms of Service",
    "Island Life",
    "Sections",
]
HEADLINE = "Harbour council shuts ferry pier for two years of repairs"


def copied(*lines: str, blank: bool = True):
    return load_text(("\n\n" if blank else "\n").join(lines))


def test_headline_found_below_a_copied_menu() -> None:
    a = copied(*MENU, "Coast", HEADLINE, "By Jane Roe March 18 at 12:22 PM Follow @janeroe", *BODY)
    assert a.title == HEADLINE
    assert a.author == "Jane Roe"
    assert a.paragraph_texts() == BODY
    # Two capitalised menu words are not a person's name above the headline.
    assert "Real Estate" in a.removed and "Privacy Policy" in a.removed


def test_menu_names_above_the_headline_are_not_the_author() -> None:
    a = copied(*MENU, HEADLINE, *BODY)
    assert a.author == ""


def test_a_name_under_the_headline_is_still_the_author() -> None:
    a = copied("Island Life", HEADLINE, "Jane Roe", *BODY)
    assert (a.title, a.author) == (HEADLINE, "Jane Roe")


def test_signature_line_with_outlet_dates_and_byline() -> None:
    line = (
        "The Harbour Courier | 04.05.2024 à 13h36 • Mis à jour le 05.05.2024 à 20h13 | "
        "Par Jeanne Rocher (avec Paul Marin)"
    )
    a = copied(HEADLINE, line, *BODY)
    assert a.title == HEADLINE
    assert (a.author, a.outlet, a.published) == (
        "Jeanne Rocher",
        "The Harbour Courier",
        "2024-05-04",
    )
    assert line in a.removed
    assert a.paragraph_texts() == BODY


def test_name_and_date_on_one_line() -> None:
    a = copied(HEADLINE, "Jane Roe - Apr 16, 2024 8:02 pm UTC", *BODY)
    assert (a.author, a.published) == ("Jane Roe", "2024-04-16")
    assert a.paragraph_texts() == BODY


def test_a_headline_that_asks_a_question() -> None:
    question = "Where next for the island ferries?"
    a = copied("Coast", question, "By Jane Roe", *BODY)
    assert a.title == question
    assert a.paragraph_texts() == BODY


def test_short_headline_above_a_long_standfirst() -> None:
    standfirst = (
        "Engineers found cracks in three columns and the council says the island villages will "
        "need a temporary landing stage"
    )
    a = copied("Pier closes", standfirst, *BODY)
    assert a.title == "Pier closes"
    assert a.paragraph_texts() == [standfirst, *BODY]


def test_markdown_top_level_heading_is_the_title() -> None:
    text = "\n\n".join(["## Opinion", "Jane Roe", f"# {HEADLINE}", "by: Jane Roe", *BODY])
    a = load_bytes(text.encode(), name="copied.md")
    assert a.title == HEADLINE
    assert a.author == "Jane Roe"


def test_other_stories_below_a_section_label_are_not_the_article() -> None:
    teasers = [
        "More Local Stories",
        "Council tax Rates to rise again",
        "Residents will pay more for water and rubbish collection from April, the council "
        "confirmed in its budget papers.",
        "Beach clean Volunteers fill forty bags",
        "Volunteers collected forty bags of plastic from the south beach on Sunday morning, the "
        "organisers said afterwards.",
    ]
    a = copied(HEADLINE, *BODY, *teasers)
    assert a.paragraph_texts() == BODY
    assert teasers[2] in a.removed


def test_a_related_box_inside_the_article_does_not_end_it() -> None:
    related = ["Related stories", "Ferry timetable changes", "Bridge plan shelved"]
    a = copied(HEADLINE, *BODY[:2], *related, *BODY[2:])
    assert a.paragraph_texts() == BODY


def test_a_promotion_far_below_the_article_is_not_the_article() -> None:
    below = [
        "reader comments",
        "37",
        "Share this story",
        "Share on Facebook",
        "Share on X",
        "Jane Roe is the Courier's transport reporter, who joined the paper in 2019 after "
        "working for a news agency.",
        "Email jane.roe@example.org // X @janeroe",
        "You must log in or create an account to comment.",
        "Harbour Ferries ▪ Island Life ▪ Council ▪ Weather ▪ Tides",
        "Get the Courier's morning briefing delivered to your inbox every day of the week.",
    ]
    a = copied(HEADLINE, "By Jane Roe", *BODY, *below)
    assert a.paragraph_texts() == BODY


def test_a_list_inside_the_article_does_not_end_it() -> None:
    items = ["- the north jetty", "- the fuel dock", "- the ticket office", "- the car park"]
    closing = "The council will publish the full list of works on its website next week."
    a = copied(HEADLINE, *BODY, "The works will also close:", *items, closing)
    texts = a.paragraph_texts()
    assert texts[-1] == closing
    assert "the fuel dock" in texts


def test_single_words_between_paragraphs_are_dropped() -> None:
    a = copied(HEADLINE, BODY[0], "Jones", BODY[1], "Video", *BODY[2:])
    assert a.paragraph_texts() == BODY
    assert "Jones" in a.removed and "Video" in a.removed


def test_one_line_per_paragraph_copy_without_blank_lines() -> None:
    a = copied(*MENU, HEADLINE, "By Jane Roe", *BODY, "More Local Stories", "Tides", blank=False)
    assert (a.title, a.author) == (HEADLINE, "Jane Roe")
    assert a.paragraph_texts() == BODY


def test_outlet_names_in_a_menu_are_not_the_outlet() -> None:
    menu = ["The Harbour Courier", "Island News", "Business Daily", "Weather", "Tides"]
    a = copied(*menu, "Coast", HEADLINE, "By Jane Roe", *BODY)
    # The masthead opens the page; the shows and sections further down the menu are not outlets.
    assert a.outlet == "The Harbour Courier"


def test_wire_credit_names_the_outlet_and_is_not_body() -> None:
    a = copied(HEADLINE, *BODY, "(The Harbour Courier with AFP, Reuters)")
    assert a.outlet == "The Harbour Courier"
    assert a.paragraph_texts() == BODY


def test_author_bio_after_a_whole_copied_page() -> None:
    bio = (
        "Jane Roe covers the harbour and the islands for the Courier. Since joining the paper "
        "she has written about ferries, fishing and the council."
    )
    a = copied(*MENU, *MENU, HEADLINE, "By Jane Roe March 18 at 12:22 PM", *BODY, bio, "Comments")
    assert a.author == "Jane Roe"
    assert a.paragraph_texts() == BODY
    assert bio in a.removed


def test_headline_above_share_buttons_and_a_date_line_in_another_language() -> None:
    a = copied(
        "Accueil",
        "Monde",
        HEADLINE,
        "AFP 30 avril 2025 à 07:19 (Mis à jour : 30 avril 2025 à 07:38)",
        "Facebook :Facebook",
        "Twitter :Twitter",
        "Imprimer cet articleImprimer",
        "Lire sur le readerMode zen",
        "Un pêcheur répare ses filets, le 30 avril 2025. (Photo Jane Roe. AFP)",
        *BODY,
        blank=False,
    )
    assert a.title == HEADLINE
    assert a.published == "2025-04-30"
    assert a.author == "AFP"  # the agency that opens the date line wrote the story
    assert a.outlet == ""  # a section name above the headline is not the outlet
    assert a.paragraph_texts() == BODY


def test_related_box_between_standfirst_and_body_names_no_author() -> None:
    standfirst = "The mayor welcomed the first ferry back on Thursday morning at the new landing."
    a = copied(
        HEADLINE,
        standfirst,
        "On the same topic",
        "Report",
        "Island villages brace for a quiet summer",
        "By John Smith",
        *BODY,
    )
    assert a.author == ""
    assert a.paragraph_texts() == [standfirst, *BODY]


def test_copyright_line_names_the_outlet_when_nothing_else_does() -> None:
    a = copied(HEADLINE, *BODY, "© 1996-2025 The Harbour Courier")
    assert a.outlet == "The Harbour Courier"


def test_teaser_headlines_above_the_story_are_not_its_start() -> None:
    teasers = [
        "Singer Robbed in Harbour Hotel ... Police Called",
        "Actor Spotted on Island Ferry -- With His New Boat ...",
        "Chef Opens Pier Restaurant -- Tables Booked Until Next Year ...",
    ]
    headline = "Jane Roe's Pearl Dress -- STOLEN!!!"
    a = copied(*teasers, "Home", headline, "Jane Roe", "2/26/2025 7:11 AM PST BY STAFF", *BODY)
    assert a.title == headline
    assert a.paragraph_texts() == BODY
    # The name under the headline is the story's subject, which the headline names too.
    assert a.author == ""
    assert "Jane Roe" in a.removed
