"""The comparison on real articles: highlights, gutter, sync scrolling, clicking, navigation, find.

Seeds 000 (an original) and 001 (its machine-rewritten, extended copy) come from the ``seed``
fixture and are skipped where absent; everything is checked against the alignment the engine
returns and, for the pairing, against the hand-made gold links.
"""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from newsreader.ui.common.settings import LOCK_SCROLL, ZOOM
from newsreader.ui.compare.marks import partner
from newsreader.ui.compare.syncscroll import monotone_links
from newsreader.ui.library.entries import file_key

LEVEL_TOLERANCE = 2  # pixels


@pytest.fixture
def seed_pair(qtbot, make_window, load, wait_aligned, seed):
    """A window comparing seed 000 (left) with seed 001 (right), aligned."""
    window = make_window(size=(1200, 640))
    left, right = seed("000"), seed("001")
    load(window, [left, right])
    window.pair.set_pair(file_key(left), file_key(right))
    wait_aligned(window)
    return window


def fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def paragraph_named(texts: list[str], prefix: str) -> int:
    matches = [i for i, t in enumerate(texts) if fold(t).startswith(fold(prefix))]
    assert matches, f"no paragraph starts with {prefix!r}"
    return matches[0]


def pixel(image: QImage, x: float, y: float) -> QColor:
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(x * ratio), int(y * ratio))


def close(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_each_paragraph_is_painted_in_its_tier(qtbot, seed_pair) -> None:
    compare = seed_pair.compare
    index = compare.index
    assert index is not None and compare.alignment.links, "the engine linked nothing"
    for side in ("left", "right"):
        pane = compare.panes[side]
        checked = 0
        for i in range(pane.paragraph_count()):
            pane.scroll_paragraph_to(i, 40)
            image = pane.viewport().grab().toImage()
            top, _bottom = pane.viewport_range(i)
            best = index.best(side, i)
            tier = best.kind if best is not None else "only"
            expected = pane._theme.tiers[tier].background
            # The padding left of the text and above the first line is pure background.
            colour = pixel(image, 30, top - 1)
            assert close(colour, expected), f"{side} ¶{i}: {colour.name()} is not {tier}"
            checked += 1
        assert checked == pane.paragraph_count()


def test_gold_links_are_highlighted_as_linked(seed_pair, gold_dir) -> None:
    """The paragraphs the gold answer links are shown as linked to each other."""
    gold = json.loads((gold_dir / "seeds-alignment.json").read_text(encoding="utf-8"))
    pair = next(
        p for p in gold["pairs"] if p["left"].startswith("000") and p["right"].startswith("001")
    )
    compare = seed_pair.compare
    left_texts = compare.left_pane.article.paragraph_texts()
    right_texts = compare.right_pane.article.paragraph_texts()
    found = 0
    for lp, rp in pair["links"]:
        i, j = paragraph_named(left_texts, lp), paragraph_named(right_texts, rp)
        links = compare.index.links("left", i)
        if any(partner(k, "left") == j for k in links):
            found += 1
            assert compare.left_pane.marks[i].tier != "only"
            assert compare.right_pane.marks[j].tier != "only"
    # The UI shows what the engine found; the engine must find most gold links on this easy pair.
    assert found >= len(pair["links"]) * 0.6, (
        f"only {found} of {len(pair['links'])} gold links shown"
    )


def test_gutter_draws_a_band_per_visible_link(seed_pair) -> None:
    compare = seed_pair.compare
    gutter = compare.gutter
    compare.left_pane.verticalScrollBar().setValue(0)
    on_screen = [
        k
        for k in compare.alignment.links
        if compare.left_pane.viewport_range(k.left)[0] < compare.left_pane.viewport().height()
        and compare.right_pane.viewport_range(k.right)[0] < compare.right_pane.viewport().height()
    ]
    assert on_screen
    for link in on_screen:
        rect = gutter.band_rect(link)
        assert rect is not None and rect.height() > 0
        hit = gutter.link_at(rect.center())
        assert hit is not None


def test_hover_shows_score_and_kind(seed_pair) -> None:
    compare = seed_pair.compare
    link = compare.alignment.links[0]
    tip = compare.describe("left", link.left)
    assert link.kind.capitalize() in tip and f"{link.score:.0f}" in tip
    unmatched = compare.index.unmatched("right")
    if unmatched:
        assert "Only here" in compare.describe("right", unmatched[0])


def test_sync_scroll_keeps_matched_paragraphs_level(qtbot, seed_pair) -> None:
    compare = seed_pair.compare
    seed_pair.splitter.setSizes([460, 740])  # panes narrow enough that the short seed scrolls
    left, right = compare.left_pane, compare.right_pane
    chain = monotone_links([(k.left, k.right) for k in compare.alignment.links])
    level = 0
    for lead, follow, pick in ((left, right, 0), (right, left, 1)):
        bar = lead.verticalScrollBar()
        for pair in chain:
            i, j = pair[pick], pair[1 - pick]
            top = lead.paragraph_range(i)[0]
            value = round(top - bar.pageStep() / 2)  # paragraph top on the middle sync line
            if not bar.pageStep() / 2 <= value <= bar.maximum() - bar.pageStep() / 2:
                continue  # near the ends the sync line moves towards the edge
            bar.setValue(value)
            other = follow.verticalScrollBar()
            if other.value() in (0, other.maximum()):
                continue  # the other article ran out of room
            assert abs(lead.viewport_range(i)[0] - follow.viewport_range(j)[0]) <= LEVEL_TOLERANCE
            level += 1
    assert level >= 3, "too few positions could be checked"


def test_scroll_sync_has_no_feedback_loop_and_can_be_unlocked(qtbot, seed_pair) -> None:
    compare = seed_pair.compare
    left_bar = compare.left_pane.verticalScrollBar()
    right_bar = compare.right_pane.verticalScrollBar()
    changes = []
    left_bar.valueChanged.connect(lambda v: changes.append(("left", v)))
    right_bar.valueChanged.connect(lambda v: changes.append(("right", v)))
    left_bar.setValue(left_bar.maximum() // 2)
    assert [c for c in changes if c[0] == "left"] == [("left", left_bar.maximum() // 2)], (
        "the echo moved the left pane"
    )
    assert [c for c in changes if c[0] == "right"], "the right pane did not follow"
    seed_pair.actions.lock_scroll.setChecked(False)
    before = right_bar.value()
    left_bar.setValue(0)
    assert right_bar.value() == before
    seed_pair.actions.lock_scroll.setChecked(True)
    assert seed_pair.settings.get(LOCK_SCROLL)


def test_click_brings_the_match_level_and_flashes_it(qtbot, seed_pair) -> None:
    compare = seed_pair.compare
    left, right = compare.left_pane, compare.right_pane
    links = sorted(compare.alignment.links, key=lambda k: k.left)
    link = links[len(links) // 2]
    left.scroll_paragraph_to(link.left, 120)
    top, bottom = left.viewport_range(link.left)
    QTest.mouseClick(
        left.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, int((top + bottom) / 2))
    )
    best = compare.index.best("left", link.left)
    target = partner(best, "left")
    assert abs(left.viewport_range(link.left)[0] - right.viewport_range(target)[0]) <= 1
    assert target in right.flashing()
    qtbot.waitUntil(lambda: not right.flashing(), timeout=3000)


def test_gutter_click_brings_level(qtbot, seed_pair) -> None:
    compare = seed_pair.compare
    compare.left_pane.verticalScrollBar().setValue(0)
    link = compare.alignment.links[1]
    rect = compare.gutter.band_rect(link)
    QTest.mouseClick(compare.gutter, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    clicked = compare.gutter.link_at(QPointF(rect.center()))
    assert clicked is not None
    lr = compare.left_pane.viewport_range(clicked.left)
    rr = compare.right_pane.viewport_range(
        partner(compare.index.best("left", clicked.left), "left")
    )
    assert abs(lr[0] - rr[0]) <= 1


def test_keyboard_navigation_visits_links_then_unmatched(qtbot, seed_pair) -> None:
    window = seed_pair
    compare = window.compare
    compare.left_pane.setFocus()
    compare.left_pane.verticalScrollBar().setValue(0)
    visited = []
    for _ in range(len(compare.index.linked("left")) + 2):
        before = compare._current
        window.actions.next_match.trigger()
        if compare._current == before:
            break
        visited.append(compare._current[1])
    assert visited == compare.index.linked("left")
    i = visited[-1]
    best = compare.index.best("left", i)
    assert partner(best, "left") in compare.right_pane.flashing()
    window.actions.previous_match.trigger()
    assert compare._current == ("left", visited[-2])

    unmatched = compare.index.unmatched("right")
    # Seed 001 extends 000 with material of its own: some of its paragraphs match nothing.
    assert unmatched, "every paragraph of the extended copy was linked: check the engine"
    compare.right_pane.setFocus()
    compare.right_pane.verticalScrollBar().setValue(0)
    compare._current = None
    QTest.keyClick(compare.right_pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert compare._current == ("right", unmatched[0])
    assert unmatched[0] in compare.right_pane.flashing()


def test_find_across_both_panes(qtbot, seed_pair) -> None:
    window = seed_pair
    bar = window.compare.find_bar
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.hasFocus()
    QTest.keyClicks(bar.edit, "Putin")
    left_text = window.compare.left_pane.toPlainText()
    right_text = window.compare.right_pane.toPlainText()
    expected = left_text.lower().count("putin") + right_text.lower().count("putin")
    assert len(bar.matches) == expected > 0
    assert {n for n, _ in bar.matches} == {0, 1}, "matches in both panes"
    assert bar.count.text().startswith("1 of")
    sides = set()
    for _ in range(len(bar.matches)):
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
        number, _position = bar.current_match()
        sides.add(number)
        pane = window.compare.panes["left" if number == 0 else "right"]
        rect = pane.cursorRect(bar.matches[bar.current][1])
        assert 0 <= rect.top() < pane.viewport().height(), "current match scrolled into view"
    assert sides == {0, 1}
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.compare.left_pane.extraSelections() == []
    bar.open()
    QTest.keyClicks(bar.edit, "zzzz-not-there")
    assert bar.count.text() == "Not found"


def test_zoom_changes_both_panes_and_keeps_sync(qtbot, seed_pair) -> None:
    window = seed_pair
    left, right = window.compare.left_pane, window.compare.right_pane
    before = left.document().defaultFont().pointSizeF()
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert left.document().defaultFont().pointSizeF() > before
    assert right.document().defaultFont().pointSizeF() == left.document().defaultFont().pointSizeF()
    assert window.settings.get(ZOOM) == 2
    window.actions.zoom_reset.trigger()
    assert left.document().defaultFont().pointSizeF() == pytest.approx(before)


def test_word_diff_and_removed_toggles(qtbot, seed_pair) -> None:
    window = seed_pair
    left = window.compare.left_pane
    edited = [i for i, m in enumerate(left.marks) if m is not None and m.changed]
    # Seed 001 is a machine rewrite of 000: its linked paragraphs differ in some words.
    assert edited, "no linked paragraph has word differences: check the engine or the marks"
    assert "d-" in left.toHtml() or left.document().toHtml().count("background-color") > 0
    html_on = left.document().toHtml()
    window.actions.word_diff.setChecked(False)
    html_off = left.document().toHtml()
    assert html_off.count("background-color") < html_on.count("background-color")
    window.actions.word_diff.setChecked(True)


def test_swap_and_pickers(qtbot, seed_pair, wait_aligned) -> None:
    window = seed_pair
    left_key, right_key = window.pair.left_key, window.pair.right_key
    window.actions.swap.trigger()
    assert (window.pair.left_key, window.pair.right_key) == (right_key, left_key)
    wait_aligned(window)
    assert window.compare.alignment.left_count == len(window.compare.left_pane.article.paragraphs)
    picker = window.compare.headers["left"].picker
    assert picker.currentIndex() >= 0
    # Choose with the right picker: the other article.
    right_picker = window.compare.headers["right"].picker
    row = next(i for i in range(right_picker.count()) if right_picker.currentIndex() != i)
    right_picker.activated.emit(row)
    assert window.pair.right_key != left_key or row == right_picker.currentIndex()


def test_select_two_in_the_list_compares_them(
    qtbot, make_window, load, sample_paths, wait_aligned
) -> None:
    window = make_window()
    load(window, sample_paths)
    wait_aligned(window)
    keys = [file_key(sample_paths[2]), file_key(sample_paths[4])]
    window.article_list.select_keys(keys)
    assert (window.pair.left_key, window.pair.right_key) == (keys[0], keys[1])
    wait_aligned(window)
    assert window.compare.left_pane.article.path == sample_paths[2]
    side_column = [
        window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())
    ]
    assert side_column.count("L") == 1 and side_column.count("R") == 1
    # Double-click (activate) one article: it goes to the right pane.
    listing = window.article_list
    listing.select_keys([file_key(sample_paths[0])])
    row = listing.proxy.mapFromSource(
        window.model.index(window.model.row_of(file_key(sample_paths[0])), 1)
    )
    listing.view.activated.emit(row)
    assert window.pair.right_key == file_key(sample_paths[0])


def test_gutter_hover_highlights_the_band(qtbot, seed_pair) -> None:
    compare = seed_pair.compare
    compare.left_pane.verticalScrollBar().setValue(0)
    link = compare.alignment.links[0]
    rect = compare.gutter.band_rect(link)
    QTest.mouseMove(compare.gutter, rect.center().toPoint())
    qtbot.waitUntil(lambda: compare.gutter._hover is not None)
    hovered = compare.gutter._hover
    assert compare.gutter.block_at(QPointF(rect.center())) is hovered
    assert link in hovered.links
    # Its paragraphs are outlined in both panes, the others faded.
    assert compare.left_pane.emphasis() == hovered.paragraphs("left")
    assert compare.right_pane.emphasis() == hovered.paragraphs("right")


def made_article(key: str, paragraphs: list[str], removed: list[str]):
    from pathlib import Path

    from newsreader.core.article import Article, Paragraph
    from newsreader.ui.library.entries import Entry

    text = removed[0] + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + removed[1]
    items, pos = [], 0
    for i, p in enumerate(paragraphs):
        start = text.index(p, pos)
        items.append(Paragraph.make(i, p, (start, start + len(p))))
        pos = start + len(p)
    path = Path("/nowhere") / key
    article = Article(key, path, "txt", "utf-8", text, title=key, paragraphs=items, removed=removed)
    return Entry(str(path), path, article)


def test_removed_boilerplate_shown_dimmed_without_breaking_links(qtbot, window, wait_aligned):
    body = [
        "The dam talks opened on Thursday in Port Meridian with both delegations present.",
        "Officials said the first session would last no more than three hours.",
        "Farmers on both sides have lost most of this year's harvest to the drought.",
    ]
    left = made_article("left.txt", body, ["Accept all cookies", "Subscribe for more"])
    right = made_article("right.txt", body[::-1], ["Home | World | Login", "Share this article"])
    window.model.add([left, right])
    window.pair.set_pair(left.key, right.key)
    wait_aligned(window)
    pane = window.compare.left_pane
    ranges_before = [pane.paragraph_range(i) for i in range(3)]
    assert "Accept all cookies" not in pane.toPlainText()
    window.actions.show_removed.setChecked(True)
    lines = pane.toPlainText().split("\n")
    assert lines[0] == "Accept all cookies" and lines[-1] == "Subscribe for more"
    assert lines[1:4] == body
    # Paragraph geometry follows the paragraphs, not the inserted lines.
    assert all(pane.paragraph_range(i)[0] > ranges_before[i][0] for i in range(3))
    removed_format = pane.document().firstBlock().begin().fragment().charFormat()
    body_format = pane.document().findBlockByNumber(1).begin().fragment().charFormat()
    assert removed_format.fontItalic() and not body_format.fontItalic()
    assert removed_format.foreground().color().name() == pane._theme.dim_text.name()  # dimmed
    index = window.compare.index
    for link in window.compare.alignment.links:
        assert pane.marks[link.left].tier == index.best("left", link.left).kind


def test_swap_reuses_the_alignment(qtbot, seed_pair) -> None:
    window = seed_pair
    started = []
    window.runner.task_started.connect(started.append)
    links = {(k.left, k.right) for k in window.compare.alignment.links}
    window.actions.swap.trigger()
    assert started == []  # mirrored from the cache, not aligned again
    assert {(k.right, k.left) for k in window.compare.alignment.links} == links


def test_hovering_a_paragraph_outlines_its_matches(qtbot, seed_pair) -> None:
    compare = seed_pair.compare
    left = compare.left_pane
    left.verticalScrollBar().setValue(0)
    index = compare.index.linked("left")[0]
    top, bottom = left.viewport_range(index)
    QTest.mouseMove(left.viewport(), QPoint(80, int((top + bottom) / 2)))
    links = compare.index.links("left", index)
    block = compare.gutter.block_of(links[0])
    qtbot.waitUntil(lambda: left.emphasis() == block.paragraphs("left"))
    partners = {partner(k, "left") for k in links}
    assert partners <= compare.right_pane.emphasis() == block.paragraphs("right")
    assert compare.gutter._emphasis == {block.number}
    compare._on_hovered("left", -1)
    assert not left.emphasis() and not compare.right_pane.emphasis()
