"""Every action of the window, declared once (text, shortcut, tip, icon), and the menus and toolbar.

The main window connects the actions' ``triggered`` / ``toggled`` signals to its handlers; this
module holds no behaviour. A feature that is not there yet is declared disabled, with a tooltip
(:data:`NOT_YET`) saying it comes in a later version: no fake output.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from newsreader.ui.common.icons import icon

NOT_YET = "Not available yet: {what} arrives in a later version of newsreader."


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    icon: str = ""
    checkable: bool = False
    enabled: bool = True


SPECS = (
    Spec("open", "&Open…", ("Ctrl+O",), "Open article files (several at once is fine)", "open"),
    Spec(
        "open_url",
        "Open &URL…",
        (),
        "Fetch web pages, PDFs or a news feed's items by their address",
        "open",
    ),
    Spec(
        "open_link",
        "Open &Link from Clipboard",
        ("Ctrl+Shift+V",),
        "Fetch the web address on the clipboard",
    ),
    Spec("open_samples", "Open the &Samples", (), "Load the bundled sample articles", "samples"),
    Spec(
        "paste", "&Paste as Article", ("Ctrl+V",), "Add the clipboard's text as an article", "paste"
    ),
    Spec(
        "export",
        "&Export…",
        ("Ctrl+E",),
        "Save this comparison as an HTML report or Markdown, or its facts as CSV or JSON",
        "export",
        enabled=False,  # while no pair is compared (ExportController)
    ),
    Spec("quit", "&Quit", ("Ctrl+Q",), "Close newsreader (the session is kept)"),
    Spec("find", "&Find…", ("Ctrl+F",), "Find text in both articles", "find"),
    Spec("find_next", "Find &Next", ("F3",), "Next match"),
    Spec("find_previous", "Find Pre&vious", ("Shift+F3",), "Previous match"),
    Spec(
        "word_diff",
        "&Word Differences",
        ("Ctrl+D",),
        "Mark the changed words inside linked paragraphs",
        "diff",
        checkable=True,
    ),
    Spec(
        "show_removed",
        "&Removed Boilerplate",
        ("Ctrl+B",),
        "Show, dimmed, what the loader removed as page furniture",
        "removed",
        checkable=True,
    ),
    Spec(
        "lock_scroll",
        "&Lock Scrolling",
        ("Ctrl+L",),
        "Scroll both articles together, matched paragraphs level",
        "lock",
        checkable=True,
    ),
    Spec("zoom_in", "Zoom &In", ("Ctrl++", "Ctrl+="), "Larger text", "zoom-in"),
    Spec("zoom_out", "Zoom &Out", ("Ctrl+-",), "Smaller text", "zoom-out"),
    Spec("zoom_reset", "&Normal Size", ("Ctrl+0",), "Default text size"),
    Spec(
        "show_problems",
        "&Problems",
        ("Ctrl+Shift+P",),
        "Show the list of files that could not be read and other problems",
        checkable=True,
    ),
    Spec("show_toolbar", "&Toolbar", (), "Show the toolbar", checkable=True),
    Spec(
        "show_compare",
        "&Compare",
        ("Ctrl+Shift+C",),
        "Read two articles side by side, matching paragraphs linked",
        "compare",
        checkable=True,
    ),
    Spec(
        "show_overview",
        "&Overview",
        ("Ctrl+Shift+O",),
        "Map all loaded articles: stories, who copied whom, duplicates",
        "overview",
        checkable=True,
    ),
    Spec(
        "facts",
        "&Facts Sidebar",
        ("Ctrl+Shift+F",),
        "What each outlet states (who attends, demands, quotes, figures) and where they disagree",
        "facts",
        checkable=True,
    ),
    Spec(
        "fact_grid",
        "Fact &Grid",
        ("Ctrl+Shift+G",),
        "Every fact compared across all loaded outlets: agree, conflict or not stated",
        "fact-grid",
        checkable=True,
    ),
    Spec(
        "next_match",
        "&Next Linked Paragraph",
        ("Alt+Down",),
        "Go to the next paragraph that has a match",
        "match-next",
    ),
    Spec(
        "previous_match",
        "&Previous Linked Paragraph",
        ("Alt+Up",),
        "Go to the previous paragraph that has a match",
        "match-prev",
    ),
    Spec(
        "next_unmatched",
        "Next &Only-Here Paragraph",
        ("Alt+PgDown",),
        "Go to the next paragraph found only in this article",
        "only-next",
    ),
    Spec(
        "previous_unmatched",
        "Previous O&nly-Here Paragraph",
        ("Alt+PgUp",),
        "Go to the previous paragraph found only in this article",
        "only-prev",
    ),
    Spec("focus_left", "&Left Article", ("Ctrl+1",), "Move the keyboard focus to the left article"),
    Spec(
        "focus_right", "&Right Article", ("Ctrl+2",), "Move the keyboard focus to the right article"
    ),
    Spec("focus_list", "Article &List", ("Ctrl+3",), "Move the keyboard focus to the article list"),
    Spec(
        "focus_facts",
        "&Facts",
        ("Ctrl+4",),
        "Move the keyboard focus to the facts sidebar (opening it)",
    ),
    Spec(
        "show_list",
        "&Article List",
        ("Ctrl+Shift+L",),
        "Show or hide the list of loaded articles (hidden, the comparison gets its width)",
        checkable=True,
    ),
    Spec(
        "show_left", "Show on the &Left", ("Ctrl+[",), "Show the selected article in the left pane"
    ),
    Spec(
        "show_right",
        "Show on the &Right",
        ("Ctrl+]",),
        "Show the selected article in the right pane",
    ),
    Spec("swap", "&Swap Sides", ("Ctrl+Shift+X",), "Swap the left and right articles", "swap"),
    Spec(
        "reload", "Re&load from Disk", ("F5",), "Read the selected (or shown) articles' files again"
    ),
    Spec("remove", "Re&move from List", (), "Remove the selected articles from the list", "remove"),
    Spec("open_log_folder", "Open the &Log Folder", (), "Show where newsreader writes its log"),
    Spec("about", "&About newsreader", (), ""),
)


class Actions:
    """The window's QActions by name: ``actions.open``, ``actions["swap"]``."""

    def __init__(self, parent: QWidget) -> None:
        self._by_name: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(spec.text, parent)
            action.setObjectName(f"action_{spec.name}")
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            tip = spec.tip or spec.text.replace("&", "").rstrip("…")
            if spec.shortcuts:
                tip_with_key = f"{tip} ({QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
            else:
                tip_with_key = tip
            action.setToolTip(tip_with_key)
            action.setStatusTip(tip)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            action.setCheckable(spec.checkable)
            action.setEnabled(spec.enabled)
            parent.addAction(action)
            self._by_name[spec.name] = action

    def refresh_icons(self) -> None:
        """Re-tint the icons (the palette changed, e.g. to dark mode)."""
        for spec in SPECS:
            if spec.icon:
                self._by_name[spec.name].setIcon(icon(spec.icon))

    def __getattr__(self, name: str) -> QAction:
        try:
            return self._by_name[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> QAction:
        return self._by_name[name]

    def names(self) -> list[str]:
        return list(self._by_name)


def build_menus(bar: QMenuBar, a: Actions, recent: QMenu) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}

    def menu(title: str, *items: QAction | QMenu | None) -> None:
        m = bar.addMenu(title)
        m.setToolTipsVisible(True)
        for item in items:
            if item is None:
                m.addSeparator()
            elif isinstance(item, QMenu):
                m.addMenu(item)
            else:
                m.addAction(item)
        menus[title.replace("&", "")] = m

    menu(
        "&File",
        a.open,
        a.open_url,
        recent,
        a.open_samples,
        a.paste,
        a.open_link,
        None,
        a.export,
        None,
        a.quit,
    )
    menu("&Edit", a.find, a.find_next, a.find_previous)
    menu(
        "&View",
        a.show_compare,
        a.show_overview,
        a.fact_grid,
        None,
        a.word_diff,
        a.show_removed,
        a.lock_scroll,
        None,
        a.zoom_in,
        a.zoom_out,
        a.zoom_reset,
        None,
        a.show_list,
        a.facts,
        a.show_problems,
        a.show_toolbar,
    )
    menu(
        "&Go",
        a.next_match,
        a.previous_match,
        a.next_unmatched,
        a.previous_unmatched,
        None,
        a.focus_left,
        a.focus_right,
        a.focus_list,
        a.focus_facts,
    )
    menu("&Article", a.show_left, a.show_right, a.swap, None, a.reload, a.remove)
    menu("&Help", a.open_log_folder, a.about)
    return menus


def build_toolbar(toolbar: QToolBar, a: Actions) -> None:
    for item in (
        a.open,
        a.paste,
        None,
        a.show_compare,
        a.show_overview,
        a.fact_grid,
        None,
        a.swap,
        a.lock_scroll,
        a.word_diff,
        a.show_removed,
        None,
        a.previous_match,
        a.next_match,
        a.previous_unmatched,
        a.next_unmatched,
        None,
        a.find,
        a.zoom_out,
        a.zoom_in,
        None,
        a.facts,
        a.export,
    ):
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(item)
