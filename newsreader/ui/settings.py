"""Every user setting, declared once (name, type, default, what it does), stored with QSettings.

Like Picard's ``options.py``: code reads ``settings.get(WORD_DIFF)``, never a bare key string, so a
typo is an AttributeError and the default lives in one place. The QSettings object is passed in
(tests give one in a temporary folder; the app uses an INI file in the platformdirs config folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Option[T]:
    key: str
    type: type
    default: T
    doc: str

    def convert(self, raw: Any) -> T:
        """Coerce what QSettings returned (INI files give strings back) to the declared type."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                if isinstance(raw, str):
                    return raw.strip().lower() in ("true", "1", "yes", "on")  # type: ignore[return-value]
                return bool(raw)  # type: ignore[return-value]
            if self.type is int:
                return int(raw)  # type: ignore[return-value]
            if self.type is float:
                return float(raw)  # type: ignore[return-value]
            if self.type is str:
                return str(raw)  # type: ignore[return-value]
            if self.type is list:
                if isinstance(raw, str):
                    return [raw] if raw else []  # type: ignore[return-value]
                return [str(x) for x in raw]  # type: ignore[return-value]
            if self.type is bytes:
                if isinstance(raw, QByteArray):
                    return bytes(raw.data())  # type: ignore[return-value]
                return bytes(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return self.default
        return raw


OPTIONS: dict[str, Option[Any]] = {}


def _declare(key: str, type_: type, default: Any, doc: str) -> Option[Any]:
    option = Option(key, type_, default, doc)
    OPTIONS[key] = option
    return option


WORD_DIFF = _declare(
    "view/word_diff", bool, True, "Mark the changed words inside linked paragraphs"
)
SHOW_REMOVED = _declare(
    "view/show_removed", bool, False, "Show the boilerplate the loader removed, dimmed"
)
LOCK_SCROLL = _declare("view/lock_scroll", bool, True, "Scroll the two panes together")
ZOOM = _declare("view/zoom", int, 0, "Text size steps in the panes (0 = default)")
SHOW_TOOLBAR = _declare("view/toolbar", bool, True, "Show the toolbar")
PAGE = _declare("view/page", str, "compare", "The view shown: compare (two articles) or overview")
RECENT_FILES = _declare("files/recent", list, [], "Recently opened files, newest first")
LAST_FOLDER = _declare("files/last_folder", str, "", "Folder shown first by File > Open")
EXPORT_FOLDER = _declare("export/folder", str, "", "Folder shown first by File > Export")
EXPORT_FORMAT = _declare("export/format", str, "html", "Format chosen last in File > Export")
RECENT_LIMIT = 12


class Settings:
    """Typed access to the declared options over one QSettings store."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Settings kept in the INI file ``path`` (its folder is created)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, option: Option[T]) -> T:
        return option.convert(self.store.value(option.key, option.default))

    def set(self, option: Option[T], value: T) -> None:
        self.store.setValue(option.key, value)

    def reset(self, option: Option[Any]) -> None:
        self.store.remove(option.key)

    def sync(self) -> None:
        self.store.sync()

    def add_recent(self, path: Path | str) -> list[str]:
        text = str(path)
        recent = [text] + [p for p in self.get(RECENT_FILES) if p != text]
        recent = recent[:RECENT_LIMIT]
        self.set(RECENT_FILES, recent)
        return recent
