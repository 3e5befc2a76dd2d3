"""The facts sidebar: what each shown outlet states, disagreements first, each item clickable.

A header line (what is shown), a filter box and a tree (:class:`FactsTreeModel` behind a recursive
filter proxy). The outlets listed are the compared pair and any other articles selected in the
list (:meth:`set_shown`). Disagreements come first, most certain first, each painted as a card
(:mod:`newsreader.ui.facts.cards`): both sentences side by side with the differing words marked;
one click on a card opens the two articles side by side at those sentences, its arrow lists
every outlet's value. Clicking an item with evidence asks for it to be shown in its article;
its context menu merges or splits people (:mod:`newsreader.ui.facts.people_menu`). What the user
expanded or collapsed survives recomputations (keys are stable). Until facts are there, a
:class:`FactsStatePage` says why.

Signals:
    evidence_requested(str, object): show this entry key's :class:`Evidence`.
    pair_requested(str, object, str, object): open these two entries side by side, each at its
        :class:`Evidence` (left first).
    grid_requested(): the user asked for the fact grid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsreader.ui.common.icons import icon
from newsreader.ui.facts.cards import CardDelegate
from newsreader.ui.facts.controller import COMPUTING, READY, FactsController, FactsResult
from newsreader.ui.facts.model import KEY_ROLE, NODE_ROLE, FactsTreeModel
from newsreader.ui.facts.people_menu import add_people_actions
from newsreader.ui.facts.state import FactsStatePage
from newsreader.ui.facts.tree import Node, build_tree

COLLAPSED_SECTIONS = ("named", "dates", "places")  # closed until the user opens them


class FactsSidebar(QWidget):
    evidence_requested = Signal(str, object)
    pair_requested = Signal(str, object, str, object)
    grid_requested = Signal()

    def __init__(self, controller: FactsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsSidebar")
        self.controller = controller
        self.keys: list[str] = []  # entry keys shown, in order
        self.sides: dict[str, str] = {}  # entry key → "left" / "right"
        self._expanded: dict[str, bool] = {}  # what the user chose, by node key
        self._restoring = False

        self.model = FactsTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.summary = QLabel(self)
        self.summary.setObjectName("factsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.grid_button = QToolButton(self)
        self.grid_button.setObjectName("factGridButton")
        self.grid_button.setText("Fact Grid")
        self.grid_button.setIcon(icon("fact-grid"))
        self.grid_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.grid_button.setAutoRaise(True)
        self.grid_button.setToolTip("Compare every fact across all loaded outlets in a grid")
        self.grid_button.clicked.connect(self.grid_requested)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("factsFilter")
        self.filter_edit.setPlaceholderText("Filter facts (name, figure, outlet…)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)

        self.tree = QTreeView(self)
        self.tree.setObjectName("factsTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.cards = CardDelegate(self.tree)
        self.tree.setItemDelegate(self.cards)  # disagreements as cards: rows of their own height
        self.tree.viewport().installEventFilter(self)
        self._laid_out_width = 0
        self.tree.setAnimated(False)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.activated.connect(self._on_clicked)
        self.tree.expanded.connect(lambda index: self._remember(index, True))
        self.tree.collapsed.connect(lambda index: self._remember(index, False))

        self.state_page = FactsStatePage(self)
        self.state_page.cancel_requested.connect(controller.cancel)
        self.state_page.retry_requested.connect(controller.recompute)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.state_page)
        self.stack.addWidget(self.tree)

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 4, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.grid_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.stack, 1)

        controller.state_changed.connect(self._on_state)
        controller.progressed.connect(self.state_page.set_progress)
        controller.result_changed.connect(lambda _: self.rebuild())
        self.rebuild()
        self._on_state(controller.state)

    # --- content -------------------------------------------------------------------------------
    @property
    def result(self) -> FactsResult | None:
        return self.controller.result

    def set_shown(self, keys: list[str], sides: dict[str, str]) -> None:
        """Show these entries' facts (the compared pair first, then other selected ones)."""
        keys = list(dict.fromkeys(k for k in keys if k))
        if keys != self.keys or sides != self.sides:
            self.keys, self.sides = keys, dict(sides)
            self.rebuild()

    def rebuild(self) -> None:
        result = self.result
        shown: list[int] = []
        sides: dict[int, str] = {}
        if result is not None:
            for key in self.keys:
                i = result.index_of(key)
                if i is not None:
                    shown.append(i)
                    if key in self.sides:
                        sides[i] = self.sides[key]
        root = build_tree(result, shown, sides)
        self.model.set_root(root)
        self._restore_expansion()
        self._update_summary(result, shown)

    def _update_summary(self, result: FactsResult | None, shown: list[int]) -> None:
        if result is None:
            self.summary.setText("Facts")
            return
        conflicts = next(
            (n.count for n in self.model.root.children if n.kind == "disagreements"), 0
        )
        outlets = len(shown)
        parts = [f"{outlets} {'outlet' if outlets == 1 else 'outlets'}"]
        parts.append(
            f"{conflicts} {'disagreement' if conflicts == 1 else 'disagreements'}"
            if conflicts
            else "no disagreements"
        )
        if result.factset.scope == "all":
            parts.append("all as one story")
        self.summary.setText(" · ".join(parts))

    # --- expansion ------------------------------------------------------------------------------
    def _default_expanded(self, node: Node) -> bool:
        if node.kind == "section":
            return node.key.rsplit("/", 1)[-1] not in COLLAPSED_SECTIONS
        return node.kind != "row"  # a disagreement's outlets: on demand (the tooltip has them)

    def _restore_expansion(self) -> None:
        self._restoring = True
        try:
            for node in self.model.root.walk():
                if node is self.model.root or not node.children:
                    continue
                index = self.proxy.mapFromSource(self.model.index_of(node))
                if not index.isValid():
                    continue
                self.tree.setExpanded(
                    index, self._expanded.get(node.key, self._default_expanded(node))
                )
        finally:
            self._restoring = False

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        if not self._restoring:
            self._expanded[str(index.data(KEY_ROLE))] = expanded

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        else:
            self._restore_expansion()

    # --- state ----------------------------------------------------------------------------------
    def _on_state(self, state: str) -> None:
        self.state_page.set_state(state, self.controller.error)
        shown = state == READY or (state == COMPUTING and self.result is not None)
        self.stack.setCurrentWidget(self.tree if shown else self.state_page)

    # --- interaction ----------------------------------------------------------------------------
    def node_at(self, index: QModelIndex) -> Node | None:
        found = index.data(NODE_ROLE) if index.isValid() else None
        return found if isinstance(found, Node) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Cards wrap to the sidebar's width: lay the tree out again when the width changes."""
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            width = self.tree.viewport().width()
            if width != self._laid_out_width:
                self._laid_out_width = width
                self.tree.doItemsLayout()
        return super().eventFilter(watched, event)

    def _on_clicked(self, index: QModelIndex) -> None:
        node = self.node_at(index)
        result = self.result
        if node is not None and node.kind == "row":  # a disagreement: open both sentences
            if node.card is not None:
                left, right = node.card.left, node.card.right
                self.pair_requested.emit(left.key, left.evidence, right.key, right.evidence)
            else:
                self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        if node is None or result is None or node.evidence is None or node.article < 0:
            return
        self.evidence_requested.emit(result.keys[node.article], node.evidence)

    def _on_context_menu(self, pos) -> None:
        menu = self.context_menu(self.tree.indexAt(pos))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for the row at ``index`` (any row: the sidebar's own actions)."""
        node = self.node_at(index)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        if node is not None and node.card is not None:
            both = menu.addAction("Open Both Sentences Side by Side")
            both.triggered.connect(lambda: self._on_clicked(index))
        if node is not None and node.evidence is not None:
            show = menu.addAction("Show in the Article")
            show.triggered.connect(lambda: self._on_clicked(index))
        if node is not None and self.result is not None:
            add_people_actions(menu, node, self.result.factset, self.controller)
        menu.addSeparator()
        one_story = menu.addAction("Compare All Loaded Articles as One Story")
        one_story.setCheckable(True)
        one_story.setChecked(self.controller.scope == "all")
        one_story.setToolTip(
            "Disagreements are looked for within each story (as the Overview groups them); "
            "check this to compare every loaded article with every other"
        )
        one_story.toggled.connect(lambda on: self.controller.set_scope("all" if on else "story"))
        menu.addSeparator()
        menu.addAction("Expand All", self.tree.expandAll)
        menu.addAction("Collapse All", self.tree.collapseAll)
        menu.addAction("Show the Fact Grid", self.grid_requested.emit)
        return menu
