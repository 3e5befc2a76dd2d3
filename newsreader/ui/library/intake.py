"""Everything that brings articles in: File > Open, the samples, recent files, paste and drops.

:class:`Intake` watches the window for drags (an event filter), shows a "drop here" overlay while
something acceptable is dragged over it, and turns what arrives into work for the loader. Web
addresses are handed on to be offered for fetching (never fetched from here); other addresses and
over-long text get a message.

Signals:
    text_added(list): entries made from pasted or dropped text (to show them straight away).
    links_dropped(list): http(s) addresses that were dropped or pasted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from newsreader.ui.common.contrast import mix
from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.paths import sample_files
from newsreader.ui.common.settings import LAST_FOLDER, Settings
from newsreader.ui.library.dropping import MAX_TEXT, REMOTE_MESSAGE, Payload, accepts, read_mime
from newsreader.ui.library.loading import LoadController
from newsreader.ui.library.recent import RecentMenu

FILE_FILTER = (
    "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf);;"
    "News feeds (*.rss *.atom *.xml);;All files (*)"
)
_DRAG_EVENTS = (
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.DragLeave,
    QEvent.Type.Drop,
)


class DropOverlay(QLabel):
    """A sheet over the window (opaque, tinted) saying what a drop will do."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__("Drop to add: files, folders, links or text", parent)
        self.setObjectName("dropOverlay")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def cover(self, widget: QWidget) -> None:
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        # Opaque: the text underneath (the empty window's how-to) must not show through.
        fill = mix(self.palette().color(QPalette.ColorRole.Window), highlight, 0.16)
        self.setStyleSheet(
            f"#dropOverlay {{ background: {fill.name()}; border: 3px dashed {highlight.name()};"
            f" color: {highlight.name()}; border-radius: 12px; }}"
        )
        self.setGeometry(widget.geometry().adjusted(8, 8, -8, -8))
        self.raise_()
        self.show()


class Intake(QObject):
    text_added = Signal(list)
    links_dropped = Signal(list)

    def __init__(
        self,
        window: QWidget,
        loader: LoadController,
        settings: Settings,
        recent: RecentMenu,
        messages: MessageHub,
    ) -> None:
        super().__init__(window)
        self.window, self.loader, self.settings = window, loader, settings
        self.recent, self.messages = recent, messages
        self.overlay = DropOverlay(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        recent.chosen.connect(lambda path: self.open_paths([Path(path)]))

    def open_dialog(self) -> None:
        start = self.settings.get(LAST_FOLDER) or str(Path.home())
        files, _ = QFileDialog.getOpenFileNames(self.window, "Open articles", start, FILE_FILTER)
        if files:
            self.settings.set(LAST_FOLDER, str(Path(files[0]).parent))
            self.open_paths([Path(f) for f in files])

    def open_paths(self, paths: list[Path], remember: bool = True) -> None:
        if remember:
            self.recent.add([p for p in paths if p.is_file()])
        task = self.loader.load_paths(paths)
        if task is None and paths:
            self.messages.info("Already in the list.")

    def open_samples(self) -> None:
        samples = sample_files()
        if not samples:
            self.messages.error("The bundled samples were not found (resources/samples).")
            return
        self.open_paths(samples, remember=False)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not accepts(mime):
            self.messages.warning("The clipboard holds no text or files to add.")
            return
        self.take(read_mime(mime))

    def take(self, payload: Payload) -> None:
        """Load what a drop or paste carried."""
        if payload.paths:
            self.open_paths(payload.paths)
        if payload.remote:
            self.links_dropped.emit(list(payload.remote))
        if payload.other:
            self.messages.warning(REMOTE_MESSAGE)
        if payload.too_long:
            self.messages.error(
                f"The text is too long to add ({payload.too_long:,} characters; "
                f"the limit is {MAX_TEXT:,}). Save it to a file and open that instead."
            )
        if payload.text.strip():
            self.loader.load_text(payload.text, then=self.text_added.emit)
        elif payload.empty:
            self.messages.warning("Nothing to add: the drop held no files or text.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() not in _DRAG_EVENTS:
            return False
        kind = event.type()
        if kind == QEvent.Type.DragLeave:
            self.overlay.hide()
            return False
        if not accepts(event.mimeData()):
            event.ignore()
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.overlay.hide()
            self.take(read_mime(event.mimeData()))
        elif kind == QEvent.Type.DragEnter:
            central = getattr(self.window, "centralWidget", None)
            self.overlay.cover(central() if central is not None else self.window)
        return True
