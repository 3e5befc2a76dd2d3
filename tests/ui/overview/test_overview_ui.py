"""The Overview view in the window: background computation, clusters, copy marks, clicking a cell or
a list row to compare, badges in the article list, cancel, recomputation, the seeds.

The samples' built-in copies: meridian-herald is copied by coastline-daily, globe-newsflash and
harbour-times; northern-observer is an independent report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from newsreader.ui.library.article_model import BADGE_ROLE, COPY_OF, TITLE
from newsreader.ui.library.entries import file_key
from newsreader.ui.overview.controller import CANCELLED, COMPUTING, FAILED, FEW, READY
from newsreader.ui.overview.data import COPY, RELATED, SOURCE
from newsreader.ui.overview.heatmap_paint import mark_center
from newsreader.ui.shell.main_window import MainWindow
from tests.helpers.synthetic import synthetic_entries
from tests.helpers.threads import ran_off_the_gui_thread, record_threads

COPIES = ("coastline-daily", "globe-newsflash", "harbour-times")


def wait_ready(qtbot, window: MainWindow, timeout: int = 30000) -> None:
    controller = window.overview
    qtbot.waitUntil(lambda: controller.state == READY and not controller.pending, timeout=timeout)


def key_of(window: MainWindow, stem: str) -> str:
    keys = window.model.keys()
    return next(k for k in keys if Path(k).stem == stem)


def article_index(window: MainWindow, stem: str) -> int:
    result = window.overview_view.result
    assert result is not None
    return result.keys.index(key_of(window, stem))


def overview_tasks(window: MainWindow) -> list[str]:
    found: list[str] = []
    window.runner.task_started.connect(
        lambda task: found.append(task.label) if task.label.startswith("Overview of") else None
    )
    return found


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.fixture
def samples(qtbot, window, load, sample_paths) -> MainWindow:
    load(window, sample_paths)
    window.views.show_overview()
    wait_ready(qtbot, window)
    return window


def test_computed_in_the_background_with_clusters(qtbot, window, load, sample_paths) -> None:
    states: list[str] = []
    window.overview.state_changed.connect(states.append)
    tasks = overview_tasks(window)
    window.actions.show_overview.trigger()
    assert window.views.page() == "overview"
    assert window.overview_view.current_page() == "state"  # nothing loaded yet
    load(window, sample_paths)
    wait_ready(qtbot, window)
    assert COMPUTING in states and states[-1] == READY
    assert tasks == ["Overview of 5 articles"]  # through the runner, once for the whole load
    view = window.overview_view
    assert view.current_page() == "map"
    heat, result = view.heatmap.heat, view.result
    assert heat is not None and result is not None and heat.size == 5
    assert set(result.keys) == set(window.model.keys())
    assert heat.bounds[-1][1] == 5 and len(heat.titles) == len(result.overview.clusters)
    titles = {e.title for e in window.model.entries()}
    assert all(t in titles for t in heat.titles)  # a story is named after one of its articles
    stories = len(result.overview.clusters)
    assert f"{stories} stor" in view.summary.text() and "5 articles" in view.summary.text()


def test_copy_pairs_are_marked(qtbot, samples) -> None:
    view = samples.overview_view
    heat = view.heatmap.heat
    source = article_index(samples, "meridian-herald")
    image: QImage = view.heatmap.viewport().grab().toImage()
    grid = view.heatmap.grid()
    for stem in COPIES:
        copy = article_index(samples, stem)
        row, col = heat.position[copy], heat.position[source]
        assert COPY in heat.marks.at(row, col) and SOURCE in heat.marks.at(col, row), stem
        x, y = mark_center(grid, row, col)
        assert close(image.pixelColor(int(x), int(y)), view.heatmap.theme.copy), stem
    independent = heat.position[article_index(samples, "northern-observer")]
    for other in range(heat.size):
        found = heat.marks.at(independent, other) | heat.marks.at(other, independent)
        assert not found & {COPY, SOURCE, RELATED}
    assert [s for s, _ in view.pairs.row_pairs()] == [source] * 3
    assert {c for _, c in view.pairs.row_pairs()} == {article_index(samples, s) for s in COPIES}


def test_clicking_a_cell_opens_the_pair(qtbot, samples, wait_aligned) -> None:
    view = samples.overview_view
    source, copy = (
        article_index(samples, "meridian-herald"),
        article_index(samples, "harbour-times"),
    )
    rect = view.heatmap.cell_rect(copy, source)
    qtbot.mouseClick(view.heatmap.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert samples.views.page() == "compare"
    assert samples.pair.left_key == key_of(samples, "meridian-herald")  # the source on the left
    assert samples.pair.right_key == key_of(samples, "harbour-times")
    wait_aligned(samples)
    assert samples.compare.alignment is not None and samples.compare.alignment.links

    samples.actions.show_overview.trigger()
    independent = article_index(samples, "northern-observer")
    rect = view.heatmap.cell_rect(independent, copy)
    qtbot.mouseClick(view.heatmap.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (samples.pair.left_key, samples.pair.right_key) == (
        key_of(samples, "northern-observer"),  # no copy relation: the row on the left
        key_of(samples, "harbour-times"),
    )


def test_the_diagonal_and_a_drag_open_nothing(qtbot, samples) -> None:
    view = samples.overview_view
    samples.pair.set_pair("", "")
    one = article_index(samples, "globe-newsflash")
    qtbot.mouseClick(
        view.heatmap.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.heatmap.cell_rect(one, one).center(),
    )
    assert samples.views.page() == "overview" and samples.pair.left_key == ""


def test_side_list_opens_the_pair(qtbot, samples) -> None:
    pairs = samples.overview_view.pairs
    source, copy = (
        article_index(samples, "meridian-herald"),
        article_index(samples, "coastline-daily"),
    )
    index = pairs.index_of(source, copy)
    assert index.isValid()
    rect = pairs.view.visualRect(index)
    qtbot.mouseClick(pairs.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert samples.views.page() == "compare"
    assert samples.pair.left_key == key_of(samples, "meridian-herald")
    assert samples.pair.right_key == key_of(samples, "coastline-daily")


def test_keyboard_moves_and_opens(qtbot, samples) -> None:
    heatmap = samples.overview_view.heatmap
    heatmap.setFocus()
    with qtbot.waitSignal(heatmap.cell_hovered) as moved:
        qtbot.keyClick(heatmap, Qt.Key.Key_Down)  # from (0, 1) to (1, 1): the diagonal
    a, b = moved.args
    assert a == b
    qtbot.keyClick(heatmap, Qt.Key.Key_Right)
    with qtbot.waitSignal(samples.overview_view.pair_requested):
        qtbot.keyClick(heatmap, Qt.Key.Key_Return)
    assert samples.views.page() == "compare"


def test_badges_in_the_article_list(qtbot, samples) -> None:
    samples.splitter.setSizes([460, samples.splitter.width() - 460])  # room for title and pill
    model = samples.model
    source = model.find(key_of(samples, "meridian-herald"))
    assert source is not None
    for stem in COPIES:  # the source's file name (outlets repeat), and the kind of copy
        row = model.row_of(key_of(samples, stem))
        badge = model.data(model.index(row, COPY_OF))
        assert badge.startswith(f"{source.name} (") and badge.endswith(")")
        assert model.data(model.index(row, TITLE), BADGE_ROLE) == badge
        assert "Copy of" in model.data(model.index(row, TITLE), Qt.ItemDataRole.ToolTipRole)
    for stem in ("meridian-herald", "northern-observer"):
        row = model.row_of(key_of(samples, stem))
        assert model.data(model.index(row, COPY_OF)) == ""
        assert not model.data(model.index(row, TITLE), BADGE_ROLE)
    # The pill is painted in the title cell, in the copy colour.
    view = samples.article_list.view
    row = model.row_of(key_of(samples, COPIES[0]))
    cell = view.visualRect(samples.article_list.proxy.mapFromSource(model.index(row, TITLE)))
    image = view.viewport().grab().toImage()
    copy = samples.overview_view.heatmap.theme.copy
    pill = [
        image.pixelColor(x, y)
        for x in range(cell.right() - 80, cell.right())
        for y in range(cell.top(), cell.bottom())
    ]
    assert any(close(c, copy, 40) for c in pill)
    row = model.row_of(key_of(samples, "northern-observer"))
    cell = view.visualRect(samples.article_list.proxy.mapFromSource(model.index(row, TITLE)))
    plain = [
        image.pixelColor(x, y)
        for x in range(cell.right() - 80, cell.right())
        for y in range(cell.top(), cell.bottom())
    ]
    assert not any(close(c, copy, 40) for c in plain)


def test_cancel_and_compute_again(qtbot, window) -> None:
    window.views.show_overview()
    window.model.add(synthetic_entries(400))
    qtbot.waitUntil(lambda: window.overview.state == COMPUTING, timeout=5000)
    view = window.overview_view
    assert view.current_page() == "state" and "Computing" in view.state_page.title.text()
    shown = window.status.shown_task()
    assert shown is not None and shown.label == "Overview of 400 articles"
    qtbot.mouseClick(window.status.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.overview.state == CANCELLED, timeout=10000)
    assert view.current_page() == "state" and view.state_page.button.text() == "Compute Again"
    assert view.result is None and window.model.data(window.model.index(0, COPY_OF)) == ""
    qtbot.waitUntil(lambda: not window.overview.pending, timeout=5000)
    assert window.overview.state == CANCELLED  # not restarted behind the user's back
    qtbot.mouseClick(view.state_page.button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, window, timeout=60000)
    assert view.result is not None and view.result.size == 400
    keys = window.model.keys()
    assert any(window.model.badge(k) for k in keys)


def test_recomputed_once_after_removing_articles(qtbot, samples) -> None:
    tasks = overview_tasks(samples)
    samples.remove([key_of(samples, "meridian-herald")])
    samples.remove([key_of(samples, "northern-observer")])  # right after: one recomputation
    qtbot.waitUntil(lambda: samples.overview_view.result.size == 3, timeout=20000)
    wait_ready(qtbot, samples)
    assert tasks == ["Overview of 3 articles"]
    result = samples.overview_view.result
    assert set(result.keys) == set(samples.model.keys())
    gone = "The Meridian Herald"
    keys = samples.model.keys()
    assert all(samples.model.badge(k) != gone for k in keys)
    assert samples.overview_view.heatmap.heat.size == 3


def test_fewer_than_two_articles(qtbot, window, load, sample_paths) -> None:
    window.views.show_overview()
    load(window, sample_paths[:1])
    qtbot.waitUntil(lambda: not window.overview.pending, timeout=5000)
    view = window.overview_view
    assert window.overview.state == FEW and view.current_page() == "state"
    assert view.state_page.button.isVisible() and "Open" in view.state_page.button.text()
    load(window, sample_paths[1:2])
    wait_ready(qtbot, window)
    assert view.current_page() == "map" and view.heatmap.heat.size == 2


def test_view_actions_switch_and_are_remembered(qtbot, window, make_window, isolated_home) -> None:
    assert window.views.page() == "compare" and window.actions.show_compare.isChecked()
    window.actions.show_overview.trigger()
    assert window.views.page() == "overview" and window.actions.show_overview.isChecked()
    assert not window.actions.show_compare.isChecked()
    window.views.setCurrentIndex(0)  # the tab bar
    assert window.actions.show_compare.isChecked()
    window.actions.show_overview.trigger()
    window.settings.sync()
    again = make_window(home=isolated_home)
    assert again.views.page() == "overview"


@pytest.mark.seeds
def test_seed_001_is_a_copy_of_000(qtbot, window, load, seeds_dir, seed) -> None:
    paths = [seed(n) for n in ("000", "001", "002", "003", "004")]
    load(window, paths)
    wait_ready(qtbot, window)
    result = window.overview_view.result
    heat = result.heatmap
    index = {p.name[:3]: result.keys.index(file_key(p)) for p in paths}
    row, col = heat.position[index["001"]], heat.position[index["000"]]
    assert COPY in heat.marks.at(row, col)
    original = window.model.find(file_key(paths[0]))
    assert window.model.badge(file_key(paths[1])).startswith(f"{original.name} (")
    # 002 and 004 rewrite one wire story in other words: siblings, found by the paraphrase evidence
    a, b = heat.position[index["002"]], heat.position[index["004"]]
    assert heat.marks.at(a, b) & {COPY, SOURCE}
    assert result.overview.cluster_of(index["002"]) == result.overview.cluster_of(index["004"])


def test_the_overview_of_1000_articles_is_computed_off_the_gui_thread(
    qtbot, window, monkeypatch
) -> None:
    """The window's longest stall meanwhile is measured by scripts/bench_overview_ui.py."""
    from newsreader.ui.overview import controller as overview_controller

    threads = record_threads(monkeypatch, overview_controller, "overview")
    window.views.show_overview()
    window.model.add(synthetic_entries(1000))
    qtbot.waitUntil(lambda: window.overview.state == COMPUTING, timeout=5000)
    wait_ready(qtbot, window, timeout=120000)
    for _ in range(3):  # the first paints of the map
        window.overview_view.heatmap.viewport().repaint()
    assert window.overview_view.result.size == 1000
    assert ran_off_the_gui_thread(threads)


def test_hovering_a_cell_shows_the_pair(qtbot, samples) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = samples.overview_view
    heatmap = view.heatmap
    source, copy = (
        article_index(samples, "meridian-herald"),
        article_index(samples, "globe-newsflash"),
    )
    rect = heatmap.cell_rect(copy, source)
    qtbot.mouseMove(heatmap.viewport(), rect.center())
    qtbot.waitUntil(lambda: heatmap.hovered is not None)
    assert heatmap.hovered == (heatmap.position_of(copy), heatmap.position_of(source))
    result = view.result
    assert result.short[source] in view.info.text() and "copy of" in view.info.text()
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), heatmap.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(heatmap.viewport(), event)
    text = QToolTip.text()
    for expected in (result.labels[copy], result.labels[source], "copy of", "Similarity"):
        assert expected.replace("&", "&amp;") in text, expected
    assert "Word for word" in text and "Direction" in text and "Kind" in text
    QToolTip.hideText()
    # Hovering a copy in the side list outlines its cell.
    pairs = view.pairs
    index = pairs.index_of(source, copy)
    qtbot.mouseMove(pairs.view.viewport(), pairs.view.visualRect(index).center())
    qtbot.waitUntil(lambda: heatmap.marked is not None)
    assert heatmap.marked == (heatmap.position_of(copy), heatmap.position_of(source))


def test_a_failure_is_reported_and_can_be_retried(
    qtbot, window, load, sample_paths, monkeypatch
) -> None:
    import newsreader.ui.overview.controller as controller_module

    real = controller_module.overview

    def broken(*args, **kwargs):
        raise RuntimeError("the matrix caught fire")

    monkeypatch.setattr(controller_module, "overview", broken)
    window.views.show_overview()
    load(window, sample_paths[:3])
    qtbot.waitUntil(lambda: window.overview.state == FAILED, timeout=10000)
    view = window.overview_view
    assert view.current_page() == "state" and "caught fire" in view.state_page.detail.text()
    assert "overview could not be computed" in window.status.currentMessage()
    monkeypatch.setattr(controller_module, "overview", real)
    qtbot.mouseClick(view.state_page.button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, window)
    assert view.current_page() == "map" and view.result.size == 3


def test_the_side_list_names_files_with_kind_and_family_and_agrees_with_the_header(
    qtbot, samples
) -> None:
    from newsreader.core.corpus.relation import KINDS
    from newsreader.ui.overview.pairs import (
        COPY_COLUMN,
        FAMILY_COLUMN,
        KIND_COLUMN,
        SOURCE_COLUMN,
    )
    from newsreader.ui.overview.text import row_counts

    view = samples.overview_view
    model = view.pairs.model
    counts = row_counts(model.rows)
    assert counts in view.summary.text() and counts in view.pairs.title.text()
    for row in range(model.rowCount()):
        copy = model.data(model.index(row, COPY_COLUMN))
        source = model.data(model.index(row, SOURCE_COLUMN))
        assert copy.endswith((".txt", ".md", ".html")) and source == "meridian-herald.txt"
        assert model.data(model.index(row, KIND_COLUMN)) in KINDS
        assert model.data(model.index(row, FAMILY_COLUMN)) == "meridian-herald.txt (4)"


def test_the_comparison_states_the_overviews_verdict_on_the_pair(
    qtbot, samples, wait_aligned
) -> None:
    """One notion of copy: the summary line over the panes says what the Overview says."""
    samples.pair.set_pair(key_of(samples, "meridian-herald"), key_of(samples, "harbour-times"))
    wait_aligned(samples)
    text = samples.compare.summary.text()
    assert "right is a" in text and "copy of left" in text and "covers" in text
    samples.pair.swap()
    assert "left is a" in samples.compare.relation_text
    assert "copy of right" in samples.compare.relation_text

    samples.pair.set_pair(key_of(samples, "northern-observer"), key_of(samples, "harbour-times"))
    wait_aligned(samples)
    assert "copy" not in samples.compare.relation_text
    assert samples.compare.relation_text in samples.compare.summary.text()
