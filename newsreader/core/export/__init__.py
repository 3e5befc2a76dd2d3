"""Exporting a comparison: a standalone HTML report, Markdown for notes, facts as CSV and JSON.

Renderers return text; writing is separate so the app can use ``QSaveFile`` and the command line
:func:`write_atomic`. A File > Export action needs three calls::

    fmt = format_for_path(chosen) or "html"
    data = render_export(fmt, left, right, alignment, facts_dict_or_None)
    # QSaveFile(chosen): write(data), commit()   — or write_atomic(chosen, data)

Facts are the ``facts --json`` dict (DESIGN.md); :func:`analyze_facts` gets them from the facts
engine, which is imported only when asked.
"""

from newsreader.core.export.atomic import ExportError, write_atomic
from newsreader.core.export.context import Comparison, build_comparison
from newsreader.core.export.facts_source import FactsUnavailable, analyze_facts
from newsreader.core.export.facts_table import (
    CSV_COLUMNS,
    fact_rows,
    render_facts_csv,
    render_facts_json,
)
from newsreader.core.export.formats import (
    FORMATS,
    Format,
    FormatInfo,
    file_dialog_filter,
    format_for_path,
    render_export,
    render_html,
    render_markdown,
    suggested_name,
)
from newsreader.core.export.html import CSP, render_comparison_html
from newsreader.core.export.markdown import md_escape, render_comparison_markdown
from newsreader.core.export.palette import PALETTE, TIERS, Tier

__all__ = [
    "CSP",
    "CSV_COLUMNS",
    "FORMATS",
    "PALETTE",
    "TIERS",
    "Comparison",
    "ExportError",
    "FactsUnavailable",
    "Format",
    "FormatInfo",
    "Tier",
    "analyze_facts",
    "build_comparison",
    "fact_rows",
    "file_dialog_filter",
    "format_for_path",
    "md_escape",
    "render_comparison_html",
    "render_comparison_markdown",
    "render_export",
    "render_facts_csv",
    "render_facts_json",
    "render_html",
    "render_markdown",
    "suggested_name",
    "write_atomic",
]
