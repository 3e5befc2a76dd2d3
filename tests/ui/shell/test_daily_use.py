"""What a fact-checker hits in the first minutes: layout, small feedback, counts, shortcuts."""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from newsreader.ui.common.settings import Settings
from newsreader.ui.compare.pane_header import breakable
from newsreader.ui.shell.main_window import MainWindow
from newsreader.ui.shell.session import load_session
from tests.ui.compare.test_compare_ui import made_article
from tests.ui.conftest import write

SAMPLE = "The dam talks opened on Thursday in Port Meridian with both delegations present."


# --- the layout ----------------------------------------------------------------------------------
def test_the_list_collapses_and_comes_back_at_its_width(qtbot, window):
    action = window.actions.show_list
    assert action.isChecked()
    width = window.splitter.sizes()[0]
    assert 0 < width <= window.width() * 0.3 + 1
    action.trigger()
    assert window.splitter.sizes()[0] == 0 and not action.isChecked()
    window.actions.focus_list.trigger()  # Ctrl+3 shows it again to focus it
    assert window.splitter.sizes()[0] == width and action.isChecked()
    window.splitter.moveSplitter(0, 1)  # dragged shut
    assert not action.isChecked()


def test_the_facts_sidebar_narrows_the_list_not_the_panes(qtbot, make_window):
    window = make_window(size=(1300, 800))
    left = made_article("l.txt", [SAMPLE], ["", ""])
    right = made_article("r.txt", [SAMPLE], ["", ""])
    window.model.add([left, right])
    window.pair.set_pair(left.key, right.key)
    window.splitter.setSizes([450, 850])
    window.actions.facts.trigger()
    qtbot.waitUntil(window.facts.sidebar_dock.isVisible)
    qtbot.waitUntil(lambda: window.compare.left_pane.width() >= 330)
    for pane in window.compare.panes.values():
        assert pane.width() >= 330  # MIN_PANE less the scroll bar and frame
    assert window.splitter.sizes()[0] < 450


def test_the_layout_comes_back(qtbot, make_window, isolated_home, load, sample_paths):
    first = make_window()
    load(first, sample_paths[:2])
    first.actions.fact_grid.trigger()
    first.actions.show_list.trigger()  # collapsed
    first.actions.facts.trigger()
    first.close()
    # As the app starts: the window restores the layout, then is shown, then builds the facts.
    store = QSettings(str(isolated_home / "config" / "session.ini"), QSettings.Format.IniFormat)
    second = MainWindow(Settings.at(isolated_home / "config" / "settings.ini"), store)
    qtbot.addWidget(second)
    second.restore_layout(load_session(store))
    second.show()
    assert second.views.page() == "grid" and second.actions.fact_grid.isChecked()
    assert second.splitter.sizes()[0] == 0 and not second.actions.show_list.isChecked()
    qtbot.waitUntil(second.facts.sidebar_dock.isVisible)
    assert second.actions.facts.isChecked()
    second.runner.shutdown(5000)


# --- small things --------------------------------------------------------------------------------
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PySide6's only QDragEnterEvent
def test_the_drop_sheet_hides_the_empty_windows_text(qtbot, window, tmp_path):
    hint = next(w for w in window.empty_state.findChildren(QLabel) if w.objectName() == "emptyHint")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(tmp_path, "a.txt", SAMPLE)))])
    event = QDragEnterEvent(  # (the constructor Qt marks deprecated is the one PySide6 has)
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert window.intake.overlay.isVisible()
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    top_left = hint.mapTo(window, QPoint(0, 0))
    text = hint.palette().color(hint.foregroundRole())
    dark = [
        image.pixelColor(int((top_left.x() + x) * ratio), int((top_left.y() + y) * ratio))
        for x in range(0, hint.width(), 2)
        for y in range(0, hint.height(), 2)
    ]
    # None of the hint's dark text shows through the sheet.
    assert not any(_close(c, text, 60) for c in dark)


def _close(a: QColor, b: QColor, tolerance: int) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_status_bar_counts_what_the_problems_panel_lists(qtbot, window, load, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    write(folder, "good.txt", SAMPLE + "\n\nA second paragraph about the reservoir.")
    write(folder, "empty.txt", "")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    os.mkfifo(folder / "pipe.txt")
    said = []
    window.messages.posted.connect(lambda m: said.append(m.text))
    load(window, [folder])
    summary = next(t for t in said if t.startswith("Loaded"))
    listed = window.problems.count()
    assert listed == 3, [m.text for m in window.problems.model.messages]
    assert re.search(rf"\b{listed} files with problems\b", summary), summary
    assert summary.startswith("Loaded 1 article;")


def test_next_link_at_the_last_one_says_so(qtbot, window, wait_aligned):
    paras = [SAMPLE, "Officials said the first session would last three hours at most."]
    left = made_article("l.txt", paras, ["", ""])
    right = made_article("r.txt", paras, ["", ""])
    window.model.add([left, right])
    window.pair.set_pair(left.key, right.key)
    wait_aligned(window)
    window.compare.left_pane.setFocus()
    said = []
    window.messages.posted.connect(lambda m: said.append(m.text))
    visited = [window.navigate(True, True) for _ in range(3)]
    assert visited[:2] == [0, 1] and visited[2] is None
    assert said and "No linked paragraph below" in said[-1]
    assert window.status.currentMessage() and "last one" in window.status.currentMessage()


def test_ctrl_4_focuses_the_facts_tree(qtbot, window, load, sample_paths):
    load(window, sample_paths[:2])
    assert window.actions.focus_facts.shortcut().toString() == "Ctrl+4"
    window.actions.focus_facts.trigger()
    tree = window.facts.sidebar.tree
    assert window.facts.sidebar_dock.isVisible()
    qtbot.waitUntil(lambda: tree.hasFocus() or QApplication.focusWidget() is tree)


def test_long_unbroken_titles_wrap_instead_of_clipping(qtbot, window):
    title = "000_cb82aaa8f0fbfda1-a-very-long-file-name-without-any-spaces.txt"
    assert breakable(title).replace("\u200b", "") == title
    entry = made_article(title, [SAMPLE], ["", ""])
    window.model.add([entry])
    window.pair.set_pair(entry.key, "")
    label = window.compare.headers["left"].title
    width = 150
    metrics = QFontMetrics(label.font())
    flags = int(Qt.TextFlag.TextWordWrap)
    wrapped = metrics.boundingRect(0, 0, width, 10_000, flags, label.text())
    assert wrapped.width() <= width  # every line fits: nothing is cut off
    unbroken = metrics.boundingRect(0, 0, width, 10_000, flags, title)
    assert unbroken.width() > width  # the title as it was could not wrap


def test_opening_the_sidebar_keeps_the_reading_place(qtbot, window, load, wait_aligned):
    from newsreader.ui.common.paths import SAMPLES
    from newsreader.ui.shell.app import DEMO_PAIR

    load(window, [SAMPLES / name for name in DEMO_PAIR])
    wait_aligned(window)
    pane = window.compare.left_pane
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    first = pane.first_visible_paragraph()
    assert first is not None and first >= 2
    window.actions.facts.trigger()  # the panes get narrower: the text is laid out again
    qtbot.waitUntil(lambda: bar.value() > 0 and (pane.first_visible_paragraph() or 0) >= first - 1)
