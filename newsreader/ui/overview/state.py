"""What the Overview shows instead of the map: too few articles, computing, cancelled or failed.

Signals:
    action_requested(str): the page's button was pressed: ``"cancel"``, ``"recompute"`` or ``"open"``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class StatePage(QWidget):
    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewState")
        self.action = ""
        self.title = QLabel(self)
        self.title.setObjectName("overviewStateTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("overviewStateDetail")
        self.detail.setWordWrap(True)
        self.detail.setMaximumWidth(520)
        for label in (self.title, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("overviewProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(320)
        self.button = QPushButton(self)
        self.button.setObjectName("overviewStateButton")
        self.button.clicked.connect(lambda: self.action_requested.emit(self.action))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addStretch(1)
        detail = QHBoxLayout()
        detail.addStretch(1)
        detail.addWidget(self.detail, 4)
        detail.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addLayout(detail)
        layout.addSpacing(12)
        layout.addLayout(bar)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(3)

    def show_state(
        self, title: str, detail: str, action: str = "", button: str = "", progress: bool = False
    ) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.action = action
        self.button.setText(button)
        self.button.setVisible(bool(action))
        self.progress.setVisible(progress)
        if progress:
            self.progress.setRange(0, 0)  # busy until the first report

    def set_progress(self, fraction: float, text: str) -> None:
        if fraction <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        if text:
            self.detail.setText(text)
