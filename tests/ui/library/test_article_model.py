"""The article list model and its proxy: display, sorting by raw values, filtering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from newsreader.core.article import Article, Paragraph
from newsreader.ui.library.article_filter import ArticleFilterProxy, ComparableProxy
from newsreader.ui.library.article_model import (
    DATE,
    OUTLET,
    STATUS,
    TITLE,
    WORDS,
    ArticleTableModel,
)
from newsreader.ui.library.entries import Entry


def entry(name: str, outlet: str, date: str, words: int, *, warnings=(), error: str = "") -> Entry:
    path = Path("/news") / name
    if error:
        return Entry(str(path), path, None, error=error)
    text = " ".join(["word"] * words)
    article = Article(
        id=name,
        path=path,
        format="txt",
        encoding="utf-8",
        text=text,
        title=f"Title of {name}",
        outlet=outlet,
        published=date,
        paragraphs=[Paragraph.make(0, text, (0, len(text)))] if words else [],
        warnings=list(warnings),
    )
    return Entry(str(path), path, article)


def model_with_rows(qapp) -> ArticleTableModel:
    model = ArticleTableModel()
    model.add(
        [
            entry("b.txt", "Beta Post", "2025-09-11", 900),
            entry("a.txt", "alpha news", "2024-01-02", 80, warnings=["Encoding guessed"]),
            entry("c.txt", "Gamma", "", 1500),
            entry("broken.txt", "", "", 0, error="appears to be binary"),
            entry("empty.txt", "Empty Times", "", 0),
        ]
    )
    return model


def column(proxy, col: int) -> list[str]:
    return [proxy.data(proxy.index(r, col)) for r in range(proxy.rowCount())]


def test_sorting_uses_raw_values(qapp) -> None:
    model = model_with_rows(qapp)
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(WORDS, Qt.SortOrder.DescendingOrder)
    assert column(proxy, WORDS)[:3] == ["1,500", "900", "80"]  # not "900" > "80" > "1,500"
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    dated = [d for d in column(proxy, DATE) if d]
    assert dated == ["2024-01-02", "2025-09-11"]
    proxy.sort(OUTLET, Qt.SortOrder.AscendingOrder)
    outlets = [o for o in column(proxy, OUTLET) if o]
    assert outlets == sorted(outlets, key=str.casefold)
    proxy.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert column(proxy, STATUS)[0].startswith("Failed")  # errors first


def test_filter_matches_every_word_in_any_column(qapp) -> None:
    model = model_with_rows(qapp)
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("beta")
    assert column(proxy, TITLE) == ["Title of b.txt"]
    proxy.set_filter_text("TITLE 2024")  # case-insensitive, words across columns
    assert column(proxy, TITLE) == ["Title of a.txt"]
    proxy.set_filter_text("failed")
    assert column(proxy, TITLE) == ["broken.txt"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == 5


def test_status_is_visible_and_pickers_skip_what_cannot_be_compared(qapp) -> None:
    model = model_with_rows(qapp)
    statuses = {model.entry(r).name: model.data(model.index(r, STATUS)) for r in range(5)}
    assert statuses["a.txt"] == "Encoding guessed"
    assert statuses["broken.txt"] == "Failed: appears to be binary"
    assert statuses["empty.txt"].startswith("Empty")
    assert statuses["b.txt"] == ""
    picker = ComparableProxy()
    picker.setSourceModel(model)
    shown = [picker.data(picker.index(r, TITLE)) for r in range(picker.rowCount())]
    assert shown == [
        "Beta Post — Title of b.txt",
        "alpha news — Title of a.txt",
        "Gamma — Title of c.txt",
    ]


def test_remove_and_replace_keep_the_index(qapp) -> None:
    model = model_with_rows(qapp)
    removed = model.remove(["/news/a.txt", "/news/c.txt", "/news/none"])
    assert sorted(e.name for e in removed) == ["a.txt", "c.txt"]
    assert model.row_of("/news/empty.txt") == 2
    fresh = entry("b.txt", "Beta Post", "2025-09-12", 10)
    model.replace(fresh)
    assert model.find("/news/b.txt") is fresh and model.rowCount() == 3
    assert model.add([entry("b.txt", "Again", "", 5)]) == []  # same key: not added twice
