"""Atomic writes (BAD_INPUTS rows 19-20): a failed or interrupted export keeps the older file."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from newsreader.core.align import Cancelled
from newsreader.core.export import ExportError, write_atomic
from newsreader.core.export.atomic import CHUNK
from tests.helpers.tmpfs import run_in_tmpfs

OLD = b"<!DOCTYPE html><p>the export from last week</p>\n"
BIG = b"x" * (3 * CHUNK + 123)


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    path.write_bytes(OLD)
    path.chmod(0o640)
    return path


def _leftovers(folder: Path, keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != keep)


def test_writes_a_new_file_with_normal_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.html"
    assert write_atomic(path, "héllo") == path
    assert path.read_bytes() == "héllo".encode()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert _leftovers(tmp_path, path) == []


def test_replaces_an_old_file_and_keeps_its_permissions(old_file: Path) -> None:
    write_atomic(old_file, BIG)
    assert old_file.read_bytes() == BIG
    assert stat.S_IMODE(old_file.stat().st_mode) == 0o640
    assert _leftovers(old_file.parent, old_file) == []


def _assert_untouched(path: Path) -> None:
    assert path.read_bytes() == OLD
    assert _leftovers(path.parent, path) == [], "no temporary file is left behind"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "no permission to write in the folder"),
        (errno.EROFS, "read-only disk"),
        (errno.ENOSPC, "disk is full"),
    ],
)
def test_cannot_create_the_temporary_file(
    old_file: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as info:
        write_atomic(old_file, BIG)
    assert words in info.value.reason
    assert "existing file there is unchanged" in info.value.reason
    assert info.value.path == old_file
    _assert_untouched(old_file)


def test_full_disk_mid_write(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    calls = []

    def fill_up(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", fill_up)
    with pytest.raises(ExportError, match="disk is full"):
        write_atomic(old_file, BIG)
    monkeypatch.undo()
    assert len(calls) == 2
    _assert_untouched(old_file)


def test_fsync_failure(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(ExportError, match="Input/output error"):
        write_atomic(old_file, BIG)
    monkeypatch.undo()
    _assert_untouched(old_file)


def test_cancel_mid_write(old_file: Path) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        write_atomic(old_file, BIG, cancelled=cancelled)
    _assert_untouched(old_file)


def test_interrupt_mid_write(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(old_file, BIG)
    monkeypatch.undo()
    _assert_untouched(old_file)


def test_folder_in_the_way_or_missing(tmp_path: Path) -> None:
    (tmp_path / "taken.html").mkdir()
    with pytest.raises(ExportError, match="a folder already has that name"):
        write_atomic(tmp_path / "taken.html", OLD)
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "missing" / "x.html", OLD)
    assert _leftovers(tmp_path, tmp_path / "taken.html") == []


CRASH = textwrap.dedent(
    """
    import os, sys
    from newsreader.core.export import write_atomic
    real_write = os.write
    def crash_after_first_chunk(fd, data, _n=[0]):
        _n[0] += 1
        if _n[0] > 1:
            os._exit(9)  # the process dies: no cleanup, no exception handlers
        return real_write(fd, data)
    os.write = crash_after_first_chunk
    write_atomic(sys.argv[1], b"y" * (3 << 20))
    """
)


def test_crash_mid_write_leaves_the_old_file(old_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(old_file)], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 9, result.stderr
    assert old_file.read_bytes() == OLD
    # Only the hidden partial file remains beside it; it never replaced the export.
    assert all(name.startswith(".report.html.") for name in _leftovers(old_file.parent, old_file))


# Runs inside a private mount namespace on a small tmpfs (so the disk can really be full or
# read-only); the tmpfs vanishes with the process, so the child checks the old file itself.
IN_TMPFS = textwrap.dedent(
    """
    import json, os, sys
    from newsreader.core.export import ExportError, write_atomic
    path = sys.argv[1]
    try:
        write_atomic(path, b"n" * (256 * 1024))
        reason = None
    except ExportError as exc:
        reason = exc.reason
    print(json.dumps({"reason": reason, "old": open(path, "rb").read().decode(),
                      "files": sorted(os.listdir(os.path.dirname(path)))}))
    """
)


def test_full_disk_for_real(tmp_path: Path) -> None:
    outcome = run_in_tmpfs(tmp_path, OLD, "rw", IN_TMPFS)
    assert "disk is full" in str(outcome["reason"])
    assert outcome["old"] == OLD.decode()
    assert outcome["files"] == ["report.html"]


def test_read_only_disk_for_real(tmp_path: Path) -> None:
    outcome = run_in_tmpfs(tmp_path, OLD, "ro", IN_TMPFS)
    assert "read-only disk" in str(outcome["reason"])
    assert outcome["old"] == OLD.decode()
    assert outcome["files"] == ["report.html"]


def test_read_only_folder_for_real(old_file: Path) -> None:
    """A folder without write permission (root ignores permissions, hence the skip there)."""
    if os.geteuid() == 0:
        pytest.skip("root may write into any folder; the tmpfs tests cover read-only for root")
    old_file.parent.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="no permission to write in the folder"):
            write_atomic(old_file, b"new")
    finally:
        old_file.parent.chmod(0o755)
    _assert_untouched(old_file)


# --- only regular files are replaced; stale temporary files are cleaned (issue 13, point 10) --


def test_a_named_pipe_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    fifo = tmp_path / "report.html"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="named pipe"):
        write_atomic(fifo, OLD)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _leftovers(tmp_path, fifo) == []


def test_a_symbolic_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.html"
    target.write_bytes(OLD)
    link = tmp_path / "report.html"
    link.symlink_to(target)
    with pytest.raises(ExportError, match="symbolic link"):
        write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == OLD


def test_a_device_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    device = tmp_path / "tty"
    device.write_bytes(OLD)
    real = os.lstat

    def as_device(path, *args, **kwargs):
        st = real(path, *args, **kwargs)
        if Path(path) != device:
            return st
        return os.stat_result((stat.S_IFCHR | 0o600, *tuple(st)[1:]))

    monkeypatch.setattr(os, "lstat", as_device)
    with pytest.raises(ExportError, match="is a device file"):
        write_atomic(device, b"new")
    monkeypatch.undo()
    assert device.read_bytes() == OLD


def test_an_interrupted_exports_part_file_is_cleaned_by_the_next_export(tmp_path: Path) -> None:
    stale = tmp_path / ".report.html.k2j4h5g6.part"  # what a killed export leaves
    stale.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    running = tmp_path / ".other.html.a1b2c3d4.part"  # another export still writing
    running.write_bytes(b"in progress")
    mine = tmp_path / ".notes.part"  # not named as our temporary files are
    mine.write_bytes(b"the user's")
    os.utime(mine, (old, old))
    write_atomic(tmp_path / "report.html", OLD)
    assert not stale.exists()
    assert running.exists() and mine.exists()
    assert (tmp_path / "report.html").read_bytes() == OLD
