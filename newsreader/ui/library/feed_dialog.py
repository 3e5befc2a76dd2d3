"""The items of a news feed, to choose which to fetch (all of them to begin with).

A list of checkable rows (title, date; the summary and address as the tooltip) over a
``QStandardItemModel``; items without a web address are listed, greyed out, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.ingest.feed_reader import Feed
from newsreader.ui.common.visible import visible


class FeedDialog(QDialog):
    def __init__(self, feed: Feed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedDialog")
        self.feed = feed
        self.setWindowTitle("Load Items from a Feed")
        self.resize(640, 460)
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setText(
            f"{visible(feed.title or 'Untitled feed', 120)} — {visible(feed.source, 120)}\n"
            "Choose the items to fetch; each is kept in newsreader's data folder."
        )
        self.model = QStandardItemModel(self)
        for item in feed.items:
            when = f"{item.published}  ·  " if item.published else ""
            row = QStandardItem(f"{when}{visible(item.title, 200)}")
            row.setEditable(False)
            tip = visible(item.summary, 400) if item.summary else ""
            if item.loadable:
                row.setCheckable(True)
                row.setCheckState(Qt.CheckState.Checked)
                row.setData(item.link, Qt.ItemDataRole.UserRole)
                row.setToolTip(f"{tip}\n{visible(item.link, 300)}".strip())
            else:
                row.setText(f"{row.text()}  —  no web address, cannot be loaded")
                row.setEnabled(False)
                row.setToolTip("This item has no web address that can be fetched.")
            self.model.appendRow(row)
        self.view = QListView(self)
        self.view.setObjectName("feedItems")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.count = QLabel(self)
        select_all = QPushButton("Select &All", self)
        select_none = QPushButton("Select &None", self)
        select_all.clicked.connect(lambda: self._check_all(True))
        select_none.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.load_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row_of_buttons = QHBoxLayout()
        row_of_buttons.addWidget(select_all)
        row_of_buttons.addWidget(select_none)
        row_of_buttons.addStretch(1)
        row_of_buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(row_of_buttons)
        layout.addWidget(self.buttons)
        self.model.itemChanged.connect(self._update)
        self._update()

    def links(self) -> list[str]:
        """The addresses of the checked items, in feed order."""
        out = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.isCheckable():
                item.setCheckState(state)

    def _update(self, *_: object) -> None:
        chosen = len(self.links())
        total = sum(1 for i in self.feed.items if i.loadable)
        self.count.setText(f"{chosen} of {total} chosen")
        self.load_button.setText(f"&Load {chosen} Item{'s' if chosen != 1 else ''}")
        self.load_button.setEnabled(chosen > 0)
