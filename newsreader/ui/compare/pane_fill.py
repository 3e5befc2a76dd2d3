"""Putting a big generated document into a pane in steps, so the window never freezes on it.

``QTextEdit.setHtml`` parses the whole document at once on the GUI thread: about 0.4 s for the
5 MB of a long single-line file, once when the pair is shown and again when its alignment arrives.
A document larger than :data:`BIG_HTML` is instead started with its first paragraphs and
completed a step at a time from a short timer, each step sized to take about :data:`STEP_SECONDS`
and appended as a new block (so every ``<p>`` stays one block, as the pane's geometry expects).
Paragraphs not there yet simply have no block (:meth:`ParagraphGeometry.block` returns None).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from newsreader.ui.compare.render import HEAD, TAIL, Rendered

BIG_HTML = 400_000  # characters (about) above which a document is filled in steps
STEP_HTML = 8_000  # how many characters of HTML the first step appends; then ...
STEP_SECONDS = 0.008  # ... the step size follows how long a step took, aiming at this
STEP_RANGE = (2_000, 32_000)


class DocumentFiller(QObject):
    """Fills ``editor`` with a rendered article, in steps when it is big; ``stepped`` after each."""

    def __init__(self, editor: QTextEdit, stepped: Callable[[], None]) -> None:
        super().__init__(editor)
        self._editor = editor
        self._stepped = stepped
        self._rendered: Rendered | None = None
        self._count = 0  # blocks of the document being filled
        self._next = 0  # the first block not in the document yet
        self._step_size = STEP_HTML
        self._timer = QTimer(self)
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._step)

    @property
    def filling(self) -> bool:
        """True while parts of the document are still to come."""
        return self._next < self._count

    def fill(self, rendered: Rendered) -> None:
        """Replace the document with ``rendered`` (at once when small, else its first step now)."""
        self._timer.stop()
        self._rendered, self._count = rendered, len(rendered.blocks)
        if rendered.size <= BIG_HTML:
            self._next = self._count
            self._editor.setHtml(rendered.html)
            return
        first, self._next = self._chunk(0)
        self._editor.setHtml(HEAD + first + TAIL)
        if self.filling:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._rendered, self._count, self._next = None, 0, 0

    def finish(self) -> None:
        """Append everything still to come now (tests; an action that needs the whole document)."""
        while self.filling:
            self._step()

    def _chunk(self, start: int) -> tuple[str, int]:
        """The HTML of the step that starts at block ``start``, and the block after it."""
        assert self._rendered is not None
        parts: list[str] = []
        end, size = start, 0
        while end < self._count and (size < self._step_size or end == start):
            parts.append(self._rendered.part(end))
            size += len(parts[-1])
            end += 1
        return "".join(parts), end

    def _step(self) -> None:
        if not self.filling:
            self._timer.stop()
            return
        started = time.perf_counter()
        html, end = self._chunk(self._next)
        cursor = QTextCursor(self._editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()  # the step's first <p> becomes this block, not part of the last one
        cursor.insertHtml(html)
        self._next = end
        took = max(1e-4, time.perf_counter() - started)
        low, high = STEP_RANGE
        self._step_size = int(max(low, min(high, len(html) * STEP_SECONDS / took)))
        if not self.filling:
            self._timer.stop()
        self._stepped()
