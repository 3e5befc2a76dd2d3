"""The entry point's own contract: --version, --help, usage errors."""

from __future__ import annotations

import subprocess
import sys

from newsreader import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsreader", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_help_lists_the_headless_commands() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for command in ("info", "compare", "facts", "overview", "export"):
        assert f"newsreader {command}" in result.stdout


def test_usage_error_exits_2() -> None:
    result = _run("info")
    assert result.returncode == 2
    assert "FILE" in result.stderr
