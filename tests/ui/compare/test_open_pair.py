"""A pair opens at its top: the lede is what a reader sees first, on both sides, level."""

from __future__ import annotations

from newsreader.ui.library.entries import file_key
from tests.ui.compare.test_compare_ui import made_article

SENTENCES = [
    "The reservoir talks opened in Port Meridian with both delegations present.",
    "Officials said the first session would last no more than three hours.",
    "Farmers on both banks have lost most of this year's harvest to the drought.",
    "The envoy from Coristan said the summer flow was not up for negotiation.",
    "Engineers presented new figures on the canal's leaks and the pumping costs.",
]


def long_text(n: int) -> list[str]:
    return [f"{SENTENCES[i % len(SENTENCES)]} Section {i} adds detail {i * 7}." for i in range(n)]


def at_top(window) -> bool:
    return all(p.verticalScrollBar().value() == 0 for p in window.compare.panes.values())


def test_a_short_and_a_long_article_open_at_the_top(qtbot, make_window, wait_aligned):
    window = make_window(size=(1200, 640))
    window.splitter.setSizes([460, 740])  # panes narrow enough that the short one scrolls a bit
    short = made_article("short.txt", SENTENCES + long_text(4), ["", ""])
    long = made_article("long.txt", SENTENCES[:4] + long_text(60), ["", ""])
    window.model.add([short, long])
    window.pair.set_pair(short.key, long.key)
    wait_aligned(window)
    qtbot.waitUntil(lambda: window.compare.right_pane.verticalScrollBar().maximum() > 0)
    left = window.compare.left_pane.verticalScrollBar()
    # The short one scrolls by less than half a screen (where the sync point used to jump).
    assert 0 < left.maximum() < left.pageStep() / 2
    assert at_top(window)
    # (laid out lazily: wait for the first paragraphs' geometry)
    qtbot.waitUntil(lambda: window.compare.right_pane.first_visible_paragraph() == 0)
    assert at_top(window)


def test_a_new_pair_opens_at_the_top_after_reading_another(qtbot, make_window, wait_aligned):
    window = make_window(size=(1200, 640))
    a = made_article("a.txt", long_text(50), ["", ""])
    b = made_article("b.txt", long_text(55), ["", ""])
    c = made_article("c.txt", SENTENCES[:3] + long_text(40), ["", ""])
    window.model.add([a, b, c])
    window.pair.set_pair(a.key, b.key)
    wait_aligned(window)
    bar = window.compare.left_pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert window.compare.right_pane.verticalScrollBar().value() > 0
    window.pair.set_pair(c.key, b.key)
    wait_aligned(window)
    assert at_top(window)


def test_the_seeds_open_at_their_ledes(qtbot, make_window, load, wait_aligned, seeds_dir):
    """Issue 14: a fresh start with the seed folder showed both panes at the third paragraph."""
    window = make_window(size=(1389, 868))
    load(window, [seeds_dir])
    wait_aligned(window)
    assert window.pair.left_key == file_key(sorted(seeds_dir.glob("*.txt"))[0])
    assert at_top(window)
