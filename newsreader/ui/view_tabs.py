"""The two views of the window's right side, as tabs: Compare (two articles) and Overview (all).

View › Compare / View › Overview (and their shortcuts and toolbar buttons) switch between them, kept
in step with the tabs through an exclusive action group; the page shown is remembered in the
settings. Opening a pair from the Overview brings the Compare tab to the front.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QTabWidget, QWidget

from newsreader.ui.icons import icon
from newsreader.ui.overview_view import OverviewView
from newsreader.ui.settings import PAGE, Settings

COMPARE, OVERVIEW = "compare", "overview"


class ViewTabs(QTabWidget):
    def __init__(self, compare: QWidget, overview: OverviewView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewTabs")
        self.setDocumentMode(True)
        self.compare, self.overview = compare, overview
        self.addTab(compare, icon("compare"), "Compare")
        self.addTab(overview, icon("overview"), "Overview")
        self.setTabToolTip(0, "Two articles side by side, matching paragraphs linked")
        self.setTabToolTip(1, "All loaded articles: stories, who copied whom, duplicates")
        overview.pair_requested.connect(lambda *_: self.show_compare())
        self._actions: dict[str, QAction] = {}
        self._settings: Settings | None = None
        self.currentChanged.connect(self._on_current)

    def bind(self, compare: QAction, overview: QAction, settings: Settings | None = None) -> None:
        """Switch with these actions (made exclusive) and remember the page in ``settings``."""
        group = QActionGroup(self)
        group.setExclusive(True)
        for name, action in ((COMPARE, compare), (OVERVIEW, overview)):
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, name=name: self.show_page(name))
            self._actions[name] = action
        if settings is not None:
            self.show_page(settings.get(PAGE))
        self._settings = settings
        self._on_current(self.currentIndex())

    def page(self) -> str:
        return OVERVIEW if self.currentWidget() is self.overview else COMPARE

    def show_page(self, name: str) -> None:
        self.setCurrentWidget(self.overview if name == OVERVIEW else self.compare)

    def show_compare(self) -> None:
        self.show_page(COMPARE)

    def show_overview(self) -> None:
        self.show_page(OVERVIEW)

    def _on_current(self, _index: int) -> None:
        page = self.page()
        if page in self._actions:
            self._actions[page].setChecked(True)
        if self._settings is not None:
            self._settings.set(PAGE, page)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.setTabIcon(0, icon("compare"))
            self.setTabIcon(1, icon("overview"))
