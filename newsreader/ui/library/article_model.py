"""The article list as a Qt table model over plain :class:`Entry` rows (Anki's browser-table shape).

Columns: side (left/right pane), title, "copy of" (the overview's badge: which loaded article this
one was copied from), outlet, author, date, words, status, file. Display text is
passed through :func:`visible` (no control characters or bidi overrides reach a view) and tooltips
are escaped rich text. :data:`SORT_ROLE` gives raw values so dates and word counts sort properly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from newsreader.ui.common.table_model import Index, TableModel
from newsreader.ui.common.visible import tooltip, visible
from newsreader.ui.library.entries import Entry

COLUMNS = ("Side", "Title", "Copy of", "Outlet", "Author", "Date", "Words", "Status", "File")
SIDE, TITLE, COPY_OF, OUTLET, AUTHOR, DATE, WORDS, STATUS, FILE = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3  # the "copy of" badge's source name (title column)
_SEVERITY_ORDER = {"error": 0, "warning": 1, "ok": 2}
_MAX_TEXT = 300


class ArticleTableModel(TableModel):
    """Rows are :class:`Entry` objects, in load order; the model owns the list."""

    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._rows: dict[str, int] = {}
        self._sides: dict[str, str] = {}  # key -> "L", "R" or "L R"
        self._badges: dict[str, str] = {}  # key -> the source it copies (set by the overview)

    # --- data access -------------------------------------------------------------------------
    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def find(self, key: str) -> Entry | None:
        row = self._rows.get(key)
        return None if row is None else self._entries[row]

    def row_of(self, key: str) -> int:
        return self._rows.get(key, -1)

    def keys(self) -> list[str]:
        return [e.key for e in self._entries]

    # --- changes -----------------------------------------------------------------------------
    def add(self, entries: Iterable[Entry]) -> list[Entry]:
        """Append entries whose key is new; returns the ones added."""
        fresh: list[Entry] = []
        seen = set(self._rows)
        for entry in entries:
            if entry.key not in seen:
                seen.add(entry.key)
                fresh.append(entry)
        if fresh:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._entries.extend(fresh)
            self._reindex()
            self.endInsertRows()
        return fresh

    def replace(self, entry: Entry) -> None:
        """Put ``entry`` in place of the row with the same key (or append it)."""
        row = self._rows.get(entry.key)
        if row is None:
            self.add([entry])
            return
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def refresh(self, key: str) -> None:
        """The entry with ``key`` was changed in place (e.g. marked missing)."""
        row = self._rows.get(key)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def remove(self, keys: Iterable[str]) -> list[Entry]:
        rows = sorted({self._rows[k] for k in keys if k in self._rows}, reverse=True)
        removed: list[Entry] = []
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            removed.append(self._entries.pop(row))
            self._reindex()
            self.endRemoveRows()
        return removed

    def set_sides(self, left: str, right: str) -> None:
        """Mark which entries the panes show (the Side column)."""
        old = set(self._sides)
        self._sides = {}
        if left:
            self._sides[left] = "L"
        if right:
            self._sides[right] = "L R" if self._sides.get(right) else "R"
        for key in old | set(self._sides):
            row = self._rows.get(key)
            if row is not None:
                self.dataChanged.emit(self.index(row, SIDE), self.index(row, SIDE))

    def set_badges(self, badges: dict[str, str]) -> None:
        """The "Copy of" column: entry key -> the (short) name of the article it copies."""
        changed = set(self._badges) ^ set(badges) | {
            k for k in badges if self._badges.get(k) != badges[k]
        }
        self._badges = dict(badges)
        rows = [self._rows[k] for k in changed if k in self._rows]
        if rows:
            self.dataChanged.emit(self.index(min(rows), TITLE), self.index(max(rows), COPY_OF))

    def badge(self, key: str) -> str:
        return self._badges.get(key, "")

    def _reindex(self) -> None:
        self._rows = {e.key: i for i, e in enumerate(self._entries)}

    # --- Qt model interface ------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == KEY_ROLE:
            return entry.key
        if role == BADGE_ROLE:
            return self._badges.get(entry.key, "") if column == TITLE else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return _status_icon(entry.status()[0])
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == COPY_OF
            and entry.key in self._badges
        ):
            from newsreader.ui.common.heatmap_colors import copy_mark_icon  # numpy: not at start-up

            return copy_mark_icon(QApplication.palette())
        if role == Qt.ItemDataRole.ForegroundRole and not entry.ok:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIDE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == SIDE:
            return _bold()
        return None

    def _display(self, entry: Entry, column: int) -> str:
        article = entry.article
        if column == SIDE:
            return self._sides.get(entry.key, "")
        if column == TITLE:
            return visible(entry.title, _MAX_TEXT)
        if column == COPY_OF:
            return self._badges.get(entry.key, "")
        if column == STATUS:
            severity, text = entry.status()
            return "" if severity == "ok" else visible(text, _MAX_TEXT)
        if column == FILE:
            return visible(str(entry.path) if entry.path else entry.name, _MAX_TEXT)
        if article is None:
            return ""
        if column == OUTLET:
            return visible(article.outlet, _MAX_TEXT)
        if column == AUTHOR:
            return visible(article.author, _MAX_TEXT)
        if column == DATE:
            return visible(article.published, 40)
        if column == WORDS:
            return f"{article.word_count:,}"
        return ""

    def _sort_value(self, entry: Entry, column: int) -> Any:
        if column == WORDS:
            return entry.article.word_count if entry.article else -1
        if column == STATUS:
            severity, text = entry.status()
            return f"{_SEVERITY_ORDER[severity]}{text.lower()}"
        return self._display(entry, column).casefold()

    def _tooltip(self, entry: Entry) -> str:
        lines = [entry.title]
        if entry.path is not None:
            lines.append(str(entry.path))
        severity, text = entry.status()
        if severity != "ok":
            lines.append(text)
        if entry.key in self._badges:
            lines.append(f"Copy of {self._badges[entry.key]} (see View › Overview)")
        if entry.article is not None:
            lines.extend(f"• {w}" for w in entry.article.warnings[1:6])
        return tooltip(*(visible(x, _MAX_TEXT) for x in lines))


def _bold() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


def _status_icon(severity: str):
    style = QApplication.style()
    if severity == "error":
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    if severity == "warning":
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return None
