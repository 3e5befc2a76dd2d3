"""The public loading API and the bad inputs of BAD_INPUTS.md (rows 1-8, 22, 23, 27, 29-32)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsreader.core.align import Cancelled
from newsreader.core.ingest import (
    MAX_BYTES,
    LoadError,
    collect_files,
    load_bytes,
    load_many,
    load_path,
    load_text,
)

TEXT = (
    "Talks resume after four-year pause\n\n"
    "Delegations from both countries met in the capital on Thursday for the first round of "
    "talks in four years, officials said.\n\n"
    "The foreign minister told reporters that the two sides had exchanged proposals on the dam.\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_empty_file_is_refused_as_empty(tmp_path: Path) -> None:  # row 1
    with pytest.raises(LoadError, match="empty") as info:
        load_path(write(tmp_path, "empty.txt", b""))
    assert info.value.path == tmp_path / "empty.txt"


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:  # rows 1, 27
    with pytest.raises(LoadError, match="blank"):
        load_path(write(tmp_path, "blank.txt", " \n\t\n  \n"))


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:  # row 2
    with pytest.raises(LoadError, match="binary"):
        load_path(write(tmp_path, "x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"x" * 100))


def test_cp1252_file_records_the_encoding_and_can_be_reopened(tmp_path: Path) -> None:  # row 4
    path = write(tmp_path, "legacy.txt", TEXT.replace("four-year", "café – déjà").encode("cp1252"))
    article = load_path(path)
    assert article.encoding == "cp1252"
    assert article.title == "Talks resume after café – déjà pause"
    assert any("cp1252" in w for w in article.warnings)
    reopened = load_path(path, encoding="cp1250")
    assert reopened.encoding == "cp1250"
    assert reopened.id == article.id  # the same file


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_bom_files_decode_without_the_bom(tmp_path: Path, codec: str) -> None:  # row 5
    data = TEXT.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + TEXT).encode(codec)
    article = load_path(write(tmp_path, "bom.txt", data))
    assert article.title == "Talks resume after four-year pause"
    assert "\ufeff" not in article.text


def test_bad_utf8_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:  # row 6
    data = TEXT.replace("Thursday", "Thursday’s").encode() + b"\xc3\x28 broken \xff\n"
    article = load_path(write(tmp_path, "bad.txt", data))
    assert article.encoding == "utf-8"
    assert "\ufffd" in article.text
    assert any("invalid UTF-8" in w for w in article.warnings)


def test_size_cap_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "big.txt", b"a " * 3000)  # row 7
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(
        os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k)
    )
    with pytest.raises(LoadError, match="size limit"):
        load_path(path, max_bytes=1024)
    assert opened == []  # refused from the file's size, never opened
    assert MAX_BYTES >= 5 * 1024 * 1024  # a 5 MB article (row 8) is within the cap


def test_size_cap_names_the_cap(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * (300 * 1024))  # 1.5 MB
    with pytest.raises(LoadError) as info:
        load_path(path, max_bytes=1024 * 1024)
    assert info.value.reason.startswith("is 1.5 MB, over the 1 MB size limit")


def test_folder_fifo_and_missing_file(tmp_path: Path) -> None:  # row 22
    with pytest.raises(LoadError, match="folder"):
        load_path(tmp_path)
    with pytest.raises(LoadError, match="does not exist"):
        load_path(tmp_path / "gone.txt")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        load_path(fifo)  # returns at once: a FIFO is never opened for reading


def test_url_only_text_is_not_fetched() -> None:  # row 23
    with pytest.raises(LoadError, match="does not download"):
        load_text("https://news.example/world/2024/03/14/talks")
    with pytest.raises(LoadError, match="empty"):
        load_text("   \n ")


def test_pasted_text_becomes_an_article() -> None:  # row 23
    article = load_text(TEXT, name="Clipboard")
    assert article.path is None and article.source_name == "Clipboard"
    assert article.title == "Talks resume after four-year pause"
    assert len(article.paragraphs) == 2
    untitled = load_text("just a few words")
    assert untitled.title == "" and untitled.name == "Pasted text"


def test_pasted_html_and_markdown_are_sniffed() -> None:
    html = load_text("<html><body><h1>Talks</h1><p>" + TEXT.split("\n\n")[1] + "</p></body></html>")
    assert html.format == "html"
    md = load_text("# Talks resume\n\n" + TEXT.split("\n\n")[1] + "\n\n[more](https://x.example)")
    assert md.format == "md" and md.title == "Talks resume"


def test_empty_paragraphs_are_never_produced(tmp_path: Path) -> None:  # row 27
    text = TEXT + "\n\n \n\t\n\u00a0\n\u200b\n" + TEXT.split("\n\n")[1]
    article = load_path(write(tmp_path, "gaps.txt", text))
    assert all(p.text.strip() for p in article.paragraphs)


def test_same_file_twice_and_same_bytes_become_one_article(tmp_path: Path) -> None:  # row 29
    a = write(tmp_path, "a.txt", TEXT)
    b = write(tmp_path, "b.txt", TEXT)
    link = tmp_path / "link.txt"
    link.symlink_to(a)
    report = load_many([a, a, link, b])
    assert len(report.articles) == 1
    assert report.failures == []
    kept = report.articles[0].id
    assert report.duplicates == [(a, kept), (link, kept), (b, kept)]


def test_impossible_date_is_kept_unknown(tmp_path: Path) -> None:  # row 30
    path = write(tmp_path, "d.txt", TEXT.replace("\n\n", "\n\n31/02/2024\n\n", 1))
    article = load_path(path)
    assert article.published == ""
    assert "31/02/2024" in article.published_source
    assert any("31/02/2024" in w for w in article.warnings)


def test_odd_file_names_load(tmp_path: Path) -> None:  # row 31 (escaping is the UI's job)
    for name in ("evil\u202etxt.exe.txt", "new\nline.txt", '"><img onerror=alert(1)>.txt'):
        article = load_path(write(tmp_path, name, TEXT))
        assert article.name == name


def test_many_files_with_failures_progress_and_cancel(tmp_path: Path) -> None:  # row 32
    paths = [
        write(tmp_path, f"f{i:03}.txt", TEXT + f"\nNumber {i} of the series.\n") for i in range(40)
    ]
    paths[10] = write(tmp_path, "empty.txt", b"")
    paths[20] = write(tmp_path, "bin.txt", b"\x00\x01\x02")
    seen: list[float] = []
    report = load_many(paths, progress=seen.append)
    assert len(report.articles) == 38
    assert [f.path.name for f in report.failures] == ["empty.txt", "bin.txt"]
    assert all(f.reason for f in report.failures)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 40
    calls = iter(range(1000))
    with pytest.raises(Cancelled):
        load_many(paths, cancelled=lambda: next(calls) >= 5)


def test_dropped_folder_then_load_many(tmp_path: Path) -> None:  # rows 21, 32: the UI's path
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "one.txt", TEXT)
    write(tmp_path, "two.md", "# Heading here\n\n" + TEXT.split("\n\n")[1])
    collected = collect_files([tmp_path])
    report = load_many(collected.files)
    assert sorted(a.format for a in report.articles) == ["md", "txt"]


def test_load_bytes_names_the_file_in_errors() -> None:
    with pytest.raises(LoadError) as info:
        load_bytes(b"", name="dropped.txt")
    assert str(info.value.path) == "dropped.txt"
    assert info.value.reason == "is empty (0 bytes)"
