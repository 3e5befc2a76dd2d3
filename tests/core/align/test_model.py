"""The public result types: lookups by paragraph, unmatched paragraphs, the import surface."""

from __future__ import annotations

from newsreader.core.align import KINDS, Alignment, Link


def _alignment() -> Alignment:
    links = [
        Link(0, 0, 100.0, "identical"),
        Link(1, 1, 70.0, "edited"),
        Link(1, 2, 55.0, "paraphrase"),
        Link(3, 1, 60.0, "paraphrase", moved=True),
    ]
    return Alignment(left_count=5, right_count=4, links=links)


def test_lookups_by_side() -> None:
    a = _alignment()
    assert [link.right for link in a.for_left(1)] == [1, 2]
    assert [link.left for link in a.for_right(1)] == [1, 3]
    assert a.for_left(2) == [] and a.for_right(3) == []
    assert a.unmatched_left() == [2, 4]
    assert a.unmatched_right() == [3]


def test_lookups_follow_a_replaced_or_extended_link_list() -> None:
    a = _alignment()
    assert a.for_left(4) == []
    a.links.append(Link(4, 3, 90.0, "edited"))
    assert [link.right for link in a.for_left(4)] == [3]
    a.links = [Link(2, 2, 80.0, "edited")]
    assert a.for_left(1) == [] and a.unmatched_left() == [0, 1, 3, 4]


def test_lookup_results_are_copies() -> None:
    a = _alignment()
    a.for_left(1).clear()
    assert len(a.for_left(1)) == 2


def test_kinds() -> None:
    assert KINDS == ("identical", "edited", "paraphrase")
