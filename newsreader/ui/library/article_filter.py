"""Proxies over :class:`ArticleTableModel`: the sortable, filterable list, and the pane pickers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from newsreader.ui.common.visible import visible
from newsreader.ui.library.article_model import COLUMNS, SORT_ROLE, ArticleTableModel

Index = QModelIndex | QPersistentModelIndex


class ArticleFilterProxy(QSortFilterProxyModel):
    """Sorts by raw values; keeps rows where every word of the filter appears in some column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            str(model.data(model.index(source_row, column, source_parent)) or "")
            for column in range(len(COLUMNS))
        ).casefold()
        return all(word in haystack for word in self._words)


class ComparableProxy(QSortFilterProxyModel):
    """Only the entries that can be compared (loaded, with text), in list order.

    Its display text (any column) is "outlet or file — title", for the pane pickers.
    """

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(model, ArticleTableModel):
            entry = model.entry(self.mapToSource(index).row())
            label = entry.short_label
            if entry.title and entry.title != label:
                label = f"{label} — {entry.title}"
            return visible(label, 90)
        return super().data(index, role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ArticleTableModel):
            return True
        return model.entry(source_row).comparable
