"""``newsreader export``: formats, facts, errors and exit codes (in process, plus one real run)."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from newsreader.cli import main
from tests.core.export.hostile import inert_problems
from tests.helpers.cli import run_cli


@pytest.fixture
def two(sample_paths: list[Path]) -> tuple[str, str]:
    by_name = {p.name: str(p) for p in sample_paths}
    return by_name["meridian-herald.txt"], by_name["globe-newsflash.txt"]


@pytest.fixture
def fake_facts(monkeypatch: pytest.MonkeyPatch) -> list[list[Any]]:
    """A stand-in facts engine with the agreed contract; records what it was given."""
    calls: list[list[Any]] = []

    def analyze(articles: list[Any]) -> list[Any]:
        calls.append(articles)
        return articles

    def facts_json(articles: list[Any]) -> dict[str, Any]:
        return {
            "articles": [
                {"path": str(a.path), "outlet": a.name, "people": [], "figures": ["=1+1"]}
                for a in articles
            ],
            "discrepancies": [],
        }

    engine = types.ModuleType("newsreader.core.facts")
    engine.analyze = analyze  # type: ignore[attr-defined]
    engine.facts_json = facts_json  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsreader.core.facts", engine)
    return calls


def test_html_by_suffix(
    two: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["export", *two, "-o", str(out)]) == 0
    html = out.read_text()
    assert inert_problems(html) == []
    assert "meridian-herald.txt" in html and "globe-newsflash.txt" in html
    assert "wrote" in capsys.readouterr().err


def test_markdown_by_suffix_or_flag(two: tuple[str, str], tmp_path: Path) -> None:
    assert main(["export", *two, "-o", str(tmp_path / "notes.md")]) == 0
    assert (tmp_path / "notes.md").read_text().startswith("# Comparison: ")
    assert main(["export", *two, "-o", str(tmp_path / "notes.txt"), "--format", "md"]) == 0
    assert (tmp_path / "notes.txt").read_text().startswith("# Comparison: ")


def test_stdout(two: tuple[str, str], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["export", *two, "-o", "-"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"<!DOCTYPE html>")


def test_unknown_suffix_is_a_usage_error(
    two: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", *two, "-o", str(tmp_path / "report.pdf")])
    assert info.value.code == 2
    assert "--format" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_with_facts_when_the_engine_is_missing(
    two: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "newsreader.core.facts", None)
    out = tmp_path / "report.html"
    out.write_text("older export")
    assert main(["export", *two, "-o", str(out), "--with-facts"]) == 1
    err = capsys.readouterr().err
    assert "facts are not available" in err and "without --with-facts" in err
    assert out.read_text() == "older export"
    assert main(["export", *two, "-o", str(tmp_path / "f.csv")]) == 1


def test_with_facts_of_the_pair_and_other_files(
    two: tuple[str, str], sample_paths: list[Path], tmp_path: Path, fake_facts: list[list[Any]]
) -> None:
    other = next(str(p) for p in sample_paths if p.name == "northern-observer.txt")
    out = tmp_path / "report.html"
    assert main(["export", *two, "-o", str(out), "--with-facts", other, two[0]]) == 0
    assert [a.path.name for a in fake_facts[0]] == [
        "meridian-herald.txt",
        "globe-newsflash.txt",
        "northern-observer.txt",
    ]
    doc = lxml.html.document_fromstring(out.read_text())
    assert [s.get("id") for s in doc.xpath("//section[@class='facts-card']")] == [
        "facts-A",
        "facts-B",
        "facts-C",
    ]
    assert main(["export", *two, "-o", str(tmp_path / "plain.html")]) == 0
    assert len(fake_facts) == 1, "no facts unless asked for"


def test_csv_and_json_imply_facts(
    two: tuple[str, str], tmp_path: Path, fake_facts: list[list[Any]]
) -> None:
    assert main(["export", *two, "-o", str(tmp_path / "facts.csv")]) == 0
    csv_text = (tmp_path / "facts.csv").read_text()
    assert csv_text.splitlines()[0].startswith("file,outlet,kind")
    assert ",figure,,'=1+1," in csv_text
    assert main(["export", *two, "-o", str(tmp_path / "facts.json")]) == 0
    assert '"generator": "newsreader' in (tmp_path / "facts.json").read_text()


def test_unreadable_input(
    two: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "gone.txt")
    assert main(["export", two[0], missing, "-o", str(tmp_path / "r.html")]) == 1
    assert "gone.txt" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_write_failure_keeps_the_old_file(
    two: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", *two, "-o", str(tmp_path / "no" / "such" / "r.html")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "nothing was written" in err


def test_real_entry_point(two: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = run_cli("export", *two, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith("# Comparison")
    help_text = subprocess.run(
        [sys.executable, "-m", "newsreader", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "newsreader export" in help_text
