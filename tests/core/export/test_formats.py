"""Choosing a format, naming the file, rendering any format to bytes, getting facts."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from newsreader.core.align import Alignment
from newsreader.core.article import Article
from newsreader.core.export import (
    FORMATS,
    FactsUnavailable,
    analyze_facts,
    file_dialog_filter,
    format_for_path,
    render_export,
    suggested_name,
)
from tests.core.export.conftest import make_article

Pair = tuple[Article, Article, Alignment]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.html", "html"),
        ("A.HTM", "html"),
        ("notes.md", "md"),
        ("notes.markdown", "md"),
        ("facts.csv", "csv"),
        ("facts.JSON", "json"),
        ("report.pdf", None),
        ("report", None),
        (".html", None),  # a hidden file without suffix
    ],
)
def test_format_for_path(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


def test_file_dialog_filter_lists_every_format() -> None:
    flt = file_dialog_filter()
    assert flt.count(";;") == len(FORMATS) - 1
    assert "(*.html *.htm)" in flt and "(*.csv)" in flt


def test_suggested_name_is_safe(tmp_path: Path) -> None:
    left = make_article(["x"], path=tmp_path / 'evil"><b>\u202e name.txt')
    right = make_article(["y"], outlet="Globe / Newsflash")
    name = suggested_name(left, right, "md")
    assert name == "evil-b-name-vs-Globe-Newsflash.md"
    assert suggested_name(make_article(["x"]), make_article(["y"])) == "pasted-vs-pasted.html"


def test_every_format_renders_to_utf8(pair: Pair, facts_for: Any) -> None:
    facts = facts_for(pair[0], pair[1])
    for fmt in FORMATS:
        data = render_export(fmt, *pair, facts)
        assert data.decode("utf-8")


def test_facts_formats_need_facts(pair: Pair) -> None:
    with pytest.raises(ValueError, match="facts only"):
        render_export("csv", *pair)
    with pytest.raises(ValueError, match="unknown export format"):
        render_export("pdf", *pair)  # type: ignore[arg-type]


def test_lone_surrogates_do_not_break_encoding() -> None:
    art = make_article(["bad \ud800 text"], title="t\udfff")
    data = render_export("html", art, art, Alignment(1, 1))
    assert "bad \ufffd text" in data.decode()


def test_missing_facts_engine_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "newsreader.core.facts", None)  # as if not installed
    with pytest.raises(FactsUnavailable, match="no facts engine"):
        analyze_facts([make_article(["x"])])


def test_facts_engine_is_used_through_its_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[Article]] = []
    engine = types.ModuleType("newsreader.core.facts")
    engine.analyze = lambda articles: seen.append(articles) or "factset"  # type: ignore[attr-defined]
    engine.facts_json = lambda fs: {"articles": [], "discrepancies": [], "from": fs}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsreader.core.facts", engine)
    arts = [make_article(["x"]), make_article(["y"])]
    assert analyze_facts(arts)["from"] == "factset"
    assert seen == [arts]


def test_facts_engine_without_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "newsreader.core.facts", types.ModuleType("x"))
    with pytest.raises(FactsUnavailable, match="lacks analyze"):
        analyze_facts([])
