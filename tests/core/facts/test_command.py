"""`newsreader facts FILES... [--json]`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.helpers.cli import run_cli


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("facts", *args)


def test_json(sample_paths: list[Path]) -> None:
    result = _run(*map(str, sample_paths), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [a["path"] for a in data["articles"]] == [str(p) for p in sample_paths]
    assert any(d["topic"] == "Elena Varga — attendance" for d in data["discrepancies"])


def test_summary(sample_paths: list[Path]) -> None:
    result = _run(*map(str, sample_paths))
    assert result.returncode == 0, result.stderr
    assert "Not attending:\n    Elena Varga (President)" in result.stdout
    assert "Discrepancies" in result.stdout


def test_bad_file_is_reported_and_the_rest_processed(
    tmp_path: Path, sample_paths: list[Path]
) -> None:
    missing = tmp_path / "missing.txt"
    result = _run(str(missing), str(sample_paths[0]), "--json")
    assert result.returncode == 1
    assert "missing.txt" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_overrides_file(tmp_path: Path, sample_paths: list[Path]) -> None:
    overrides = tmp_path / "o.json"
    overrides.write_text(json.dumps({"splits": ["Tomash Halberk"]}), encoding="utf-8")
    result = _run(*map(str, sample_paths), "--json", "--overrides", str(overrides))
    data = json.loads(result.stdout)
    names = [p["name"] for p in data["people"]]
    assert "Tomash Halberk" in names and "Tomas Halberg" in names
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert _run(str(sample_paths[0]), "--overrides", str(bad)).returncode == 2


def test_usage_error() -> None:
    assert _run().returncode == 2


def test_json_is_compact_unless_indent_is_asked(sample_paths: list[Path]) -> None:
    compact = _run(str(sample_paths[0]), "--json")
    indented = _run(str(sample_paths[0]), "--json", "--indent")
    assert compact.returncode == indented.returncode == 0
    assert compact.stdout.count("\n") == 1  # one line
    assert '\n  "articles"' in indented.stdout
    assert json.loads(compact.stdout) == json.loads(indented.stdout)
