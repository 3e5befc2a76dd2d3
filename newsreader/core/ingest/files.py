"""Expanding dropped or opened paths into the regular files to load.

Folders are walked without following symbolic links (so a link loop cannot trap the walk), with a
depth cap; FIFOs, devices and sockets are skipped with a reason, never opened. The window caps one
drop at :data:`MAX_FILES` files and says so; the command line passes ``max_files=None`` (no cap).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsreader.core.filekind import kind_of
from newsreader.core.ingest.loader import LoadFailure

MAX_DEPTH = 8
MAX_FILES = 5000


@dataclass(slots=True)
class CollectResult:
    files: list[Path] = field(default_factory=list)
    skipped: list[LoadFailure] = field(default_factory=list)
    truncated: bool = False  # the file-count cap was reached (the rest was not listed)


def collect_files(
    paths: Iterable[Path | str],
    *,
    max_depth: int = MAX_DEPTH,
    max_files: int | None = MAX_FILES,
    cancelled: Callable[[], bool] | None = None,
) -> CollectResult:
    """The regular files named by ``paths``, with folders expanded recursively (sorted by name).

    Hidden files and folders inside a dropped folder are ignored; a hidden file named directly is kept.
    ``max_files=None`` lists every file.
    """
    result = CollectResult()
    seen: set[tuple[int, int]] = set()

    def add_file(path: Path, st: os.stat_result) -> bool:
        key = (st.st_dev, st.st_ino)
        if key not in seen:
            if max_files is not None and len(result.files) >= max_files:
                result.truncated = True
                return False
            seen.add(key)
            result.files.append(path)
        return True

    def walk(folder: Path, depth: int) -> bool:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            result.skipped.append(
                LoadFailure(folder, f"folder cannot be read: {exc.strerror or exc}")
            )
            return True
        for entry in entries:
            if cancelled is not None and cancelled():
                return False
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                result.skipped.append(LoadFailure(path, f"cannot be read: {exc.strerror or exc}"))
                continue
            if stat.S_ISLNK(st.st_mode):
                result.skipped.append(
                    LoadFailure(path, "symbolic link inside a folder: not followed")
                )
            elif stat.S_ISDIR(st.st_mode):
                if depth >= max_depth:
                    result.skipped.append(
                        LoadFailure(path, f"folder deeper than {max_depth} levels: not opened")
                    )
                elif not walk(path, depth + 1):
                    return False
            elif stat.S_ISREG(st.st_mode):
                if not add_file(path, st):
                    return False
            else:
                result.skipped.append(LoadFailure(path, _special_reason(st.st_mode)))
        return True

    for raw in paths:
        path = Path(raw)
        try:
            st = path.stat()  # a path the user named directly may be a link: follow it once
        except OSError as exc:
            result.skipped.append(LoadFailure(path, f"cannot be read: {exc.strerror or exc}"))
            continue
        if stat.S_ISDIR(st.st_mode):
            if not walk(path, 1):
                break
        elif stat.S_ISREG(st.st_mode):
            if not add_file(path, st):
                break
        else:
            result.skipped.append(LoadFailure(path, _special_reason(st.st_mode)))
    return result


def _special_reason(mode: int) -> str:
    return f"is {kind_of(mode)}: skipped (only regular files are opened)"
