"""JSON-LD structured data as pages really write it, and how it feeds the article's metadata."""

from __future__ import annotations

from newsreader.core.ingest import jsonld, load_bytes
from newsreader.core.ingest.html_meta import page_meta, strip_site

PARAS = "".join(
    f"<p>Paragraph {i}: the harbour council voted on Tuesday to close the old ferry pier for "
    "two years while engineers rebuild its foundations.</p>"
    for i in range(6)
)


def page(head: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>Pier closes | Example</title>{head}</head>"
        f"<body><article><h1>Harbour council shuts ferry pier</h1>{PARAS}</article></body></html>"
    ).encode()


def script(body: str) -> str:
    return f'<script type="application/ld+json">{body}</script>'


def test_loosely_written_json_is_read() -> None:
    raw = '{"@type": "NewsArticle", "headline": "Pier\ncloses", "author": "Jane Roe",}'
    assert jsonld.parse(raw) == {
        "@type": "NewsArticle",
        "headline": "Pier\ncloses",
        "author": "Jane Roe",
    }
    wrapped = '//<![CDATA[\n{"@type": "Article", "headline": "Pier closes"}\n//]]>'
    assert jsonld.parse(wrapped) == {"@type": "Article", "headline": "Pier closes"}
    assert jsonld.parse("{not json at all") is None


def test_article_found_in_graph_and_under_main_entity() -> None:
    graph = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example"},'
        '{"@type": "WebPage", "mainEntity": {"@type": "ReportageNewsArticle", "headline": "A"}}]}'
    )
    assert [a["headline"] for a in jsonld.articles([graph])] == ["A"]
    listed = '[{"@type": "BreadcrumbList"}, {"@type": ["NewsArticle"], "headline": "B"}]'
    assert [a["headline"] for a in jsonld.articles(["{broken", listed])] == ["B"]


def test_authors_people_before_organisations() -> None:
    value = [
        "By Jane Roe",
        {"@type": "Person", "name": "John Smith"},
        {"@type": "Organization", "name": "Example Post"},
        {"@type": "Person", "url": "https://example.org/people/x"},
        "https://example.org/people/jane-roe",
    ]
    assert jsonld.people(value) == "Jane Roe, John Smith"
    assert jsonld.people({"@type": "Organization", "name": "Example Post"}) == "Example Post"
    assert jsonld.people(None) == ""
    assert jsonld.organisation([{"@type": "Organization", "name": "Example Post"}]) == (
        "Example Post"
    )


def test_structured_data_fills_the_article() -> None:
    ld = script(
        '{"@context": "https://schema.org", "@type": "NewsArticle",\n'
        '"headline": "Harbour council shuts ferry pier",\n'
        '"author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": '
        '"John Smith"}],\n"publisher": {"@type": "Organization", "name": "Example Post"},\n'
        '"datePublished": "2024-05-07T08:00:00+02:00",}'
    )
    article = load_bytes(page(ld), name="a.html")
    assert article.title == "Harbour council shuts ferry pier"
    assert (article.author, article.outlet) == ("Jane Roe, John Smith", "Example Post")
    assert (article.published, article.published_source) == ("2024-05-07", "meta")


def test_headline_preferred_to_a_social_title_with_the_site_name() -> None:
    head = (
        '<meta property="og:title" content="Harbour council shuts pier - Example Post">'
        '<meta property="og:site_name" content="Example Post">'
        + script('{"@type": "Article", "headline": "Harbour council shuts pier for two years"}')
    )
    assert page_meta(page(head).decode()).title == "Harbour council shuts pier for two years"
    assert strip_site("Harbour council shuts pier - Example Post", "Example Post") == (
        "Harbour council shuts pier"
    )
    assert strip_site("Asia - Harbour council shuts pier", "Example Post") == (
        "Asia - Harbour council shuts pier"
    )


def test_meta_author_written_as_a_byline() -> None:
    head = '<meta name="author" content="By Jane Roe">'
    assert page_meta(page(head).decode()).author == "Jane Roe"
