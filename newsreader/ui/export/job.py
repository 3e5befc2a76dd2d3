"""The worker side of File > Export…: facts, alignment if missing, rendering, an atomic write.

:func:`run_export` runs on the task runner's thread pool and never touches widgets. The file is
written with ``QSaveFile``: the new content goes to a temporary file beside the destination and
replaces it only at :meth:`QSaveFile.commit`, after every byte was written. A cancel or a failure
before that leaves an older file at the destination exactly as it was, and the temporary file is
removed. Failures are raised as :class:`~newsreader.core.export.ExportError` whose ``reason`` tells
the user what happened and what to do.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QIODevice, QSaveFile

from newsreader.core.align import Alignment, align
from newsreader.core.article import Article
from newsreader.core.export import (
    FORMATS,
    ExportError,
    FactsUnavailable,
    Format,
    analyze_facts,
    render_export,
)
from newsreader.core.export.atomic import check_target, clean_stale_parts, explain
from newsreader.ui.common.worker import TaskContext

log = logging.getLogger(__name__)

CHUNK = 256 * 1024  # written piece by piece so a cancel is noticed during a big export


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export: the compared pair as shown, the format, and where to."""

    left: Article
    right: Article
    alignment: Alignment | None  # None while the pair is still being aligned: aligned here
    fmt: Format
    path: Path
    # The facts document from facts the app already read (the facts sidebar), else None: read here.
    facts: Callable[[], dict[str, Any]] | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    fmt: Format
    size: int
    facts_note: str  # "" when facts are in the export (or not part of the format)


def run_export(request: ExportRequest, ctx: TaskContext) -> ExportResult:
    """Render ``request`` and write it; raises ``Cancelled``, ``ExportError`` or ``FactsUnavailable``."""
    left, right, fmt = request.left, request.right, request.fmt
    ctx.progress(0.0, "Reading facts…")
    facts, note = _facts(left, right, FORMATS[fmt].needs_facts, request.facts)
    ctx.check()
    alignment = request.alignment
    if FORMATS[fmt].needs_facts:
        alignment = Alignment(len(left.paragraphs), len(right.paragraphs))  # not shown
    elif alignment is None:
        alignment = align(
            left,
            right,
            progress=lambda f: ctx.progress(0.2 + 0.4 * f, "Aligning paragraphs…"),
            cancelled=ctx.cancelled,
        )
    ctx.progress(0.6, "Rendering the export…")
    data = render_export(fmt, left, right, alignment, facts)
    ctx.check()
    save(request.path, data, ctx)
    return ExportResult(request.path, fmt, len(data), note)


def _facts(
    left: Article,
    right: Article,
    required: bool,
    known: Callable[[], dict[str, Any]] | None = None,
) -> tuple[dict[str, Any] | None, str]:
    """The facts dict of the pair and a note for the user when they are left out."""
    articles = list({a.id: a for a in (left, right)}.values())
    try:
        return (known() if known is not None else analyze_facts(articles)), ""
    except FactsUnavailable:
        if required:
            raise
        return None, "facts are not included: this installation has no facts engine"
    except Exception as exc:
        if required:
            raise
        log.exception("Facts for the export failed; exporting without them")
        return None, f"facts are not included: reading them failed ({exc})"


def save(path: Path, data: bytes, ctx: TaskContext) -> None:
    """Write ``data`` to ``path`` through ``QSaveFile``; nothing changes unless it all worked.

    Only a regular file is replaced (a link, pipe or device is refused); temporary files that
    interrupted exports left in the folder are removed first.
    """
    check_target(path)
    clean_stale_parts(path.parent)
    file = QSaveFile(str(path))
    committed = False
    try:
        if not file.open(QIODevice.OpenModeFlag.WriteOnly):
            raise ExportError(path, why_not_written(path, len(data), file.errorString()))
        view = memoryview(data)
        done = 0
        while done < len(view):
            ctx.check()
            written = file.write(bytes(view[done : done + CHUNK]))
            if written <= 0:
                raise ExportError(path, why_not_written(path, len(data), file.errorString()))
            done += written
            ctx.progress(0.7 + 0.3 * done / len(view), "Writing the export…")
        ctx.check()
        committed = file.commit()
        if not committed:
            raise ExportError(path, why_not_written(path, len(data), file.errorString()))
    finally:
        if not committed:
            file.cancelWriting()
        # Destroying the object now removes the temporary file of a write that did not commit
        # (a traceback holding this frame must not keep it alive).
        shiboken6.delete(file)


def why_not_written(path: Path, size: int, detail: str) -> str:
    """What went wrong writing ``path`` and what the user can do, from what the system shows."""
    folder = path.parent
    code = 0
    if not folder.exists():
        code = errno.ENOENT
    elif not folder.is_dir():
        code = errno.ENOTDIR
    elif path.is_dir():
        code = errno.EISDIR
    elif _read_only_disk(folder):
        code = errno.EROFS
    elif not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        code = errno.EACCES
    elif _free_space(folder) < size:
        code = errno.ENOSPC
    return explain(OSError(code, detail or "the file could not be saved"), path)


def _read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _free_space(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62
