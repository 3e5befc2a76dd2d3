"""Metadata a web page declares about itself: ``<meta>`` tags, canonical link, JSON-LD.

The address a saved page came from, as browsers (and newsreader's own copies of fetched pages)
record it in a ``<!-- saved from url=(NNNN)… -->`` comment, is used when the page names no
canonical URL of its own.

Read with :mod:`html.parser` from the start of the page (no network, no entity expansion). Only
what the page states is collected; deciding which value wins is left to the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from newsreader.core.ingest import jsonld, names
from newsreader.core.ingest.blocks import normalize
from newsreader.core.ingest.vocab import word_set

HEAD_LIMIT = 512 * 1024  # metadata lives near the top; do not scan megabytes of body
JSONLD_LIMIT = 256 * 1024

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "twitter:creator",
)
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "article.published",
    "og:article:published_time",
)
_URL_KEYS = ("og:url", "twitter:url")

# Elements that hold the visible byline: rel="author", itemprop="author", class or id "byline"...
_BYLINE_NAME = re.compile(
    r"(?:^|[\s_-])(?:byline|bylines|byl|author|authors|writer|contributor|dateline|auteur|autor)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_NOT_BYLINE = re.compile(r"bio|photo|avatar|image|img|social|desc|follow|more|list", re.I)
_SAVED_FROM = re.compile(r"\s*saved from url=\(\d{1,5}\)(https?://[^\s<>\"']{1,2000})\s*$", re.I)
_VOID = word_set("area base br col embed hr img input link meta param source track wbr")
MAX_BYLINES = 12
MAX_BYLINE_CHARS = 200


@dataclass(slots=True)
class PageMeta:
    title: str = ""
    site: str = ""
    author: str = ""
    url: str = ""
    dates: list[tuple[str, str]] = field(default_factory=list)  # (as written, where)
    bylines: list[str] = field(default_factory=list)  # text of byline elements, in page order


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.saved_from = ""  # <!-- saved from url=(0042)https://... --> (browsers, newsreader)
        self.times: list[str] = []
        self.jsonld: list[str] = []
        self.bylines: list[str] = []
        self._in_jsonld = False
        self._buf: list[str] = []
        self._byline: list[str] | None = None  # text of the byline element being read
        self._byline_tag = ""
        self._byline_depth = 0
        self._skip = 0  # inside <script>/<style> (other than JSON-LD)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if self._byline is not None and tag == self._byline_tag:
            self._byline_depth += 1
        elif (
            self._byline is None
            and tag not in _VOID
            and len(self.bylines) < MAX_BYLINES
            and _is_byline(a)
        ):
            self._byline, self._byline_tag, self._byline_depth = [], tag, 1
        if tag in ("script", "style") and "ld+json" not in a.get("type", "").lower():
            self._skip += 1
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content", "").strip()
            if key and content and key not in self.meta:
                self.meta[key] = content
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href", "").strip()
        elif tag == "time" and a.get("datetime") and len(self.times) < 5:
            self.times.append(a["datetime"].strip())
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._in_jsonld = True
            self._buf = []

    def handle_comment(self, data: str) -> None:
        if not self.saved_from:
            m = _SAVED_FROM.match(data)
            if m is not None:
                self.saved_from = m.group(1)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip and not self._in_jsonld:
            self._skip -= 1
        if self._byline is not None and tag == self._byline_tag:
            self._byline_depth -= 1
            if self._byline_depth == 0:
                text = normalize("".join(self._byline))
                if text and len(text) <= MAX_BYLINE_CHARS:
                    self.bylines.append(text)
                self._byline = None
        if tag == "script" and self._in_jsonld:
            self._in_jsonld = False
            text = "".join(self._buf)
            if len(text) <= JSONLD_LIMIT:
                self.jsonld.append(text)

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self._buf.append(data)
        elif self._byline is not None and not self._skip:
            self._byline.append(data)
            if sum(map(len, self._byline)) > 4 * MAX_BYLINE_CHARS:
                self._byline = None  # an author box, not a byline


def _is_byline(attrs: dict[str, str]) -> bool:
    if "author" in attrs.get("rel", "").lower().split():
        return True
    if "author" in attrs.get("itemprop", "").lower():
        return True
    for key in ("class", "id"):
        value = attrs.get(key, "")
        if value and _BYLINE_NAME.search(value) and not _NOT_BYLINE.search(value):
            return True
    return False


def page_meta(html: str) -> PageMeta:
    """What the page at ``html`` says about its title, site, author, canonical URL and dates."""
    parser = _MetaParser()
    try:
        parser.feed(html[:HEAD_LIMIT])
        parser.close()
    except (AssertionError, ValueError):
        pass
    meta = PageMeta()
    m = parser.meta
    meta.title = _first(m, _TITLE_KEYS)
    site = _first(m, _SITE_KEYS)
    meta.site = "" if site.startswith(("http://", "https://", "@")) else site
    author = _first(m, _AUTHOR_KEYS)
    meta.author = "" if author.startswith(("http://", "https://", "@")) else author
    meta.url = parser.canonical or _first(m, _URL_KEYS)
    meta.dates = [(m[k], f"meta {k}") for k in _DATE_KEYS if k in m]
    headline = ""
    for data in jsonld.articles(parser.jsonld):
        headline = headline or jsonld.text(data.get("headline"))
        meta.author = meta.author or jsonld.people(data.get("author"))
        meta.site = meta.site or jsonld.organisation(data.get("publisher"))
        meta.url = meta.url or jsonld.text(data.get("url"))
        published = jsonld.text(data.get("datePublished"))
        if published:
            meta.dates.append((published, "JSON-LD datePublished"))
    # The structured headline is the article's own; og:title often carries the site's name.
    meta.title = headline or strip_site(meta.title, meta.site)
    meta.url = meta.url or parser.saved_from
    meta.dates.extend((t, "<time datetime>") for t in parser.times)
    meta.bylines = parser.bylines
    meta.title = normalize(meta.title)
    meta.site = strip_domain(normalize(meta.site))
    meta.author = normalize(_byline_name(meta.author))
    return meta


def strip_site(title: str, site: str) -> str:
    """ "Headline - Example Post" → "Headline" when the part after the last separator is the
    site's name (or, without a known name, two words or fewer)."""
    for sep in (" | ", " - ", " — ", " – ", " :: "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            tail_key, site_key = tail.strip().lower(), site.strip().lower()
            if head and (
                (site_key and (site_key in tail_key or tail_key in site_key))
                or (not site_key and len(tail.split()) <= 2)
            ):
                return head.strip()
    return title


def _byline_name(value: str) -> str:
    byline = names.parse_byline(value) if value else None
    return byline.author if byline else value


_DOMAIN_SUFFIX = re.compile(
    r"^(?P<name>.*[A-Z].*?)\.(?:com|net|org|info|news|co\.uk|com\.[a-z]{2}|[a-z]{2})$"
)


def strip_domain(site: str) -> str:
    """ "Le Monde.fr" → "Le Monde": a brand name written with its web domain's ending."""
    m = _DOMAIN_SUFFIX.match(site)
    if m is None:
        return site
    name = m.group("name").strip()
    return name if " " in name or "." not in name else site


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return ""
