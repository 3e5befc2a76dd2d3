"""Ctrl+F: find text across both panes (left pane first, then the right), with all matches marked.

Signals:
    closed(): the bar was closed (Escape or its close button).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from newsreader.ui.common.contrast import mix

MAX_MATCHES = 2000  # per pane


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, panes: list[QTextEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.panes = panes
        self.matches: list[tuple[int, object]] = []  # (pane number, QTextCursor)
        self.current = -1

        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText("Find in both articles")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self.find_next)
        self.case = QCheckBox("Match case", self)
        self.case.toggled.connect(lambda _: self._on_text_changed(self.edit.text()))
        self.prev_button = QToolButton(self)
        self.prev_button.setText("▲")
        self.prev_button.setToolTip("Previous match (Shift+Enter)")
        self.prev_button.clicked.connect(self.find_previous)
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip("Next match (Enter)")
        self.next_button.clicked.connect(self.find_next)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(110)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close (Escape)")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.case)
        layout.addWidget(self.count)
        layout.addWidget(close)

        back = QShortcut(QKeySequence("Shift+Return"), self.edit)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.find_previous)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()

    def open(self) -> None:
        for pane in self.panes:
            selected = pane.textCursor().selectedText()
            if selected and "\u2029" not in selected:
                self.edit.setText(selected)
                break
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        for pane in self.panes:
            pane.setExtraSelections([])
        self.closed.emit()

    def refresh(self) -> None:
        """Search again (the panes' content changed)."""
        if self.isVisible():
            self._on_text_changed(self.edit.text(), keep=True)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    # -------------------------------------------------------------------------------------------
    def _on_text_changed(self, text: str, keep: bool = False) -> None:
        previous = self.current
        self.matches = []
        if text:
            flags = QTextDocument.FindFlag(0)
            if self.case.isChecked():
                flags |= QTextDocument.FindFlag.FindCaseSensitively
            for number, pane in enumerate(self.panes):
                document = pane.document()
                cursor = document.find(text, 0, flags)
                found = 0
                while not cursor.isNull() and found < MAX_MATCHES:
                    self.matches.append((number, cursor))
                    found += 1
                    cursor = document.find(text, cursor, flags)
        if not self.matches:
            self.current = -1
        elif keep and 0 <= previous < len(self.matches):
            self.current = previous
        else:
            self.current = self._first_visible()
        self._show()

    def _first_visible(self) -> int:
        """The first match at or below the top of the left pane's view."""
        pane = self.panes[0]
        top = pane.cursorForPosition(pane.viewport().rect().topLeft()).position()
        for k, (number, cursor) in enumerate(self.matches):
            if number > 0 or cursor.position() >= top:
                return k
        return 0

    def _step(self, delta: int) -> None:
        if not self.matches:
            self._on_text_changed(self.edit.text())
            if not self.matches:
                return
        else:
            self.current = (self.current + delta) % len(self.matches)
        self._show()

    def _show(self) -> None:
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        soft = QTextCharFormat()
        soft.setBackground(mix(base, QColor(255, 200, 0), 0.55))
        strong = QTextCharFormat()
        strong.setBackground(highlight)
        strong.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        per_pane: list[list[QTextEdit.ExtraSelection]] = [[] for _ in self.panes]
        for k, (number, cursor) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = strong if k == self.current else soft
            per_pane[number].append(selection)
        for pane, selections in zip(self.panes, per_pane, strict=True):
            pane.setExtraSelections(selections)
        if self.current >= 0:
            number, cursor = self.matches[self.current]
            pane = self.panes[number]
            rect = pane.cursorRect(cursor)
            bar = pane.verticalScrollBar()
            if rect.top() < 0 or rect.bottom() > pane.viewport().height():
                bar.setValue(bar.value() + rect.top() - pane.viewport().height() // 3)
            side = "left" if number == 0 else "right"
            self.count.setText(f"{self.current + 1} of {len(self.matches)} ({side})")
        elif self.edit.text():
            self.count.setText("Not found")
        else:
            self.count.setText("")
        has = bool(self.matches)
        self.prev_button.setEnabled(has)
        self.next_button.setEnabled(has)

    def current_match(self) -> tuple[int, int] | None:
        """(pane number, character position) of the current match, for tests and the status bar."""
        if self.current < 0:
            return None
        number, cursor = self.matches[self.current]
        return number, cursor.selectionStart()
