"""The problems panel: every warning and error, per file, in a non-modal dock.

A table model over :class:`~newsreader.ui.common.messages.Message` rows (newest last) and a small
widget with the table and a Clear button. File names and reasons are plain text through
:func:`visible`.

Signals (ProblemsPanel):
    count_changed(int): the number of listed problems changed.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsreader.ui.common.messages import ERROR, INFO, Message
from newsreader.ui.common.table_model import Index, TableModel
from newsreader.ui.common.visible import tooltip, visible

COLUMNS = ("File", "Problem", "Time")
MAX_ROWS = 5000


class ProblemModel(TableModel):
    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.messages: list[Message] = []

    def add(self, messages: list[Message]) -> None:
        fresh = [m for m in messages if m.severity != INFO]
        if not fresh:
            return
        first = len(self.messages)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self.messages.extend(fresh)
        self.endInsertRows()
        if len(self.messages) > MAX_ROWS:
            extra = len(self.messages) - MAX_ROWS
            self.beginRemoveRows(QModelIndex(), 0, extra - 1)
            del self.messages[:extra]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.messages.clear()
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.messages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        message = self.messages[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return visible(message.path.name, 200) if message.path else "—"
            if column == 1:
                return visible(message.text, 500)
            return time.strftime("%H:%M:%S", time.localtime(message.time))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(str(message.path or ""), message.text)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if message.severity == ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(pixmap)
        return None


class ProblemsPanel(QWidget):
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.model = ProblemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("problemsTable")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self)
        clear = QPushButton("Clear", self)
        clear.setToolTip("Forget the listed problems (the files stay as they are)")
        clear.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.setContentsMargins(4, 0, 4, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.model.rowsInserted.connect(self._changed)
        self.model.modelReset.connect(self._changed)
        self._changed()

    def add(self, message: Message) -> None:
        self.add_many([message])

    def add_many(self, messages: list[Message]) -> None:
        self.model.add(messages)
        self.view.scrollToBottom()

    def clear(self) -> None:
        self.model.clear()

    def count(self) -> int:
        return self.model.rowCount()

    def _changed(self, *_: object) -> None:
        n = self.model.rowCount()
        self.summary.setText(f"{n} problem{'s' if n != 1 else ''}" if n else "No problems")
        self.count_changed.emit(n)
