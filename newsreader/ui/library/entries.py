"""One loaded (or failed) file or pasted text, as the window keeps it (plain data, no Qt)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newsreader.core.article import Article

PASTED_PREFIX = "pasted:"


@dataclass(slots=True)
class Entry:
    """An article in the list, or a file that failed to load (``article`` is None, ``error`` says why).

    ``key`` identifies it across the window and the session: the file's absolute path, or
    ``pasted:<content id>`` for pasted text. ``missing``: the file was deleted after loading and the
    article is the in-memory copy. ``changed``: the file changed on disk since it was loaded.
    """

    key: str
    path: Path | None
    article: Article | None
    error: str = ""
    missing: bool = False
    changed: bool = False
    stamp: tuple[int, int] | None = None  # (size, mtime_ns) when loaded
    pasted_text: str = ""
    fallback_name: str = ""
    pasted_file: Path | None = None  # where a pasted text is kept in the app's data folder

    @property
    def ok(self) -> bool:
        return self.article is not None

    @property
    def comparable(self) -> bool:
        """Loaded and with article text: can be shown in a pane."""
        return self.article is not None and not self.article.is_empty

    @property
    def is_pasted(self) -> bool:
        return self.key.startswith(PASTED_PREFIX)

    @property
    def name(self) -> str:
        if self.path is not None:
            return self.path.name
        if self.article is not None and self.article.title:
            return self.article.title
        return self.fallback_name or "Pasted text"

    @property
    def title(self) -> str:
        if self.article is not None and self.article.title:
            return self.article.title
        return self.name

    @property
    def short_label(self) -> str:
        """Outlet, else file name: what a picker shows."""
        if self.article is not None and self.article.outlet:
            return self.article.outlet
        return self.name

    def status(self) -> tuple[str, str]:
        """(severity, text): severity is ``error``, ``warning`` or ``ok``."""
        if self.article is None:
            return "error", f"Failed: {self.error}"
        if self.missing:
            return "warning", "Missing on disk (kept in memory)"
        if self.changed:
            return "warning", "Changed on disk"
        if self.article.is_empty:
            return "warning", "Empty: no article text"
        warnings = self.article.warnings
        if warnings:
            if len(warnings) == 1:
                return "warning", warnings[0]
            return "warning", f"{len(warnings)} warnings: {warnings[0]}"
        return "ok", "OK"


def file_key(path: Path | str) -> str:
    """The key of a file entry: its absolute path, symbolic links resolved."""
    return os.path.realpath(os.path.abspath(path))


def pasted_key(article: Article) -> str:
    return f"{PASTED_PREFIX}{article.id}"


def stamp_of(path: Path | str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)
