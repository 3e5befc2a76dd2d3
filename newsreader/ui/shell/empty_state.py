"""What the window shows with nothing loaded: how to start.

Signals:
    open_requested(): the "Open files…" button.
    samples_requested(): the "Open the samples" button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from newsreader.ui.common.icons import app_icon, icon


class EmptyState(QWidget):
    open_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Compare how outlets report the same story", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            "Drop article files or folders here (saved web pages, text, Markdown),\n"
            "open them with File › Open, or paste copied text with Ctrl+V.\n"
            "Pick two articles to read them side by side, matching paragraphs linked.",
            self,
        )
        hint.setObjectName("emptyHint")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.open_button = QPushButton(icon("open"), "Open files…", self)
        self.open_button.setObjectName("emptyOpen")
        self.open_button.clicked.connect(self.open_requested)
        self.samples_button = QPushButton(icon("samples"), "Open the samples", self)
        self.samples_button.setObjectName("emptySamples")
        self.samples_button.clicked.connect(self.samples_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.samples_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addSpacing(12)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
