"""The page a facts view shows instead of its content: computing, nothing loaded, no facts, …

One small widget shared by the sidebar and the grid, fed by the :class:`FactsController`'s state
and progress; its button cancels a computation, or computes again after a cancel or a failure.

Signals:
    cancel_requested(): the user pressed Cancel while computing.
    retry_requested(): the user pressed Compute Again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from newsreader.ui.common.visible import visible
from newsreader.ui.facts.controller import CANCELLED, COMPUTING, EMPTY, FAILED, NO_FACTS

TEXTS = {
    EMPTY: "No articles loaded.\nOpen articles (or the samples) to see what each outlet states.",
    COMPUTING: "Reading the facts…",
    NO_FACTS: "No facts found.\nThese articles name no people, demands, quotes or figures "
    "that the facts reader recognizes.",
    CANCELLED: "Reading the facts was cancelled.",
    FAILED: "The facts could not be read.",
}


class FactsStatePage(QWidget):
    cancel_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsState")
        self.state = EMPTY
        self.label = QLabel(self)
        self.label.setObjectName("factsStateText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.progress.setMaximumHeight(10)
        self.button = QPushButton(self)
        self.button.setObjectName("factsStateButton")
        self.button.clicked.connect(self._on_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.set_state(EMPTY)

    def set_state(self, state: str, error: str = "") -> None:
        self.state = state
        text = TEXTS.get(state, "")
        if state == FAILED and error:
            text += f"\n{visible(error, 300)}"
        self.label.setText(text)
        self.progress.setVisible(state == COMPUTING)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.button.setVisible(state in (COMPUTING, CANCELLED, FAILED))
        self.button.setText("Cancel" if state == COMPUTING else "Compute Again")

    def set_progress(self, fraction: float, text: str) -> None:
        if self.state != COMPUTING:
            return
        if text:
            self.label.setText(visible(text, 200))
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))

    def _on_button(self) -> None:
        if self.state == COMPUTING:
            self.cancel_requested.emit()
        else:
            self.retry_requested.emit()
