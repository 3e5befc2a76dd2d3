"""Actions and menus: unique shortcuts, every action in a menu, toggles remembered, icons."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QKeySequence

from newsreader.ui.shell.actions import SPECS


def test_shortcuts_are_unique(window) -> None:
    keys = Counter(
        shortcut.toString()
        for name in window.actions.names()
        for shortcut in window.actions[name].shortcuts()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_action_is_in_a_menu(window) -> None:
    in_menus = set()
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            in_menus.add(action.objectName())
    for spec in SPECS:
        assert f"action_{spec.name}" in in_menus, spec.name


def test_facts_actions_show_the_sidebar_and_the_grid_page(window) -> None:
    facts, sidebar = window.actions.facts, window.facts.sidebar_dock
    assert facts.isEnabled() and "Not available" not in facts.toolTip()
    assert sidebar.isHidden()
    facts.trigger()
    assert facts.isChecked() and sidebar.isVisible()
    sidebar.close()
    assert not facts.isChecked()
    grid = window.actions.fact_grid
    grid.trigger()
    assert grid.isChecked() and window.views.page() == "grid"
    assert window.views.currentWidget() is window.facts.grid
    window.actions.show_compare.trigger()
    assert not grid.isChecked() and window.views.page() == "compare"


def test_toggles_are_remembered(window, make_window, isolated_home) -> None:
    window.actions.word_diff.setChecked(False)
    window.actions.show_removed.setChecked(True)
    window.actions.lock_scroll.setChecked(False)
    window.settings.sync()
    again = make_window(home=isolated_home)
    assert not again.actions.word_diff.isChecked()
    assert again.actions.show_removed.isChecked()
    assert not again.actions.lock_scroll.isChecked()
    assert again.compare.show_removed and not again.compare.sync.enabled


def test_tooltips_name_the_shortcut(window) -> None:
    tip = window.actions.next_match.toolTip()
    assert QKeySequence("Alt+Down").toString(QKeySequence.SequenceFormat.NativeText) in tip


def test_icons_and_desktop_file_exist() -> None:
    import configparser

    from newsreader.ui.common.paths import ICONS, RESOURCES

    for spec in SPECS:
        if spec.icon:
            assert (ICONS / f"{spec.icon}.svg").is_file(), spec.icon
    assert (ICONS / "newsreader.svg").is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(RESOURCES / "newsreader.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "newsreader" and "%F" in desktop["Exec"]
    assert desktop["Icon"] == "newsreader"
    assert desktop["Categories"].endswith(";")


def test_icons_render(qapp) -> None:
    from newsreader.ui.common.icons import icon

    for spec in SPECS:
        if spec.icon:
            pixmap = icon(spec.icon).pixmap(24, 24)
            assert not pixmap.isNull(), spec.icon
            image = pixmap.toImage()
            assert any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)), (
                f"{spec.icon} is blank"
            )


def test_comparison_actions_follow_the_pair(window, load, sample_paths, wait_aligned) -> None:
    a = window.actions
    assert not a.swap.isEnabled() and not a.find.isEnabled() and not a.next_match.isEnabled()
    load(window, sample_paths[:2])
    wait_aligned(window)
    assert a.swap.isEnabled() and a.find.isEnabled() and a.next_match.isEnabled()
    window.remove(window.model.keys())
    assert not a.swap.isEnabled() and not a.next_unmatched.isEnabled()
