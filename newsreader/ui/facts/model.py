"""A thin Qt tree model over :mod:`newsreader.ui.facts.tree` nodes (the facts sidebar).

One column. Display text is made visible (:func:`visible`: article text is untrusted), tooltips
are escaped rich text with the evidence sentence, flagged facts carry a warning badge. The node
itself is available under :data:`NODE_ROLE`, its stable key under :data:`KEY_ROLE`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from newsreader.ui.common.contrast import mix
from newsreader.ui.common.facts_colors import badge_icon, fact_colors
from newsreader.ui.common.visible import tooltip, visible
from newsreader.ui.facts.tree import LABEL_LIMIT, SIDE_NAMES, Node

Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
EVIDENCE_LIMIT = 600
FLAG_TIPS = {
    "conflict": "Other outlets state this differently",
    "disputed": "Some outlets disagree with this",
}


class FactsTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.root = Node("root", "", "")

    def set_root(self, root: Node) -> None:
        self.beginResetModel()
        self.root = root
        self.endResetModel()

    def node(self, index: Index) -> Node:
        if index.isValid():
            return index.internalPointer()  # type: ignore[return-value]
        return self.root

    def index_of(self, node: Node) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def find(self, key: str) -> QModelIndex:
        for node in self.root.walk():
            if node.key == key and node is not self.root:
                return self.index_of(node)
        return QModelIndex()

    # --- QAbstractItemModel --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        owner = self.node(parent)
        if column != 0 or not 0 <= row < len(owner.children):
            return QModelIndex()
        return self.createIndex(row, 0, owner.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self.node(index).parent or self.root)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return node_tooltip(node)
        if role == Qt.ItemDataRole.DecorationRole and node.flag:
            colors = fact_colors(QApplication.palette())
            return badge_icon(colors.conflict if node.flag == "conflict" else colors.disputed)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("outlet", "disagreements"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and node.unsure:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            node.kind in ("section", "note") or node.unsure
        ):
            palette = QApplication.palette()
            text = palette.color(QPalette.ColorRole.Text)
            return mix(palette.color(QPalette.ColorRole.Base), text, 0.7)
        if role == NODE_ROLE:
            return node
        if role == KEY_ROLE:
            return node.key
        return None

    def multiData(self, index: Index, roleDataSpan) -> None:  # noqa: N803 - Qt's name
        """Every role a delegate asks for in one call (one hand-over of the GIL per cell, not
        one per role: a worker thread computing facts would otherwise slow each paint down)."""
        for role_data in roleDataSpan:
            role_data.setData(self.data(index, role_data.role()))


def display(node: Node) -> str:
    text = visible(node.text, LABEL_LIMIT)
    if node.count is not None:
        text = f"{text} ({node.count})"
    if node.kind == "outlet":
        text = f"{text}  ·  {SIDE_NAMES.get(node.side, 'selected')}"
    elif node.detail:
        text = f"{text}  ·  {visible(node.detail, 60)}"
    return text


def node_tooltip(node: Node) -> str:
    lines: list[str] = []
    if node.kind == "row":
        lines = [
            f"{node.text}: {node.detail}",
            *node.notes,
            "Expand to go to each outlet's sentence",
        ]
    elif node.kind == "outlet":
        lines = [node.text]
    else:
        if node.evidence is not None:
            lines.append(f"“{node.evidence.text.strip()}”")
            lines.append(
                f"Paragraph {node.evidence.paragraph + 1} · click to show it in the article"
            )
        if node.flag in FLAG_TIPS and node.kind == "item":
            lines.append(FLAG_TIPS[node.flag] + (":" if node.notes else ""))
        lines.extend(node.notes)
    if not lines:
        return ""
    return tooltip(*(visible(line, EVIDENCE_LIMIT) for line in lines))
