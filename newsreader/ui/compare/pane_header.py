"""The header above a pane: a picker for the article, then its title and details.

Every label is plain text (``Qt.PlainText``) fed through :func:`visible`, so a title such as
``</title><script>`` or one with a right-to-left override is shown literally, never interpreted.

Signals:
    picked(str): the user chose the entry with this key in the picker.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from newsreader.ui.common.visible import tooltip, visible
from newsreader.ui.library.article_model import KEY_ROLE, TITLE
from newsreader.ui.library.entries import Entry

PLAIN_ENCODINGS = {"utf-8", "utf8", "ascii", "us-ascii"}  # not worth a mention
TITLE_LIMIT = 180
DETAIL_LIMIT = 120


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def breakable(text: str, run: int = 16) -> str:
    """``text`` with zero-width break opportunities in long unbroken runs (file names, URLs), so a
    narrow header wraps a title such as ``000_cb82aaa8f0fbfda1.txt`` instead of clipping it."""
    out: list[str] = []
    since = 0
    for ch in text:
        out.append(ch)
        since = 0 if ch.isspace() else since + 1
        if since >= run or (since > 1 and ch in "_-./\\"):
            out.append("\u200b")
            since = 0
    return "".join(out)


def details(entry: Entry) -> list[str]:
    """The detail line's parts, already made visible: author, date, URL, file, words, status."""
    article = entry.article
    parts: list[str] = []
    if article is not None:
        if article.author:
            parts.append(visible(article.author, DETAIL_LIMIT))
        if article.published:
            parts.append(visible(article.published, 40))
        if article.url:
            parts.append(visible(article.url, DETAIL_LIMIT))
    parts.append(visible(entry.path.name if entry.path else entry.name, DETAIL_LIMIT))
    if article is not None:
        if article.encoding and article.encoding.replace("_", "-").lower() not in PLAIN_ENCODINGS:
            parts.append(visible(article.encoding, 40))
        parts.append(f"{article.word_count:,}\u00a0words")
    severity, status = entry.status()
    if severity != "ok":
        parts.append(visible(status, DETAIL_LIMIT))
    return parts


class PaneHeader(QWidget):
    picked = Signal(str)

    def __init__(self, side: str, picker_model: QSortFilterProxyModel, parent=None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side}Header")
        self.picker = QComboBox(self)
        self.picker.setObjectName(f"{side}Picker")
        self.picker.setModel(picker_model)
        self.picker.setModelColumn(TITLE)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        self.picker.setToolTip(f"Choose the article shown on the {side}")
        self.picker.activated.connect(self._on_activated)
        self.side_label = QLabel("Left" if side == "left" else "Right", self)
        self.side_label.setObjectName("sideLabel")
        self.outlet = _plain_label(self, "outletLabel")
        self.title = _plain_label(self, "titleLabel")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.details = _plain_label(self, "detailsLabel")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.side_label)
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        self.key = ""
        self.show_entry(None)

    def show_entry(self, entry: Entry | None) -> None:
        self.key = entry.key if entry is not None else ""
        if entry is None:
            self.title.setText("")
            self.details.setText("")
            self.title.setToolTip("")
            self.picker.setCurrentIndex(-1)
            self.picker.setPlaceholderText("Choose an article…")
            return
        self.title.setText(breakable(visible(entry.title, TITLE_LIMIT)))
        self.details.setText(breakable("  ·  ".join(details(entry)), 24))
        path = str(entry.path) if entry.path is not None else entry.name
        self.title.setToolTip(tooltip(entry.title, path))
        self.details.setToolTip(tooltip(*details(entry)))
        self._select(entry.key)

    def _select(self, key: str) -> None:
        model = self.picker.model()
        for row in range(model.rowCount()):
            if model.data(model.index(row, TITLE), KEY_ROLE) == key:
                if self.picker.currentIndex() != row:
                    self.picker.setCurrentIndex(row)
                return
        self.picker.setCurrentIndex(-1)

    def resync(self) -> None:
        """Reselect the shown entry after the picker's rows changed."""
        if self.key:
            self._select(self.key)

    def _on_activated(self, row: int) -> None:
        model = self.picker.model()
        key = model.data(model.index(row, TITLE), KEY_ROLE)
        if key and key != self.key:
            self.picked.emit(str(key))
