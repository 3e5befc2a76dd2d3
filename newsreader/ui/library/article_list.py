"""The article list panel: a filter box over a sortable table of the loaded articles.

Selecting two rows compares them (upper row on the left); double-click or Enter shows the article
in the right pane (the usual workflow keeps an original on the left and steps through copies);
the context menu has the rest (left / right, reload, remove).

Signals:
    pair_chosen(str, str): two articles were selected (left key, right key).
    show_requested(str, str): show this entry key in this side ("left" / "right").
    remove_requested(list): remove these entry keys.
    reload_requested(list): reload these entry keys from disk.
    reopen_requested(list, str): reload these entry keys with this encoding.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsreader.ui.library.article_filter import ArticleFilterProxy
from newsreader.ui.library.article_model import (
    AUTHOR,
    COPY_OF,
    DATE,
    FILE,
    KEY_ROLE,
    OUTLET,
    SIDE,
    STATUS,
    TITLE,
    WORDS,
    ArticleTableModel,
)
from newsreader.ui.library.badge_delegate import BadgeDelegate

ENCODINGS = (
    ("utf-8", "Unicode (UTF-8)"),
    ("utf-16", "Unicode (UTF-16)"),
    ("cp1252", "Western (Windows-1252)"),
    ("iso-8859-1", "Western (ISO-8859-1)"),
    ("iso-8859-15", "Western (ISO-8859-15)"),
    ("cp1250", "Central European (Windows-1250)"),
    ("iso-8859-2", "Central European (ISO-8859-2)"),
    ("cp1251", "Cyrillic (Windows-1251)"),
    ("koi8-r", "Cyrillic (KOI8-R)"),
    ("koi8-u", "Cyrillic (KOI8-U)"),
    ("cp1253", "Greek (Windows-1253)"),
    ("cp1254", "Turkish (Windows-1254)"),
    ("cp1256", "Arabic (Windows-1256)"),
    ("gb18030", "Chinese (GB18030)"),
    ("big5", "Chinese (Big5)"),
    ("shift_jis", "Japanese (Shift JIS)"),
    ("euc-kr", "Korean (EUC-KR)"),
)


class ArticleList(QWidget):
    pair_chosen = Signal(str, str)
    show_requested = Signal(str, str)
    remove_requested = Signal(list)
    reload_requested = Signal(list)
    reopen_requested = Signal(list, str)

    def __init__(self, model: ArticleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.model = model
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText("Filter articles (outlet, title, status…)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)

        self.view = QTreeView(self)
        self.view.setObjectName("articleTable")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # load order until a header click
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed starting widths: ResizeToContents would measure every row on each change.
        widths = {
            SIDE: 34,
            COPY_OF: 104,
            OUTLET: 100,
            AUTHOR: 110,
            DATE: 80,
            WORDS: 60,
            STATUS: 80,
            FILE: 160,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        for column in (AUTHOR, COPY_OF, WORDS, FILE):
            self.view.setColumnHidden(column, True)
        self.view.setItemDelegateForColumn(TITLE, BadgeDelegate(self.view))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

        remove = QAction("Remove from list", self.view)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._remove_selected)
        self.view.addAction(remove)

        self.hint = QLabel(
            "Select two articles to compare them · double-click one to show it on the right", self
        )
        self.hint.setObjectName("listHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)

    def selected_keys(self) -> list[str]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(self.proxy.data(i, KEY_ROLE)) for i in rows]

    def select_keys(self, keys: list[str]) -> None:
        selection = QItemSelection()
        for key in keys:
            row = self.model.row_of(key)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index)
        flags = (
            self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)

    def _on_selection_changed(self, *_: object) -> None:
        keys = self.selected_keys()
        if len(keys) == 2:
            left, right = (self.model.find(k) for k in keys)
            if left is not None and right is not None and left.comparable and right.comparable:
                self.pair_chosen.emit(keys[0], keys[1])

    def _on_activated(self, index: QModelIndex) -> None:
        key = str(self.proxy.data(index, KEY_ROLE))
        entry = self.model.find(key)
        if entry is not None and entry.comparable and len(self.selected_keys()) < 2:
            self.show_requested.emit(key, "right")

    def _remove_selected(self) -> None:
        keys = self.selected_keys()
        if keys:
            self.remove_requested.emit(keys)

    def _on_context_menu(self, pos) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        entries = [e for e in (self.model.find(k) for k in keys) if e is not None]
        menu = QMenu(self)
        single = len(entries) == 1 and entries[0].comparable
        left = menu.addAction("Show on the left")
        left.setEnabled(single)
        left.triggered.connect(lambda: self.show_requested.emit(keys[0], "left"))
        right = menu.addAction("Show on the right")
        right.setEnabled(single)
        right.triggered.connect(lambda: self.show_requested.emit(keys[0], "right"))
        if len(entries) == 2 and all(e.comparable for e in entries):
            pair = menu.addAction("Compare these two")
            pair.triggered.connect(lambda: self.pair_chosen.emit(keys[0], keys[1]))
        menu.addSeparator()
        reload = menu.addAction("Reload from disk")
        reload.setEnabled(any(e.path is not None for e in entries))
        reload.triggered.connect(lambda: self.reload_requested.emit(keys))
        files = [
            e
            for e in entries
            if e.path is not None and not (e.article and e.article.format == "pdf")
        ]  # a PDF has no text encoding to choose
        encodings = menu.addMenu("Reopen with Encoding")
        encodings.setEnabled(bool(files))
        current = {e.article.encoding for e in files if e.article is not None}
        for codec, label in ENCODINGS:
            action = encodings.addAction(label)
            action.setCheckable(True)
            action.setChecked(current == {codec})
            action.triggered.connect(
                lambda _=False, codec=codec: self.reopen_requested.emit(keys, codec)
            )
        remove = menu.addAction("Remove from list")
        remove.triggered.connect(lambda: self.remove_requested.emit(keys))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _on_header_menu(self, pos) -> None:
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            name = str(self.model.headerData(column, Qt.Orientation.Horizontal, 0))
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.setEnabled(column != TITLE)
            action.toggled.connect(
                lambda on, column=column: self.view.setColumnHidden(column, not on)
            )
        menu.exec(self.view.header().mapToGlobal(pos))
