"""Every user setting, declared once (name, type, default, what it does), stored with QSettings.

Like Picard's ``options.py``: code reads ``settings.get(WORD_DIFF)``, never a bare key string, so a
typo is an AttributeError and the default lives in one place. The QSettings object is passed in
(tests give one in a temporary folder; the app uses an INI file in the platformdirs config folder).

Every value is validated where it is read: of the declared type, within its bounds, one of its
choices. A value that is not (``zoom=8000``, ``word_diff=maybe``, a list where a word belongs) is
clamped or replaced by the default, with one log line per key and value.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

log = logging.getLogger(__name__)

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off", "")
MAX_TEXT = 4096  # characters of a text setting (a folder, a format name)


class InvalidSettingError(ValueError):
    """A stored value that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Option[T]:
    key: str
    type: type
    default: T
    doc: str
    bounds: tuple[int, int] | None = None  # ints: lowest and highest value
    choices: tuple[str, ...] = ()  # strings: the values allowed ("" = any)
    limit: int = 0  # lists: most items kept

    def convert(self, raw: Any) -> T:
        """What QSettings returned (INI files give strings back) as a valid value of this option.

        Raises :class:`InvalidSettingError` when it cannot be used at all; an int out of its bounds is clamped
        (also reported by :meth:`Settings.get`).
        """
        if raw is None:
            return self.default
        try:
            return self._convert(raw)
        except (TypeError, ValueError, OverflowError) as exc:
            raise InvalidSettingError(str(exc) or type(exc).__name__) from exc

    def _convert(self, raw: Any) -> Any:
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower() if isinstance(raw, str | int) else None
            if text in _TRUE or text in _FALSE:
                return text in _TRUE
            raise ValueError(f"not true or false: {raw!r}")
        if self.type is int:
            if isinstance(raw, bool) or not isinstance(raw, int | str):
                raise TypeError(f"not a whole number: {raw!r}")
            value = int(raw)
            if self.bounds is not None:
                value = max(self.bounds[0], min(self.bounds[1], value))
            return value
        if self.type is str:
            if not isinstance(raw, str):
                raise TypeError(f"not a text: {raw!r}")
            if len(raw) > MAX_TEXT or "\x00" in raw:
                raise ValueError("too long or with NUL characters")
            if self.choices and raw not in self.choices:
                raise ValueError(f"{raw!r} is not one of {', '.join(self.choices)}")
            return raw
        if self.type is list:
            items = [raw] if isinstance(raw, str) else raw
            if not isinstance(items, list | tuple) or not all(isinstance(x, str) for x in items):
                raise TypeError(f"not a list of texts: {raw!r}")
            items = [x for x in items if x and len(x) <= MAX_TEXT and "\x00" not in x]
            return items[: self.limit] if self.limit else items
        if self.type is bytes:
            if isinstance(raw, QByteArray):
                return bytes(raw.data())
            if isinstance(raw, bytes):
                return raw
            raise TypeError(f"not bytes: {raw!r}")
        raise TypeError(f"options of type {self.type.__name__} are not supported")


OPTIONS: dict[str, Option[Any]] = {}


def _declare(key: str, type_: type, default: Any, doc: str, **rules: Any) -> Option[Any]:
    option = Option(key, type_, default, doc, **rules)
    OPTIONS[key] = option
    return option


WORD_DIFF = _declare(
    "view/word_diff", bool, True, "Mark the changed words inside linked paragraphs"
)
SHOW_REMOVED = _declare(
    "view/show_removed", bool, False, "Show the boilerplate the loader removed, dimmed"
)
LOCK_SCROLL = _declare("view/lock_scroll", bool, True, "Scroll the two panes together")
ZOOM = _declare("view/zoom", int, 0, "Text size steps in the panes (0 = default)", bounds=(-5, 12))
SHOW_TOOLBAR = _declare("view/toolbar", bool, True, "Show the toolbar")
PAGE = _declare(
    "view/page",
    str,
    "compare",
    "The view shown: compare (two articles), overview or grid (the facts of all outlets)",
    choices=("compare", "overview", "grid"),
)
RECENT_LIMIT = 12
RECENT_FILES = _declare(
    "files/recent", list, [], "Recently opened files, newest first", limit=RECENT_LIMIT
)
LAST_FOLDER = _declare("files/last_folder", str, "", "Folder shown first by File > Open")
EXPORT_FOLDER = _declare("export/folder", str, "", "Folder shown first by File > Export")
EXPORT_FORMAT = _declare(
    "export/format",
    str,
    "html",
    "Format chosen last in File > Export",
    choices=("html", "md", "csv", "json"),
)


class Settings:
    """Typed access to the declared options over one QSettings store."""

    def __init__(self, store: QSettings) -> None:
        self.store = store
        self._reported: set[tuple[str, str]] = set()  # (key, value) already logged as invalid

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Settings kept in the INI file ``path`` (its folder is created)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, option: Option[T]) -> T:
        """The stored value, validated: clamped or the default (logged once) when unusable."""
        raw = self.store.value(option.key)
        if raw is None and self.store.contains(option.key):
            self._report(option, "@Invalid()", f"unreadable; using the default {option.default!r}")
            return option.default
        try:
            value = option.convert(raw)
        except InvalidSettingError as exc:
            self._report(option, raw, f"{exc}; using the default {option.default!r}")
            return option.default
        if option.bounds is not None and raw is not None and str(value) != str(raw).strip():
            self._report(
                option, raw, f"outside {option.bounds[0]}..{option.bounds[1]}; using {value}"
            )
        return value

    def _report(self, option: Option[Any], raw: object, what: str) -> None:
        shown = repr(raw)[:80]
        if (option.key, shown) not in self._reported:
            self._reported.add((option.key, shown))
            log.warning("Setting %s = %s is not valid: %s", option.key, shown, what)

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
