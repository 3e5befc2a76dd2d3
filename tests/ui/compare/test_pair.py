"""The pair controller's pure part: an alignment seen from the other side."""

from __future__ import annotations

from newsreader.core.align import Alignment, DiffOp, Link
from newsreader.ui.compare.pair import mirror


def test_mirror_swaps_sides_ops_and_sentences() -> None:
    link = Link(
        2,
        5,
        77.0,
        "edited",
        moved=True,
        ops=(DiffOp("delete", (0, 4), (0, 0)), DiffOp("insert", (4, 4), (0, 6))),
        sentences=(((0, 10), (3, 12)),),
    )
    original = Alignment(4, 9, [link], 61.0, 0.25, 0.5)
    flipped = mirror(original)
    assert (flipped.left_count, flipped.right_count) == (9, 4)
    assert (flipped.left_in_right, flipped.right_in_left) == (0.5, 0.25)
    back = flipped.links[0]
    assert (back.left, back.right, back.kind, back.moved) == (5, 2, "edited", True)
    assert [op.tag for op in back.ops] == ["insert", "delete"]
    assert back.ops[0].left == (0, 0) and back.ops[0].right == (0, 4)
    assert back.sentences == (((3, 12), (0, 10)),)
    assert mirror(flipped).links == original.links
