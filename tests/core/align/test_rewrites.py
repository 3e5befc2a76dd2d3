"""Rewrites that real outlets make, on crafted text: figures restated, quote lines split off, a paragraph
moved and reworded on its own, paraphrased runs without one strong sentence pair."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from newsreader.core.align import align_texts
from newsreader.core.align.candidates import Pairs
from newsreader.core.align.evidence import Tuning, _not_dominated, _Order, _trusted
from newsreader.core.align.tokens import TermCache, units_of

HARBOUR = [
    "The port authority of Velmora approved a plan on Tuesday to rebuild the northern breakwater, "
    "which storms damaged last winter.",
    "Engineers say the work will take three years and cost about 240 million crowns, paid partly by "
    "a loan from the regional development bank.",
    "Harbour master Ilse Brandvik said the fishing fleet had lost nearly a month of landings because "
    "boats could not shelter behind the old wall.",
    "Environmental groups asked the authority to study how the new wall would change the currents "
    "that feed the oyster beds in Sorrel Bay.",
    "Construction is due to begin in the spring, once the winter gales have passed and the "
    "contractors have moved their barges into place.",
    "The mayor, Tomas Keller, welcomed the decision and said the town could not afford another "
    "season of closed quays and idle crews.",
]
HARBOUR_REWRITE = [
    "Velmora's port authority on Tuesday backed a plan to rebuild the northern breakwater that was "
    "damaged by storms last winter.",
    "According to engineers, the project will last three years and cost some 240 million crowns, "
    "part of it lent by the regional development bank.",
    # the mayor's paragraph, moved up and reworded more than the rest
    "Mayor Tomas Keller welcomed the vote: the town, he argued, cannot endure another year of shut "
    "docks and idle fishermen.",
    "Ilse Brandvik, the harbour master, said fishing boats had lost almost a month of landings "
    "because they had no shelter behind the old wall.",
    "Work should begin in spring, after the winter gales are over and the contractors have brought "
    "their barges into position.",
]


def links(left: list[str], right: list[str], tuning: Tuning | None = None) -> set[tuple[int, int]]:
    return {(k.left, k.right) for k in align_texts(left, right, tuning=tuning).links}


def test_figures_with_decimals_and_thousands_are_one_term_each() -> None:
    [unit] = units_of(["Growth of 0.9% in 2025, 1.1% in 2026; 1,644 dead."], TermCache(), {})
    assert {"0.9", "2025", "1.1", "2026", "1644"} <= set(unit.terms)
    assert "9" not in unit.terms and "644" not in unit.terms


def test_a_list_of_forecasts_links_to_the_sentence_that_gives_the_same_figures() -> None:
    left = [
        "The central bank of Ostrava cut its main rate by a quarter point to 3.25% on Thursday.",
        "Key points:",
        "Inflation projections: 2.6% in 2025, 2.1% in 2026 and 1.9% in 2027",
        "Output forecasts: 0.7% in 2025, 1.2% in 2026 and 1.4% in 2027",
    ]
    right = [
        "Ostrava's central bank lowered its main interest rate by 25 basis points to 3.25% on Thursday.",
        "Its staff now expect prices to rise by 2.6% in 2025, 2.1% in 2026 and 1.9% in 2027, the "
        "inflation projections show.",
        "The bank expects output to grow by 0.7% in 2025, 1.2% in 2026 and 1.4% in 2027, its "
        "forecasts say.",
    ]
    assert {(0, 0), (2, 1), (3, 2)} <= links(left, right)


def test_two_datelines_that_share_only_a_date_do_not_link() -> None:
    left = ["Velmora, 14 March 2025", "The port authority met on Tuesday to discuss the dredging."]
    right = ["Published 14 March 2025 at 09:12", "A storm closed the ferry line to the islands."]
    assert links(left, right) == set()


def test_a_quote_line_split_into_its_own_paragraph_links_to_the_paragraph_it_came_from() -> None:
    left = [
        "At the council meeting, the mayor warned that the dock repairs must start before the "
        "autumn storms. She said the town had waited two years for the money. “We cannot wait any "
        "longer,” she said.",
        "The council will vote on the budget next week, when the last cost estimates are due.",
    ]
    right = [
        "At the council meeting, the mayor warned that the dock repairs must start before the "
        "autumn storms.",
        "She said the town had waited two years for the money.",
        "“We cannot wait any longer,” she said.",
        "The council will vote on the budget next week, when the last cost estimates are due.",
    ]
    result = align_texts(left, right)
    found = {(k.left, k.right): k for k in result.links}
    assert set(found) == {(0, 0), (0, 1), (0, 2), (1, 3)}
    assert found[(0, 2)].kind == "edited"
    # the other way round too
    assert {(k.left, k.right) for k in align_texts(right, left).links} == {
        (0, 0),
        (1, 0),
        (2, 0),
        (3, 1),
    }


def test_a_short_paragraph_that_is_no_sentence_of_the_neighbours_counterpart_stays_alone() -> None:
    left = [
        "At the council meeting, the mayor warned that the dock repairs must start before the "
        "autumn storms. She said the town had waited two years for the money.",
        "The council will vote on the budget next week, when the last cost estimates are due.",
    ]
    right = [
        "At the council meeting, the mayor warned that the dock repairs must start before the "
        "autumn storms. She said the town had waited two years for the money.",
        "“We will see about that,” he said.",
        "The council will vote on the budget next week, when the last cost estimates are due.",
    ]
    assert links(left, right) == {(0, 0), (1, 2)}


def test_a_paragraph_moved_and_reworded_on_its_own_links_when_the_texts_run_together() -> None:
    found = align_texts(HARBOUR, HARBOUR_REWRITE).links
    assert {(k.left, k.right) for k in found} == {(0, 0), (1, 1), (2, 3), (4, 4), (5, 2)}
    assert [k.moved for k in found if (k.left, k.right) == (5, 2)] == [True]
    # it is the lone-pair step that finds it: too weak to seed a moved run of its own
    assert (5, 2) not in links(HARBOUR, HARBOUR_REWRITE, replace(Tuning(), lone=1.0))


def test_a_lone_likeness_between_texts_that_do_not_run_together_is_not_a_link() -> None:
    left = [
        HARBOUR[5],
        "Separately, the Velmora football club named a new coach after a season of heavy defeats.",
    ]
    right = [
        HARBOUR_REWRITE[2],
        "The regional weather office forecast heavy rain and strong winds for the coming weekend.",
    ]
    assert links(left, right) == set()
    assert (0, 0) in links(left, right, replace(Tuning(), lone_context=0.0))


def test_a_run_of_fair_pairs_in_order_is_trusted_without_one_strong_pair() -> None:
    tuning = Tuning()
    assert _trusted(np.array([0.40, 0.22, 0.38]), tuning)  # in order, together like two seeds
    assert _trusted(np.array([0.45]), tuning)  # one seed is enough
    assert not _trusted(np.array([0.40]), tuning)  # one fair pair alone is not
    assert not _trusted(np.array([0.23, 0.20, 0.22, 0.21]), tuning)  # many weak pairs are not


def test_a_pair_keeps_the_order_only_between_its_neighbours() -> None:
    order = _Order([(4, 5), (0, 0), (9, 12)])
    assert order.fits(6, 8)  # between (4, 5) and (9, 12)
    assert order.fits(11, 13)  # after the last
    assert not order.fits(6, 3)  # below a pair on its left
    assert not order.fits(2, 7)  # above a pair on its right


def test_a_weak_run_member_whose_sentence_matches_much_better_elsewhere_is_dropped() -> None:
    # pairs (left sentence, right sentence): 0-0 strong seed; 1-1 weak, but right sentence 1 has a
    # much closer match (2-1); 3-2 weak and the best either of its sentences has.
    pairs = Pairs(np.array([0, 1, 2, 3]), np.array([0, 1, 1, 2]), np.zeros(4))
    support = np.array([0.60, 0.30, 0.41, 0.26])
    best_x, best_y = np.zeros(4), np.zeros(3)
    np.maximum.at(best_x, pairs.x, support)
    np.maximum.at(best_y, pairs.y, support)
    run = np.array([0, 1, 3])
    keep = _not_dominated(run, support, (best_x, best_y), pairs, Tuning())
    assert keep.tolist() == [True, False, True]
