"""The HTML report's structure: metadata, legend, tiers, paired anchors, inline diffs, facts."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from newsreader import __version__
from newsreader.core.align import Alignment, align
from newsreader.core.article import Article
from newsreader.core.export import CSP, TIERS, render_html
from newsreader.core.export.html import environment
from newsreader.core.ingest import load_path
from tests.core.export.conftest import FIXED_TIME, disagreement_facts
from tests.core.export.hostile import REQUIRED_CSP, inert_problems

Pair = tuple[Article, Article, Alignment]


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _text(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def check_report(html: str, left: Article, right: Article, alignment: Alignment) -> None:
    """What must hold for any pair: generic, no per-article expectations."""
    assert inert_problems(html) == []
    doc = _doc(html)
    for letter, article in (("A", left), ("B", right)):
        paras = doc.xpath(f"//section[@id='pane-{letter}']/div[contains(@class,'para')]")
        assert len(paras) == len(article.paragraphs)
        for n, (el, para) in enumerate(zip(paras, article.paragraphs, strict=True), 1):
            assert el.get("id") == f"{letter}{n}"
            assert el.get("data-tier") in TIERS
            assert f"tier-{el.get('data-tier')}" in el.get("class").split()
            assert _text(el.xpath("./p")[0]) == " ".join(para.text.split())
            if el.get("data-tier") == "only":
                assert el.xpath(".//*[@class='only-mark']")
                assert not el.xpath(".//a[@class='match']")
            else:
                assert el.xpath(".//a[@class='match']")
    ids = set(doc.xpath("//@id"))
    pairs = set()
    for a in doc.xpath("//a[@class='match']"):
        target = a.get("href")[1:]
        assert target in ids
        source = a.xpath("ancestor::div[contains(@class,'para')]")[0].get("id")
        pairs.add((source, target))
    assert {(t, s) for s, t in pairs} == pairs, "every jump has its way back"
    links = {(f"A{lk.left + 1}", f"B{lk.right + 1}") for lk in alignment.links}
    assert {p for p in pairs if p[0].startswith("A")} == links
    legend = doc.xpath("//nav[@class='legend']")[0]
    for tier in TIERS:
        assert legend.xpath(
            f".//span[contains(@class,'swatch') and contains(@class,'tier-{tier}')]"
        )


def test_report_structure(pair: Pair) -> None:
    html = render_html(*pair, exported_at=FIXED_TIME)
    check_report(html, *pair)
    doc = _doc(html)
    assert html.startswith("<!DOCTYPE html>")
    assert doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content") == [CSP]
    assert all(d in CSP for d in REQUIRED_CSP)
    # The CSP comes before anything that could load.
    head = [el.tag for el in doc.head]
    assert head.index("meta") == 0 and head[1] == "meta" and head.index("style") > 1
    assert "Harbour Times — Water talks open without Varga" in doc.findtext(".//title")


def test_header_has_both_articles_metadata_export_time_and_version(pair: Pair) -> None:
    left, right, _ = pair
    doc = _doc(render_html(*pair, exported_at=FIXED_TIME))
    a, b = doc.get_element_by_id("meta-A"), doc.get_element_by_id("meta-B")

    def field(card: lxml.html.HtmlElement, name: str) -> str:
        return _text(card.xpath(f".//dd[@class='f-{name}' or starts-with(@class,'f-{name} ')]")[0])

    assert field(a, "outlet") == "Harbour Times"
    assert field(a, "title") == "Water talks open without Varga"
    assert field(a, "author") == "Jonas Petrak"
    assert field(a, "published").startswith("2025-09-11")
    assert field(a, "url") == "https://harbourtimes.example/world/water-talks"
    assert a.xpath(".//dd[contains(@class,'f-url')]/a/@href") == [left.url]
    assert "noopener" in a.xpath(".//dd[contains(@class,'f-url')]/a/@rel")[0]
    assert field(a, "file") == "harbour-times.txt"
    assert left.id in field(a, "hash")
    assert field(b, "outlet") == "Globe Newsflash"
    assert field(b, "file") == "globe-newsflash.md"
    assert right.id in field(b, "hash")
    assert field(b, "url") == "—" and not b.xpath(".//dd[contains(@class,'f-url')]/a")
    generated = _text(doc.xpath("//p[@class='generated']")[0])
    assert "2025-09-12 14:30" in generated and f"newsreader {__version__}" in generated
    assert doc.xpath("//p[@class='generated']/time/@datetime") == ["2025-09-12T14:30:00+00:00"]
    assert "similarity 71/100" in generated


def test_inline_differences_and_only_marks(pair: Pair) -> None:
    doc = _doc(render_html(*pair, exported_at=FIXED_TIME))
    a2, b3 = doc.get_element_by_id("A2"), doc.get_element_by_id("B3")
    assert "not attend" in " ".join(_text(d) for d in a2.xpath(".//del[@class='changed']"))
    assert "staying away" in " ".join(_text(d) for d in b3.xpath(".//ins[@class='changed']"))
    assert not doc.get_element_by_id("A1").xpath(".//del|.//ins")
    assert _text(doc.get_element_by_id("A5").xpath(".//*[@class='only-mark']")[0]) == "not in B"
    assert _text(doc.get_element_by_id("B6").xpath(".//*[@class='only-mark']")[0]) == "not in A"
    assert doc.get_element_by_id("A2").xpath(".//*[@class='moved']")
    assert [a.get("href") for a in doc.get_element_by_id("A4").xpath(".//a")] == ["#B4", "#B5"]


def test_legend_labels_and_counts(pair: Pair) -> None:
    doc = _doc(render_html(*pair, exported_at=FIXED_TIME))
    items = {li.get("class"): _text(li) for li in doc.xpath("//nav[@class='legend']//li")}
    assert "identical" in items["legend-identical"] and "A 1 · B 1" in items["legend-identical"]
    assert "paraphrase" in items["legend-paraphrase"] and "A 1 · B 2" in items["legend-paraphrase"]
    assert "only here" in items["legend-only"]
    assert "changed words" in items["legend-changed"]


def test_dark_scheme_and_print_styles_exist(pair: Pair) -> None:
    style = _doc(render_html(*pair)).findtext(".//style")
    assert "@media (prefers-color-scheme: dark)" in style
    assert "@media print" in style
    for tier in TIERS:
        assert f".tier-{tier} " in style and f"--{tier}-bg:" in style


def test_facts_section(pair: Pair, facts_for: Callable[[Article, Article], dict[str, Any]]) -> None:
    left, right, alignment = pair
    html = render_html(left, right, alignment, facts_for(left, right), exported_at=FIXED_TIME)
    assert inert_problems(html) == []
    doc = _doc(html)
    table = doc.xpath("//table[@class='discrepancies']")[0]
    assert [_text(th) for th in table.xpath("./thead//th")] == [
        "Topic",
        "A Harbour Times",
        "B Globe Newsflash",
        "C Northern Observer",
    ]
    row = [_text(td) for td in table.xpath("./tbody/tr[1]/*")]
    assert row == ["attendance of Tomas Halberg", "attending", "conditional", "not stated"]
    card_a = doc.get_element_by_id("facts-A")
    assert card_a.xpath(".//td[@class='att-not_attending']")
    assert "Elena Varga" in _text(card_a) and "also: Varga, President Varga" in _text(card_a)
    assert "a share of the river's flow" in _text(card_a)
    assert "Water is not a weapon" in _text(doc.get_element_by_id("facts-B"))
    assert "No facts extracted" in _text(doc.get_element_by_id("facts-C"))


def test_no_facts_section_without_facts(pair: Pair) -> None:
    assert not _doc(render_html(*pair)).xpath("//*[@id='facts']")


def test_autoescape_is_on_for_every_template() -> None:
    env = environment()
    assert env.autoescape is True
    for name in env.list_templates():
        assert name.endswith((".j2",)), name


def test_the_inertness_checker_catches_active_content(pair: Pair) -> None:
    html = render_html(*pair)
    for bad in (
        "<script>alert(1)</script>",
        '<img src="http://x/a.png">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="#nowhere">x</a>',
        '<div onclick="x()">x</div>',
        '<iframe src="about:blank"></iframe>',
    ):
        assert inert_problems(html.replace("<footer>", bad + "<footer>")) != [], bad


def test_samples_render_well_formed(sample_paths: list[Path]) -> None:
    articles = [load_path(p) for p in sample_paths]
    for left, right in itertools.pairwise(articles):
        alignment = align(left, right)
        check_report(render_html(left, right, alignment), left, right, alignment)


@pytest.mark.seeds
def test_seeds_002_004_render_well_formed(seed: Callable[[str], Path]) -> None:
    left, right = load_path(seed("002")), load_path(seed("004"))
    alignment = align(left, right)
    html = render_html(left, right, alignment)
    check_report(html, left, right, alignment)
    assert alignment.links, "the two seeds report the same event"


def test_disagreements_show_both_sentences_with_the_differing_words_marked() -> None:
    from newsreader.core.export.facts_view import build_facts_view
    from tests.core.facts.crafted import article

    left = article("The ministers freed 1,000 <b>fishermen</b> on Monday.", name="left")
    right = article("The ministers freed 1,200 <b>fishermen</b> on Monday.", name="right")
    facts = disagreement_facts(left, right)
    view = build_facts_view(facts, left, right)
    (d,) = view.discrepancies
    assert d.percent == 80 and d.kind == "number"
    assert [s.outlet for s in d.sides] == ["Left Post", "Right Herald"]
    assert [t for t, marked in d.sides[0].segments if marked] == ["1,000"]
    html = render_html(left, right, align(left, right), facts, exported_at=FIXED_TIME)
    assert inert_problems(html) == []
    marked = [_text(el) for el in _doc(html).xpath("//section[@class='disagreement']//strong")]
    assert marked == ["1,000", "1,200"]
    assert "&lt;b&gt;fishermen&lt;/b&gt;" in html and "<b>fishermen" not in html
    assert "80 % sure" in html
