"""Pasted articles kept as files in the app's data folder, so they survive whatever happens to
the session file (a size cap, corruption, another window saving over it).

One UTF-8 file per pasted text, named by its content id and written atomically (core's
``write_atomic``: temporary file, then rename). Plain Python, no Qt: the loader calls
:meth:`PastedStore.keep` from its worker thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)


class PastedStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.txt"

    def keep(self, text: str, article_id: str) -> Path | None:
        """Write ``text`` once per content id; its file, or None (logged) when it cannot be kept."""
        # (the export package loads jinja2: imported here, when a text is pasted, not at start-up)
        from newsreader.core.export.atomic import ExportError, write_atomic

        path = self.path_for(article_id)
        try:
            if path.is_file() and path.read_text(encoding="utf-8") == text:
                return path
            self.folder.mkdir(parents=True, exist_ok=True)
            return write_atomic(path, text)
        except (OSError, UnicodeError, ExportError) as exc:
            log.warning("Could not keep the pasted text in %s: %s", path, exc)
            return None

    @staticmethod
    def read(path: Path) -> str | None:
        """A kept text, or None (logged) when it is gone or unreadable."""
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as exc:
            log.warning("Could not read the kept pasted text %s: %s", path, exc)
            return None
