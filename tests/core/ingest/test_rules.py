"""Context-free furniture rules, on page furniture from many kinds of sites and on real prose."""

from __future__ import annotations

import pytest

from newsreader.core.ingest.blocks import Block
from newsreader.core.ingest.rules import author_bio, furniture_reason, self_description


def reason(text: str, kind: str = "p") -> str | None:
    return furniture_reason(Block(text, (0, len(text)), kind))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sign in", "interface prompt"),
        ("Log in to your account", "interface prompt"),
        ("Share this story", "interface prompt"),
        ("Share on Facebook", "interface prompt"),
        ("Follow us on Telegram", "interface prompt"),
        ("Subscribe to our newsletter", "interface prompt"),
        ("Subscribe to The Daily Planet for unlimited access", "interface prompt"),
        ("Download the app", "interface prompt"),
        ("Already a subscriber? Log in", "interface prompt"),
        ("Loading...", "page control"),
        ("ADVERTISEMENT", "page control"),
        ("Story continues below advertisement", "page control"),
        ("Continue reading", "page control"),
        ("Back to top", "page control"),
        ("Facebook", "page control"),
        ("X Twitter WhatsApp Email", "page control"),
        ("Comments (12)", "page control"),
        ("Your browser does not support the audio element.", "technical notice"),
        ("— Jane Roe (@janeroe) May 15, 2025", "embedded post signature"),
        ("- 09:41 Storm closes mountain pass", "time-stamped list item"),
        ("• 7:05 pm Markets close higher", "time-stamped list item"),
        ("14:20 Minister resigns over leak", "time-stamped list item"),
        ("Updated 2 hours ago", "timestamp"),
        ("5 min read", "timestamp"),
        ("Published 4 days ago3 minute read", "timestamp"),
        ("Photo: Jane Roe / Agency", "photo credit"),
        ("Image source, Getty Images", "photo credit"),
        ("Picture by Hans Meier", "photo credit"),
        ("AFP/Ozan Kose", "photo credit"),
        ("© 2024 Example Media Group. All rights reserved.", "copyright notice"),
        ("Site logo", "logo"),
        (
            "We use cookies to personalise content and ads. By continuing you agree to our "
            "cookie policy.",
            "cookie notice",
        ),
        ("https://example.org/world/2024/05/01/story", "web address"),
        ("Home | World | Europe | Politics", "navigation"),
        ("Home › News › Europe", "navigation"),
        ("Related Articles", "section label"),
        ("Most Popular", "section label"),
        ("You might also like", "section label"),
        ("More from Europe", "section label"),
        ("Read next", "interface prompt"),
        ("Lesen Sie auch", "section label"),
        ("About the author", "section label"),
        ("Read also: Ceasefire talks stall again", "cross-link"),
        ("READ MORE: Who is at the summit?", "cross-link"),
        ("Tags: Ukraine, Russia, diplomacy", "tags"),
        ("#ukraine #peace #talks", "tags"),
        ("This story was originally published by Example Wire.", "syndication note"),
        ("Originally published on The Example Post", "syndication note"),
        # A related-stories box, a comment count, an author's contact line.
        ("Other Business Columns", "section label"),
        ("More Regional Stories", "section label"),
        ("Most popular videos", "section label"),
        ("Más sobre Elecciones regionales", "section label"),
        ("Les plus lus", "section label"),
        ("Lire : Pourquoi le barrage divise les deux rives", "cross-link"),
        ("Harbour ▪ Rail strike ▪ City budget ▪ Weather", "navigation"),
        ("37", "number"),
        ("(4)", "number"),
        ("Email jane.roe@example.org // Twitter @janeroe", "contact details"),
        ("Follow @janeroe", "contact details"),
        ("reader comments", "interface prompt"),
        ("Newsletter sign-up", "interface prompt"),
        ("You must log in or create an account to comment.", "interface prompt"),
        # Captions that end with their credit.
        (
            "The harbour master inspects the new pier on Monday. (Jane Roe/Example Agency/Pool)",
            "photo caption",
        ),
        ("Workers repair the dam on the north bank. Picture: Hans Meier", "photo caption"),
        ("A new levy would fund the repairs for two years. Source: Supplied", "photo caption"),
        ("The mayor said the pier would open in the spring. (Reuters)", "photo caption"),
        ("(The Harbour Courier with AFP, Reuters)", "wire credit"),
        ("(With AFP)", "wire credit"),
        ("On the same topic", "section label"),
        ("Facebook :Facebook", "page control"),
        ("A fisherman mends nets at dawn, 30 April 2025. (Photo Jane Roe. AFP)", "photo caption"),
    ],
)
def test_furniture_lines(line: str, expected: str) -> None:
    assert reason(line) == expected


def test_figure_captions_are_furniture() -> None:
    assert reason("The dam seen from the north bank", kind="caption") == "image caption"


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply",
        "Follow-up talks are planned for next month.",
        "Sign language interpreters were present at the session, officials said.",
        "The minister said she would share the proposal with parliament on Friday.",
        "Why are the talks taking place?",
        "What happens next",
        "He declined to comment.",
        "Reuters reported the figure at 09:30 local time, citing two officials.",
        "The meeting lasted three hours and ended without a statement.",
        "Loading the ships took two days, the port authority said.",
        "The cookie factory closed in 2019.",
        "Photographers waited outside the palace for hours.",
        "Trump said he would watch the talks closely.",
        "Latest figures show inflation falling for a third month.",
        "About 40 people attended the meeting.",
        # Time phrases, numbers, agencies and e-mail inside real sentences.
        "These were the repairs the council promised two years ago.",
        "The union first raised the issue with the ministry 18 months ago, she said.",
        "“We will not sign,” the mayor said on Monday. (AP)",
        "Readers can write to the council at letters@example.org to object before Friday.",
        "You can read the full report online.",
        "Other residents said they would stay.",
        "(The figures are provisional and may change.)",
        # A live blog's entries start with the time too, but are sentences.
        "10.58 Full hearing fixed for 19 October. The screen goes blank.",
        "12:05 Officials say the delegations are present.",
    ],
)
def test_body_lines_are_not_furniture(line: str) -> None:
    assert reason(line) is None


def test_list_items_with_content_are_not_furniture() -> None:
    assert reason("- The release of all prisoners of war", kind="li") is None


def test_self_description_names_the_outlet() -> None:
    text = (
        "The Daily Planet is an independent newspaper covering the city since 1938. "
        "Our reporters work from five bureaus."
    )
    assert self_description(text) == "The Daily Planet"
    assert self_description("Kyiv is a city of three million people.") is None


def test_author_bio_needs_the_byline_name_or_biography_words() -> None:
    bio = "Jane Roe is the Example Post's senior correspondent in Brussels, covering the EU."
    assert author_bio(bio, "Jane Roe") == "Jane Roe"
    assert author_bio(bio, "") is None
    strong = "John Smith is a reporter with a degree in economics who specialises in energy."
    assert author_bio(strong, "") == "John Smith"
    body = "Vladimir Putin has said he will not attend, Russian reporters were told."
    assert author_bio(body, "Jane Roe") is None
