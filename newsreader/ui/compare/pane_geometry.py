"""Where each paragraph of a pane is, without forcing Qt to lay out the whole document.

QTextDocument lays big documents out progressively, a chunk per timer tick, which keeps the window
responsive; asking for a block's position beyond what is laid out forces all of it at once (about
a tenth of a second per thousand paragraphs). So the painting paths ask with ``force=False`` and get
``None`` for paragraphs not laid out yet (they are always below everything laid out); actions that
need an exact place (navigation, a click, tests) force it for the one paragraph they need.

Positions are in document coordinates; ``offset`` turns them into viewport coordinates.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QTextEdit

from newsreader.ui.compare.render import REMOVED_BLOCK

PAD_Y = 4  # padding painted around a paragraph; clicks on it count


class ParagraphGeometry:
    def __init__(self, editor: QTextEdit) -> None:
        self._editor = editor
        self._roles: list[int] = []  # per block number: paragraph index or REMOVED_BLOCK
        self._blocks: list[int] = []  # per paragraph index: block number (-1 if not rendered)
        self._cache: dict[int, tuple[float, float]] = {}
        self.height = 0.0  # document height as laid out so far

    def reset(self, roles: list[int], paragraph_count: int) -> None:
        """A new document: ``roles[n]`` says what block ``n`` is."""
        self._roles = list(roles)
        self._blocks = [-1] * paragraph_count
        for number, role in enumerate(self._roles):
            if role != REMOVED_BLOCK and 0 <= role < paragraph_count:
                self._blocks[role] = number
        self._cache.clear()

    def invalidate(self) -> None:
        self._cache.clear()

    def count(self) -> int:
        return len(self._blocks)

    @property
    def offset(self) -> int:
        return self._editor.verticalScrollBar().value()

    def block(self, index: int) -> QTextBlock | None:
        if not 0 <= index < len(self._blocks) or self._blocks[index] < 0:
            return None
        block = self._editor.document().findBlockByNumber(self._blocks[index])
        return block if block.isValid() else None

    def range(self, index: int, *, force: bool = True) -> tuple[float, float] | None:
        """Top and bottom of paragraph ``index`` (document coordinates).

        ``None`` if there is no such paragraph, or (``force=False``) it is not laid out yet.
        """
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        block = self.block(index)
        if block is None or (not force and block.layout().lineCount() == 0):
            return None
        rect = self._editor.document().documentLayout().blockBoundingRect(block)
        found = (rect.top(), rect.top() + block.layout().boundingRect().height())
        self._cache[index] = found
        return found

    def is_pending(self, index: int) -> bool:
        """True if the paragraph exists but is not laid out yet (so it is below the laid-out part)."""
        block = self.block(index)
        return block is not None and block.layout().lineCount() == 0

    def visible(self) -> list[int]:
        """Paragraphs on screen (their padding included), top to bottom."""
        editor = self._editor
        if not self._roles:
            return []
        block = editor.cursorForPosition(QPoint(0, 0)).block()
        if block.previous().isValid():
            block = block.previous()
        layout = editor.document().documentLayout()
        top, bottom = self.offset - PAD_Y, self.offset + editor.viewport().height() + PAD_Y
        out: list[int] = []
        while block.isValid() and block.layout().lineCount() > 0:
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom:
                break
            number = block.blockNumber()
            role = self._roles[number] if number < len(self._roles) else REMOVED_BLOCK
            if role != REMOVED_BLOCK and rect.top() + rect.height() >= top:
                out.append(role)
            block = block.next()
        return out

    def at(self, viewport_y: float) -> int | None:
        """The paragraph at this height of the viewport (its padding counts), else None."""
        y = viewport_y + self.offset
        block = self._editor.cursorForPosition(QPoint(0, int(viewport_y))).block()
        for candidate in (block, block.previous(), block.next()):
            if not candidate.isValid():
                continue
            number = candidate.blockNumber()
            role = self._roles[number] if number < len(self._roles) else REMOVED_BLOCK
            if role == REMOVED_BLOCK:
                continue
            found = self.range(role)
            if found is not None and found[0] - PAD_Y <= y <= found[1] + PAD_Y:
                return role
        return None

    def first_visible(self) -> int | None:
        """The first paragraph that starts inside the view (else the first one showing)."""
        shown = self.visible()
        for index in shown:
            found = self.range(index)
            if found is not None and found[0] >= self.offset - PAD_Y:
                return index
        return shown[0] if shown else None


def block_offsets(text: str, shown: str) -> list[int]:
    """For every offset ``0..len(text)`` in a paragraph's text, the offset in its block's text.

    A block shows the paragraph as HTML does: runs of whitespace (newlines included) collapse to
    one space and leading or trailing whitespace may vanish, so offsets drift. Characters are
    matched in order; whitespace the block does not show maps to where the next shown character is.
    """
    out = [0] * (len(text) + 1)
    j = 0
    for i, ch in enumerate(text):
        space = ch.isspace()
        if not space:  # whitespace in the block that the text does not have (never expected)
            while j < len(shown) and shown[j] != ch and shown[j].isspace():
                j += 1
        out[i] = j
        if j < len(shown) and (shown[j] == ch or (space and shown[j].isspace())):
            j += 1
    out[len(text)] = j
    return out
