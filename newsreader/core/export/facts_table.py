"""Facts as CSV (one row per fact, for spreadsheets) and as JSON (the ``facts --json`` shape).

CSV columns (:data:`CSV_COLUMNS`): ``file, outlet, kind, subject, value, attendance, roles, variants,
evidence``. ``kind`` is ``person``, ``demand``, ``quote``, ``date``, ``place``, ``figure`` or
``discrepancy``; ``subject`` is the person, the demanding party, the speaker or the discrepancy's
topic; ``value`` the demand, the quote, the date/place/figure or the value that file states.
Cells that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return at
the start) get a leading apostrophe, so an article cannot plant a formula in someone's spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Any

from newsreader import __version__

CSV_COLUMNS = (
    "file",
    "outlet",
    "kind",
    "subject",
    "value",
    "attendance",
    "roles",
    "variants",
    "evidence",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _strs(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def csv_cell(text: str) -> str:
    """A cell that no spreadsheet will evaluate."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def fact_rows(facts: dict[str, Any]) -> list[dict[str, str]]:
    """One dict per fact, keyed by :data:`CSV_COLUMNS`."""
    rows: list[dict[str, str]] = []

    def add(**cells: str) -> None:
        rows.append({col: cells.get(col, "") for col in CSV_COLUMNS})

    outlets: dict[str, str] = {}
    for art in _dicts(facts.get("articles")):
        path, outlet = _s(art.get("path")), _s(art.get("outlet"))
        outlets[path] = outlet
        for p in _dicts(art.get("people")):
            add(
                file=path,
                outlet=outlet,
                kind="person",
                subject=_s(p.get("name")),
                attendance=_s(p.get("attendance")),
                roles="; ".join(_strs(p.get("roles"))),
                variants="; ".join(_strs(p.get("variants"))),
                evidence=_s(p.get("evidence")),
            )
        for d in _dicts(art.get("demands")):
            add(
                file=path,
                outlet=outlet,
                kind="demand",
                subject=_s(d.get("party")),
                value=_s(d.get("text")),
            )
        for q in _dicts(art.get("quotes")):
            add(
                file=path,
                outlet=outlet,
                kind="quote",
                subject=_s(q.get("speaker")),
                value=_s(q.get("text")),
            )
        for kind, key in (("date", "dates"), ("place", "places"), ("figure", "figures")):
            for value in _strs(art.get(key)):
                add(file=path, outlet=outlet, kind=kind, value=value)
    for d in _dicts(facts.get("discrepancies")):
        raw_values = d.get("values")
        values = raw_values if isinstance(raw_values, dict) else {}
        for path, value in values.items():
            if isinstance(path, str) and isinstance(value, str):
                add(
                    file=path,
                    outlet=outlets.get(path, ""),
                    kind="discrepancy",
                    subject=_s(d.get("topic")),
                    value=value,
                )
    return rows


def render_facts_csv(facts: dict[str, Any]) -> str:
    """RFC 4180 CSV with a header row (CRLF line ends, as spreadsheets expect)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in fact_rows(facts):
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return out.getvalue()


def render_facts_json(
    facts: dict[str, Any],
    *,
    exported_at: datetime | None = None,
    app_version: str = __version__,
) -> str:
    """The facts dict as pretty JSON, with ``generator`` and ``exported_at`` keys added."""
    when = exported_at or datetime.now().astimezone()
    data = {
        **facts,
        "generator": f"newsreader {app_version}",
        "exported_at": when.isoformat(timespec="seconds"),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
