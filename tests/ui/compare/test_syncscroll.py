"""The scroll mapping, as tables (Meld tests calc_syncpoint the same way)."""

from __future__ import annotations

import itertools

import pytest

from newsreader.ui.compare.syncscroll import (
    anchor_points,
    calc_syncpoint,
    invert,
    map_position,
    monotone_links,
    sync_value,
)


@pytest.mark.parametrize(
    ("value", "maximum", "page", "expected"),
    [
        (0, 1000, 200, 0.0),  # top of a long document: the top of the view
        (50, 1000, 200, 0.25),  # a quarter of the way through the first half screen
        (100, 1000, 200, 0.5),  # past the first half screen: the middle
        (500, 1000, 200, 0.5),
        (900, 1000, 200, 0.5),  # the last half screen begins at maximum - page/2
        (950, 1000, 200, 0.75),
        (1000, 1000, 200, 1.0),  # the end: the bottom of the view
        (0, 160, 652, 0.0),  # scrolls by less than a screen: the top is still the top
        (80, 160, 652, 0.5),
        (160, 160, 652, 1.0),
        (0, 0, 200, 0.5),  # nothing to scroll: the document fits, sync at the middle
        (10, 1000, 0, 0.0),  # no viewport
    ],
)
def test_calc_syncpoint(value: float, maximum: float, page: float, expected: float) -> None:
    assert calc_syncpoint(value, maximum, page) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([], []),
        ([(0, 0), (1, 1), (2, 2)], [(0, 0), (1, 1), (2, 2)]),
        ([(0, 0), (1, 5), (2, 1), (3, 2)], [(0, 0), (2, 1), (3, 2)]),  # (1, 5) moved
        ([(0, 3), (1, 0), (2, 1)], [(1, 0), (2, 1)]),
        ([(0, 0), (0, 1), (1, 2)], [(0, 0), (1, 2)]),  # one left paragraph, two matches
        ([(2, 2), (0, 0), (1, 1)], [(0, 0), (1, 1), (2, 2)]),  # input order does not matter
    ],
)
def test_monotone_links(pairs, expected) -> None:
    assert monotone_links(pairs) == expected


@pytest.mark.parametrize(
    ("pairs", "length"),
    [
        ([(0, 0), (1, 0)], 1),  # strictly increasing on both sides
        ([(0, 0), (1, 0), (2, 1)], 2),
        ([(5, 0), (4, 1), (3, 2), (2, 3)], 1),  # fully reversed
    ],
)
def test_monotone_links_length(pairs, length) -> None:
    chain = monotone_links(pairs)
    assert len(chain) == length
    assert set(chain) <= set(pairs)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(chain))


def test_monotone_links_is_longest() -> None:
    pairs = [(i, (i * 7) % 11) for i in range(11)]
    chain = monotone_links(pairs)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(chain))
    # compare with the O(n^2) longest-chain dynamic programme
    best = [1] * len(pairs)
    for k in range(len(pairs)):
        for j in range(k):
            if pairs[j][0] < pairs[k][0] and pairs[j][1] < pairs[k][1]:
                best[k] = max(best[k], best[j] + 1)
    assert len(chain) == max(best)


@pytest.mark.parametrize(
    ("pairs", "heights", "expected"),
    [
        ([], (100, 200), [(0, 0), (100, 200)]),
        (
            [((10, 20), (30, 50))],
            (100, 100),
            [(0, 0), (10, 30), (20, 50), (100, 100)],
        ),
        (  # a pair that would go backwards on the right is dropped
            [((10, 20), (30, 50)), ((30, 40), (40, 45))],
            (100, 100),
            [(0, 0), (10, 30), (20, 50), (100, 100)],
        ),
        (  # paragraph that reaches the end of both documents
            [((0, 100), (0, 80))],
            (100, 80),
            [(0, 0), (100, 80)],
        ),
    ],
)
def test_anchor_points(pairs, heights, expected) -> None:
    assert anchor_points(pairs, *heights) == expected


@pytest.mark.parametrize(
    ("y", "expected"),
    [
        (0, 0),
        (5, 15),  # halfway to (10, 30)
        (10, 30),
        (15, 40),  # inside the linked paragraph: proportional
        (20, 50),
        (60, 75),  # halfway between (20, 50) and (100, 100)
        (100, 100),
        (120, 120),  # beyond the end: one to one
        (-10, -10),
    ],
)
def test_map_position(y: float, expected: float) -> None:
    anchors = [(0, 0), (10, 30), (20, 50), (100, 100)]
    assert map_position(y, anchors) == pytest.approx(expected)
    assert map_position(expected, invert(anchors)) == pytest.approx(y)


def test_sync_value_keeps_the_syncpoint_content_level() -> None:
    anchors = [(0.0, 0.0), (1000.0, 2000.0), (2000.0, 3000.0)]
    # In the middle region the sync point is half a page: left y 700 + 100 = 800 maps to 1600.
    value = sync_value(700, 1800, 200, other_maximum=2800, other_page=200, anchors=anchors)
    assert value == 1600 - 100
    # Clamped to the other pane's range.
    assert sync_value(0, 1800, 200, other_maximum=2800, other_page=200, anchors=anchors) == 0
    assert sync_value(1800, 1800, 200, other_maximum=2800, other_page=200, anchors=anchors) == 2800
    # A document that fits in its pane does not move the other one.
    assert sync_value(0, 0, 200, other_maximum=2800, other_page=200, anchors=anchors) is None
