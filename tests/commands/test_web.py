"""``newsreader info URL``, feeds on the command line, PDFs: against a local server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader.cli import main
from tests.core.web.test_open_url import HTML, page
from tests.helpers.cli import run_cli
from tests.helpers.pdf import Page, Text, make_pdf
from tests.helpers.web import Answer, Server, rss_feed, serve, story_routes


@pytest.fixture
def server() -> Iterator[Server]:
    routes = story_routes(page)
    routes["/article"] = Answer(page().encode(), headers=HTML)
    with serve(routes) as running:
        running.routes["/feed"] = Answer(
            rss_feed(running.base).encode(), headers={"Content-Type": "application/rss+xml"}
        )
        yield running


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_info_fetches_a_url_and_keeps_the_page(server: Server, home: Path) -> None:
    result = run_cli("info", server.url("/article"), server.url("/missing"), "--json")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"newsreader: {server.url('/missing')}: the page was not found (404 Not Found): "
        "check the address"
    )
    data = json.loads(result.stdout)
    (article,) = data["articles"]
    assert article["title"] == "River talks resume in Velmora"
    assert article["url"] == server.url("/article")
    assert Path(article["path"]).parent == home / "data" / "pages"
    assert data["failures"] == [
        {
            "path": server.url("/missing"),
            "reason": "the page was not found (404 Not Found): check the address",
        }
    ]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The entry point in this process (its extraction worker is already running)."""
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_feed_loads_every_item_or_the_picked_ones(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, listing, _ = cli(capsys, "feed", server.url("/feed"))
    assert status == 0
    assert "  1. Story 1" in listing and "  3. Story 3" in listing
    _, out, _ = cli(capsys, "info", server.url("/feed"), "--json")
    titles = [a["title"] for a in json.loads(out)["articles"]]
    assert titles == [f"Story number {n} from the lakeside" for n in (1, 2, 3)]
    feed_file = tmp_path / "courier.rss"
    feed_file.write_text(rss_feed(server.base), encoding="utf-8")
    _, out, _ = cli(capsys, "info", str(feed_file), "--items", "1,3", "--json")
    assert [a["title"] for a in json.loads(out)["articles"]] == [
        "Story number 1 from the lakeside",
        "Story number 3 from the lakeside",
    ]
    status, _, err = cli(capsys, "info", str(feed_file), "--items", "one")
    assert status == 2 and "--items" in err


def test_compare_takes_urls_too(server: Server) -> None:
    result = run_cli("compare", server.url("/story1"), server.url("/story2"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["left"]["title"] == "Story number 1 from the lakeside"
    assert data["links"], "the two pages share their body"


def test_info_reads_a_pdf_and_says_why_a_locked_one_cannot(tmp_path: Path) -> None:
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(
        make_pdf([Page([Text(50, 700, "The ministry released a short statement on Tuesday.", 10)])])
    )
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(make_pdf([Page([Text(50, 700, "Secret.", 10)])], locked=True))
    result = run_cli("info", str(pdf), str(locked))
    assert result.returncode == 1
    assert "1 paragraphs" in result.stdout and "format     pdf\n" in result.stdout
    assert result.stderr.startswith(
        f"newsreader: {locked}: is a password-protected (encrypted) PDF"
    )


def test_only_http_addresses_are_fetched_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = cli(capsys, "info", "www.mistyped-name.txt", "ftp://example.invalid/x")
    assert status == 1
    lines = err.strip().splitlines()  # missing files, not downloads
    assert len(lines) == 2 and all("No such file" in line for line in lines)
    assert (
        lines[0] == "newsreader: www.mistyped-name.txt: cannot be read: No such file or directory"
    )
