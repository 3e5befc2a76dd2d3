"""File › Open URL…, Ctrl+Shift+V, dropped links and feeds in the window, against 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from newsreader.ui.library.feed_dialog import FeedDialog
from newsreader.ui.library.open_url_dialog import OpenUrlDialog
from newsreader.ui.shell.session import load_session
from tests.core.web.test_open_url import page
from tests.helpers.web import Answer, Server, rss_feed, serve, story_routes
from tests.ui.library.test_loading_ui import drop


@pytest.fixture
def server() -> Iterator[Server]:
    routes = story_routes(page)
    routes["/slow"] = Answer(stall=True)
    with serve(routes) as running:
        running.routes["/feed"] = Answer(
            rss_feed(running.base).encode(), headers={"Content-Type": "application/rss+xml"}
        )
        yield running


def titles(window) -> list[str]:
    return sorted(e.title for e in window.model.entries())


def test_open_url_fetches_in_the_background_and_keeps_the_page(
    qtbot, window, server: Server, isolated_home: Path
) -> None:
    QGuiApplication.clipboard().setText(server.url("/story1"))
    window.actions.open_url.trigger()
    dialog = window.web.dialog
    assert isinstance(dialog, OpenUrlDialog)
    assert dialog.urls() == [server.url("/story1")]  # filled in from the clipboard
    dialog.editor.setPlainText(f"{server.url('/story1')}\nnot a url\n{server.url('/story2')}")
    assert "not a url" in dialog.problems.text() and dialog.fetch_button.isEnabled()
    with qtbot.waitSignal(window.runner.task_started, timeout=5000) as started:
        dialog.accept()
    assert started.args[0].label == "Fetching 2 pages"
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        pass
    assert titles(window) == [
        "Story number 1 from the lakeside",
        "Story number 2 from the lakeside",
    ]
    entry = window.model.entries()[0]
    assert entry.path is not None and entry.path.parent == isolated_home / "data" / "pages"
    assert entry.article is not None and entry.article.url.startswith(server.base)


def test_ctrl_shift_v_fetches_the_link_on_the_clipboard(qtbot, window, server: Server) -> None:
    QGuiApplication.clipboard().setText(server.url("/story3"))
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert titles(window) == ["Story number 3 from the lakeside"]
    # Without a link on the clipboard the shortcut asks for one instead.
    QGuiApplication.clipboard().setText("just some words")
    window.actions.open_link.trigger()
    assert isinstance(window.web.dialog, OpenUrlDialog) and window.web.dialog.urls() == []
    window.web.dialog.reject()


def test_a_dropped_link_asks_then_fetches(qtbot, window, server: Server) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl(server.url("/story2"))])
    assert drop(window, mime)
    assert server.requests == []  # nothing fetched yet
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        window.web.dialog.accept()
    assert titles(window) == ["Story number 2 from the lakeside"]


def test_a_feed_url_offers_its_items_all_chosen(qtbot, window, server: Server) -> None:
    window.web.fetch([server.url("/feed")])
    qtbot.waitUntil(lambda: isinstance(window.web.dialog, FeedDialog), timeout=20000)
    dialog = window.web.dialog
    assert dialog.links() == [server.url(f"/story{k}") for k in (1, 2, 3)]
    dialog.model.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.load_button.text() == "&Load 2 Items"
    with qtbot.waitSignal(window.loader.loaded, timeout=20000):
        dialog.accept()
    assert titles(window) == [
        "Story number 1 from the lakeside",
        "Story number 3 from the lakeside",
    ]


def test_a_feed_file_offers_its_items(qtbot, window, server: Server, tmp_path: Path, load) -> None:
    feed = tmp_path / "courier.rss"
    feed.write_text(rss_feed(server.base, 2), encoding="utf-8")
    outcome = load(window, [feed])
    assert not outcome.added and [p for p, _ in outcome.feeds] == [feed]
    dialog = window.web.dialog
    assert isinstance(dialog, FeedDialog) and len(dialog.links()) == 2
    dialog.reject()
    assert window.model.rowCount() == 0 and window.runner.active() == []


def test_failures_are_reported_with_the_address_and_cancel_is_prompt(
    qtbot, window, server: Server
) -> None:
    with qtbot.waitSignal(window.messages.posted, timeout=20000) as blocker:
        window.web.fetch([server.url("/missing")])
    message = blocker.args[0]
    assert message.severity == "error" and server.url("/missing") in message.text
    assert "404" in message.text
    qtbot.waitUntil(window.problems_dock.isVisible, timeout=5000)
    task = window.web.fetch([server.url("/slow")])
    assert task is not None
    qtbot.waitUntil(lambda: any(p == "/slow" for p, _ in server.requests), timeout=5000)
    with qtbot.waitSignal(task.finished, timeout=3000):  # far below the 15 s read timeout
        task.cancel()
    assert window.model.rowCount() == 0


def test_a_fetched_article_comes_back_after_a_restart_offline(qtbot, make_window) -> None:
    first = make_window()
    with (
        serve(story_routes(page, 1)) as running,
        qtbot.waitSignal(first.loader.loaded, timeout=20000),
    ):
        first.web.fetch([running.url("/story1")])
    first.close()  # saves the session; the server is gone now
    second = make_window()
    second.restore_articles(load_session(first.session_store))
    qtbot.waitUntil(lambda: second.model.rowCount() == 1, timeout=20000)
    (entry,) = second.model.entries()
    assert entry.ok and entry.title == "Story number 1 from the lakeside"
    assert entry.article is not None and entry.article.url == running.url("/story1")
