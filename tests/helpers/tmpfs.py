"""Run a Python script on a small private tmpfs, so a disk can really be full or read-only.

Needs root and ``unshare(1)``: the script runs in its own mount namespace, on a 64 KiB tmpfs that
holds one ``report.html`` (the old file), and the tmpfs vanishes with it, so the script checks
what it needs itself and prints a JSON object, which :func:`run_in_tmpfs` returns.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SETUP = (
    'mount -t tmpfs -o size=64k tmpfs "$1" && printf %s "$2" > "$1/report.html" '
    '&& if [ "$3" = ro ]; then mount -o remount,ro "$1"; fi '
    '&& exec "$4" -c "$5" "$1/report.html"'
)


def run_in_tmpfs(
    tmp_path: Path, old: bytes, mode: str, script: str, env: dict[str, str] | None = None
) -> dict[str, object]:
    """Run ``script`` with the path of ``report.html`` (holding ``old``) on a tmpfs mounted
    read-write (``mode`` "rw") or read-only ("ro"); skips where that cannot be done."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare(1) to mount a small private tmpfs")
    folder = tmp_path / "mnt"
    folder.mkdir()
    result = subprocess.run(
        [
            *("unshare", "--mount", "--propagation", "private", "sh", "-c", SETUP, "sh"),
            *(str(folder), old.decode(), mode, sys.executable, script),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    if result.returncode != 0 and "mount" in result.stderr:
        pytest.skip(f"cannot mount a private tmpfs here: {result.stderr.strip()[-200:]}")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
