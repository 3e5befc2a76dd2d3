"""Facts as CSV rows and JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from newsreader import __version__
from newsreader.core.article import Article
from newsreader.core.export import CSV_COLUMNS, render_facts_csv, render_facts_json
from newsreader.core.export.facts_table import csv_cell, fact_rows
from tests.core.export.conftest import FIXED_TIME

Pair = tuple[Article, Article, Any]


def test_rows_cover_every_fact(
    pair: Pair, facts_for: Callable[[Article, Article], dict[str, Any]]
) -> None:
    facts = facts_for(pair[0], pair[1])
    rows = fact_rows(facts)
    kinds = [r["kind"] for r in rows]
    assert kinds.count("person") == 3
    assert kinds.count("demand") == 1 and kinds.count("quote") == 2
    assert kinds.count("date") == 1 and kinds.count("place") == 2 and kinds.count("figure") == 1
    assert kinds.count("discrepancy") == 4
    varga = rows[0]
    assert varga["subject"] == "Elena Varga" and varga["attendance"] == "not_attending"
    assert varga["variants"] == "Varga; President Varga" and varga["roles"] == "President"
    assert varga["file"] == str(pair[0].path) and varga["outlet"] == "Harbour Times"
    observer = [r for r in rows if r["kind"] == "discrepancy" and r["value"] == "hundreds"]
    assert observer[0]["outlet"] == "Northern Observer"


def test_csv_reads_back(
    pair: Pair, facts_for: Callable[[Article, Article], dict[str, Any]]
) -> None:
    facts = facts_for(pair[0], pair[1])
    text = render_facts_csv(facts)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    back = list(csv.DictReader(io.StringIO(text)))
    assert back == fact_rows(facts)


def test_formula_cells_are_defused() -> None:
    assert csv_cell("=1+1") == "'=1+1"
    assert csv_cell("-3") == "'-3"
    assert csv_cell("@x") == "'@x"
    assert csv_cell("\t=x") == "'\t=x"
    assert csv_cell("plain") == "plain"


def test_json_keeps_the_shape_and_adds_provenance(
    pair: Pair, facts_for: Callable[[Article, Article], dict[str, Any]]
) -> None:
    facts = facts_for(pair[0], pair[1])
    data = json.loads(render_facts_json(facts, exported_at=FIXED_TIME))
    assert data["articles"] == facts["articles"]
    assert data["discrepancies"] == facts["discrepancies"]
    assert data["canonical"] == facts["canonical"]
    assert data["generator"] == f"newsreader {__version__}"
    assert data["exported_at"] == "2025-09-12T14:30:00+00:00"


def test_empty_or_odd_facts() -> None:
    assert render_facts_csv({}) == ",".join(CSV_COLUMNS) + "\r\n"
    assert fact_rows({"articles": "x", "discrepancies": [{"values": {"p": 3}}]}) == []
