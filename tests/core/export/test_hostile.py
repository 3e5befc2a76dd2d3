"""BAD_INPUTS rows 11-15 and 18 through every input format: inert in every export format."""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import lxml.html
import markdown
import pytest

from newsreader.core.align import align
from newsreader.core.article import Article
from newsreader.core.export import render_export
from newsreader.core.ingest import load_path
from tests.core.export.hostile import (
    HOSTILE_STEMS,
    hostile_title,
    inert_problems,
    write_hostile_inputs,
)

URL = "http://127.0.0.1:9"  # nothing listens there; the browser tests use a counting server


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Article]:
    folder = tmp_path_factory.mktemp("hostile")
    return {fmt: load_path(path) for fmt, path in write_hostile_inputs(folder, URL).items()}


PAIRS = list(itertools.permutations(["txt", "md", "html"], 2))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_html_export_is_inert(hostile: dict[str, Article], a: str, b: str) -> None:
    left, right = hostile[a], hostile[b]
    html = render_export("html", left, right, align(left, right)).decode()
    assert inert_problems(html) == []
    text = lxml.html.document_fromstring(html).text_content()
    # The hostile file names are shown, as text.
    for art in (left, right):
        assert art.path is not None
        stem = art.path.name.replace("\u202e", "⟨U+202E⟩")
        assert stem in text


def test_plain_text_keeps_the_markup_as_visible_text(hostile: dict[str, Article]) -> None:
    left, right = hostile["txt"], hostile["md"]
    html = render_export("html", left, right, align(left, right)).decode()
    text = lxml.html.document_fromstring(html).text_content()
    assert '<script>document.title="PWNED"' in text
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_markdown_export_renders_inert(hostile: dict[str, Article], a: str, b: str) -> None:
    left, right = hostile[a], hostile[b]
    md = render_export("md", left, right, align(left, right)).decode()
    # Python-Markdown passes raw HTML and javascript: links through: the escaping must stop both.
    rendered = markdown.markdown(md, extensions=["tables"])
    doc = lxml.html.fragment_fromstring(rendered, create_parent="div")
    tags = {el.tag for el in doc.iter() if isinstance(el.tag, str)}
    assert tags <= {"div", "h1", "h2", "h3", "p", "ul", "li", "strong", "em", "blockquote", "code", "a", "table", "thead", "tbody", "tr", "th", "td"}  # fmt: skip
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert not [k for k in el.attrib if k.lower().startswith("on") or k in ("src", "style")]
        if el.tag == "a":
            assert el.get("href", "").startswith(("https://", "http://")), el.get("href")
    assert "<script" not in rendered.lower()
    # What the reader sees is the article's text, not Markdown syntax eaten away.
    if a == "txt":
        assert "<script>document.title=" in doc.text_content()


def test_markdown_of_hostile_title_stays_on_its_line(hostile: dict[str, Article]) -> None:
    md = render_export("md", hostile["md"], hostile["txt"], align(hostile["md"], hostile["txt"]))
    first = md.decode().splitlines()[0]
    assert first.startswith("# Comparison: ")
    assert "\\<" in first or "<" not in first


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_facts_exports_keep_hostile_text_as_data(hostile: dict[str, Article], fmt: str) -> None:
    left, right = hostile["txt"], hostile["html"]
    evil = '=HYPERLINK("http://127.0.0.1:9/x","click")'
    facts = {
        "articles": [
            {
                "path": str(left.path),
                "outlet": "+cmd|' /C calc'!A0",
                "people": [
                    {"name": "@SUM(1+1)", "roles": ["-2+3"], "evidence": "<script>x</script>"}
                ],
                "quotes": [{"speaker": None, "text": evil}],
            }
        ],
        "discrepancies": [{"topic": "\tleading tab", "values": {str(left.path): "\r=1+1"}}],
    }
    data = render_export(fmt, left, right, align(left, right), facts).decode()
    if fmt == "json":
        assert json.loads(data)["articles"][0]["quotes"][0]["text"] == evil
        return
    rows = list(csv.reader(io.StringIO(data)))
    cells = [cell for row in rows[1:] for cell in row]
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells), cells
    assert "'" + evil in cells and "<script>x</script>" in cells


def test_hostile_facts_are_inert_in_the_report(hostile: dict[str, Article]) -> None:
    left, right = hostile["html"], hostile["md"]
    evil = hostile_title(URL)
    facts = {
        "articles": [
            {
                "path": str(left.path),
                "outlet": evil,
                "people": [{"name": evil, "variants": [evil], "roles": [evil], "evidence": evil}],
                "demands": [{"party": evil, "text": evil}],
                "quotes": [{"speaker": evil, "text": evil}],
                "dates": [evil],
                "places": [evil],
                "figures": [evil],
            }
        ],
        "discrepancies": [{"topic": evil, "values": {str(left.path): evil, evil: evil}}],
    }
    html = render_export("html", left, right, align(left, right), facts).decode()
    assert inert_problems(html) == []
    assert html.count("&lt;/title&gt;&lt;script&gt;") >= 10


def test_hostile_names_are_what_the_files_are_called(tmp_path: Path) -> None:
    paths = write_hostile_inputs(tmp_path, URL)
    assert {p.stem for p in paths.values()} == set(HOSTILE_STEMS.values())
