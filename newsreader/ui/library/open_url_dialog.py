"""File › Open URL…: the web addresses to fetch, one per line, checked as they are typed.

Also what a dropped or pasted link opens, so that nothing is fetched without the user saying so.
The dialog only collects addresses; :class:`~.web_intake.WebIntake` fetches them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.web.fetch import FetchError, check_url
from newsreader.ui.common.visible import visible

NOTE = (
    "newsreader downloads only the addresses you give here: web pages, plain text, PDFs and "
    "RSS/Atom feeds (you then pick the feed's items). Each page is kept in newsreader's data "
    "folder, so it stays available offline and after a restart."
)


def parse_addresses(text: str) -> tuple[list[str], list[str]]:
    """(fetchable URLs, problems) for the lines of ``text``; blank lines are ignored."""
    urls: list[str] = []
    problems: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        try:
            url = check_url(line)
        except FetchError as exc:
            problems.append(f"{visible(line, 60)} {exc.reason}")
            continue
        if url not in urls:
            urls.append(url)
    return urls, problems


class OpenUrlDialog(QDialog):
    def __init__(self, urls: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openUrlDialog")
        self.setWindowTitle("Open URL")
        self.setMinimumWidth(560)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("urlEditor")
        self.editor.setPlaceholderText("https://www.example.org/news/article.html")
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 5 + 12)
        self.problems = QLabel(self)
        self.problems.setObjectName("urlProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(self.problems.textFormat().PlainText)
        note = QLabel(NOTE, self)
        note.setWordWrap(True)
        note.setEnabled(False)  # dimmed: a note, not a control
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.fetch_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.fetch_button.setText("&Fetch")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Web addresses to open (one per line):", self))
        layout.addWidget(self.editor)
        layout.addWidget(self.problems)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._check)
        self.editor.setPlainText("\n".join(urls or []))
        self._check()
        self.editor.setFocus()

    def urls(self) -> list[str]:
        return parse_addresses(self.editor.toPlainText())[0]

    def _check(self) -> None:
        urls, problems = parse_addresses(self.editor.toPlainText())
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.fetch_button.setEnabled(bool(urls))
        self.fetch_button.setText(f"&Fetch {len(urls)} Pages" if len(urls) > 1 else "&Fetch")
