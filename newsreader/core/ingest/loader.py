"""Entry points for loading articles (PLACEHOLDER: plain text only; the real readers replace the body).

The public API is fixed: ``load_path``, ``load_bytes``, ``load_text``, ``load_many``, ``LoadError``,
``LoadReport``, ``LoadFailure``, ``MAX_BYTES``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsreader.core.article import Article, Paragraph, content_id

MAX_BYTES = 20 * 1024 * 1024


class LoadError(Exception):
    """A file could not be loaded; ``reason`` is a sentence for the user."""

    def __init__(self, path: Path | str | None, reason: str) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.path = Path(path) if path else None
        self.reason = reason


@dataclass(frozen=True, slots=True)
class LoadFailure:
    path: Path
    reason: str


@dataclass(slots=True)
class LoadReport:
    articles: list[Article] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)
    duplicates: list[tuple[Path, str]] = field(
        default_factory=list
    )  # (path, id of the kept article)


def load_path(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Article:
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise LoadError(path, f"cannot be read: {exc.strerror or exc}") from exc
    if st.st_size > max_bytes:
        raise LoadError(path, f"is larger than the {max_bytes // (1024 * 1024)} MB limit")
    data = path.read_bytes()
    return load_bytes(data, path=path)


def load_bytes(data: bytes, *, path: Path | None = None, name: str = "") -> Article:
    if b"\x00" in data[:8192]:
        raise LoadError(path, "appears to be binary")
    text = data.decode("utf-8", errors="replace")
    return _from_text(text, data, path=path, fmt="txt", encoding="utf-8")


def load_text(text: str, *, name: str = "Pasted text") -> Article:
    return _from_text(text, text.encode("utf-8"), path=None, fmt="paste", encoding="utf-8")


def load_many(
    paths: Iterable[Path | str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadReport:
    report = LoadReport()
    seen_paths: set[str] = set()
    seen_ids: dict[str, Article] = {}
    paths = list(paths)
    for n, raw in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        path = Path(raw)
        real = os.path.realpath(path)
        if real in seen_paths:
            continue
        seen_paths.add(real)
        try:
            article = load_path(path)
        except LoadError as exc:
            report.failures.append(LoadFailure(path, exc.reason))
        else:
            if article.id in seen_ids:
                report.duplicates.append((path, article.id))
            else:
                seen_ids[article.id] = article
                report.articles.append(article)
        if progress is not None:
            progress(n + 1, len(paths))
    return report


def _from_text(text: str, data: bytes, *, path: Path | None, fmt: str, encoding: str) -> Article:
    paragraphs: list[Paragraph] = []
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group().strip()
        if chunk:
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            paragraphs.append(Paragraph.make(len(paragraphs), chunk, (start, start + len(chunk))))
    return Article(
        id=content_id(data),
        path=path,
        format=fmt,
        encoding=encoding,
        text=text,
        paragraphs=paragraphs,
    )
