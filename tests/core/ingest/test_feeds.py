"""RSS/Atom feed files: recognised, their items listed, hostile feeds bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.ingest import LoadError, load_bytes, load_many
from newsreader.core.ingest.feed_reader import FeedFoundError, is_feed

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lakeside Courier</title>
  <link href="https://courier.example/"/>
  <entry><title>River talks resume</title><link href="https://courier.example/a"/>
    <updated>2025-06-03T09:00:00Z</updated><summary>Delegations met.</summary></entry>
  <entry><title>Relative link</title><link href="/b"/></entry>
</feed>
"""
RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://courier.example/"><title>Courier</title></channel>
  <item rdf:about="https://courier.example/c"><title>One</title><link>https://courier.example/c</link></item>
</rdf:RDF>
"""


def test_feeds_are_recognised_by_their_root_element() -> None:
    assert is_feed(ATOM.encode()) and is_feed(RSS1.encode())
    assert is_feed(
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel/></rss>'
    )
    assert not is_feed(b"<html><body><p>An article about the rss feed of a site.</p></body></html>")
    assert not is_feed(b"<?xml version='1.0'?><feed><entry/></feed>")  # no Atom namespace
    assert not is_feed(b"Plain text: <rss> is written here.")


def test_a_feed_file_lists_its_items_instead_of_loading_as_an_article(tmp_path: Path) -> None:
    with pytest.raises(FeedFoundError, match="news feed with 1 item") as info:
        load_bytes(ATOM.encode(), name="courier.atom")
    feed = info.value.feed
    assert feed.title == "Lakeside Courier"
    assert [(i.title, i.link, i.published) for i in feed.items] == [
        ("River talks resume", "https://courier.example/a", "2025-06-03"),
        ("Relative link", "", ""),  # a file has no address to resolve "/b" against
    ]
    assert feed.items[0].summary == "Delegations met."
    (tmp_path / "feed.xml").write_text(RSS1, encoding="utf-8")
    (tmp_path / "page.txt").write_text(
        "A sentence of article text that is long enough.\n", encoding="utf-8"
    )
    report = load_many(sorted(tmp_path.iterdir()))
    assert [p.name for p, _ in report.feeds] == ["feed.xml"]
    assert report.feeds[0][1].links == ["https://courier.example/c"]
    assert [a.path.name for a in report.articles if a.path] == ["page.txt"]
    assert not report.failures


def test_entity_expansion_in_a_feed_is_refused_in_bounded_time() -> None:  # BAD_INPUTS row 26
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>&a9;</title><item><title>Story</title><link>https://courier.example/a</link></item>"
        "</channel></rss>"
    )
    with pytest.raises(FeedFoundError) as info:
        load_bytes(bomb.encode(), name="bomb.rss")
    feed = info.value.feed
    assert len(feed.title) < 1000  # not a billion "lol"s
    assert feed.links == ["https://courier.example/a"]


def test_a_broken_feed_without_items_is_refused() -> None:
    with pytest.raises(LoadError, match="looks like a news feed but could not be read") as info:
        load_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</tit', name="x.rss")
    assert not isinstance(info.value, FeedFoundError)
