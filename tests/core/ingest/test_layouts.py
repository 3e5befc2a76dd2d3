"""Page layouts the seeds do not have: the rules must carry over to other sites' furniture.

Each case is a made-up article copied the way a reader copies from a news site, with that kind of
site's furniture around it. ``F`` marks a line that must be dropped; the others are body text.
"""

from __future__ import annotations

import pytest

from newsreader.core.ingest import load_text

F = "F"

PARAS = [
    "Negotiators from both countries met behind closed doors on Thursday, the foreign ministry "
    "said, in the first direct contact since the ceasefire collapsed.",
    "The talks focused on prisoner exchanges and the return of children, according to two "
    "officials who spoke on condition of anonymity.",
    "“We are ready to continue, but only if the other side stops the shelling,” the chief "
    "negotiator told reporters outside the venue.",
    "Neither delegation published a statement after the meeting, which lasted about three hours.",
]

LAYOUTS = {
    "broadcaster": (
        [
            ("War in the east", F),
            ("Envoys hold first direct talks since ceasefire collapse", "title"),
            ("2 hours ago", F),
            ("Share", F),
            ("Save", F),
            ("Maria Kowalska", "meta"),
            ("Example News", "meta"),
            ("Getty Images", F),
            PARAS[0],
            PARAS[1],
            ("Image caption, Delegates arriving at the venue on Thursday", F),
            ("What was discussed?", "body"),
            PARAS[2],
            PARAS[3],
            ("Related topics", F),
            ("Diplomacy", F),
            ("Eastern Europe", F),
            ("More on this story", F),
            ("Ceasefire collapses after three weeks", F),
        ],
        {"author": "Maria Kowalska", "outlet": "Example News"},
    ),
    "newspaper": (
        [
            ("Envoys hold first direct talks since ceasefire collapse", "title"),
            ("This article is more than 1 year old", F),
            ("Maria Kowalska in Warsaw and Tom Berg in Vienna", "meta"),
            ("Thu 15 May 2025 12.02 BST", "meta"),
            PARAS[0],
            PARAS[1],
            ("Sign up for our free morning briefing newsletter", F),
            PARAS[2],
            PARAS[3],
            ("Explore more on these topics", F),
            ("Diplomacy", F),
            ("Share", F),
            ("Reuse this content", F),
        ],
        {"author": "Maria Kowalska and Tom Berg", "published": "2025-05-15"},
    ),
    "wire": (
        [
            ("Envoys hold first direct talks since ceasefire collapse", "title"),
            ("By Maria Kowalska", "meta"),
            ("May 15, 2025 10:32 AM GMT+2 Updated 3 hours ago", F),
            ("VIENNA, May 15 (Example Wire) - " + PARAS[0], "body"),
            PARAS[1],
            (
                "Delegates arrive for the talks in Vienna, Austria, May 15, 2025. EXAMPLE/Tom Berg",
                F,
            ),
            PARAS[2],
            PARAS[3],
            ("Reporting by Maria Kowalska; Editing by Tom Berg", F),
            ("Our Standards: The Example Trust Principles.", F),
            ("Suggested Topics:", F),
            ("World", F),
        ],
        {"author": "Maria Kowalska", "outlet": "Example Wire"},
    ),
    "agency": (
        [
            ("Envoys hold first direct talks since ceasefire collapse", "title"),
            ("BY MARIA KOWALSKA and TOM BERG", "meta"),
            ("Updated 2:10 PM GMT+2, May 15, 2025", "meta"),
            ("Share", F),
            ("Copy Link copied", F),
            PARAS[0],
            ("(Photo by Tom Berg / AFP)", F),
            PARAS[1],
            ("ADVERTISEMENT", F),
            PARAS[2],
            PARAS[3],
            ("Associated writers Ann Lee and Bo Chan contributed to this report.", F),
        ],
        {"author": "Maria Kowalska and Tom Berg", "published": "2025-05-15"},
    ),
    "blog": (
        [
            ("Home » World » Europe", F),
            ("Envoys hold first direct talks since ceasefire collapse", "title"),
            ("Posted on 15.05.2025 by Maria Kowalska", "meta"),
            ("5 min read", F),
            PARAS[0],
            ("Read also: Who are the negotiators?", F),
            PARAS[1],
            PARAS[2],
            PARAS[3],
            ("Tags: talks, ceasefire, diplomacy", F),
            ("Leave a comment", F),
            ("Cancel reply", F),
            ("© 2025 Example Blog. All rights reserved. Privacy policy", F),
        ],
        {"published": "2025-05-15"},
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout(layout: str) -> None:
    lines, meta = LAYOUTS[layout]
    items = [(line, "body") if isinstance(line, str) else line for line in lines]
    article = load_text("\n\n".join(text for text, _ in items))
    body = [text for text, role in items if role == "body"]
    dropped = [text for text, role in items if role in (F, "meta")]
    title = [text for text, role in items if role == "title"]
    assert article.paragraph_texts() == body
    assert article.removed == dropped
    assert article.title == (title[0] if title else "")
    for key, value in meta.items():
        assert getattr(article, key) == value, key
