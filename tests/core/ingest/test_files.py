"""Expanding dropped paths: recursion, caps, links, special files (BAD_INPUTS rows 21, 22)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsreader.core.ingest import collect_files


def test_folder_is_walked_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    result = collect_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in result.files] == ["a.txt", "b/two.txt"]
    assert result.skipped == []


def test_symlink_loop_terminates_and_is_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "f.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    result = collect_files([tmp_path])
    assert [p.name for p in result.files] == ["f.txt"]
    assert any("symbolic link" in s.reason for s in result.skipped)


def test_depth_and_count_caps(tmp_path: Path) -> None:
    deep = tmp_path
    for i in range(5):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("x")
    result = collect_files([tmp_path], max_depth=3)
    assert result.files == []
    assert any("deeper than 3" in s.reason for s in result.skipped)

    for i in range(10):
        (tmp_path / f"f{i}.txt").write_text("x")
    capped = collect_files([tmp_path], max_files=4)
    assert len(capped.files) == 4
    assert capped.truncated


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs os.mkfifo")
def test_fifo_is_skipped_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = collect_files([fifo, tmp_path])
    assert result.files == []
    assert len(result.skipped) == 2
    assert all("named pipe" in s.reason for s in result.skipped)


def test_same_file_named_twice_is_listed_once(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("x")
    os.symlink(f, tmp_path / "link.txt")
    result = collect_files([f, tmp_path / "link.txt", tmp_path])
    assert result.files == [f]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result = collect_files([tmp_path / "nope.txt"])
    assert result.files == []
    assert "cannot be read" in result.skipped[0].reason
