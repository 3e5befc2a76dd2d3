"""Putting a big generated document into a pane in steps, so the window never freezes on it.

``QTextEdit.setHtml`` parses the whole document at once on the GUI thread: about 0.4 s for the
5 MB of a long single-line file, once when the pair is shown and again when its alignment arrives.
A document larger than :data:`BIG_HTML` is instead started with its first paragraphs and
completed a step of about :data:`STEP_HTML` characters at a time from a zero-interval timer, each
step appended as a new block (so every ``<p>`` stays one block, as the pane's geometry expects).
Paragraphs not there yet simply have no block (:meth:`ParagraphGeometry.block` returns None).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from newsreader.ui.render import HEAD, TAIL, Rendered

BIG_HTML = 400_000  # characters of HTML above which a document is filled in steps
STEP_HTML = 8_000  # about how many characters of HTML one step appends


class DocumentFiller(QObject):
    """Fills ``editor`` with a rendered article, in steps when it is big; ``stepped`` after each."""

    def __init__(self, editor: QTextEdit, stepped: Callable[[], None]) -> None:
        super().__init__(editor)
        self._editor = editor
        self._stepped = stepped
        self._parts: list[str] = []
        self._next = 0
        self._timer = QTimer(self)
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._step)

    @property
    def filling(self) -> bool:
        """True while parts of the document are still to come."""
        return self._next < len(self._parts)

    def fill(self, rendered: Rendered) -> None:
        """Replace the document with ``rendered`` (at once when small, else its first step now)."""
        self._timer.stop()
        self._parts = rendered.parts
        big = sum(len(p) for p in self._parts) > BIG_HTML
        self._next = self._take(0) if big else len(self._parts)
        self._editor.setHtml(HEAD + "".join(self._parts[: self._next]) + TAIL)
        if self.filling:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._parts, self._next = [], 0

    def finish(self) -> None:
        """Append everything still to come now (tests; an action that needs the whole document)."""
        while self.filling:
            self._step()

    def _take(self, start: int) -> int:
        """The end of the step that starts at part ``start``."""
        end, size = start, 0
        while end < len(self._parts) and (size < STEP_HTML or end == start):
            size += len(self._parts[end])
            end += 1
        return end

    def _step(self) -> None:
        if not self.filling:
            self._timer.stop()
            return
        end = self._take(self._next)
        cursor = QTextCursor(self._editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()  # the step's first <p> becomes this block, not part of the last one
        cursor.insertHtml("".join(self._parts[self._next : end]))
        self._next = end
        if not self.filling:
            self._timer.stop()
        self._stepped()
