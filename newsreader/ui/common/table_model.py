"""The part every flat Qt table model of the UI repeats, written once (like napari's
``_base_item_model.py``).

A :class:`TableModel` is a table over a list of plain rows: it has no children, so ``rowCount``
and ``columnCount`` are 0 under a valid parent, and only horizontal headers have anything to say.
A subclass gives :meth:`row_count` and its :attr:`columns` (the header names), or
:meth:`column_count` and :meth:`header` where its columns change (the Fact Grid's outlets), and
writes ``data`` as Qt defines it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()

    def row_count(self) -> int:
        """How many rows the table has."""
        raise NotImplementedError

    def column_count(self) -> int:
        return len(self.columns)

    def header(self, section: int, role: int) -> Any:
        """The horizontal header of column ``section`` for ``role`` (None: nothing)."""
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section]
        return None

    # --- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        return self.header(section, role)
