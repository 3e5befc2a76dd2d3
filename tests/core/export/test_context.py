"""The comparison model: tiers, links both ways, metadata, facts lettering."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsreader.core.align import Alignment, DiffOp, Link
from newsreader.core.article import Article
from newsreader.core.export.context import build_comparison
from tests.core.export.conftest import FIXED_TIME, make_article

Pair = tuple[Article, Article, Alignment]


def test_tiers_follow_the_best_link_and_unmatched_is_only(pair: Pair) -> None:
    c = build_comparison(*pair, exported_at=FIXED_TIME)
    assert [p.tier for p in c.left.paragraphs] == [
        "identical",
        "edited",
        "edited",
        "paraphrase",
        "only",
    ]
    assert [p.tier for p in c.right.paragraphs] == [
        "identical",
        "edited",
        "edited",
        "paraphrase",
        "paraphrase",
        "only",
    ]


def test_every_link_is_listed_on_both_sides_with_matching_anchors(pair: Pair) -> None:
    c = build_comparison(*pair, exported_at=FIXED_TIME)
    ids = {p.anchor for side in (c.left, c.right) for p in side.paragraphs}
    forward = {(p.anchor, m.anchor) for p in c.left.paragraphs for m in p.matches}
    backward = {(m.anchor, p.anchor) for p in c.right.paragraphs for m in p.matches}
    assert forward == backward
    assert len(forward) == len(pair[2].links)
    assert all(a in ids and b in ids for a, b in forward)
    assert [m.label for m in c.left.paragraphs[3].matches] == ["B¶4", "B¶5"]


def test_moved_and_counts_and_percentages(pair: Pair) -> None:
    c = build_comparison(*pair, exported_at=FIXED_TIME)
    assert c.left.paragraphs[1].moved and not c.left.paragraphs[0].moved
    assert (c.similarity, c.left_in_right, c.right_in_left, c.link_count) == (71, 80, 67, 5)
    counts = {e.style.tier: (e.left_count, e.right_count) for e in c.legend}
    assert counts == {"identical": (1, 1), "edited": (2, 2), "paraphrase": (1, 2), "only": (1, 1)}


def test_edited_paragraphs_carry_their_changed_words(pair: Pair) -> None:
    c = build_comparison(*pair, exported_at=FIXED_TIME)
    a2 = c.left.paragraphs[1]
    b3 = c.right.paragraphs[2]
    assert "not attend" in " ".join(s.text for s in a2.segments if s.changed)
    assert "staying away" in " ".join(s.text for s in b3.segments if s.changed)
    assert a2.text == pair[0].paragraphs[1].text
    assert not c.left.paragraphs[0].has_changes


def test_noisy_diffs_are_not_marked() -> None:
    left = make_article(["alpha beta gamma delta epsilon"])
    right = make_article(["one two three four five"])
    ops = (DiffOp("replace", (0, 30), (0, 23)),)
    alignment = Alignment(1, 1, [Link(0, 0, 62, "paraphrase", ops=ops)])
    c = build_comparison(left, right, alignment)
    assert c.left.paragraphs[0].tier == "paraphrase"
    assert not c.left.paragraphs[0].has_changes


def test_links_out_of_range_or_of_unknown_kind_are_ignored() -> None:
    left, right = make_article(["a b c", "d e f"]), make_article(["a b c"])
    alignment = Alignment(
        2,
        1,
        [
            Link(0, 0, 100, "identical"),
            Link(1, 7, 90, "edited"),
            Link(-1, 0, 90, "edited"),
            Link(1, 0, 90, "weird"),  # type: ignore[arg-type]
        ],
    )
    c = build_comparison(left, right, alignment)
    assert c.link_count == 1
    assert c.left.paragraphs[1].tier == "only"


def test_metadata_fields(pair: Pair) -> None:
    c = build_comparison(*pair, exported_at=FIXED_TIME)
    m = c.left.meta
    assert (m.outlet, m.author, m.published, m.file_name) == (
        "Harbour Times",
        "Jonas Petrak",
        "2025-09-11",
        "harbour-times.txt",
    )
    assert m.url_href == "https://harbourtimes.example/world/water-talks"
    assert m.content_hash == pair[0].id
    assert c.right.meta.url_href is None
    assert c.exported_at_iso == "2025-09-12T14:30:00+00:00"


def test_hostile_metadata_is_kept_as_text_but_never_a_link(tmp_path: Path) -> None:
    art = make_article(
        ["text"],
        path=tmp_path / "evil\u202egnp.txt",
        url="javascript:alert(1)",
        title="</title><script>alert(1)</script>",
    )
    c = build_comparison(art, art, Alignment(1, 1))
    assert c.left.meta.url == "javascript:alert(1)" and c.left.meta.url_href is None
    assert c.left.meta.file_name == "evil⟨U+202E⟩gnp.txt"
    assert c.left.meta.title == "</title><script>alert(1)</script>"  # escaping is the renderer's


def test_facts_are_lettered_by_path(
    pair: Pair, facts_for: Callable[[Article, Article], dict[str, Any]]
) -> None:
    left, right, alignment = pair
    facts = facts_for(left, right)
    facts["articles"].reverse()  # order in the dict does not decide the letters
    c = build_comparison(left, right, alignment, facts)
    assert c.facts is not None
    assert [(a.letter, a.label) for a in c.facts.articles] == [
        ("A", "Harbour Times"),
        ("B", "Globe Newsflash"),
        ("C", "Northern Observer"),
    ]
    varga = c.facts.articles[0].people[0]
    assert (varga.name, varga.attendance_label, varga.variants) == (
        "Elena Varga",
        "not attending",
        ("Varga", "President Varga"),
    )
    rows = {d.topic: d.values for d in c.facts.discrepancies}
    assert rows["attendance of Tomas Halberg"] == ("attending", "conditional", "")
    assert rows["number of farmers affected"] == ("thousands", "", "hundreds")


def test_malformed_facts_do_not_break_the_export(pair: Pair) -> None:
    left, right, alignment = pair
    bad: dict[str, Any] = {
        "articles": [
            None,
            {"path": str(left.path), "people": [{"name": 3}, {"name": "X", "attendance": "maybe"}]},
            {"path": 5, "people": "nobody", "quotes": [{"text": None}], "dates": [1, "2025"]},
        ],
        "discrepancies": [{"topic": "t", "values": ["not", "a", "dict"]}, "junk"],
    }
    c = build_comparison(left, right, alignment, bad)
    assert c.facts is not None
    assert c.facts.articles[0].people[0].attendance == "unknown"
    assert c.facts.articles[1].dates == ("2025",)
    assert c.facts.discrepancies == ()
    assert build_comparison(left, right, alignment, {}).facts is not None
