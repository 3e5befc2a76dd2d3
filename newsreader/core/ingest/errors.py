"""What a failed load looks like: an exception for one file, a record for a list of failures."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class LoadError(Exception):
    """A file (or pasted text) could not be loaded; ``reason`` is a sentence for the user.

    The reason never repeats the file name (callers show ``name: reason``) and, where there is
    one, says what the user can do.
    """

    def __init__(self, path: Path | str | None, reason: str) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.path = Path(path) if path else None
        self.reason = reason


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """One file that could not be loaded (or was skipped) and why (``path`` is a web address for
    a page that could not be fetched)."""

    path: Path | str
    reason: str
