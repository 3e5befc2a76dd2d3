"""Turning files, pasted text and saved web pages into clean :class:`~newsreader.core.article.Article` s."""

from newsreader.core.ingest.files import CollectResult, collect_files
from newsreader.core.ingest.loader import (
    MAX_BYTES,
    LoadError,
    LoadFailure,
    LoadReport,
    load_bytes,
    load_many,
    load_path,
    load_text,
)

__all__ = [
    "MAX_BYTES",
    "CollectResult",
    "LoadError",
    "LoadFailure",
    "LoadReport",
    "collect_files",
    "load_bytes",
    "load_many",
    "load_path",
    "load_text",
]
