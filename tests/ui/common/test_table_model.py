"""The shared flat-table base: counts, headers, and the UI's table models built on it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from newsreader.ui.common.table_model import Index, TableModel
from newsreader.ui.facts.grid_model import FactGridModel
from newsreader.ui.library.article_model import COLUMNS, ArticleTableModel
from newsreader.ui.library.problems import ProblemModel
from newsreader.ui.overview.pairs import HEADERS, PairTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


class Fruit(TableModel):
    columns = ("Name", "Colour")

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY and index.isValid():
            return self.rows[index.row()][index.column()]
        return None


def test_a_table_counts_its_rows_and_columns_at_the_root_only(qapp):
    model = Fruit([("pear", "green"), ("plum", "blue"), ("fig", "purple")])
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    cell = model.index(1, 1)
    assert model.data(cell) == "blue"
    assert (model.rowCount(cell), model.columnCount(cell)) == (0, 0)  # no children


def test_only_horizontal_display_headers_name_the_columns(qapp):
    model = Fruit([])
    assert [model.headerData(c, HORIZONTAL) for c in range(2)] == ["Name", "Colour"]
    assert model.headerData(0, VERTICAL) is None
    assert model.headerData(0, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(2, HORIZONTAL) is None


def test_a_table_without_rows_says_so():
    with pytest.raises(NotImplementedError):
        TableModel().row_count()


@pytest.mark.parametrize(
    ("model", "names"),
    [(ArticleTableModel, COLUMNS), (PairTableModel, HEADERS), (ProblemModel, ProblemModel.columns)],
)
def test_the_list_the_copy_list_and_the_problems_keep_their_columns(qapp, model, names):
    table = model()
    assert isinstance(table, TableModel)
    assert table.rowCount() == 0
    assert table.columnCount() == len(names) > 0
    assert [table.headerData(c, HORIZONTAL) for c in range(len(names))] == list(names)


def test_the_fact_grid_has_no_columns_until_it_has_facts(qapp):
    grid = FactGridModel()
    assert isinstance(grid, TableModel)
    assert (grid.rowCount(), grid.columnCount()) == (0, 0)
    assert grid.headerData(0, HORIZONTAL) is None
    assert grid.rowCount(QModelIndex()) == 0
