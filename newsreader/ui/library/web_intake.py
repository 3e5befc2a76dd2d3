"""Articles from the web, on the user's request: File › Open URL…, Ctrl+Shift+V, dropped links, feeds.

Every fetch starts from something the user did: the Open URL dialog (also shown, filled in, for a
dropped or pasted link, so a drop never downloads by itself), or Ctrl+Shift+V ("open the link on
the clipboard"). Fetching runs in a background task with progress and Cancel in the status bar
(:func:`~newsreader.core.web.open_url.open_url`); the pages it keeps in the data folder are then
loaded like files (:class:`~.loading.LoadController`), so they come back with the
session. A feed — fetched, or a feed file that was opened — shows its items to choose from, and the
chosen ones are fetched the same way. Each address that fails is reported with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.visible import visible
from newsreader.ui.common.worker import Task, TaskContext, TaskRunner
from newsreader.ui.library.loading import LoadController, LoadOutcome

if TYPE_CHECKING:
    from newsreader.core.ingest.feed_reader import Feed
    from newsreader.core.web.open_url import Batch


def fetch_urls(urls: Sequence[str], ctx: TaskContext, *, feeds_allowed: bool = True) -> Batch:
    """Worker side: fetch each address in turn; a cancel keeps what was fetched so far."""
    from newsreader.core.web.open_url import open_urls

    def progress(n: int, received: int, expected: int | None) -> None:
        host = urlsplit(urls[n]).hostname or urls[n]
        label = f"Fetching {n + 1} of {len(urls)}: {host}" if len(urls) > 1 else f"Fetching {host}"
        part = min(1.0, received / expected) if expected else 0.5 if received else 0.0
        size = f" ({received // 1024:,} KB)" if received else ""
        ctx.progress((n + part) / len(urls), label + size)

    batch = open_urls(urls, feeds_allowed=feeds_allowed, progress=progress, cancelled=ctx.cancelled)
    ctx.progress(1.0, "Fetched")
    return batch


class WebIntake(QObject):
    """Signals:
    failed(): some addresses could not be opened (each reported through the message hub).
    """

    failed = Signal()

    def __init__(
        self,
        window: QWidget,
        loader: LoadController,
        runner: TaskRunner,
        messages: MessageHub,
    ) -> None:
        super().__init__(window)
        self.window, self.loader, self.runner, self.messages = window, loader, runner, messages
        self.dialog: QDialog | None = None  # the dialog showing, for tests and to avoid two

    # --- what the user does ----------------------------------------------------------------------
    def ask(self, urls: Sequence[str] = ()) -> None:
        """Show File › Open URL…, filled in with ``urls`` (or the link on the clipboard)."""
        from newsreader.ui.library.open_url_dialog import OpenUrlDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = OpenUrlDialog(list(urls) or clipboard_links(), self.window)
        self._show(dialog, lambda: self.fetch(dialog.urls()))

    def open_clipboard_link(self) -> None:
        """Ctrl+Shift+V: fetch the link(s) on the clipboard, or ask for one when there is none."""
        links = clipboard_links()
        if links:
            self.fetch(links)
        else:
            self.messages.info("The clipboard holds no web address; type or paste one here.")
            self.ask()

    def offer_feeds(self, outcome: LoadOutcome) -> None:
        """After files were loaded: let the user pick from any feed among them."""
        for path, feed in outcome.feeds:
            if feed.links:
                self.choose_items(feed)
            else:
                self.messages.warning("This news feed has no items with a web address.", path)

    def choose_items(self, feed: Feed) -> None:
        from newsreader.ui.library.feed_dialog import FeedDialog

        if self.dialog is not None:  # one at a time; the next feed waits for this one
            self.dialog.finished.connect(lambda *_: self.choose_items(feed))
            return
        dialog = FeedDialog(feed, self.window)
        self._show(dialog, lambda: self.fetch(dialog.links(), feeds_allowed=False))

    def fetch(self, urls: Sequence[str], *, feeds_allowed: bool = True) -> Task | None:
        wanted = list(dict.fromkeys(urls))
        if not wanted:
            return None
        label = f"Fetching {len(wanted)} page{'s' if len(wanted) != 1 else ''}"
        task = self.runner.run(
            lambda ctx: fetch_urls(wanted, ctx, feeds_allowed=feeds_allowed),
            label=label,
            on_failure=lambda exc: self.messages.error(f"Fetching stopped: {exc}"),
        )
        task.succeeded.connect(self._on_fetched)
        return task

    # --- main thread -----------------------------------------------------------------------------
    def _show(self, dialog: QDialog, on_accept) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda *_: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_fetched(self, fetched: Batch) -> None:
        for url, reason in fetched.failures:
            self.messages.error(f"Could not open {visible(url, 200)}: {reason}.")
        if fetched.failures:
            self.failed.emit()
        for url, note in fetched.notes:
            self.messages.warning(f"{visible(url, 200)} {note}.")
        if fetched.paths:
            self.loader.load_paths(fetched.paths)
        for feed in fetched.feeds:
            if feed.links:
                self.choose_items(feed)
            else:
                self.messages.warning(
                    f"The news feed {visible(feed.source, 200)} has no items to load."
                )
        if fetched.cancelled:
            self.messages.info("Fetching cancelled; the pages fetched before are kept.")


def clipboard_links() -> list[str]:
    """The http(s) addresses on the clipboard: its URLs, or its text when every line is one."""
    from newsreader.core.web.fetch import looks_like_url

    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return []
    if mime.hasUrls():
        links = [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]
        if links:
            return links
    lines = (
        [line.strip() for line in mime.text().splitlines() if line.strip()]
        if mime.hasText()
        else []
    )
    if lines and all(looks_like_url(line) for line in lines):
        return lines
    return []
