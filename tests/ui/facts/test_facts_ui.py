"""The facts in the app: the sidebar, click-through to the evidence, the grid, merge/split, states.

The samples (project-owned) have an outlet, the Northern Observer, that contradicts the others on
who attends; the seeds (skipped when absent) have the Fomin/Fateno and Rubio-title discrepancies.
Expectations come from the facts engine's own output where possible, so these tests check the UI.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu

from newsreader.core.facts import analyze
from newsreader.core.ingest import load_path
from newsreader.core.text import fold
from newsreader.ui.common.facts_colors import fact_colors
from newsreader.ui.common.paths import SAMPLES
from newsreader.ui.export import job as export_job
from newsreader.ui.facts import controller as facts_controller
from newsreader.ui.facts.controller import CANCELLED, EMPTY, NO_FACTS, READY
from newsreader.ui.facts.grid_model import EVIDENCE_ROLE, FIRST_OUTLET, ROW_ROLE, STATE_ROLE
from newsreader.ui.facts.people_menu import add_people_actions
from newsreader.ui.facts.state import TEXTS
from newsreader.ui.library.entries import file_key
from newsreader.ui.shell.app import DEMO_PAIR
from newsreader.ui.shell.session import load_session
from tests.ui.conftest import write

OBSERVER = "northern-observer.txt"


@pytest.fixture(autouse=True)
def quick_debounce(monkeypatch) -> None:
    """A shorter pause before recomputing (the behaviour is the same, the tests are quicker)."""
    monkeypatch.setattr(facts_controller, "DEBOUNCE_MS", 30)


def wait_facts(qtbot, window, state: str = READY, timeout: int = 20000) -> None:
    controller = window.facts.controller
    qtbot.waitUntil(lambda: controller.state == state and not controller.pending, timeout=timeout)


@pytest.fixture
def demo(window, load, wait_aligned, sample_paths, qtbot):
    """All samples loaded, the demo pair compared, the facts sidebar open and filled."""
    load(window, sample_paths)
    window.pair.set_pair(*(file_key(SAMPLES / name) for name in DEMO_PAIR))
    wait_aligned(window)
    window.actions.facts.trigger()
    wait_facts(qtbot, window)
    return window


def nodes(window, **match):
    root = window.facts.sidebar.model.root
    return [n for n in root.walk() if all(getattr(n, k) == v for k, v in match.items())]


def outlet_node(window, key: str):
    found = nodes(window, kind="outlet", key=f"outlet:{key}")
    assert found, f"no outlet node for {key}"
    return found[0]


def section(outlet, name: str):
    found = [c for c in outlet.children if c.key.endswith(f"/{name}")]
    return found[0] if found else None


def view_index(sidebar, node) -> QModelIndex:
    index = sidebar.proxy.mapFromSource(sidebar.model.index_of(node))
    assert index.isValid()
    sidebar.tree.scrollTo(index)
    return index


def click_node(qtbot, sidebar, node) -> None:
    index = view_index(sidebar, node)
    rect = sidebar.tree.visualRect(index)
    qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def collapsed(text: str) -> str:
    return " ".join(text.split())


def plain(rich: str) -> str:
    """A rich-text tooltip as the user reads it."""
    document = QTextDocument()
    document.setHtml(rich)
    return collapsed(document.toPlainText())


# --- the sidebar --------------------------------------------------------------------------------
def test_sidebar_lists_attendance_per_outlet_and_flags_the_conflict(qtbot, demo) -> None:
    window = demo
    sidebar = window.facts.sidebar
    assert window.facts.sidebar_dock.isVisible() and window.actions.facts.isChecked()
    factset = window.facts.controller.result.factset
    left, right = window.pair.left_key, window.pair.right_key
    shown = [n.key for n in sidebar.model.root.children]
    assert shown == ["disagreements", f"outlet:{left}", f"outlet:{right}"]
    assert outlet_node(window, left).side == "left" and outlet_node(window, right).side == "right"

    # Each outlet's attendance sections list what the engine found for that article.
    for key in (left, right):
        outlet = outlet_node(window, key)
        facts = factset.articles[window.facts.controller.result.index_of(key)]
        for status in ("attending", "not_attending"):
            people = {p.display for p in facts.by_status(status)}
            node = section(outlet, status)
            listed = {c.text.split(" (")[0] for c in node.children} if node else set()
            assert listed == people, (key, status)

    # Varga: the compared outlets say she stays away, the Northern Observer says she attends.
    observer = factset.index_of(str(SAMPLES / OBSERVER))
    varga_rows = [r for r in factset.rows if r.kind == "attendance" and "Varga" in r.subject]
    assert len(varga_rows) == 1 and varga_rows[0].conflict
    assert varga_rows[0].cells[observer].state == "conflict"
    for key in (left, right):
        item = next(c for c in section(outlet_node(window, key), "not_attending").children)
        assert "Varga" in item.text and item.flag == "disputed"
        assert any("Northern Observer" in n and "Attending" in n for n in item.notes)
        index = view_index(sidebar, item)
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the badge
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert collapsed(item.evidence.text) in plain(tip)
    row = next(n for n in nodes(window, kind="row") if "Varga" in n.text)
    assert not sidebar.tree.isExpanded(view_index(sidebar, row))  # each outlet: on demand
    sidebar.tree.expand(view_index(sidebar, row))
    values = {c.text: c.flag for c in row.children}
    assert values["Northern Observer: Attending"] == "conflict"
    assert all(flag == "" for text, flag in values.items() if "Northern Observer" not in text)

    # Selecting the Northern Observer in the list adds it, with its side of the conflict.
    key = file_key(SAMPLES / OBSERVER)
    window.article_list.select_keys([key])
    outlet = outlet_node(window, key)
    assert outlet.side == ""
    varga = next(c for c in section(outlet, "attending").children if "Varga" in c.text)
    assert varga.flag == "conflict"


def test_one_click_on_a_disagreement_opens_both_sentences_side_by_side(qtbot, demo) -> None:
    window = demo
    sidebar = window.facts.sidebar
    rows = nodes(window, kind="row")
    assert rows and all(n.card is not None for n in rows)
    confidences = [n.card.confidence for n in rows]
    assert confidences == sorted(confidences, reverse=True)  # most certain first
    # A disagreement between the Northern Observer (in no pane) and a compared outlet.
    observer = file_key(SAMPLES / OBSERVER)
    row = next(n for n in rows if observer in (n.card.left.key, n.card.right.key))
    card = row.card
    index = view_index(sidebar, row)
    assert sidebar.tree.visualRect(index).height() > 60  # a card, not a one-line row
    click_node(qtbot, sidebar, row)
    assert {window.pair.left_key, window.pair.right_key} == {card.left.key, card.right.key}
    wait_aligned_pair = window.compare
    qtbot.waitUntil(lambda: wait_aligned_pair.alignment is not None, timeout=20000)
    for side in (card.left, card.right):
        pane = (
            window.compare.left_pane
            if window.pair.left_key == side.key
            else window.compare.right_pane
        )
        ev = side.evidence
        assert pane.sentence() == (ev.paragraph, ev.start, ev.end)
        assert collapsed(pane.sentence_text()) == collapsed(ev.text)


def test_click_through_scrolls_and_highlights_the_sentence(
    qtbot, make_window, load, wait_aligned, sample_paths
):
    window = make_window(size=(1300, 560))
    load(window, sample_paths)
    window.pair.set_pair(*(file_key(SAMPLES / name) for name in DEMO_PAIR))
    wait_aligned(window)
    window.actions.facts.trigger()
    wait_facts(qtbot, window)
    sidebar, pane = window.facts.sidebar, window.compare.right_pane
    # The right article's item whose evidence is furthest down (the pane must scroll to it).
    outlet = outlet_node(window, window.pair.right_key)
    items = [n for n in outlet.walk() if n.kind == "item" and n.evidence is not None]
    item = max(items, key=lambda n: (n.evidence.paragraph, n.evidence.start))
    window.compare.set_locked(False)
    pane.verticalScrollBar().setValue(0)
    click_node(qtbot, sidebar, item)
    ev = item.evidence
    assert pane.sentence() == (ev.paragraph, ev.start, ev.end)
    assert collapsed(pane.sentence_text()) == collapsed(ev.text)
    assert pane.verticalScrollBar().value() > 0
    rects = pane.sentence_rects()
    assert rects and all(r.top() >= 0 and r.bottom() <= pane.viewport().height() for r in rects)
    assert ev.paragraph in pane.flashing()

    # A fact of an article in no pane opens it on the right, then highlights its sentence.
    observer = file_key(SAMPLES / OBSERVER)
    value = next(n for n in nodes(window, kind="value") if n.text.startswith("Northern Observer"))
    sidebar.tree.expand(view_index(sidebar, value.parent))
    revealed = []
    window.facts.reveal_compare = lambda: revealed.append(True)
    click_node(qtbot, sidebar, value)
    assert window.pair.right_key == observer and revealed
    wait_aligned(window)  # the re-render after aligning keeps the highlight and its place
    ev = value.evidence
    assert pane.sentence() == (ev.paragraph, ev.start, ev.end)
    assert collapsed(pane.sentence_text()) == collapsed(ev.text)
    rects = pane.sentence_rects()
    assert rects and all(r.top() >= 0 and r.bottom() <= pane.viewport().height() for r in rects)


def test_sentence_offsets_survive_collapsed_whitespace(qtbot, window, load, tmp_path) -> None:
    text = "Title\n\nFirst   sentence here.\n   Minister Anna Berg  will attend the talks,\tsaid Tuesday.\n\nEnd."
    path = write(tmp_path, "spaces.txt", text)
    load(window, [path])
    pane = window.compare.left_pane
    article = pane.article
    index = next(i for i, p in enumerate(article.paragraphs) if "Berg" in p.text)
    para = article.paragraphs[index].text
    start = para.index("Minister")
    end = para.index("Tuesday.") + len("Tuesday.")
    assert window.compare.show_sentence("left", index, start, end)
    assert pane.sentence_text() == collapsed(para[start:end])
    assert not window.compare.show_sentence("left", 99, 0, 4)  # no such paragraph


# --- the grid -----------------------------------------------------------------------------------
def test_grid_cells_agree_conflict_absent(qtbot, demo) -> None:
    window = demo
    window.actions.fact_grid.trigger()
    grid = window.facts.grid
    assert window.views.currentWidget() is grid and grid.stack.currentWidget() is grid.table
    grid.group_button.setChecked(False)  # one column per outlet (grouping: test_fact_grid_many)
    model = grid.model
    factset = window.facts.controller.result.factset
    names = [Path(a.path).name for a in factset.articles]
    column = {name: model.column_of(n) for n, name in enumerate(names)}
    assert sorted(model.shown_outlets()) == list(range(len(factset.articles)))
    colors = fact_colors(window.palette())

    shown = {r.key for r in model.fact_rows()}
    assert shown == {r.key for r in factset.rows}
    for n in range(model.rowCount()):
        row = model.index(n, 0).data(ROW_ROLE)
        if row is None:
            assert n in model.header_rows() and grid.table.columnSpan(n, 0) == model.columnCount()
            continue
        for c in range(FIRST_OUTLET, model.columnCount()):
            index = model.index(n, c)
            for member in model.members(c):  # outlets grouped in one column state the same
                cell = row.cells[member]
                assert index.data(STATE_ROLE) == cell.state
                assert index.data(Qt.ItemDataRole.BackgroundRole) == colors.cells[cell.state]

    # Varga's row: the Northern Observer conflicts, an outlet that does not say is absent.
    n = next(
        i
        for i, r in enumerate(model.lines)
        if r.row is not None and r.row.kind == "attendance" and "Varga" in r.row.subject
    )
    states = {name: model.index(n, c).data(STATE_ROLE) for name, c in column.items()}
    assert states[OBSERVER] == "conflict"
    assert {states[name] for name in DEMO_PAIR} == {"agree"}
    assert "absent" in states.values() or "agree" in states.values()
    observer_cell = model.index(n, column[OBSERVER])
    tip = observer_cell.data(Qt.ItemDataRole.ToolTipRole)
    _, evidence = observer_cell.data(EVIDENCE_ROLE)
    assert collapsed(evidence.text) in plain(tip)
    assert model.headerData(column[DEMO_PAIR[0]], Qt.Orientation.Horizontal).endswith("(L)")

    # Clicking that cell opens the Northern Observer on the right and highlights the sentence
    # (the comparison comes to the front: the grid is a page beside it).
    assert window.views.page() == "grid"
    grid.table.scrollTo(observer_cell)
    rect = grid.table.visualRect(observer_cell)
    qtbot.mouseClick(grid.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pair.right_key == file_key(SAMPLES / OBSERVER)
    assert window.views.page() == "compare"
    pane = window.compare.right_pane
    assert pane.sentence() == (evidence.paragraph, evidence.start, evidence.end)

    # Only disagreements.
    grid.conflicts_button.click()
    assert model.conflicts_only
    assert model.fact_rows() and all(r.conflict for r in model.fact_rows())
    assert len(model.fact_rows()) == len(factset.discrepancies)
    grid.all_button.click()
    assert len(model.fact_rows()) == len(factset.rows)


# --- merge and split -----------------------------------------------------------------------------
def spelled_apart(factset):
    """A canonical person spelled differently by some outlet: (person, outlet index, spelling)."""
    for person in factset.people:
        for i in person.articles:
            for p in factset.articles[i].people:
                if p.person_id == person.id and fold(p.name) != fold(person.name):
                    return person, i, p.name
    raise AssertionError("the samples spell nobody differently")


def menu_for(window, node) -> QMenu:
    menu = QMenu(window)
    add_people_actions(menu, node, window.facts.controller.result.factset, window.facts.controller)
    return menu


def all_actions(menu: QMenu):
    for action in menu.actions():
        yield action
        if action.menu() is not None:
            yield from all_actions(action.menu())


def reopened(qtbot, make_window, home, saved, count: int):
    """A second window restored from ``saved``, its ``count`` articles loaded and facts shown."""
    second = make_window(home=home)
    second.restore_layout(saved)
    second.restore_articles(saved)
    qtbot.waitUntil(lambda: second.model.rowCount() == count, timeout=20000)
    if not second.facts.sidebar_dock.isVisible():
        second.actions.facts.trigger()
    wait_facts(qtbot, second)
    return second


def test_split_and_merge_people_survive_a_session_restore(
    qtbot, make_window, load, sample_paths, isolated_home
):
    first = make_window()
    load(first, sample_paths)
    first.actions.facts.trigger()
    wait_facts(qtbot, first)
    result = first.facts.controller.result
    person, i, spelling = spelled_apart(result.factset)
    first.article_list.select_keys([result.keys[i]])  # shows that outlet in the sidebar
    item = next(
        n for n in nodes(first, kind="item") if n.person_id == person.id and n.written == spelling
    )
    split = next(a for a in all_actions(menu_for(first, item)) if a.objectName() == "splitAction")
    assert spelling in split.text() and person.name in split.text()
    with qtbot.waitSignal(first.facts.controller.result_changed, timeout=10000):
        split.trigger()
    wait_facts(qtbot, first)
    people = first.facts.controller.result.factset.people
    apart = [p for p in people if spelling in p.variants]
    assert len(apart) == 1 and apart[0].id != person.id and apart[0].name == spelling
    assert not any(spelling in p.variants for p in people if p.id == person.id)
    first.close()  # saves the session
    saved = load_session(first.session_store)
    assert spelling in json.loads(saved.name_overrides)["splits"]

    second = reopened(qtbot, make_window, isolated_home, saved, len(sample_paths))
    factset = second.facts.controller.result.factset
    assert any(p.name == spelling for p in factset.people)  # still split after the restart

    # "Same person as…" puts them back together.
    second.article_list.select_keys([second.facts.controller.result.keys[i]])
    item = next(n for n in nodes(second, kind="item") if n.written == spelling)
    same = next(a for a in all_actions(menu_for(second, item)) if a.text().startswith(person.name))
    with qtbot.waitSignal(second.facts.controller.result_changed, timeout=10000):
        same.trigger()
    wait_facts(qtbot, second)
    people = second.facts.controller.result.factset.people
    together = [p for p in people if spelling in p.variants]
    assert len(together) == 1 and person.name in together[0].variants
    assert second.facts.controller.overrides.merges


def test_export_reuses_the_facts_read_for_the_sidebar(qtbot, demo, tmp_path, monkeypatch) -> None:
    window = demo
    _, _, spelling = spelled_apart(window.facts.controller.result.factset)
    window.facts.controller.split(spelling)
    wait_facts(qtbot, window)

    def not_again(articles):
        raise AssertionError("the export read the facts again")

    monkeypatch.setattr(export_job, "analyze_facts", not_again)
    out = tmp_path / "facts.json"
    with qtbot.waitSignal(window.exporter.exported, timeout=20000):
        window.exporter.export_to(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"] and spelling in data["overrides"]["splits"]


# --- states --------------------------------------------------------------------------------------
def test_states_nothing_loaded_no_facts_and_recompute_on_changes(
    qtbot, window, load, tmp_path, sample_paths
):
    window.actions.facts.trigger()
    sidebar = window.facts.sidebar
    wait_facts(qtbot, window, EMPTY)
    assert sidebar.stack.currentWidget() is sidebar.state_page
    assert sidebar.state_page.label.text() == TEXTS[EMPTY]

    plain = write(tmp_path, "plain.txt", "A quiet day\n\nnothing happened here at all.\n\nthe end.")
    load(window, [plain])
    wait_facts(qtbot, window, NO_FACTS)
    assert sidebar.state_page.label.text() == TEXTS[NO_FACTS]

    load(window, sample_paths[:2])  # the list changed: computed again, after a pause
    wait_facts(qtbot, window)
    assert len(window.facts.controller.result.keys) == 3
    assert sidebar.stack.currentWidget() is sidebar.tree
    window.remove([file_key(sample_paths[0])])
    qtbot.waitUntil(lambda: len(window.facts.controller.result.keys) == 2, timeout=10000)


def test_cancel_then_compute_again(qtbot, window, load, sample_paths, monkeypatch) -> None:
    started, release = threading.Event(), threading.Event()
    real = facts_controller.extract_facts

    def slow(article, *, cancelled=None):
        started.set()
        while not (cancelled and cancelled()) and not release.is_set():
            release.wait(0.01)
        return real(article, cancelled=cancelled)

    monkeypatch.setattr(facts_controller, "extract_facts", slow)
    load(window, sample_paths[:2])
    window.actions.facts.trigger()
    qtbot.waitUntil(started.is_set, timeout=10000)
    page = window.facts.sidebar.state_page
    assert page.button.isVisible() and page.button.text() == "Cancel"
    page.button.click()
    wait_facts(qtbot, window, CANCELLED)
    assert page.button.text() == "Compute Again"
    release.set()
    page.button.click()
    wait_facts(qtbot, window)


# --- the seeds -----------------------------------------------------------------------------------
def test_seed_discrepancies_appear_in_the_grid(qtbot, window, load, seeds_dir) -> None:
    paths = sorted(seeds_dir.glob("*.txt"))
    load(window, paths)
    window.actions.fact_grid.trigger()
    wait_facts(qtbot, window)
    model = window.facts.grid.model
    window.facts.grid.set_conflicts_only(True)
    rows = model.fact_rows()

    def conflicting(predicate) -> list:
        return [r for r in rows if r.conflict and predicate(r)]

    def values(row) -> str:
        return " | ".join(c.value for c in row.cells if c.state != "absent")

    # The same office filled by two different people in different outlets.
    office = conflicting(lambda r: "Fomin" in values(r) and "Fateno" in values(r))
    assert office, "Fomin / Fateno not in the grid's disagreements"
    row = office[0]
    n = model.row_of(row.key)
    states = {model.index(n, c).data(STATE_ROLE) for c in range(FIRST_OUTLET, model.columnCount())}
    assert "conflict" in states and "agree" in states
    # The same person given two titles.
    title = conflicting(lambda r: r.kind == "title" and "Rubio" in r.subject)
    assert title, "Rubio's titles not in the grid's disagreements"
    stated = {fold(c.value) for c in title[0].cells if c.state != "absent"}
    assert any("secretary of state" in v for v in stated) and any(
        "foreign minister" in v for v in stated
    )
    # The grid agrees with the engine run directly.
    direct = analyze([load_path(p) for p in paths])
    assert {r.key for r in rows} == {r.key for r in direct.rows if r.conflict}


def test_hidden_characters_are_marked_in_the_pane_and_highlights_stay_on_the_sentence(
    qtbot, window, load, tmp_path
) -> None:
    """Issue 13, point 6: "will \u202eton\u202c attend" displays as "will not attend" unless marked."""
    text = (
        "Title\n\nPresident Tomas Hal\u200bberg will \u202eton\u202c attend the talks, "
        "his office said on Tuesday. Minister Anna Berg will attend them too.\n\nEnd."
    )
    path = write(tmp_path, "spoof.txt", text)
    load(window, [path])
    pane = window.compare.left_pane
    qtbot.waitUntil(lambda: pane.article is not None)
    shown = pane.toPlainText()
    assert "\u202e" not in shown and "\u200b" not in shown
    assert "Hal⟨U+200B⟩berg will ⟨U+202E⟩ton⟨U+202C⟩ attend" in shown
    index = next(i for i, p in enumerate(pane.article.paragraphs) if "Berg" in p.text)
    para = pane.article.paragraphs[index].text
    start = para.index("Minister")
    end = para.index("too.") + len("too.")
    assert window.compare.show_sentence("left", index, start, end)
    assert pane.sentence_text() == para[start:end]
    start, end = para.index("President"), para.index("Tuesday.") + len("Tuesday.")
    assert window.compare.show_sentence("left", index, start, end)
    assert pane.sentence_text() == (
        "President Tomas Hal⟨U+200B⟩berg will ⟨U+202E⟩ton⟨U+202C⟩ attend the talks, "
        "his office said on Tuesday."
    )


def test_the_user_can_compare_all_loaded_articles_as_one_story(qtbot, demo) -> None:
    window = demo
    controller, sidebar = window.facts.controller, window.facts.sidebar
    assert controller.result.factset.scope == "story"
    menu = sidebar.context_menu(QModelIndex())
    action = next(a for a in menu.actions() if a.text().startswith("Compare All Loaded"))
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(
        lambda: controller.result is not None and controller.result.factset.scope == "all",
        timeout=20000,
    )
    assert controller.scope == "all"
    assert "all as one story" in sidebar.summary.text()
    menu.deleteLater()


def test_comparing_the_set_as_one_story_survives_a_session_restore(
    qtbot, make_window, load, sample_paths, isolated_home
):
    first = make_window()
    load(first, sample_paths)
    first.actions.facts.trigger()
    wait_facts(qtbot, first)
    one_story = next(
        a
        for a in all_actions(first.facts.sidebar.context_menu(QModelIndex()))
        if a.text() == "Compare All Loaded Articles as One Story"
    )
    assert not one_story.isChecked()
    with qtbot.waitSignal(first.facts.controller.result_changed, timeout=10000):
        one_story.trigger()
    wait_facts(qtbot, first)
    assert first.facts.controller.result.factset.scope == "all"
    first.close()  # saves the session
    saved = load_session(first.session_store)
    assert saved.facts_scope == "all"

    second = reopened(qtbot, make_window, isolated_home, saved, len(sample_paths))
    assert second.facts.controller.scope == "all"
    assert second.facts.controller.result.factset.scope == "all"
