"""Atomic file writes: the new file appears whole, or the old one stays as it was.

:func:`write_atomic` writes to a temporary file in the destination folder, flushes it to disk
(``fsync``), then renames it over the destination (``os.replace``, atomic on POSIX and Windows within
one file system). Any failure before the rename (read-only folder, full disk, cancel, a crash)
leaves the destination untouched; the temporary file is removed unless the process itself dies,
and such a stale ``.part`` file is removed by the next export to that folder
(:func:`clean_stale_parts`). The Qt app does the same through ``QSaveFile``.

Only a regular file is ever replaced (:func:`check_target`): a symbolic link, a named pipe, a
device or a socket at the destination is refused with a message, never turned into a file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsreader.core.align import Cancelled
from newsreader.core.filekind import kind_of

CHUNK = 1 << 20  # write in 1 MB pieces so a cancel is noticed during big exports
PART_SUFFIX = ".part"
# ".<name>.<8 random characters>.part", as ``tempfile.mkstemp`` names them in write_atomic
_PART = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")
STALE_AFTER = 60.0  # seconds without a write after which a .part file is left over, not in use


class ExportError(Exception):
    """An export could not be written; ``reason`` is a sentence for the user."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Could not write {path}: {reason}")
        self.path = path
        self.reason = reason


def explain(exc: OSError, path: Path) -> str:
    """What went wrong writing ``path`` and what the user can do, from an ``OSError``."""
    folder = path.parent
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        what = f"no permission to write in the folder {folder}"
    elif code == errno.EROFS:
        what = f"the folder {folder} is on a read-only disk"
    elif code in (errno.ENOSPC, errno.EDQUOT):
        what = "the disk is full (or your quota is used up)"
    elif code == errno.ENOENT:
        what = f"the folder {folder} does not exist"
    elif code == errno.ENOTDIR:
        what = f"{folder} is not a folder"
    elif code == errno.EISDIR:
        what = "a folder already has that name"
    elif code == errno.ENAMETOOLONG:
        what = "the file name is too long"
    else:
        what = exc.strerror or str(exc)
    keep = "the existing file there is unchanged" if path.exists() else "nothing was written"
    return f"{what}; {keep}. Choose another location or free some space and try again."


def check_target(path: Path) -> None:
    """Raise :class:`ExportError` unless ``path`` is absent or a regular file (one may replace)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportError(path, explain(exc, path)) from exc
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise ExportError(
            path, "a folder already has that name; nothing was written. Choose another name."
        )
    raise ExportError(
        path,
        f"{path.name} is {kind_of(mode)}; it was left as it is and nothing was written. "
        "Choose another name.",
    )


def clean_stale_parts(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files that interrupted exports left in ``folder``; those removed.

    Only files named as :func:`write_atomic` names them, regular, and not written to for
    :data:`STALE_AFTER` seconds (an export still running elsewhere keeps its file).
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.endswith(PART_SUFFIX) or not _PART.match(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > STALE_AFTER:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 minus the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(
    path: Path | str,
    data: bytes | str,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write ``data`` (``str`` as UTF-8) to ``path`` atomically and return the path.

    Raises :class:`ExportError` with a reason for the user when it fails, and
    :class:`~newsreader.core.align.Cancelled` when ``cancelled()`` turns True before the rename; in
    both cases an older file at ``path`` is left exactly as it was.
    """
    path = Path(path)
    payload = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
    check_target(path)
    clean_stale_parts(path.parent)
    mode = _mode_for(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name[:100]}.", suffix=PART_SUFFIX, dir=path.parent
        )
    except OSError as exc:
        raise ExportError(path, explain(exc, path)) from exc
    tmp = Path(tmp_name)
    try:
        try:
            view = memoryview(payload)
            while view:
                if cancelled is not None and cancelled():
                    raise Cancelled
                written = os.write(fd, view[:CHUNK])
                view = view[written:]
            if hasattr(os, "fchmod"):  # not on Windows
                os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        if cancelled is not None and cancelled():
            raise Cancelled
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(path, explain(exc, path)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(path.parent)
    return path
