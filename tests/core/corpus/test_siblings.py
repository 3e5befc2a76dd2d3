"""Triangles of copies: which likeness is a copy relation of its own, and which one the third explains."""

from __future__ import annotations

from newsreader.core.corpus import overview
from tests.core.corpus.conftest import make_article

ORIGINAL = """Harbor officials in Port Selby said on Monday that the northern terminal will close for six weeks while engineers repair storm damage to the main pier.

The closure will affect about forty cargo ships a month, which will be diverted to the smaller terminal at Wexham Point, officials said.

"We have no choice but to shut the pier until it is safe," said terminal director Anna Lindqvist. "The cracks in the pilings are worse than we thought."

Shipping companies warned that the diversion would add two days to delivery times for grain and fertilizer bound for inland farms.

The repairs are expected to cost 18 million dollars, to be shared between the port authority and the regional government.

Ms Lindqvist said the port would publish a revised timetable for the Wexham Point terminal by the end of the week.

Local unions asked the authority to keep dock workers on full pay during the closure, and talks on the request are set for Thursday."""

# A syndicated copy that rewords several paragraphs and changes the spelling.
COPY = (
    ORIGINAL.replace("Harbor", "Harbour")
    .replace("fertilizer", "fertiliser")
    .replace(
        "The closure will affect about forty cargo ships a month, which will be diverted to the smaller terminal at Wexham Point, officials said.",
        "Some forty freighters call at the pier every month; during the works they are to use the Wexham Point berths instead, according to the authority.",
    )
    .replace(
        "The repairs are expected to cost 18 million dollars, to be shared between the port authority and the regional government.",
        "The bill, put at $18 million, will be split by the port and the regional government, according to budget papers seen by reporters.",
    )
    .replace(
        "Ms Lindqvist said the port would publish a revised timetable for the Wexham Point terminal by the end of the week.",
        "A new Wexham Point schedule is due before Friday, the director added.",
    )
    .replace(
        "Local unions asked the authority to keep dock workers on full pay during the closure, and talks on the request are set for Thursday.",
        "Dockers' unions want their members paid in full while the pier is shut; the two sides meet on Thursday.",
    )
)

# A short digest made from the syndicated copy: its paragraphs word for word, spelling included.
DIGEST = """Harbour officials in Port Selby said on Monday that the northern terminal will close for six weeks while engineers repair storm damage to the main pier.

"We have no choice but to shut the pier until it is safe," said terminal director Anna Lindqvist. "The cracks in the pilings are worse than we thought."

Shipping companies warned that the diversion would add two days to delivery times for grain and fertiliser bound for inland farms."""


def test_a_digest_of_a_copy_is_explained_by_the_copy_not_the_other_way_round() -> None:
    articles = [
        make_article(text, name=name)
        for text, name in ((ORIGINAL, "original"), (COPY, "copy"), (DIGEST, "digest"))
    ]
    result = overview(articles)
    syndicated = result.relation(0, 1)
    digest_of_copy = result.relation(1, 2)
    digest_of_original = result.relation(0, 2)
    assert syndicated is not None and syndicated.direct
    assert digest_of_copy is not None and digest_of_copy.direct
    assert (digest_of_copy.source, digest_of_copy.copy) == (1, 2)
    # the digest follows the original almost entirely too, but takes less from it than the copy does
    assert digest_of_original is not None and not digest_of_original.direct
    assert digest_of_original.via == 1
    assert digest_of_original.shared < syndicated.shared
