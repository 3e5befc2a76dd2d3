"""Opening a URL against a local server on 127.0.0.1: redirects, errors, limits, charsets, kinds."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader.core.align import Cancelled
from newsreader.core.ingest import load_path
from newsreader.core.web.fetch import USER_AGENT, FetchError, check_url, fetch, looks_like_url
from newsreader.core.web.open_url import open_url
from newsreader.core.web.store import pages_dir
from tests.helpers.pdf import Page, Text, make_pdf
from tests.helpers.web import Answer, Server, serve

BODY = (
    "<p>Delegations from Arvenia and Coristan met on Tuesday in the lakeside town of Velmora to "
    "discuss the shared river basin, officials said after the first session ended.</p>"
    "<p>The talks, which had been postponed twice, focused on water quotas for the dry season "
    "and on a joint monitoring station near the border crossing of Hasel.</p>"
    "<p>Minister Ilse Varga said the two sides agreed to meet again next month. She described "
    "the atmosphere as très constructif, in the words of the French observer.</p>"
)


def page(title: str = "River talks resume in Velmora", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{BODY}</article></body></html>"
    )


HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Courier</title>'
    "<link>/</link>"
    "<item><title>River talks resume</title><link>/article</link>"
    "<pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>&lt;b&gt;Talks&lt;/b&gt; resume</description></item>"
    "<item><title>Second story</title><link>https://example.invalid/two</link></item>"
    "<item><title>No address</title><link>javascript:alert(1)</link></item>"
    "</channel></rss>"
)


@pytest.fixture
def server() -> Iterator[Server]:
    pdf = make_pdf(
        [Page([Text(50, 700, "A short statement released by the ministry on Tuesday.", 10)])]
    )
    routes = {
        "/article": Answer(page().encode(), headers=HTML),
        "/moved": Answer(status=301, headers={"Location": "/article"}),
        "/hop1": Answer(status=302, headers={"Location": "/hop2"}),
        "/hop2": Answer(status=307, headers={"Location": "/article"}),
        "/loop": Answer(status=302, headers={"Location": "/loop"}),
        "/to-file": Answer(status=302, headers={"Location": "file:///etc/passwd"}),
        "/gone": Answer(b"<html>gone</html>", 410, HTML),
        "/forbidden": Answer(b"<html>no</html>", 403, HTML),
        "/server-error": Answer(b"oops", 503, {"Content-Type": "text/plain"}),
        "/slow": Answer(stall=True),
        "/slow-body": Answer(headers={**HTML, "Content-Length": "5000"}, pieces=1, stall_body=True),
        "/huge-declared": Answer(
            b"x" * 10,
            headers={"Content-Type": "text/html", "Content-Length": str(30 << 20)},
            pieces=1,
        ),
        "/huge-streamed": Answer(b"<p>" + b"word " * 2000 + b"</p>", headers=HTML, pieces=200),
        "/bomb": Answer(
            gzip.compress(b"<p>" + b" " * (8 << 20)),
            headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
        ),
        "/gzipped": Answer(
            gzip.compress(page().encode()), headers={**HTML, "Content-Encoding": "gzip"}
        ),
        "/cp1252": Answer(
            page().encode("cp1252"), headers={"Content-Type": "text/html; charset=windows-1252"}
        ),
        "/says-utf8-is-cp1252": Answer(page().encode("cp1252"), headers=HTML),
        "/says-latin1-is-utf8": Answer(
            page().encode("utf-8"), headers={"Content-Type": "text/html; charset=iso-8859-1"}
        ),
        "/utf16": Answer(
            page().encode("utf-16"), headers={"Content-Type": "text/html; charset=utf-16"}
        ),
        "/image": Answer(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", headers={"Content-Type": "image/png"}
        ),
        "/json": Answer(b'{"a": 1}', headers={"Content-Type": "application/json"}),
        "/empty": Answer(b"", headers=HTML),
        "/text": Answer(
            "Wire copy\n\nThe ministry said on Tuesday that the talks would go on, café owners "
            "in Velmora reported busy terraces.\n".encode("cp1252"),
            headers={"Content-Type": "text/plain; charset=cp1252"},
        ),
        "/feed": Answer(RSS.encode(), headers={"Content-Type": "application/rss+xml"}),
        "/statement.pdf": Answer(pdf, headers={"Content-Type": "application/pdf"}),
    }
    with serve(routes) as running:
        yield running


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "pages"


def test_a_page_is_fetched_kept_and_loaded_like_a_saved_page(server: Server, folder: Path) -> None:
    opened = open_url(server.url("/article"), folder=folder)
    assert opened.path is not None and opened.path.parent == folder
    assert opened.path.suffix == ".html"
    article = load_path(opened.path)
    assert article.title == "River talks resume in Velmora"
    assert article.url == server.url("/article")
    assert "très constructif" in article.paragraph_texts()[-1]
    path, headers = server.requests[-1]
    assert path == "/article" and headers["User-Agent"] == USER_AGENT


def test_redirects_are_followed_a_few_times_and_only_to_http(server: Server, folder: Path) -> None:
    opened = open_url(server.url("/hop1"), folder=folder)
    assert opened.path is not None
    assert load_path(opened.path).url == server.url("/article")  # where the page really is
    assert open_url(server.url("/moved"), folder=folder).path is not None
    with pytest.raises(FetchError, match="redirected more than 5 times"):
        open_url(server.url("/loop"), folder=folder)
    with pytest.raises(FetchError, match="not http or https"):
        open_url(server.url("/to-file"), folder=folder)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/nowhere", "not found \\(404"),
        ("/gone", "removed \\(410"),
        ("/forbidden", "refused access \\(403"),
        ("/server-error", "server had an error \\(503"),
        ("/image", "not an article \\(image/png\\)"),
        ("/json", "not an article \\(application/json\\)"),
        ("/empty", "empty page"),
    ],
)
def test_errors_and_non_articles_are_refused_with_the_reason(
    server: Server, folder: Path, path: str, reason: str
) -> None:
    with pytest.raises(FetchError, match=reason) as info:
        open_url(server.url(path), folder=folder)
    assert info.value.url == server.url(path)
    assert not folder.exists() or not any(folder.iterdir())  # nothing kept


def test_a_server_that_does_not_answer_times_out(server: Server) -> None:
    with pytest.raises(FetchError, match=r"did not answer within 0\.3 s"):
        fetch(server.url("/slow"), timeout=0.3)
    with pytest.raises(FetchError, match=r"stopped sending for 0\.3 s"):
        fetch(server.url("/slow-body"), timeout=0.3)


def test_size_cap_before_reading_while_reading_and_after_decompressing(server: Server) -> None:
    with pytest.raises(FetchError, match="30 MB, over the 20 MB size limit"):
        fetch(server.url("/huge-declared"))
    with pytest.raises(FetchError, match="over the 1 MB size limit"):
        fetch(server.url("/huge-streamed"), max_bytes=1 << 20)
    with pytest.raises(FetchError, match="over the 1 MB size limit"):
        fetch(server.url("/bomb"), max_bytes=1 << 20)
    assert fetch(server.url("/gzipped")).data == page().encode()


def test_the_response_charset_is_honoured(server: Server, folder: Path) -> None:
    opened = open_url(server.url("/cp1252"), folder=folder)
    assert opened.path is not None
    article = load_path(opened.path)
    assert article.encoding == "cp1252" and not article.warnings
    assert "très constructif" in article.paragraph_texts()[-1]
    utf16 = load_path(open_url(server.url("/utf16"), folder=folder).path or Path())
    assert "très constructif" in utf16.paragraph_texts()[-1]


def test_a_wrong_charset_does_not_garble_the_text(server: Server, folder: Path) -> None:
    # Declared UTF-8 but sent in cp1252: detected, with a warning that says so.
    article = load_path(open_url(server.url("/says-utf8-is-cp1252"), folder=folder).path or Path())
    assert "très constructif" in article.paragraph_texts()[-1]
    assert any("guessed" in w for w in article.warnings)
    # Declared Latin-1 but the text is UTF-8: read as UTF-8 (no "trÃ¨s").
    article = load_path(open_url(server.url("/says-latin1-is-utf8"), folder=folder).path or Path())
    assert "très constructif" in article.paragraph_texts()[-1]


def test_plain_text_keeps_its_address_and_pdfs_load(server: Server, folder: Path) -> None:
    text = load_path(open_url(server.url("/text"), folder=folder).path or Path())
    assert text.url == server.url("/text")
    assert any("café owners" in p for p in text.paragraph_texts())
    assert f"Source: {server.url('/text')}" in text.removed
    pdf = open_url(server.url("/statement.pdf"), folder=folder)
    assert pdf.path is not None and pdf.path.suffix == ".pdf"
    assert load_path(pdf.path).paragraph_texts() == [
        "A short statement released by the ministry on Tuesday."
    ]


def test_a_feed_url_lists_its_items_with_absolute_links(server: Server, folder: Path) -> None:
    opened = open_url(server.url("/feed"), folder=folder)
    assert opened.path is None and opened.feed is not None
    feed = opened.feed
    assert feed.title == "Courier"
    assert [i.title for i in feed.items] == ["River talks resume", "Second story", "No address"]
    assert feed.items[0].link == server.url("/article")
    assert feed.items[0].published == "2025-06-03"
    assert feed.items[0].summary == "Talks resume"
    assert not feed.items[2].loadable
    assert feed.links == [server.url("/article"), "https://example.invalid/two"]


def test_offline_the_copy_fetched_earlier_is_used(folder: Path) -> None:
    with serve({"/article": Answer(page().encode(), headers=HTML)}) as other:
        first = open_url(other.url("/article"), folder=folder)
    # That server is gone: the connection is refused, as when the network is down.
    again = open_url(other.url("/article"), folder=folder)
    assert again.path == first.path and "connection" in again.note
    assert "the copy saved on" in again.note
    with pytest.raises(FetchError, match="refused"):
        open_url(other.url("/never-fetched"), folder=folder)


def test_cancel_stops_a_download_even_while_the_server_is_silent(server: Server) -> None:
    with pytest.raises(Cancelled):
        fetch(server.url("/huge-streamed"), cancelled=lambda: True)
    asked = threading.Event()
    server.routes["/slow"] = Answer(stall=True)
    # Cancel once the request is out; the 60 s timeout must not be what ends the wait.
    with pytest.raises(Cancelled):
        fetch(
            server.url("/slow"),
            timeout=60,
            cancelled=lambda: asked.is_set() or _sent(server, asked),
        )


def _sent(server: Server, flag: threading.Event) -> bool:
    if any(path == "/slow" for path, _headers in server.requests):
        flag.set()
    return flag.is_set()


def test_what_counts_as_a_url() -> None:
    assert looks_like_url("https://example.org/a") and looks_like_url("www.example.org")
    assert not looks_like_url("report.html") and not looks_like_url("two words")
    assert not looks_like_url("C:\\news\\story.txt") and not looks_like_url("mailto:a@b.example")
    assert check_url("www.example.org/a b".replace(" ", "%20")) == "https://www.example.org/a%20b"
    assert check_url("https://bücher.example/ü") == "https://xn--bcher-kva.example/%C3%BC"
    for bad in ("ftp://example.org/x", "file:///etc/passwd", "javascript:alert(1)", "example.org"):
        with pytest.raises(FetchError, match="only http and https"):
            check_url(bad)


def test_the_pages_folder_follows_newsreader_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path))
    assert pages_dir() == tmp_path / "data" / "pages"
