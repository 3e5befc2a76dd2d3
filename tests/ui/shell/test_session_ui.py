"""Session restore, and files that change or vanish on disk while loaded."""

from __future__ import annotations

import os

from newsreader.ui.library.entries import file_key
from newsreader.ui.shell.session import load_session
from tests.ui.conftest import write


def test_session_comes_back(qtbot, make_window, load, sample_paths, wait_aligned):
    first = make_window()
    load(first, sample_paths[:3])
    wait_aligned(first)
    with qtbot.waitSignal(first.model.rowsInserted, timeout=10000):
        first.loader.load_text("A pasted statement.\n\nWith a second paragraph.")
    pasted = first.model.entries()[-1]
    first.pair.set_pair(file_key(sample_paths[2]), pasted.key)
    wait_aligned(first)
    first.resize(760, 540)  # within the offscreen screen (800 x 600): restoring clamps to it
    qtbot.waitUntil(lambda: first.width() == 760)
    first.splitter.setSizes([250, 500])
    sizes = first.splitter.sizes()
    first.close()  # saves the session

    saved = load_session(first.session_store)
    assert saved.files == [str(p) for p in sample_paths[:3]]
    assert saved.pasted == ["A pasted statement.\n\nWith a second paragraph."]

    second = make_window()
    second.restore_layout(saved)
    second.restore_articles(saved)
    qtbot.waitUntil(lambda: second.model.rowCount() == 4, timeout=20000)
    qtbot.waitUntil(lambda: second.pair.right_key == pasted.key, timeout=20000)
    assert second.pair.left_key == file_key(sample_paths[2])
    assert (second.width(), second.height()) == (760, 540)
    qtbot.waitUntil(lambda: second.splitter.sizes() == sizes, timeout=5000)
    wait_aligned(second)


def test_restore_with_a_file_gone(qtbot, make_window, load, tmp_path, sample_paths):
    keep = write(tmp_path, "keep.txt", "Kept article.\n\nSecond paragraph.")
    gone = write(tmp_path, "gone.txt", "Soon deleted.\n\nSecond paragraph.")
    first = make_window()
    load(first, [keep, gone, sample_paths[0]])
    first.close()
    gone.unlink()
    second = make_window()
    saved = load_session(first.session_store)
    second.restore_articles(saved)
    qtbot.waitUntil(lambda: second.model.rowCount() == 2, timeout=20000)
    assert any(m.path == gone for m in second.problems.model.messages)


def test_changed_file_offers_reload(qtbot, window, load, tmp_path, wait_aligned):
    path = write(tmp_path, "story.txt", "Original first paragraph.\n\nOriginal second paragraph.")
    other = write(tmp_path, "other.txt", "Another article entirely.\n\nWith text.")
    load(window, [path, other])
    wait_aligned(window)
    notice = window.compare.notice
    path.write_text("Edited first paragraph, now longer.\n\nOriginal second.", encoding="utf-8")
    qtbot.waitUntil(notice.isVisible, timeout=10000)
    assert "story.txt" in notice.label.text()
    entry = window.model.find(file_key(path))
    assert entry.changed and entry.status()[1] == "Changed on disk"
    assert "Original" in window.compare.left_pane.toPlainText()  # nothing reloads by itself
    reload_button = notice.buttons()[0]
    assert reload_button.text() == "Reload"
    with qtbot.waitSignal(window.loader.reloaded, timeout=10000):
        reload_button.click()
    wait_aligned(window)
    assert "Edited first paragraph" in window.compare.left_pane.toPlainText()
    assert not window.model.find(file_key(path)).changed

    # An editor's atomic save (write elsewhere, rename over) is still noticed afterwards.
    temp = tmp_path / ".story.txt.tmp"
    temp.write_text("Third version of the story.\n\nSecond.", encoding="utf-8")
    os.replace(temp, path)
    qtbot.waitUntil(notice.isVisible, timeout=10000)
    notice.buttons()[1].click()  # keep current
    assert not notice.isVisible()
    path.write_text("Fourth version, after the rename.\n\nSecond.", encoding="utf-8")
    qtbot.waitUntil(notice.isVisible, timeout=10000)


def test_deleted_file_is_kept_and_marked_missing(qtbot, window, load, tmp_path, wait_aligned):
    path = write(tmp_path, "vanishing.txt", "Words that stay in memory.\n\nSecond paragraph.")
    other = write(tmp_path, "other.txt", "Another article entirely.\n\nWith text.")
    load(window, [path, other])
    wait_aligned(window)
    path.unlink()
    entry = window.model.find(file_key(path))
    qtbot.waitUntil(lambda: entry.missing, timeout=10000)
    assert "Missing on disk" in entry.status()[1]
    assert "Words that stay in memory." in window.compare.left_pane.toPlainText()
    assert any(m.path == path and "kept" in m.text for m in window.problems.model.messages)
    # It comes back: a reload is offered.
    path.write_text("Back again.\n\nSecond paragraph.", encoding="utf-8")
    qtbot.waitUntil(window.compare.notice.isVisible, timeout=10000)
    assert not entry.missing
