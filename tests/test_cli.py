"""The entry point's own contract: --version, --help, usage errors."""

from __future__ import annotations

from newsreader import __version__
from tests.helpers.cli import run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_help_lists_the_headless_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("info", "compare", "facts", "overview", "export"):
        assert f"newsreader {command}" in result.stdout


def test_usage_error_exits_2() -> None:
    result = run_cli("info")
    assert result.returncode == 2
    assert "FILE" in result.stderr
