"""The pages of the window's right side, as tabs: Compare (two articles), Overview (all) and the
Fact Grid (every fact across all outlets), kept in step with View › Compare / Overview / Fact Grid.

The actions (and their shortcuts and toolbar buttons) switch between the pages through an exclusive
action group; the page shown is remembered in the settings. A page can be given later than the tab
(:meth:`set_page`): the window is painted first with a placeholder, and the Overview and the grid,
which import the engines, are built right after. Opening a pair from the Overview, or an evidence
sentence from the grid, brings the Compare tab to the front.

Signals:
    page_changed(str): the page now shown (``compare``, ``overview`` or ``grid``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QTabWidget, QWidget

from newsreader.ui.common.icons import icon
from newsreader.ui.common.settings import PAGE, Settings

COMPARE, OVERVIEW, GRID = "compare", "overview", "grid"
PAGES = {  # name: (tab title, icon, tooltip)
    COMPARE: ("Compare", "compare", "Two articles side by side, matching paragraphs linked"),
    OVERVIEW: ("Overview", "overview", "All loaded articles: stories, who copied whom, duplicates"),
    GRID: (
        "Fact Grid",
        "fact-grid",
        "Every fact across all loaded outlets: agree, conflict, absent",
    ),
}


class ViewTabs(QTabWidget):
    page_changed = Signal(str)

    def __init__(self, compare: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewTabs")
        self.setDocumentMode(True)
        self.compare = compare
        self._pages: dict[str, QWidget] = {}
        for name in PAGES:
            self._add(name, compare if name == COMPARE else QWidget(self))
        self._actions: dict[str, QAction] = {}
        self._settings: Settings | None = None
        self.currentChanged.connect(self._on_current)

    def _add(self, name: str, widget: QWidget) -> None:
        title, icon_name, tip = PAGES[name]
        index = list(PAGES).index(name)
        self.insertTab(index, widget, icon(icon_name), title)
        self.setTabToolTip(index, tip)
        self._pages[name] = widget

    def set_page(self, name: str, widget: QWidget) -> None:
        """Put ``widget`` in the tab of page ``name`` (replacing its placeholder)."""
        shown = self.page() == name
        old = self._pages[name]
        with_signals = self.blockSignals(True)
        self.removeTab(list(PAGES).index(name))
        self._add(name, widget)
        if shown:
            self.setCurrentWidget(widget)
        self.blockSignals(with_signals)
        if old is not widget and old is not self.compare:
            old.deleteLater()

    def widget_of(self, name: str) -> QWidget:
        return self._pages[name]

    def bind(self, actions: dict[str, QAction], settings: Settings | None = None) -> None:
        """Switch with these actions (page name → action, made exclusive); remember the page."""
        group = QActionGroup(self)
        group.setExclusive(True)
        for name, action in actions.items():
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, name=name: self.show_page(name))
            self._actions[name] = action
        if settings is not None:
            self.show_page(settings.get(PAGE))
        self._settings = settings
        self._on_current(self.currentIndex())

    def page(self) -> str:
        current = self.currentWidget()
        return next((name for name, w in self._pages.items() if w is current), COMPARE)

    def show_page(self, name: str) -> None:
        self.setCurrentWidget(self._pages.get(name, self.compare))

    def show_compare(self) -> None:
        self.show_page(COMPARE)

    def show_overview(self) -> None:
        self.show_page(OVERVIEW)

    def show_grid(self) -> None:
        self.show_page(GRID)

    def _on_current(self, _index: int) -> None:
        page = self.page()
        if page in self._actions:
            self._actions[page].setChecked(True)
        if self._settings is not None:
            self._settings.set(PAGE, page)
        self.page_changed.emit(page)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for index, (_title, icon_name, _tip) in enumerate(PAGES.values()):
                self.setTabIcon(index, icon(icon_name))
