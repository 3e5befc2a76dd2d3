"""``newsreader info``: JSON shape, readable summary, exit codes and one stderr line per bad file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.cli import main

KEYS = {
    "path",
    "format",
    "encoding",
    "title",
    "outlet",
    "author",
    "published",
    "url",
    "paragraphs",
    "removed",
    "warnings",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["info", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_for_the_samples(capsys: pytest.CaptureFixture[str], sample_paths: list[Path]) -> None:
    status, out, err = run(capsys, *map(str, sample_paths), "--json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert len(data["articles"]) == len(sample_paths)
    for article in data["articles"]:
        assert set(article) >= KEYS
        assert all(isinstance(p, str) and p for p in article["paragraphs"])
        assert article["title"] not in article["paragraphs"]
    by_name = {Path(a["path"]).name: a for a in data["articles"]}
    assert by_name["harbour-times.html"]["outlet"] == "Harbour Times"
    assert by_name["coastline-daily.md"]["format"] == "md"
    assert data["failures"] == [] and data["duplicates"] == []


def test_bad_files_exit_1_with_one_line_each_and_the_rest_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples_dir: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")
    missing = tmp_path / "missing.txt"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = samples_dir / "meridian-herald.txt"
    status, out, err = run(
        capsys, str(empty), str(good), str(binary), str(missing), str(fifo), "--json"
    )
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 4
    for path, reason in (
        (empty, "empty"),
        (binary, "binary"),
        (missing, "No such file"),
        (fifo, ""),
    ):
        (line,) = [x for x in lines if x.startswith(f"newsreader: {path}: ")]
        assert reason in line
    data = json.loads(out)
    assert [Path(a["path"]).name for a in data["articles"]] == ["meridian-herald.txt"]
    assert len(data["failures"]) == 4


def test_readable_summary(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    status, out, err = run(capsys, str(samples_dir / "northern-observer.txt"))
    assert (status, err) == (0, "")
    assert "title      Varga makes surprise appearance" in out
    assert "outlet     Northern Observer" in out
    assert "author     Mikael Strand" in out
    assert "published  2025-09-11 (text)" in out
    assert "8 paragraphs" in out


def test_folders_are_expanded_and_duplicates_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples_dir: Path
) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes((samples_dir / "globe-newsflash.txt").read_bytes())
    status, out, _err = run(capsys, str(samples_dir), str(copy), "--json")
    assert status == 0
    data = json.loads(out)
    assert len(data["articles"]) == len(list(samples_dir.iterdir()))
    assert [d["path"] for d in data["duplicates"]] == [str(copy)]


def test_encoding_option_forces_the_encoding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Talks at the café resumed on Thursday, officials said.".encode("cp1252"))
    status, out, _ = run(capsys, str(path), "--json", "--encoding", "cp1250")
    assert status == 0
    (article,) = json.loads(out)["articles"]
    assert article["encoding"] == "cp1250"
    status, _out, err = run(capsys, str(path), "--encoding", "no-such-codec")
    assert status == 1 and "not a known text encoding" in err


def test_unprintable_file_names_are_escaped_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "evil\u202egnp.txt"
    bad.write_bytes(b"")
    status, _out, err = run(capsys, str(bad))
    assert status == 1
    assert "\u202e" not in err and "⟨U+202E⟩" in err


def test_entry_point_exit_status(tmp_path: Path, samples_dir: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsreader",
            "info",
            str(samples_dir / "harbour-times.html"),
            str(empty),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"newsreader: {empty}: is empty (0 bytes)"]
    assert "Harbour Times" in result.stdout


def test_more_files_than_a_drop_may_hold_are_all_processed(tmp_path, monkeypatch, capsys) -> None:
    """The command line has no file cap: nothing is silently dropped (issue 13, point 9)."""
    from newsreader.commands import _common
    from newsreader.core.ingest import LoadReport
    from newsreader.core.ingest.files import MAX_FILES

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(MAX_FILES + 1):
        (folder / f"{n:05d}.txt").touch()
    seen: list[Path] = []

    def fake_load_many(paths, **_kwargs) -> LoadReport:  # reading 5,001 files is not the point
        seen.extend(paths)
        return LoadReport()

    monkeypatch.setattr(_common, "load_many", fake_load_many)
    assert main(["info", str(folder), "--json"]) == 0
    assert len(seen) == MAX_FILES + 1
    assert capsys.readouterr().err == ""


def test_headless_commands_collect_cycles_as_the_app_does(
    capsys: pytest.CaptureFixture[str], sample_paths: list[Path]
) -> None:
    """The command line sets the app's garbage-collector thresholds (fewer full collections over
    large article sets)."""
    import gc

    from newsreader.gc_policy import GC_THRESHOLDS

    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        assert run(capsys, str(sample_paths[0]))[0] == 0
        assert gc.get_threshold() == GC_THRESHOLDS
    finally:
        gc.set_threshold(*before)
