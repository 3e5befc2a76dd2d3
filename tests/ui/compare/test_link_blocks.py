"""Bands drawn per block of linked paragraphs, as Meld draws chunks: grouping, shades, hover."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from newsreader.core.align import Alignment, Link
from newsreader.ui.compare.link_blocks import blocks
from tests.ui.compare.test_compare_ui import made_article


def link(left: int, right: int, kind: str = "paraphrase", score: float = 60.0, moved=False):
    return Link(left, right, score, kind, moved=moved)


def test_many_to_many_runs_form_one_block_each():
    links = [
        link(0, 0, "identical", 100),
        # A rewrite split and merged paragraphs 1-3 into 1-2: one block.
        link(1, 1),
        link(2, 1),
        link(2, 2),
        link(3, 2, "edited", 80),
        link(4, 3, "edited", 85),  # its own block, next to the previous one
        link(7, 5, moved=True),
        link(5, 6),  # shares left ¶... no: a separate 1:1 block
    ]
    found = blocks(links)
    spans = [(b.left, b.right, len(b.links)) for b in found]
    assert spans == [
        ((0, 0), (0, 0), 1),
        ((1, 3), (1, 2), 4),
        ((4, 4), (3, 3), 1),
        ((5, 5), (6, 6), 1),
        ((7, 7), (5, 5), 1),
    ]
    assert [b.number for b in found] == list(range(5))
    many = found[1]
    assert many.kind == "paraphrase" and many.best.kind == "edited"  # best: highest score
    assert many.paragraphs("left") == {1, 2, 3} and many.paragraphs("right") == {1, 2}
    assert "3 paragraph(s) ↔ 2 paragraph(s)" in many.describe()
    assert found[4].moved and not found[3].moved


def test_a_moved_link_does_not_join_an_in_order_block():
    found = blocks([link(0, 0), link(0, 5, moved=True)])
    assert len(found) == 2


PARAS = [
    "The dam talks opened on Thursday in Port Meridian with both delegations present.",
    "Officials said the first session would last no more than three hours of talks.",
    "Farmers on both banks have lost most of this year's harvest to the long drought.",
    "The envoy from Coristan said the summer flow was not up for any negotiation now.",
    "Engineers presented new figures on the canal's leaks and the cost of pumping it.",
    "A second round is planned for next month if the first one ends with a statement.",
]


def test_gutter_draws_one_band_per_block_and_fades_the_rest(qtbot, window):
    left = made_article("left.txt", PARAS, ["", ""])
    right = made_article("right.txt", PARAS, ["", ""])
    window.model.add([left, right])
    window.pair.set_pair(left.key, right.key)
    links = [
        link(0, 0, "identical", 100),
        link(1, 1),
        link(1, 2),
        link(2, 1),
        link(2, 2),
        link(3, 3, "edited", 80),
        link(4, 4, "edited", 75),
        link(5, 5, "edited", 70),
    ]
    window.compare.set_alignment(Alignment(6, 6, links, 80.0))
    gutter = window.compare.gutter
    assert gutter.width() <= 56
    visible = gutter.visible_blocks()
    assert [b.number for b in visible] == [0, 1, 2, 3, 4]  # 8 links, 5 bands
    # Neighbouring blocks of one tier are shaded apart.
    fills = [gutter.fill_color(b).name() for b in visible[2:]]
    assert fills[0] != fills[1] and fills[0] == fills[2]
    # Hovering the many-to-many band: it is drawn strongly, its paragraphs outlined, the rest faded.
    rect = gutter.block_band(visible[1]).boundingRect()
    at = QPointF(gutter.width() / 2, rect.center().y())
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        at,
        gutter.mapToGlobal(at),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(
        gutter, move
    )  # (not QTest.mouseMove: the cursor may already be there)
    assert gutter._hover is visible[1]
    assert gutter.emphasized() == {1}
    assert window.compare.left_pane.emphasis() == {1, 2}
    assert window.compare.right_pane.emphasis() == {1, 2}
    image = gutter.grab().toImage()
    strong = image.pixelColor(gutter.width() // 2, round(rect.center().y()))
    other = gutter.block_band(visible[3]).boundingRect()
    faded = image.pixelColor(gutter.width() // 2, round(other.center().y()))
    background = gutter.palette().color(gutter.backgroundRole())

    def distance(a, b):
        return sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))

    assert distance(faded, background) < distance(strong, background)
    QCoreApplication.sendEvent(gutter, QEvent(QEvent.Type.Leave))  # the mouse leaves the strip
    assert gutter._hover is None and gutter.emphasized() == set()
    assert not window.compare.left_pane.emphasis() and not window.compare.right_pane.emphasis()
