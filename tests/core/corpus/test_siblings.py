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


# A longer report of the same invented closure, for copies that each change their own sentences.
FULL = (
    ORIGINAL
    + """

Engineers found the damage during a routine inspection after the storm of March 3, when waves of up to nine metres struck the outer breakwater.

The port authority said the southern terminal, which handles container traffic, is not affected and will keep its usual hours.

Farm groups in the Selby valley said they would ask the regional government for help with the extra transport costs."""
)
FIRST_EDITS = (  # one outlet's own changes
    (
        "The closure will affect about forty cargo ships a month, which will be diverted to the smaller terminal at Wexham Point, officials said.",
        "Around forty cargo vessels a month are affected and must now sail to the small Wexham Point terminal instead, officials told reporters.",
    ),
    (
        "Shipping companies warned that the diversion would add two days to delivery times for grain and fertilizer bound for inland farms.",
        "Freight firms cautioned that the detour could mean two extra days before grain and fertilizer reach farms inland.",
    ),
)
SECOND_EDITS = (  # another outlet's, in other sentences
    (
        "The repairs are expected to cost 18 million dollars, to be shared between the port authority and the regional government.",
        "The works should cost some 18 million dollars, a bill the port authority is to split with the regional government.",
    ),
    (
        "Ms Lindqvist said the port would publish a revised timetable for the Wexham Point terminal by the end of the week.",
        "A fresh Wexham Point timetable is to come out before the weekend, the terminal director promised.",
    ),
)
THIRD_EDITS = (  # a copy of the first copy changes one more sentence of its own
    (
        "Local unions asked the authority to keep dock workers on full pay during the closure, and talks on the request are set for Thursday.",
        "Dock unions are pressing for full wages during the shutdown; both sides sit down on Thursday.",
    ),
)


def edited(text: str, *edits: tuple[tuple[str, str], ...]) -> str:
    for group in edits:
        for old, new in group:
            assert old in text
            text = text.replace(old, new)
    return text


def _articles(*texts: tuple[str, str, str]) -> list:
    return [
        make_article(text, name=name, published=date, outlet=f"{name}.example")
        for text, name, date in texts
    ]


def _source_and_two_copies(source: str):
    """The overview of ``source`` and two copies of FULL, each with its own changes; checks that
    both are direct copies of the source."""
    result = overview(
        _articles(
            (source, "source", "2026-03-04"),
            (edited(FULL, FIRST_EDITS), "first", "2026-03-05"),
            (edited(FULL, SECOND_EDITS), "second", "2026-03-05"),
        )
    )
    _both_copied_from_the_first(result)
    return result


def _both_copied_from_the_first(result) -> None:
    for copy in (1, 2):
        d = result.relation(0, copy)
        assert d is not None and d.direct and (d.source, d.copy) == (0, copy)


def test_two_copies_of_a_loaded_source_are_siblings_not_a_derivation() -> None:
    result = _source_and_two_copies(FULL)
    # each keeps the source's wording where the other changed it: neither copied the other
    assert result.relation(1, 2) is None
    assert [(s.source, s.copy, s.via) for s in result.siblings] == [(1, 2, 0)]
    assert result.badge(1) == "copy of source" and result.badge(2) == "copy of source"
    (family,) = result.families
    assert family.source == 0
    assert sorted((m.index, m.parent) for m in family.members) == [(1, 0), (2, 0)]


def test_siblings_stay_siblings_when_the_stored_source_is_cut_short() -> None:
    # the source page as stored: a photo caption first, the end of the report lost; the two copies
    # carry the whole report, so they share more with each other than with the stored source
    caption = (
        "The damaged main pier of the northern terminal seen from the harbour wall on Monday "
        "morning, with a crane barge moored alongside and workers in orange vests on the deck "
        "(Photo by a staff photographer for the port authority's press office)."
    )
    stored = caption + "\n\n" + "\n\n".join(FULL.split("\n\n")[:6])
    result = _source_and_two_copies(stored)
    assert result.relation(1, 2) is None
    assert [(s.via, {s.source, s.copy}) for s in result.siblings] == [(0, {1, 2})]


def test_a_copy_of_a_copy_keeps_its_parent_beside_a_sibling() -> None:
    first = edited(FULL, FIRST_EDITS)
    articles = _articles(
        (FULL, "source", "2026-03-04"),
        (first, "first", "2026-03-05"),
        (edited(FULL, SECOND_EDITS), "second", "2026-03-05"),
        (edited(first, THIRD_EDITS), "third", "2026-03-06"),
    )
    result = overview(articles)
    # the third keeps the first copy's own changes: it derives from the first, not from the source
    chain = result.relation(1, 3)
    assert chain is not None and chain.direct and (chain.source, chain.copy) == (1, 3)
    through = result.relation(0, 3)
    assert through is not None and not through.direct and through.via == 1
    assert (through.source, through.copy) == (0, 3)
    # the second shares none of the first's changes: a sibling of the first and of the third
    assert result.relation(1, 2) is None and result.relation(2, 3) is None
    assert {frozenset((s.source, s.copy)) for s in result.siblings} == {
        frozenset((1, 2)),
        frozenset((2, 3)),
    }
    assert result.badge(3) == "copy of first"
    (family,) = result.families
    assert sorted((m.index, m.parent) for m in family.members) == [(1, 0), (2, 0), (3, 1)]


def test_a_copy_crediting_the_source_took_its_text_from_the_source_not_from_a_sibling() -> None:
    # two copies of an earlier version of the Meridian Herald's report; the page stored for the
    # Herald is the later one, so the copies agree with each other against it — but the shorter
    # copy credits the Herald, which the longer one never names: it took its text from the Herald
    earlier = FULL
    later = edited(FULL, SECOND_EDITS)
    short = "\n\n".join(earlier.split("\n\n")[:6]) + " (Meridian Herald)"
    articles = [
        make_article(later, name="herald", published="2026-03-05", outlet="meridianherald.com"),
        make_article(earlier, name="copy", outlet="dailycopy.example"),
        make_article(short, name="short", outlet="shortnews.example"),
    ]
    result = overview(articles)
    _both_copied_from_the_first(result)
    assert result.relation(1, 2) is None
    assert [(s.via, {s.source, s.copy}) for s in result.siblings] == [(0, {1, 2})]


def test_a_copy_whose_every_likeness_is_explained_through_a_third_keeps_its_strongest() -> None:
    from newsreader.core.corpus.model import DerivedPair
    from newsreader.core.corpus.overview import _keep_one_each

    def pair(source: int, copy: int, shared: int) -> DerivedPair:
        return DerivedPair(source, copy, 0.5, 0.5, 0.5, 0.5, 0.1, 0.4, 0.5, 3, 5, "dates", shared)

    pairs = [pair(0, 1, 90), pair(0, 2, 80), pair(1, 2, 40), pair(2, 3, 60), pair(1, 3, 50)]
    # 3's two likenesses are each said to go through the other's third: a circle
    via = {frozenset((2, 3)): 1, frozenset((1, 3)): 2, frozenset((1, 2)): 0}
    _keep_one_each(pairs, via)
    assert via == {frozenset((1, 3)): 2, frozenset((1, 2)): 0}
