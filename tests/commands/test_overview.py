"""``newsreader overview``: JSON shape of DESIGN.md, readable text, per-file errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("overview", *args)


def test_json_shape(sample_paths: list[Path]) -> None:
    result = _run(*map(str, sample_paths), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["articles"] == [str(p) for p in sample_paths]
    n = len(sample_paths)
    assert len(data["similarity"]) == n and all(len(row) == n for row in data["similarity"])
    assert all(0.0 <= v <= 1.0 for row in data["similarity"] for v in row)
    assert data["derived"], "the samples contain copies"
    for pair in data["derived"]:
        assert {"source", "copy", "containment", "direction"} <= pair.keys()
        assert pair["source"] in data["articles"] and pair["copy"] in data["articles"]
    assert sorted(p for c in data["clusters"] for p in c) == sorted(data["articles"])


def test_text_output_and_bad_file(sample_paths: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = _run(*map(str, sample_paths), str(missing))
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "story 1" in result.stdout
    assert "copy of meridian-herald.txt" in result.stdout


def test_dask_option_gives_the_same_overview(sample_paths: list[Path], dask_cluster) -> None:
    here = json.loads(_run(*map(str, sample_paths), "--json").stdout)
    there = _run(*map(str, sample_paths), "--json", "--dask", dask_cluster.scheduler_address)
    assert there.returncode == 0, there.stderr
    data = json.loads(there.stdout)
    assert data["articles"] == here["articles"]
    assert data["similarity"] == here["similarity"]
    assert data["derived"] == here["derived"] and data["clusters"] == here["clusters"]


def test_dask_errors_are_one_clear_line(monkeypatch, tmp_path: Path) -> None:
    from newsreader.core.corpus import on_dask

    monkeypatch.setattr(on_dask, "CONNECT_TIMEOUT", "0.5s")
    with pytest.raises(
        on_dask.DaskError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        on_dask.load_on_dask([tmp_path / "a.txt"], "tcp://127.0.0.1:9")


def test_json_is_compact_unless_indented_and_carries_pairs_and_families(
    sample_paths: list[Path],
) -> None:
    compact = _run(*map(str, sample_paths), "--json")
    assert compact.returncode == 0, compact.stderr
    assert compact.stdout.count("\n") == 1 and '": ' not in compact.stdout
    data = json.loads(compact.stdout)
    assert {"pairs", "families", "similarity"} <= data.keys()  # small sets keep the matrix
    assert all({"a", "b", "similarity", "relation"} <= p.keys() for p in data["pairs"])
    family = data["families"][0]
    assert family["source"].endswith("meridian-herald.txt")
    assert {m["kind"] for m in family["members"]} <= {
        "verbatim",
        "edited",
        "paraphrased",
        "partial",
    }
    for d in data["derived"]:
        assert d["kind"] and set(d["coverage"]) == {"source", "copy"} and d["direction_reason"]
    indented = _run(*map(str, sample_paths), "--json", "--indent", "2")
    assert json.loads(indented.stdout) == data and '\n  "articles"' in indented.stdout


def test_progress_is_reported_on_stderr_only_for_long_runs(capsys) -> None:
    from newsreader.commands.overview import PROGRESS_AFTER, Progress

    now = [0.0]
    progress = Progress(clock=lambda: now[0])
    progress("comparing articles", 0.1)
    now[0] = PROGRESS_AFTER + 0.1
    progress("comparing articles", 0.5)
    progress("comparing articles", 0.6)  # too soon after the last line
    now[0] = 2 * PROGRESS_AFTER + 0.2
    progress("linking the paragraphs of copies", 0.9)
    progress.finish()
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "newsreader: overview: comparing articles: 50%",
        "newsreader: overview: linking the paragraphs of copies: 90%",
    ]


def test_siblings_are_listed_apart_from_who_copied_whom(tmp_path: Path) -> None:
    from tests.core.corpus.test_siblings import FIRST_EDITS, FULL, SECOND_EDITS, edited

    paths = []
    for name, text in (
        ("source", FULL),
        ("first", edited(FULL, FIRST_EDITS)),
        ("second", edited(FULL, SECOND_EDITS)),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    data = json.loads(_run(*paths, "--json").stdout)
    pairs = {(Path(d["source"]).stem, Path(d["copy"]).stem) for d in data["derived"]}
    assert pairs == {("source", "first"), ("source", "second")}
    (sibling,) = data["siblings"]
    assert {Path(sibling["a"]).stem, Path(sibling["b"]).stem} == {"first", "second"}
    assert Path(sibling["via"]).stem == "source" and sibling["common"] == "source"
    (family,) = data["families"]
    assert Path(family["source"]).stem == "source"
    assert sorted(Path(m["parent"]).stem for m in family["members"]) == ["source", "source"]
    related = [p for p in data["pairs"] if p["relation"] == "related"]
    assert len(related) == 1
    text = _run(*paths).stdout
    assert f"{paths[1]} ~ {paths[2]}: siblings, both copied from {paths[0]}" in text
