"""The export formats and one entry point that renders any of them to bytes.

This is all a File > Export action needs: pick the format (:func:`format_for_path` from the chosen
file name), render with :func:`render_export`, and write the bytes with ``QSaveFile`` (the app) or
:func:`~newsreader.core.export.atomic.write_atomic` (the command line).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, Literal

from newsreader import __version__
from newsreader.core.align import Alignment
from newsreader.core.article import Article
from newsreader.core.export.context import build_comparison
from newsreader.core.export.facts_table import render_facts_csv, render_facts_json
from newsreader.core.export.html import render_comparison_html
from newsreader.core.export.markdown import render_comparison_markdown

Format = Literal["html", "md", "csv", "json"]


@dataclass(frozen=True, slots=True)
class FormatInfo:
    name: Format
    label: str  # for a file dialog's filter
    suffixes: tuple[str, ...]  # the first is the default
    needs_facts: bool  # the format is made of facts only


FORMATS: dict[Format, FormatInfo] = {
    "html": FormatInfo("html", "Comparison report (HTML)", (".html", ".htm"), False),
    "md": FormatInfo("md", "Comparison as Markdown", (".md", ".markdown"), False),
    "csv": FormatInfo("csv", "Facts as CSV", (".csv",), True),
    "json": FormatInfo("json", "Facts as JSON", (".json",), True),
}


def format_for_path(path: Path | str) -> Format | None:
    """The format a file name asks for by its suffix (case-insensitive), or None."""
    suffix = Path(path).suffix.lower()
    for info in FORMATS.values():
        if suffix in info.suffixes:
            return info.name
    return None


def file_dialog_filter() -> str:
    """A Qt file-dialog filter string listing every format."""
    return ";;".join(
        f"{info.label} ({' '.join('*' + s for s in info.suffixes)})" for info in FORMATS.values()
    )


def suggested_name(left: Article, right: Article, fmt: Format = "html") -> str:
    """A file name for the export: both file stems, safe on every file system."""

    def stem(article: Article) -> str:
        raw = article.path.stem if article.path is not None else (article.outlet or "pasted")
        cleaned = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in raw)
        return "-".join(part for part in cleaned.split("-") if part)[:40] or "article"

    return f"{stem(left)}-vs-{stem(right)}{FORMATS[fmt].suffixes[0]}"


def render_text(
    fmt: Format,
    left: Article,
    right: Article,
    alignment: Alignment,
    facts: dict[str, Any] | None = None,
    *,
    exported_at: datetime | None = None,
    app_version: str = __version__,
) -> str:
    """The export in format ``fmt`` as text.

    ``facts`` is the ``facts --json`` dict; the CSV and JSON formats consist of it and raise
    ``ValueError`` without it. HTML and Markdown render the one :class:`Comparison` built here.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if FORMATS[fmt].needs_facts and facts is None:
        raise ValueError(f"the {fmt} export contains facts only, and no facts were given")
    if fmt == "csv":
        assert facts is not None
        return render_facts_csv(facts)
    if fmt == "json":
        assert facts is not None
        return render_facts_json(facts, exported_at=exported_at, app_version=app_version)
    comparison = build_comparison(
        left, right, alignment, facts, exported_at=exported_at, app_version=app_version
    )
    render = render_comparison_html if fmt == "html" else render_comparison_markdown
    return render(comparison)


# The report for ``left`` against ``right`` (``facts``: the ``facts --json`` dict, optional).
render_html = partial(render_text, "html")
render_markdown = partial(render_text, "md")


def render_export(
    fmt: Format,
    left: Article,
    right: Article,
    alignment: Alignment,
    facts: dict[str, Any] | None = None,
    *,
    exported_at: datetime | None = None,
    app_version: str = __version__,
) -> bytes:
    """:func:`render_text` as UTF-8 bytes."""
    text = render_text(
        fmt, left, right, alignment, facts, exported_at=exported_at, app_version=app_version
    )
    return text.encode("utf-8", "replace")
