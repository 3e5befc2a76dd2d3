"""The sidebar's tree (plain data), its Qt model, and the merge/split choices, without a window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from newsreader.core.facts import CanonicalPerson, Evidence, analyze
from newsreader.core.ingest import load_path, load_text
from newsreader.ui.facts.controller import FactsResult
from newsreader.ui.facts.model import FactsTreeModel, display
from newsreader.ui.facts.people_menu import merge_candidates, split_choices
from newsreader.ui.facts.tree import Node, build_tree
from newsreader.ui.library.background_set import signature_of
from newsreader.ui.library.entries import Entry


def result_for(articles) -> FactsResult:
    factset = analyze(articles)
    keys = tuple(a.path.name if a.path else a.id for a in articles)
    return FactsResult(keys, factset, ())


@pytest.fixture(scope="module")
def samples() -> FactsResult:
    root = Path(__file__).resolve().parents[3] / "resources" / "samples"
    return result_for([load_path(p) for p in sorted(root.iterdir())])


def test_every_disagreement_is_listed_most_certain_first_with_each_outlets_value(
    samples,
) -> None:
    shown = list(range(len(samples.keys)))
    root = build_tree(samples, shown, {0: "left", 1: "right"})
    group = root.children[0]
    assert group.kind == "disagreements"
    listed = [n.key for n in group.children]
    assert listed == [f"row:{d.row}" for d in samples.factset.discrepancies]
    rows = {r.key: r for r in samples.factset.rows}
    for node, d in zip(group.children, samples.factset.discrepancies, strict=True):
        assert [v.article for v in node.children] == list(d.values)
        row = rows[d.row]
        assert row.conflict
        assert [v.flag == "conflict" for v in node.children] == [
            row.cells[i].state == "conflict" for i in d.values
        ]
        assert node.card is not None and node.card.confidence == d.confidence
    outlets = [n for n in root.children if n.kind == "outlet"]
    assert [n.side for n in outlets[:3]] == ["left", "right", ""]
    keys = [n.key for n in root.walk()]
    assert len(keys) == len(set(keys)), "node keys must be unique (expansion state)"


def test_items_are_flagged_only_through_conflicting_rows(samples) -> None:
    root = build_tree(samples, list(range(len(samples.keys))))
    for node in root.walk():
        if node.kind != "item":
            continue
        assert node.evidence is not None and node.article >= 0
        if node.flag:
            assert node.notes, node.text
        else:
            assert not node.notes


def test_only_the_disagreements_of_shown_outlets(samples) -> None:
    factset = samples.factset
    for i in range(len(samples.keys)):
        root = build_tree(samples, [i])
        rows = {n.key for n in root.walk() if n.kind == "row"}
        assert rows == {f"row:{d.row}" for d in factset.discrepancies if i in d.values}


def test_a_card_sets_two_outlets_sentences_side_by_side(samples) -> None:
    shown = [3, 2]  # the Meridian Herald on the left, the Harbour Times on the right
    root = build_tree(samples, shown, {3: "left", 2: "right"})
    cards = [n.card for n in root.walk() if n.kind == "row" and n.card is not None]
    assert cards
    for card in cards:
        for side in (card.left, card.right):
            assert side.sentence == side.evidence.text
            assert all(0 <= a < b <= len(side.sentence) for a, b in side.marks)
            assert side.outlets[0] == samples.factset.label(side.article)
        assert card.left.value != card.right.value
    # The shown outlet stands on the left when it states one of the two values.
    figures = next(c for c in cards if c.kind == "number" and "35 per cent" in c.right.value)
    assert figures.left.article == 3 and "40 per cent" in figures.left.value
    assert "Northern Observer" in figures.right.outlets


def test_card_sentences_are_trimmed_around_the_difference_and_escaped() -> None:
    from PySide6.QtGui import QColor

    from newsreader.ui.facts.cards import sentence_html, trimmed
    from newsreader.ui.facts.tree import CardSide

    text = "word " * 60 + "<b>1,000</b> prisoners " + "word " * 60
    at = text.index("<b>1,000</b>")
    side = CardSide(0, "k", "1,000", text, ((at, at + 12),), Evidence(0, 0, len(text), text), ())
    cut, marks = trimmed(side)
    assert cut.startswith("…") and cut.endswith("…") and len(cut) < len(text)
    assert [cut[a:b] for a, b in marks] == ["<b>1,000</b>"]
    rich = sentence_html(cut, marks, QColor("#ffcccc"))
    assert "<b>" not in rich and "&lt;b&gt;1,000&lt;/b&gt;" in rich


def test_nothing_to_show() -> None:
    assert build_tree(None, []).children == []
    quiet = result_for([load_text("nothing of note happens here.\n\nthe end.", name="quiet")])
    root = build_tree(quiet, [0])
    assert [n.kind for n in root.walk()] == ["root", "outlet", "note"]


def test_hostile_text_is_shown_not_interpreted(qapp) -> None:
    hostile = "Anna \u202eBerg</p><script>alert(1)</script> <i>x</i>"
    evidence = Evidence(0, 0, 40, f"{hostile} will attend.\nNext line")
    root = Node("root", "", "")
    outlet = root.add(Node("outlet", "outlet:k", hostile, article=0))
    attending = outlet.add(Node("section", "outlet:k/attending", "Attending", count=1))
    attending.add(
        Node(
            "item",
            "outlet:k/attending/0",
            hostile,
            article=0,
            evidence=evidence,
            flag="conflict",
            notes=(hostile,),
        )
    )
    model = FactsTreeModel()
    model.set_root(root)
    index = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    assert model.node(index).kind == "item"
    assert model.parent(index) == model.index(0, 0, model.index(0, 0))
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    assert "\u202e" not in shown and "⟨U+202E⟩" in shown and "<script>" in shown  # literal
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<script>" not in tip and "<i>" not in tip and "\u202e" not in tip
    document = QTextDocument()
    document.setHtml(tip)
    assert "<script>alert(1)</script>" in document.toPlainText()  # shown, never run
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert display(model.node(index)) == shown


def test_merge_candidates_most_similar_first() -> None:
    people = [
        CanonicalPerson("a", "Alexander Fomin", ["Alexander Fomin"], [0]),
        CanonicalPerson("b", "Vladimir Putin", ["Vladimir Putin"], [0]),
        CanonicalPerson("c", "Alexander Fateno", ["Alexander Fateno"], [1]),
        CanonicalPerson("d", "Aleksandr Fomin", ["Aleksandr Fomin"], [1]),
    ]
    ranked = [p.id for p in merge_candidates(people[0], people)]
    assert ranked[0] == "d" and ranked[-1] == "b" and "a" not in ranked


def test_split_choices() -> None:
    halberg = CanonicalPerson(
        "t", "Tomas Halberg", ["Tomas Halberg", "Tomash Halberk", "Halberg"], [0, 1]
    )
    assert split_choices(halberg, "Tomash Halberk") == ["Tomash Halberk"]
    # The outlet spells it the canonical way: any other full spelling can be split off.
    assert split_choices(halberg, "Tomas Halberg") == ["Tomash Halberk"]
    assert split_choices(halberg) == ["Tomash Halberk"]
    single = CanonicalPerson("s", "Irena Sokol", ["Irena Sokol", "Sokol"], [0])
    assert split_choices(single, "Irena Sokol") == []


def test_signature_follows_content() -> None:
    a = load_text("One article.", name="a")
    b = load_text("Another article.", name="b")
    first = signature_of([Entry("k1", None, a), Entry("k2", None, b)])
    assert first == signature_of([Entry("k1", None, a), Entry("k2", None, b)])
    assert first != signature_of([Entry("k1", None, b), Entry("k2", None, a)])


def test_inferred_attendance_is_shown_muted_with_why(qapp) -> None:
    article = load_text(
        "President Elena Varga told delegates in Lima that the plan was sound.\n\n"
        "Minister Tomas Halberg will attend the summit.",
        name="inferred",
    )
    result = result_for([article])
    root = build_tree(result, [0])
    items = {n.text.split(" (")[0]: n for n in root.walk() if n.kind == "item"}
    assert items["Elena Varga"].unsure and items["Elena Varga"].detail == "inferred"
    assert any("Implied" in note for note in items["Elena Varga"].notes)
    assert not items["Tomas Halberg"].unsure
    model = FactsTreeModel()
    model.set_root(root)
    unsure = model.index_of(items["Elena Varga"])
    assert model.data(unsure, Qt.ItemDataRole.FontRole).italic()
    assert "inferred" in model.data(unsure, Qt.ItemDataRole.DisplayRole)
    assert model.data(model.index_of(items["Tomas Halberg"]), Qt.ItemDataRole.FontRole) is None
