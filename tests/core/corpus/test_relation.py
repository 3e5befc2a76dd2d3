"""One notion of copy: reordered cut-and-paste, graded kinds, a copy that adds text, families, scale."""

from __future__ import annotations

import numpy as np

from newsreader.core.corpus import overview, overview_json, pair_verdict
from newsreader.core.corpus.relation import grade
from tests.core.corpus.conftest import make_article

SOURCE = [
    "The ferry operator Baltic Wave said on Monday that it would cancel all crossings between Tarnby and the island of Holm for three weeks from June 2.",
    "Engineers found corrosion in the loading ramps of both vessels during a routine inspection last Thursday, the company's technical director Maren Solvik said.",
    "About 4,200 passengers a week use the route in early summer, most of them day visitors and seasonal workers at the Holm canning plant.",
    "The regional council promised a replacement bus and boat service via the northern harbour at Kessel, which adds roughly an hour to the journey.",
    "Shopkeepers on Holm warned that the closure would hit the start of the tourist season, when many of them earn half of their yearly income.",
    "Solvik said both ramps would be replaced rather than repaired, at a cost she put at 11 million kroner, shared with the council.",
    "The last long closure of the route, in 2019, lasted five weeks and was followed by a compensation scheme for island businesses.",
    "Council leader Ivar Brenne said a similar scheme was being discussed and that a decision would be taken at the council meeting on May 28.",
]
INDEPENDENT = [
    "Island traders on Holm fear a difficult June after Baltic Wave announced that its ferries will stop running for several weeks.",
    "The owner of the harbour cafe, Lise Aamot, said she had already lost bookings from two tour groups and might close until July.",
    "Baltic Wave blamed rusted ramps. Passengers will be offered a longer connection through Kessel, the council confirmed.",
    "Some residents questioned why the inspection had not taken place before the spring timetable was published.",
]


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def test_reordered_cut_and_paste_is_a_copy_for_overview_and_compare_alike() -> None:
    pasted = [SOURCE[k] for k in (7, 5, 3, 2, 1, 0)]  # six of eight, in reverse order
    articles = [make_article(_text(SOURCE), name="src"), make_article(_text(pasted), name="paste")]
    result = overview(articles)
    pair = result.relation(0, 1)
    assert pair is not None and pair.direct
    assert pair.channel in {"verbatim", "order"} and pair.moved_sentences > 0
    assert pair.coverage_copy > 0.95 and 0.6 < pair.coverage_source < 0.9
    assert pair.kind == "verbatim"
    assert (pair.source, pair.copy) == (0, 1)  # the source holds all of the copy
    verdict = pair_verdict(articles[0], articles[1])
    assert verdict is not None and (verdict.kind, verdict.channel) == (pair.kind, pair.channel)


def test_independent_reports_of_one_event_are_not_copies() -> None:
    articles = [make_article(_text(SOURCE), name="a"), make_article(_text(INDEPENDENT), name="b")]
    result = overview(articles)
    assert result.relation(0, 1) is None
    assert pair_verdict(articles[0], articles[1]) is None
    data = overview_json(result, articles)
    assert data["pairs"] and data["pairs"][0]["relation"] in {"same story", "other"}


def test_kinds_are_graded_by_coverage_and_wording() -> None:
    assert grade(0.95, 0.97, 0.93) == "verbatim"
    assert grade(0.9, 0.95, 0.6) == "edited"
    assert grade(0.85, 0.9, 0.2) == "paraphrased"
    assert grade(0.3, 0.9, 0.95) == "partial"  # a third of the source reused
    quoted = INDEPENDENT[:2] + SOURCE[4:6] + INDEPENDENT[2:]  # two paragraphs lifted word for word
    articles = [make_article(_text(SOURCE), name="a"), make_article(_text(quoted), name="b")]
    pair = overview(articles).relation(0, 1)
    assert pair is not None and pair.kind == "partial"


EDITS = [
    ("Monday", "Tuesday"),
    ("three weeks", "four weeks"),
    ("corrosion", "rust"),
    ("last Thursday", "last week"),
    ("4,200", "4,300"),
    ("canning plant", "fish factory"),
    ("regional council", "county council"),
    ("roughly an hour", "about an hour"),
    ("Shopkeepers", "Traders"),
    ("rather than repaired", "instead of mended"),
    ("lasted five weeks", "took five weeks"),
    ("was being discussed", "was under discussion"),
    ("technical director", "chief engineer"),
    ("northern harbour", "north harbour"),
]


def _cut(k: int) -> str:
    """The source cut short, with one edit of its own."""
    return _text(SOURCE[: 8 - (k % 3)]).replace(*EDITS[k])


def test_a_copy_that_adds_text_is_still_the_copy() -> None:
    extended = _text(
        [*SOURCE, "Our reporter adds: the queue at Kessel was already long on Tuesday."]
    )
    articles = [make_article(extended, name="extended"), make_article(_text(SOURCE), name="source")]
    articles += [make_article(_cut(k), name=f"cut{k}") for k in range(4)]
    result = overview(articles)
    pair = result.relation(0, 1)
    assert pair is not None
    assert (pair.source, pair.copy) == (1, 0), pair.reason  # though the extended text holds more
    family = result.family_of(0)
    assert family is not None and family.source == 1


def test_a_wire_story_syndicated_widely_is_one_family_checked_against_its_source() -> None:
    copies = [_cut(k) for k in range(14)]
    copies.append(_text(SOURCE[:6]).replace("kroner", "crowns"))  # edited copy ...
    copies.append(  # ... and a copy of it, edited again
        _text(SOURCE[:6]).replace("kroner", "crowns").replace("Engineers found", "Staff spotted")
    )
    articles = [make_article(_text(SOURCE), name="wire")]
    articles += [make_article(t, name=f"copy{k}") for k, t in enumerate(copies)]
    articles.append(make_article(_text(INDEPENDENT), name="own report"))
    result = overview(articles)
    assert len(result.families) == 1
    family = result.families[0]
    assert family.source == 0 and family.size == 17
    edited, again = len(copies) - 1, len(copies)  # article indices (the wire story is 0)
    assert {m.index: m.parent for m in family.members}[again] == edited
    through = result.relation(0, again)  # the source is not hidden by the copy in between
    assert through is not None and not through.direct and through.via == edited
    assert {m.kind for m in family.members} <= {"verbatim", "edited", "partial"}
    data = overview_json(result, articles)
    assert data["families"][0]["source"] == "wire"
    assert len(data["families"][0]["members"]) == 16
    assert all(d["coverage"].keys() == {"source", "copy"} for d in data["derived"])
    assert all(d["direction_reason"] for d in data["derived"])


def test_the_sparse_path_finds_what_the_dense_path_finds() -> None:
    articles = [make_article(_text(SOURCE), name="s"), make_article(_text(INDEPENDENT), name="i")]
    articles += [make_article(_cut(k), name=f"c{k}") for k in range(3)]
    dense = overview(articles, dense=True)
    sparse = overview(articles, dense=False)
    assert not sparse.is_dense and "similarity" not in overview_json(sparse, articles)
    key = [(d.source, d.copy, d.kind, d.direct) for d in dense.derived]
    assert key == [(d.source, d.copy, d.kind, d.direct) for d in sparse.derived]
    assert dense.clusters == sparse.clusters
    for a, b, v in zip(sparse.pairs.a, sparse.pairs.b, sparse.pairs.similarity, strict=True):
        assert np.isclose(v, dense.similarity[a, b], atol=1e-5)


STATEMENT = (
    "“The ramps on both vessels have reached the end of their working life, and we will not put "
    "passengers on a ferry that we cannot load safely, so every crossing to Holm is cancelled "
    "until the new ramps are in place,” the company said in a statement."
)
REPORT_A = [
    "Baltic Wave has cancelled its ferries to Holm for the first three weeks of June.",
    STATEMENT,
    "Island shopkeepers said the timing could hardly be worse for the tourist season.",
]
REPORT_B = [
    "Travellers to Holm must take a detour through Kessel after the ferry line halted its service.",
    "The council said replacement buses would run twice an hour from the northern harbour.",
    STATEMENT.replace("the company said in a statement", "Baltic Wave said on Monday"),
]


def test_two_reports_quoting_the_same_statement_are_not_copies() -> None:
    """Outlets quote a press statement word for word without copying each other: quotations are
    left out of the verbatim-reuse evidence (the writers' own words decide)."""
    articles = [make_article(_text(REPORT_A), name="a"), make_article(_text(REPORT_B), name="b")]
    assert overview(articles).relation(0, 1) is None
    assert pair_verdict(articles[0], articles[1]) is None


def test_a_copy_that_also_carries_the_quote_is_still_a_copy() -> None:
    copied = [*SOURCE[:4], STATEMENT, *SOURCE[4:]]
    pasted = [SOURCE[0], SOURCE[2], STATEMENT, SOURCE[5]]
    articles = [make_article(_text(copied), name="src"), make_article(_text(pasted), name="copy")]
    pair = overview(articles).relation(0, 1)
    assert pair is not None and pair.kind in {"verbatim", "partial"}
