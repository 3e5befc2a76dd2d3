"""File > Export… (Ctrl+E): save the compared pair as an HTML report, Markdown, or facts as CSV/JSON.

:class:`ExportController` keeps the action enabled exactly while two articles are compared (with a
tooltip saying why when it is not), asks for a file name (the format follows the name's suffix or
the chosen filter; the folder and format are remembered), and runs
:func:`~newsreader.ui.export.job.run_export` through the window's task runner, so the status bar
shows its progress and Cancel. Every outcome is told through the message hub: success with the
path (and an "Open"/"Show Folder" pair of buttons in the status bar), failures with what happened
to which file and what to do, a cancel with the file left as it was.

Signals:
    exported(object): an :class:`~newsreader.ui.export.job.ExportResult` after a successful export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStatusBar,
    QToolButton,
    QWidget,
)

from newsreader.core.article import Article
from newsreader.core.export import (
    FORMATS,
    ExportError,
    FactsUnavailable,
    Format,
    file_dialog_filter,
    format_for_path,
    suggested_name,
)
from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.settings import EXPORT_FOLDER, EXPORT_FORMAT, LAST_FOLDER, Settings
from newsreader.ui.common.visible import visible
from newsreader.ui.common.worker import Task, TaskRunner
from newsreader.ui.compare.pair import PairController
from newsreader.ui.export.job import ExportRequest, ExportResult, run_export

DISABLED_TIP = "Export needs two articles side by side: choose a left and a right article first"
# The dialog's filter for each format, in the order file_dialog_filter() lists them.
FILTERS: dict[Format, str] = dict(zip(FORMATS, file_dialog_filter().split(";;"), strict=True))
DONE_BAR_MS = 60_000  # how long the Open / Show Folder buttons stay after an export


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 10_000 else f"{n / 1024:,.0f} KB"


def _unchanged(path: Path) -> str:
    return "the existing file there is unchanged" if path.exists() else "nothing was written"


class ExportedBar(QWidget):
    """Status-bar buttons for the last export: open the file, show its folder."""

    def __init__(self, messages: MessageHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportedBar")
        self.messages = messages
        self.path: Path | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openExport")
        self.open_button.clicked.connect(lambda: self._open(file=True))
        self.folder_button = QToolButton(self)
        self.folder_button.setObjectName("openExportFolder")
        self.folder_button.setText("Show Folder")
        self.folder_button.setToolTip("Open the folder the export was saved in")
        self.folder_button.clicked.connect(lambda: self._open(file=False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.open_button, self.folder_button):
            layout.addWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_for(self, result: ExportResult) -> None:
        self.path = result.path
        self.label.setText(f"Exported {visible(result.path.name, 60)}")
        html = result.fmt == "html"
        self.open_button.setText("Open in Browser" if html else "Open")
        self.open_button.setToolTip(
            "Open the report in your web browser" if html else "Open the file with its usual app"
        )
        self.show()
        self._timer.start(DONE_BAR_MS)

    def _open(self, file: bool) -> None:
        if self.path is None:
            return
        target = self.path if file else self.path.parent
        if not target.exists():
            self.messages.warning(f"{target} is no longer there.", path=self.path)
        elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.messages.warning(f"No application could open {target}.", path=self.path)


class ExportController(QObject):
    exported = Signal(object)

    def __init__(
        self,
        window: QWidget,
        action: QAction,
        pair: PairController,
        runner: TaskRunner,
        *,
        settings: Settings,
        messages: MessageHub,
        status_bar: QStatusBar | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.action, self.pair = window, action, pair
        self.runner, self.settings, self.messages = runner, settings, messages
        self.task: Task | None = None
        # Facts already read for these articles (the facts sidebar's), reused instead of reading again.
        self.facts_source: Callable[[list[Article]], Callable[[], dict[str, Any]] | None] | None = (
            None
        )
        self.enabled_tip = action.statusTip()  # declared in actions.py
        self.done_bar = ExportedBar(messages, window)
        if status_bar is not None:
            status_bar.addPermanentWidget(self.done_bar)
        action.triggered.connect(self.start)
        pair.pair_changed.connect(self.update_action)
        self.update_action()

    # --- the action ----------------------------------------------------------------------------
    def articles(self) -> tuple[Article, Article] | None:
        """The two compared articles, or None when fewer than two are shown."""
        found = [
            self.pair.model.find(k) if k else None
            for k in (self.pair.left_key, self.pair.right_key)
        ]
        left, right = (e.article if e is not None and e.comparable else None for e in found)
        return (left, right) if left is not None and right is not None else None

    def update_action(self, *_: object) -> None:
        ok = self.articles() is not None
        tip = self.enabled_tip if ok else DISABLED_TIP
        self.action.setEnabled(ok)
        self.action.setStatusTip(tip)
        keys = self.action.shortcuts()
        key = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        self.action.setToolTip(f"{tip} ({key})" if key else tip)

    def start(self) -> Task | None:
        """Ask where to export the compared pair, then export it in the background."""
        pair = self.articles()
        if pair is None:
            self.messages.warning(DISABLED_TIP + ".")
            return None
        if self.busy():
            self.messages.info("An export is already running: wait for it, or cancel it.")
            return None
        chosen = self.ask_path(*pair)
        if chosen is None:
            return None
        return self.export_to(*chosen)

    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    # --- choosing the file ---------------------------------------------------------------------
    def ask_path(self, left: Article, right: Article) -> tuple[Path, Format] | None:
        remembered = self.settings.get(EXPORT_FORMAT)
        last: Format = remembered if remembered in FORMATS else "html"  # type: ignore[assignment]
        start = self._start_folder(left) / suggested_name(left, right, last)
        name, chosen_filter = QFileDialog.getSaveFileName(
            self.window, "Export comparison", str(start), file_dialog_filter(), FILTERS[last]
        )
        if not name:
            return None
        path = Path(name)
        by_filter = next((f for f, text in FILTERS.items() if text == chosen_filter), last)
        fmt = format_for_path(path) or by_filter
        if not path.suffix:  # "report" with the HTML filter means report.html
            path = path.with_name(path.name + FORMATS[fmt].suffixes[0])
            if path.exists() and not self._confirm_replace(path):
                return None
        self.settings.set(EXPORT_FOLDER, str(path.parent))
        self.settings.set(EXPORT_FORMAT, fmt)
        return path, fmt

    def _start_folder(self, left: Article) -> Path:
        for candidate in (
            self.settings.get(EXPORT_FOLDER),
            self.settings.get(LAST_FOLDER),
            str(left.path.parent) if left.path is not None else "",
        ):
            if candidate and Path(candidate).is_dir():
                return Path(candidate)
        return Path.home()

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window,
            "Replace the file?",
            f"{visible(path.name, 120)} already exists in {visible(str(path.parent), 200)}.\n"
            "Do you want to replace it?",
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- exporting -----------------------------------------------------------------------------
    def export_to(self, path: Path, fmt: Format | None = None) -> Task | None:
        """Export the compared pair to ``path`` (format from its suffix unless given), no dialog."""
        pair = self.articles()
        if pair is None or self.busy():
            return None
        fmt = fmt or format_for_path(path) or "html"
        left, right = pair
        shown = self.pair.view.alignment  # None while aligning: the export aligns by itself
        if shown is not None and (shown.left_count, shown.right_count) != (
            len(left.paragraphs),
            len(right.paragraphs),
        ):
            shown = None
        known = None
        if self.facts_source is not None:
            known = self.facts_source(list({a.id: a for a in (left, right)}.values()))
        request = ExportRequest(left, right, shown, fmt, Path(path), known)
        self.done_bar.hide()
        task = self.runner.run(
            lambda ctx: run_export(request, ctx),
            label=f"Exporting {visible(request.path.name, 60)}",
            on_success=self._on_exported,
            on_failure=lambda exc: self._on_failed(exc, request.path),
        )
        task.cancelled.connect(lambda: self._on_cancelled(request.path))
        self.task = task
        return task

    def _on_exported(self, result: ExportResult) -> None:
        what = FORMATS[result.fmt].label
        note = f"; {result.facts_note}" if result.facts_note else ""
        self.messages.info(f"{what} saved to {result.path} ({_size(result.size)}){note}.")
        self.done_bar.show_for(result)
        self.exported.emit(result)

    def _on_failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, ExportError):
            text = f"Could not export to {path}: {exc.reason}"
        elif isinstance(exc, FactsUnavailable):
            text = (
                f"Could not export to {path}: {exc}; {_unchanged(path)}. "
                "Export as HTML or Markdown instead."
            )
        else:
            text = (
                f"Could not export to {path}: {exc}; {_unchanged(path)}. See the log for details."
            )
        self.messages.error(text, path=path)

    def _on_cancelled(self, path: Path) -> None:
        self.messages.info(f"Export cancelled: {_unchanged(path)} ({path}).")
