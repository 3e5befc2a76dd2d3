"""What kind of file system entry a path is, in words (for "only regular files" messages)."""

from __future__ import annotations

import stat


def kind_of(mode: int) -> str:
    """``"a named pipe (FIFO)"``, ``"a device file"``, ``"a symbolic link"``… for an ``st_mode``."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
