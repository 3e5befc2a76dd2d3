"""The fact grid with many outlets: grouped columns, counts, filter, sort, expand on demand."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from newsreader.ui.facts import controller as facts_controller
from newsreader.ui.facts.grid_columns import columns, counts, summarize
from newsreader.ui.facts.grid_model import EVIDENCE_ROLE, FIRST_OUTLET, STATE_ROLE


@dataclass
class C:
    state: str
    value: str = ""


@dataclass
class R:
    cells: list[C]


ATT, NOT, NO = C("agree", "attending"), C("conflict", "not attending"), C("absent")
ROWS = [
    R([ATT, ATT, NOT, NO, ATT, NO]),
    R([NO, NO, NO, NO, NO, ATT]),
]
LABELS = ["Alpha", "Beta", "Gamma", "Delta", "Épsilon", "Zeta"]


def members(found):
    return [c.members for c in found]


def test_alike_outlets_share_a_column_and_the_pinned_keep_theirs():
    found = columns(ROWS, LABELS, pinned=[1], sort="name")
    # Beta is compared (pinned first); Alpha and Épsilon state the same; the rest alone.
    assert members(found) == [(1,), (0, 4), (3,), (2,), (5,)]
    assert members(columns(ROWS, LABELS, pinned=[1], sort="name", collapse=False)) == [
        (1,),
        (0,),
        (3,),
        (4,),
        (2,),
        (5,),
    ]


def test_a_group_expands_on_demand_and_stories_group_by_story():
    found = columns(ROWS, LABELS, sort="name", expanded=frozenset({(0, 1, 4)}))
    assert [(c.members, c.expanded_from) for c in found[:3]] == [
        ((0,), (0, 1, 4)),
        ((1,), (0, 1, 4)),
        ((4,), (0, 1, 4)),
    ]
    story = {0: "summit", 2: "summit", 3: "summit", 5: "strike"}
    by_story = columns(ROWS, LABELS, sort="name", story=lambda i: story.get(i, ""))
    assert members(by_story) == [(0, 3, 2), (1, 4), (5,)]  # by name: Alpha, Delta, Gamma
    assert by_story[0].story == "summit" and by_story[1].story == ""


def test_filter_and_sort():
    assert members(columns(ROWS, LABELS, text="EPS", collapse=False)) == [(4,)]
    stated_first = columns(ROWS, LABELS, sort="stated", collapse=False)
    assert stated_first[0].members == (0,)  # states one fact; ties by name
    odd_first = columns(ROWS, LABELS, sort="conflicts", collapse=False)
    assert odd_first[0].members == (2,)


def test_counts_and_a_group_summary():
    assert (
        counts(ROWS[0], range(6), str) == "3 outlets: attending · 1: not attending · 2: not stated"
    )
    assert counts(ROWS[1], [0, 1], str) == "2 outlets: not stated"
    summary = summarize(ROWS[0], [0, 2, 3, 4])
    assert (summary.state, summary.value, summary.count, summary.others) == (
        "conflict",
        "attending",
        2,
        1,
    )
    assert summarize(ROWS[1], [0, 1]).state == "absent"
    # Two spellings the engine counts as one value: both side with the others.
    spelled = R(
        [C("agree", "Tomas Halberg"), C("agree", "Tomash Halberg"), C("agree", "Tomas Halberg")]
    )
    summary = summarize(spelled, [0, 1, 2])
    assert (summary.value, summary.count, summary.others) == ("Tomas Halberg", 3, 0)


VARIANTS = [
    ("Elena Varga attended the opening session of the talks in person.", "attending"),
    ("Elena Varga did not attend the talks and stayed in Veltro.", "not attending"),
]


@pytest.fixture(autouse=True)
def quick_debounce(monkeypatch) -> None:
    monkeypatch.setattr(facts_controller, "DEBOUNCE_MS", 30)


def test_sixty_outlets_fit_in_a_few_columns(qtbot, window, load, tmp_path):
    folder = tmp_path / "outlets"
    folder.mkdir()
    for n in range(60):
        sentence = VARIANTS[1 if n % 20 == 0 else 0][0]
        text = (
            f"Dam talks open in Port Meridian\n\nOutlet {n:02}\n\n{sentence}\n\n"
            f"Arvenian President Elena Varga spoke to reporters, report number {n}."
        )
        (folder / f"outlet-{n:02}.txt").write_text(text, encoding="utf-8")
    load(window, [folder], timeout=60000)
    window.actions.fact_grid.trigger()
    grid = window.facts.grid
    qtbot.waitUntil(lambda: grid.model.result is not None, timeout=60000)
    qtbot.waitUntil(lambda: not window.facts.controller.pending, timeout=60000)
    model = grid.model
    outlets = len(model.result.factset.articles)
    assert outlets == 60
    assert model.columnCount() - FIRST_OUTLET < 10  # not sixty columns
    assert sorted(model.shown_outlets()) == list(range(60))
    varga = next(
        n
        for n, line in enumerate(model.lines)
        if line.row is not None and line.row.kind == "attendance" and "Varga" in line.row.subject
    )
    text = model.index(varga, 1).data()
    assert text.startswith("57 outlets: ") and "3: " in text, text
    # Expand the column the odd ones are in: each of its outlets gets a column of its own.
    odd = next(
        c
        for c in range(FIRST_OUTLET, model.columnCount())
        if model.index(varga, c).data(STATE_ROLE) == "conflict" and len(model.members(c)) > 1
    )
    size = len(model.members(odd))
    before = model.columnCount()
    assert model.toggle_group(odd)
    assert model.columnCount() == before + size - 1
    assert model.toggle_group(odd)  # and back
    assert model.columnCount() == before
    # Filter the outlets: the counts follow.
    label = model.result.factset.label(45)
    grid.outlet_filter.setText(label)
    assert 45 in model.shown_outlets() and len(model.shown_outlets()) < 60
    assert (
        model.headerData(1, Qt.Orientation.Horizontal) == f"Outlets ({len(model.shown_outlets())})"
    )
    grid.outlet_filter.setText("")
    assert model.index(varga, odd).data(EVIDENCE_ROLE) is not None
    assert "outlets" in model.headerData(odd, Qt.Orientation.Horizontal)
