"""``newsreader compare``: the JSON contract, the two-column view, per-file errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from newsreader.core.ingest import load_path
from tests.helpers.cli import run_cli


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_cli("compare", *args, columns=120)


def test_json_shape_and_indices(samples_dir: Path) -> None:
    left, right = samples_dir / "meridian-herald.txt", samples_dir / "globe-newsflash.txt"
    result = _run(left, right, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for side, path in (("left", left), ("right", right)):
        assert {"path", "title", "outlet", "paragraphs"} <= data[side].keys()
        assert data[side]["path"] == str(path)
    assert 0 <= data["similarity"] <= 100
    assert 0 <= data["left_in_right"] <= 1 and 0 <= data["right_in_left"] <= 1
    assert data["links"]
    for link in data["links"]:
        assert {"left", "right", "score", "kind", "moved", "diff"} <= link.keys()
        ltext = data["left"]["paragraphs"][link["left"]]
        rtext = data["right"]["paragraphs"][link["right"]]
        assert link["kind"] in {"identical", "edited", "paraphrase"}
        for tag, l0, l1, r0, r1 in link["diff"]:
            assert tag in {"equal", "replace", "delete", "insert"}
            assert 0 <= l0 <= l1 <= len(ltext) and 0 <= r0 <= r1 <= len(rtext)


def test_text_view_shows_both_columns_scores_and_one_sided_paragraphs(samples_dir: Path) -> None:
    left, right = samples_dir / "meridian-herald.txt", samples_dir / "coastline-daily.md"
    result = _run(left, right)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    header = out.splitlines()[0]
    assert load_path(left).label[:20] in header and load_path(right).label[:20] in header
    assert " same " in out and "only L" in out
    assert "similarity" in out.splitlines()[-1]
    assert all(len(line) <= 120 for line in out.splitlines())


def test_missing_file_is_named_on_stderr_and_exits_1(samples_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = _run(samples_dir / "meridian-herald.txt", missing, "--json")
    assert result.returncode == 1
    assert "nope.txt" in result.stderr
    assert result.stdout == ""


def test_binary_and_empty_inputs_exit_1(samples_dir: Path, tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for bad in (binary, empty):
        result = _run(samples_dir / "meridian-herald.txt", bad)
        assert result.returncode == 1
        assert bad.name in result.stderr


def test_usage_error_exits_2(samples_dir: Path) -> None:
    result = _run(samples_dir / "meridian-herald.txt")
    assert result.returncode == 2


def test_no_relation_says_where_a_rewrite_would_show() -> None:
    # a rewrite in other words needs the other reports of its story (the paraphrase evidence);
    # compared alone, the two are not called copies, and the line says how to find out
    story = Path(__file__).parents[1] / "core" / "corpus" / "rewrites"
    result = run_cli("compare", str(story / "a-courier.txt"), str(story / "r1-digest.txt"))
    assert result.returncode == 0, result.stderr
    assert "other reports of the story" in " ".join(result.stdout.split())
