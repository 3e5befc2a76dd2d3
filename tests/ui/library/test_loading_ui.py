"""Getting articles in: drop, open, paste, recent files, bad files, and a responsive window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from newsreader.ui.library.article_model import STATUS
from newsreader.ui.library.entries import file_key
from tests.helpers.threads import ran_off_the_gui_thread, record_threads
from tests.ui.conftest import write


def drop(widget, mime: QMimeData) -> bool:
    """Drag ``mime`` over ``widget`` and drop it; returns whether the drag was accepted."""
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return True


def url_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_empty_state_says_how_to_start(window) -> None:
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.open_button.isVisible()
    assert window.empty_state.samples_button.isVisible()


def test_drop_files_on_the_window(qtbot, window, sample_paths, wait_aligned) -> None:
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        assert drop(window, url_mime(sample_paths[:3]))
    assert window.model.rowCount() == 3
    assert window.stack.currentWidget() is window.splitter
    wait_aligned(window)  # the first two were put side by side
    assert window.pair.left_key and window.pair.right_key


def test_drop_on_a_pane_reaches_the_window(qtbot, window, load, sample_paths) -> None:
    load(window, sample_paths[:1])
    pane = window.compare.right_pane.viewport()
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        assert drop(pane, url_mime(sample_paths[1:2]))
    assert window.model.rowCount() == 2


def test_drop_folder_is_recursive_and_skips_links(qtbot, window, tmp_path, wait_aligned) -> None:
    root = tmp_path / "drop"
    (root / "a" / "b").mkdir(parents=True)
    write(root, "one.txt", "First article paragraph one.\n\nAnother paragraph here.")
    write(root / "a", "two.txt", "Second article with its own text.\n\nAnd more.")
    write(root / "a" / "b", "three.txt", "Third article deep down.\n\nWith two paragraphs.")
    os.symlink(root, root / "a" / "loop")  # a link back up: must not be followed
    with qtbot.waitSignal(window.loader.loaded, timeout=20000) as blocker:
        assert drop(window, url_mime([root]))
    names = sorted(e.name for e in window.model.entries())
    assert names == ["one.txt", "three.txt", "two.txt"]
    assert any("link" in f.reason for f in blocker.args[0].skipped)


def test_drop_text_becomes_an_article(qtbot, window) -> None:
    mime = QMimeData()
    mime.setText("A pasted report.\n\nIt has two paragraphs of text.")
    with qtbot.waitSignal(window.model.rowsInserted, timeout=10000):
        assert drop(window, mime)
    entry = window.model.entries()[0]
    assert entry.is_pasted and entry.ok and entry.path is None
    assert entry.key == window.pair.left_key  # shown straight away


def test_dropped_web_address_is_not_fetched_without_asking(qtbot, window) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/news/story.html")])
    assert drop(window, mime)
    dialog = window.web.dialog  # the Open URL dialog asks first, filled in
    assert dialog is not None and dialog.urls() == ["https://example.com/news/story.html"]
    dialog.reject()
    assert window.runner.active() == [] and window.model.rowCount() == 0
    text = QMimeData()
    text.setText("  ftp://example.com/another  ")
    with qtbot.waitSignal(window.messages.posted, timeout=5000) as blocker:
        drop(window, text)
    assert "not fetched" in blocker.args[0].text
    assert window.runner.active() == [] and window.model.rowCount() == 0


def test_open_dialog_multi_select(qtbot, window, sample_paths, monkeypatch) -> None:
    asked = {}

    def fake_dialog(parent, caption, folder, filters):
        asked["filters"] = filters
        return [str(p) for p in sample_paths[:2]], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        window.actions.open.trigger()
    assert "*.html" in asked["filters"]
    assert [e.path for e in window.model.entries()] == sample_paths[:2]
    # They are now in Open Recent, newest first.
    window.recent.rebuild()
    labels = [a.text() for a in window.recent.actions()]
    assert any(sample_paths[0].name in label for label in labels)


def test_recent_file_reopens(qtbot, window, sample_paths) -> None:
    window.settings.add_recent(sample_paths[3])
    window.recent.rebuild()
    action = next(a for a in window.recent.actions() if sample_paths[3].name in a.text())
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        action.trigger()
    assert window.model.find(file_key(sample_paths[3])) is not None


def test_paste_text_as_an_article(qtbot, window) -> None:
    QGuiApplication.clipboard().setText("Copied from a browser.\n\nSecond paragraph of it.")
    with qtbot.waitSignal(window.model.rowsInserted, timeout=10000):
        window.actions.paste.trigger()
    assert window.model.entries()[0].is_pasted
    # The same text again is not a second article.
    with qtbot.waitSignal(window.messages.posted, timeout=10000):
        window.actions.paste.trigger()
    qtbot.waitUntil(lambda: not window.runner.active())
    assert window.model.rowCount() == 1


def test_same_file_twice_is_one_article(qtbot, window, load, sample_paths, tmp_path) -> None:
    load(window, sample_paths[:1])
    copy = tmp_path / "copy.txt"
    copy.write_bytes(sample_paths[0].read_bytes())
    outcome = load(window, [copy])
    assert window.model.rowCount() == 1
    assert outcome.duplicates


def test_bad_files_are_listed(qtbot, window, load, sample_paths, tmp_path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    missing = tmp_path / "gone.txt"
    load(window, [binary, empty, fifo, missing, sample_paths[0], sample_paths[1]])
    qtbot.waitUntil(lambda: not window.runner.active(), timeout=20000)

    bad = window.model.find(file_key(binary))
    assert bad is not None and not bad.ok and "binary" in bad.error
    row = window.model.row_of(bad.key)
    assert "binary" in window.model.data(window.model.index(row, STATUS))
    assert window.model.find(file_key(empty)).status()[0] != "ok"  # visible, not hidden
    problems = [(m.path, m.text) for m in window.problems.model.messages]
    assert any(p == binary and "binary" in t for p, t in problems)
    assert any(p == fifo and "pipe" in t.lower() for p, t in problems)
    assert any(p == missing for p, _ in problems)
    assert window.problems_dock.isVisible()
    # The good files still work: they are the pair.
    assert window.pair.left_key == file_key(sample_paths[0])
    assert window.pair.right_key == file_key(sample_paths[1])
    # A failed file cannot be picked for a pane.
    picker = window.compare.headers["left"].picker
    assert all("photo" not in picker.itemText(i) for i in range(picker.count()))


def test_remove_from_list(qtbot, window, load, sample_paths, wait_aligned) -> None:
    load(window, sample_paths[:3])
    wait_aligned(window)
    left = window.pair.left_key
    window.remove([left])
    assert window.model.find(left) is None
    assert window.pair.left_key and window.pair.left_key != left  # refilled from the list
    assert left not in window.disk.watcher.watched()


@pytest.mark.slow
def test_500_files_load_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch) -> None:
    """The window's longest stall while they load is measured by scripts/bench_ui.py."""
    from newsreader.ui.library import loading

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(500):
        write(
            folder,
            f"article-{n:03}.txt",
            f"Report number {n} on the water talks.\n\n"
            + "\n\n".join(f"Paragraph {k} of report {n} says something." for k in range(12)),
        )
    threads = record_threads(monkeypatch, loading, "load_many")
    with qtbot.waitSignal(window.loader.loaded, timeout=60000):
        window.open_paths([folder])
    qtbot.waitUntil(lambda: not window.runner.active(), timeout=60000)
    assert window.model.rowCount() == 500
    assert ran_off_the_gui_thread(threads)


def test_cancel_loading_keeps_what_was_loaded(qtbot, window, tmp_path, monkeypatch) -> None:
    import threading

    from newsreader.core.align import Cancelled
    from newsreader.ui.library import loading

    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(loading.CHUNK * 3):
        write(folder, f"a{n:03}.txt", f"Article {n} first paragraph.\n\nSecond paragraph {n}.")
    real = loading.load_many
    calls = []
    second_chunk = threading.Event()
    pressed = threading.Event()  # set once Cancel was pressed

    def slow_load_many(paths, progress=None, cancelled=None):
        calls.append(len(paths))
        if len(calls) == 2:  # hold the second chunk until the user cancels
            second_chunk.set()
            # Block until the test pressed Cancel. No polling: a loop of 2 ms waits asks for the
            # GIL 500 times a second, and on a loaded machine each handover waits for the OS to
            # schedule the other thread, slowing the test's own (main) thread to a crawl.
            assert pressed.wait(30)
            assert cancelled()
            raise Cancelled
        return real(paths, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(loading, "load_many", slow_load_many)
    with qtbot.waitSignal(window.loader.loaded, timeout=20000) as blocker:
        with qtbot.waitSignal(window.runner.task_started, timeout=5000) as started:
            window.open_paths([folder])
        task = started.args[0]
        qtbot.waitUntil(second_chunk.is_set, timeout=10000)
        qtbot.waitUntil(window.status.cancel_button.isVisible, timeout=5000)
        window.status.cancel_button.click()
        assert task.is_cancel_requested
        pressed.set()
    outcome = blocker.args[0]
    assert outcome.cancelled
    assert window.model.rowCount() == loading.CHUNK  # the first chunk is kept
    qtbot.waitUntil(lambda: not window.runner.active(), timeout=10000)
    assert not window.status.cancel_button.isVisible()


def test_reopen_with_another_encoding(qtbot, window, load, tmp_path, wait_aligned) -> None:
    path = tmp_path / "western.txt"
    path.write_bytes("Café société in Zürich.\n\nThe naïve reporter's résumé.".encode("cp1252"))
    other = write(tmp_path, "other.txt", "Another article.\n\nWith two paragraphs.")
    load(window, [path, other])
    key = file_key(path)
    with qtbot.waitSignal(window.loader.reloaded, timeout=10000):
        window.article_list.reopen_requested.emit([key], "cp1252")
    entry = window.model.find(key)
    assert entry.article.encoding.replace("-", "").lower() in ("cp1252", "windows1252")
    assert "Café" in entry.article.text


def test_drop_overlay_while_dragging(window, sample_paths) -> None:
    from PySide6.QtGui import QDragLeaveEvent

    mime = url_mime(sample_paths[:1])
    enter = QDragEnterEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted() and window.intake.overlay.isVisible()
    QApplication.sendEvent(window, QDragLeaveEvent())
    assert not window.intake.overlay.isVisible()
    nothing = QMimeData()
    nothing.setData("application/x-unknown", b"\x00")
    refused = QDragEnterEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        nothing,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted() and not window.intake.overlay.isVisible()
