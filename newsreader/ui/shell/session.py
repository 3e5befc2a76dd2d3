"""What comes back on the next start: loaded files, pasted texts, the chosen pair, window layout,
the people the user merged or split in the facts and whether the facts compare the whole set as one
story.

Plain data (:class:`Session`) plus reading and writing it in a QSettings store of its own (the app
keeps it in ``session.ini`` next to the settings). Pasted articles are kept as files in the app's
data folder (:mod:`newsreader.ui.library.pasted_store`) and the session names those files; a pasted
text that could not be kept there (or one from an older session) is kept in the session itself, up
to :data:`PASTED_LIMIT` characters in all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QSettings

PASTED_LIMIT = 2_000_000  # characters of pasted text kept across restarts
_GROUP = "session"


@dataclass(slots=True)
class Session:
    files: list[str] = field(default_factory=list)  # in list order
    pasted: list[str] = field(default_factory=list)  # texts of pasted articles kept inline
    pasted_files: list[str] = field(default_factory=list)  # pasted articles kept as files
    left: str = ""  # entry key of the left article ("" = none)
    right: str = ""
    geometry: bytes = b""  # QWidget.saveGeometry()
    window_state: bytes = b""  # QMainWindow.saveState() (docks, toolbar)
    splitter: bytes = b""  # QSplitter.saveState() of the list / comparison split
    name_overrides: str = ""  # the facts' people merged or split by the user (JSON)
    facts_scope: str = "story"  # "all": the user compares the loaded set as one story

    @property
    def is_empty(self) -> bool:
        return not self.files and not self.pasted and not self.pasted_files


def save_session(store: QSettings, session: Session) -> None:
    kept, total = [], 0
    for text in session.pasted:
        total += len(text)
        if total > PASTED_LIMIT:
            break
        kept.append(text)
    store.remove(_GROUP)
    store.beginGroup(_GROUP)
    store.setValue("files", list(session.files))
    store.setValue("pasted", kept)
    store.setValue("pasted_files", list(session.pasted_files))
    store.setValue("left", session.left)
    store.setValue("right", session.right)
    store.setValue("geometry", QByteArray(session.geometry))
    store.setValue("window_state", QByteArray(session.window_state))
    store.setValue("splitter", QByteArray(session.splitter))
    store.setValue("name_overrides", session.name_overrides)
    store.setValue("facts_scope", session.facts_scope)
    store.endGroup()
    store.sync()


def load_session(store: QSettings) -> Session:
    store.beginGroup(_GROUP)
    try:
        return Session(
            files=_strings(store.value("files", [])),
            pasted=_strings(store.value("pasted", [])),
            pasted_files=_strings(store.value("pasted_files", [])),
            left=str(store.value("left", "") or ""),
            right=str(store.value("right", "") or ""),
            geometry=_bytes(store.value("geometry")),
            window_state=_bytes(store.value("window_state")),
            splitter=_bytes(store.value("splitter")),
            name_overrides=str(store.value("name_overrides", "") or ""),
            facts_scope="all" if store.value("facts_scope", "") == "all" else "story",
        )
    finally:
        store.endGroup()


def _strings(raw: object) -> list[str]:
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list | tuple):
        return [str(x) for x in raw]
    return []


def _bytes(raw: object) -> bytes:
    if isinstance(raw, QByteArray):
        return bytes(raw.data())
    if isinstance(raw, bytes):
        return raw
    return b""
