"""Entry points for loading articles: files, bytes, pasted text, and many files at once.

The public API (used by the UI, the CLI and every other part of core) is ``load_path``,
``load_bytes``, ``load_text``, ``load_many``, ``LoadError``, ``LoadFailure``, ``LoadReport`` and
``MAX_BYTES``. A file that cannot be loaded raises :class:`LoadError` with a sentence for the user;
``load_many`` turns those into :class:`LoadFailure` records and carries on with the other files.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsreader.core.align import Cancelled
from newsreader.core.article import Article, content_id
from newsreader.core.ingest.blocks import Block
from newsreader.core.ingest.build import build_article
from newsreader.core.ingest.decode import check_looks_like_text, clean_controls, decode
from newsreader.core.ingest.errors import LoadError, LoadFailure
from newsreader.core.ingest.feed_reader import Feed, FeedFoundError, is_feed, read_feed
from newsreader.core.ingest.html_reader import read_html
from newsreader.core.ingest.md_reader import read_markdown
from newsreader.core.ingest.metadata import Candidates
from newsreader.core.ingest.pdf_reader import is_pdf, read_pdf
from newsreader.core.ingest.sniff import looks_binary, sniff_format
from newsreader.core.ingest.txt_reader import text_blocks
from newsreader.core.ingest.urls import url_in_line

__all__ = [
    "MAX_BYTES",
    "LoadError",
    "LoadFailure",
    "LoadReport",
    "load_bytes",
    "load_many",
    "load_path",
    "load_text",
]

MAX_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class LoadReport:
    articles: list[Article] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)
    # (path, id of the kept article): the same file named twice, or another file with the same bytes
    duplicates: list[tuple[Path, str]] = field(default_factory=list)
    feeds: list[tuple[Path, Feed]] = field(default_factory=list)  # news feeds: items to choose from


def load_path(
    path: Path | str,
    *,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Article:
    """Load one file. ``encoding=None`` detects the encoding; a codec name forces it."""
    path = Path(path)
    data = _read_file(path, max_bytes)
    return load_bytes(data, path=path, encoding=encoding, cancelled=cancelled)


def load_bytes(
    data: bytes,
    *,
    path: Path | None = None,
    name: str = "",
    encoding: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Article:
    """Load an article from raw bytes (``name`` or ``path`` gives the extension as a hint).

    A PDF is read as a PDF whatever ``encoding`` says; a news feed raises
    :class:`~newsreader.core.ingest.feed_reader.FeedFoundError` with its items.
    """
    try:
        return _load_bytes(data, path, name, encoding, cancelled)
    except FeedFoundError as exc:
        if exc.path is None and (path is not None or name):
            raise FeedFoundError(path or name, exc.feed) from None
        raise
    except LoadError as exc:
        if exc.path is None and (path is not None or name):
            raise LoadError(path or name, exc.reason) from None
        raise


def load_text(text: str, *, name: str = "Pasted text") -> Article:
    """Load pasted or dropped text (plain text, Markdown or HTML source)."""
    data = text.encode("utf-8", "surrogatepass")
    clean = clean_controls(text)
    if not clean.strip():
        raise LoadError(None, "the text is empty")
    if url_in_line(clean.strip()):
        raise LoadError(None, _URL_ONLY)
    return _from_text(
        clean,
        fmt=sniff_format(clean),
        article_id=content_id(data),
        path=None,
        source_name=name,
        encoding="utf-8",
        warnings=[],
        cancelled=None,
    )


def load_many(
    paths: Iterable[Path | str],
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadReport:
    """Load every file in ``paths``; failures are recorded, duplicates become one article.

    ``progress`` receives the fraction done (0-1) after each file; when ``cancelled()`` turns
    true, :class:`~newsreader.core.align.Cancelled` is raised.
    """
    report = LoadReport()
    by_real_path: dict[str, str | None] = {}  # real path -> id of its article (None: failed)
    by_id: dict[str, Article] = {}
    items = list(paths)
    for done, raw in enumerate(items, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        path = Path(raw)
        real = os.path.realpath(path)
        if real in by_real_path:
            kept = by_real_path[real]
            if kept is not None:
                report.duplicates.append((path, kept))
        else:
            by_real_path[real] = None
            article = _load_one(path, report, cancelled)
            if article is not None:
                if article.id in by_id:
                    report.duplicates.append((path, article.id))
                else:
                    by_id[article.id] = article
                    report.articles.append(article)
                by_real_path[real] = article.id
        if progress is not None:
            progress(done / len(items))
    return report


# -- internals ----------------------------------------------------------------------------------

_URL_ONLY = (
    "is only a web address; newsreader does not download pages. Save the page from your "
    "browser (File > Save Page As) and open the saved file, or copy the article text."
)


def _load_one(
    path: Path, report: LoadReport, cancelled: Callable[[], bool] | None
) -> Article | None:
    try:
        return load_path(path, cancelled=cancelled)
    except FeedFoundError as exc:
        report.feeds.append((path, exc.feed))
    except LoadError as exc:
        report.failures.append(LoadFailure(path, exc.reason))
    except Cancelled:
        raise
    except Exception as exc:  # a bug must not stop the other files from loading
        report.failures.append(
            LoadFailure(path, f"could not be loaded because of an internal error ({exc!r})")
        )
    return None


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise LoadError(path, "does not exist (it may have been moved or deleted)") from None
    except OSError as exc:
        raise LoadError(path, f"cannot be read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(path, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(path, "is not a regular file (a pipe, device or socket): skipped")
    if st.st_size > max_bytes:
        raise LoadError(path, _too_big(st.st_size, max_bytes))
    if st.st_size == 0:
        raise LoadError(path, "is empty (0 bytes)")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise LoadError(path, f"cannot be read: {exc.strerror or exc}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced since the check above
            raise LoadError(path, "is not a regular file (a pipe, device or socket): skipped")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(path, f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise LoadError(path, _too_big(len(data), max_bytes))
    return data


def _too_big(size: int, limit: int) -> str:
    return (
        f"is {_megabytes(size)}, over the {_megabytes(limit)} size limit for an article; "
        "it was not opened"
    )


def _megabytes(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"


def _load_bytes(
    data: bytes,
    path: Path | None,
    name: str,
    encoding: str | None,
    cancelled: Callable[[], bool] | None,
) -> Article:
    if not data:
        raise LoadError(None, "is empty (0 bytes)")
    source_name = name or (path.name if path is not None else "")
    if is_pdf(data):
        return _from_pdf(data, content_id(data), path, source_name, cancelled)
    if is_feed(data):
        raise FeedFoundError(None, read_feed(data, str(path or name), cancelled=cancelled))
    if encoding is None and looks_binary(data):
        raise LoadError(None, "appears to be a binary file (it contains NUL bytes), not text")
    decoded = decode(data, forced=encoding)
    check_looks_like_text(decoded.text)
    text = clean_controls(decoded.text)
    if not text.strip():
        raise LoadError(None, "contains only blank space, no text")
    if url_in_line(text.strip()):
        raise LoadError(None, _URL_ONLY)
    suffix = Path(name).suffix if name else (path.suffix if path is not None else "")
    return _from_text(
        text,
        fmt=sniff_format(text, suffix),
        article_id=content_id(data),
        path=path,
        source_name=source_name,
        encoding=decoded.encoding,
        warnings=decoded.warnings,
        cancelled=cancelled,
    )


def _from_pdf(
    data: bytes,
    article_id: str,
    path: Path | None,
    source_name: str,
    cancelled: Callable[[], bool] | None,
) -> Article:
    cands = Candidates()
    pdf = read_pdf(data, cands, cancelled=cancelled)
    return build_article(
        article_id=article_id,
        path=path,
        source_name=source_name,
        fmt="pdf",
        encoding="",
        text=pdf.text,
        blocks=pdf.blocks,
        cands=cands,
        title_hint=pdf.title,
        heading_title=True,
        warnings=pdf.warnings,
        page_lines=pdf.page_lines,
    )


def _from_text(
    source: str,
    *,
    fmt: str,
    article_id: str,
    path: Path | None,
    source_name: str,
    encoding: str,
    warnings: list[str],
    cancelled: Callable[[], bool] | None,
) -> Article:
    cands = Candidates()
    warnings = list(warnings)
    title_hint = ""
    page_lines: list[str] = []
    blocks: list[Block]
    if fmt == "html":
        page = read_html(source, cands, cancelled=cancelled)
        text, blocks, title_hint = page.text, page.blocks, page.title
        warnings.extend(page.warnings)
        page_lines = page.page_lines
    elif fmt == "md":
        md = read_markdown(source, cancelled=cancelled)
        text, blocks = md.text, md.blocks
        warnings.extend(md.warnings)
    else:
        text, blocks = source, text_blocks(source)
    return build_article(
        article_id=article_id,
        path=path,
        source_name=source_name,
        fmt=fmt,
        encoding=encoding,
        text=text,
        blocks=blocks,
        cands=cands,
        title_hint=title_hint,
        heading_title=fmt in ("html", "md"),
        warnings=warnings,
        page_lines=page_lines,
    )
