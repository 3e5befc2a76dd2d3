"""Hostile titles and file names are shown escaped everywhere (BAD_INPUTS 18, 31)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from newsreader.core.article import Article, Paragraph
from newsreader.ui.library.article_model import OUTLET, TITLE
from newsreader.ui.library.entries import Entry, file_key

TITLE_TEXT = (
    '</title><script>alert("t")</script>"><img src=x onerror=alert(1)> \u202eexe.txt\nline2'
)
OUTLET_TEXT = "<b>Bold Outlet</b>"


def hostile_article(path: Path) -> Article:
    text = "<script>alert(3)</script> The body has markup.\n\nSecond paragraph with <i>tags</i>."
    first = text.split("\n\n", maxsplit=1)[0]
    second = text.split("\n\n")[1]
    return Article(
        id="hostile",
        path=path,
        format="txt",
        encoding="utf-8",
        text=text,
        title=TITLE_TEXT,
        outlet=OUTLET_TEXT,
        author="<a href='javascript:alert(2)'>Author</a>",
        url="javascript:alert(4)",
        paragraphs=[
            Paragraph.make(0, first, (0, len(first))),
            Paragraph.make(1, second, (len(first) + 2, len(text))),
        ],
    )


def test_hostile_metadata_is_shown_literally(qtbot, window, tmp_path) -> None:
    path = tmp_path / "evil\u202etxt.exe"
    entry = Entry(file_key(path), path, hostile_article(path))
    window.model.add([entry])
    window.pair.set_pair(entry.key, "")
    header = window.compare.headers["left"]
    for label in (header.title, header.details):
        assert label.textFormat() == Qt.TextFormat.PlainText
    shown = header.title.text().replace("\u200b", "")  # (break opportunities in long runs)
    assert "</title><script>" in shown  # literally, as text
    assert "\u202e" not in shown and "⟨U+202E⟩" in shown
    assert "\n" not in shown and "↵" in shown
    assert "\u202e" not in header.details.text()
    assert "<" not in header.title.toolTip().replace(
        "<p style='white-space:pre-wrap'>", ""
    ).replace("<br>", "").replace("</p>", "")
    row = window.model.row_of(entry.key)
    assert window.model.data(window.model.index(row, TITLE)).startswith("</title><script>")
    assert window.model.data(window.model.index(row, OUTLET)) == OUTLET_TEXT
    assert "\u202e" not in window.model.data(window.model.index(row, TITLE))
    assert "\u202e" not in window.windowTitle() and "\n" not in window.windowTitle()
    pane = window.compare.left_pane
    assert pane.toPlainText().startswith("<script>alert(3)</script> The body")
    assert "javascript" not in pane.toHtml()
    picker = header.picker
    assert "\u202e" not in picker.currentText()


def test_hostile_file_names_through_the_loader(qtbot, window, load, tmp_path) -> None:
    names = ['"><img src=x onerror=alert(1)>.txt', "right\u202etxt.exe", "two\nlines.txt"]
    paths = []
    for n, name in enumerate(names):
        path = tmp_path / name
        path.write_text(f"Article {n} body text.\n\nSecond paragraph {n}.", encoding="utf-8")
        paths.append(path)
    load(window, paths)
    assert window.model.rowCount() == 3
    for row in range(3):
        shown = window.model.data(window.model.index(row, TITLE))
        assert "\u202e" not in shown and "\n" not in shown
    assert any(
        "<img src=x onerror=alert(1)>" in window.model.data(window.model.index(r, TITLE))
        for r in range(3)
    )
    for side in ("left", "right"):
        text = window.compare.headers[side].details.text()
        assert "\u202e" not in text and "\n" not in text


def test_links_and_resources_never_load(qtbot, window) -> None:
    pane = window.compare.left_pane
    assert pane.openLinks() is False and pane.openExternalLinks() is False
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    for url in (
        "https://example.com/x.png",
        "file:///etc/passwd",
        "../x.png",
        "data:image/png;base64,AA==",
    ):
        assert pane.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url)) is None
    before = pane.toHtml()
    pane.setSource(QUrl("javascript:alert(1)"))
    assert pane.toHtml() == before
