"""Collecting evidence for title, outlet, author, date and URL, and deciding what wins.

Readers and the cleaner add candidates with a priority (a page's ``og:site_name`` outranks a name
guessed from a logo line); :func:`resolve` picks the best of each. For the publication date the
best candidate decides even when it is impossible (31/02): the date is then left unknown, with a
warning that quotes what was written, rather than replaced by a weaker guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsreader.core.ingest.dates import DateFound

# Priorities (higher wins).
META = 100  # the page's own metadata (og:site_name, meta author, article:published_time)
BYLINE = 95
SYNDICATOR = 92  # "... syndicated by X": the outlet that published this copy
LABEL = 85  # "Origin: X", "Publisher: X"
DATELINE = 80
HEADER_LINE = 70
HTMLDATE = 65
PAGE_BYLINE = 75  # a web page's byline element (class="byline", rel="author")
EXTRACTOR = 50  # trafilatura's guesses
BYLINE_OUTLET = 60
FOOTER_LINE = 45
TEXT_DATE = 60
CREDITS = 40  # "Reporting by X"
SELF_DESCRIPTION = 30
BIO = 25
LOGO = 20
COPYRIGHT = 15  # "© 2024 The Example Post": often the publisher, sometimes its parent company
URL = 10


@dataclass(slots=True)
class Candidates:
    title: str = ""
    outlets: list[tuple[int, str]] = field(default_factory=list)
    authors: list[tuple[int, str]] = field(default_factory=list)
    dates: list[tuple[int, DateFound, str]] = field(
        default_factory=list
    )  # (priority, date, source)
    urls: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def outlet(self, priority: int, value: str) -> None:
        if value and len(value) <= 80:
            self.outlets.append((priority, value))

    def author(self, priority: int, value: str) -> None:
        if value and len(value) <= 120:
            self.authors.append((priority, value))

    def date(self, priority: int, found: DateFound | None, source: str) -> None:
        if found is not None:
            self.dates.append((priority, found, source))

    def url(self, priority: int, value: str) -> None:
        if value:
            self.urls.append((priority, value))

    def best_author(self) -> str:
        return _best(self.authors)


@dataclass(slots=True)
class Resolved:
    outlet: str = ""
    author: str = ""
    published: str = ""
    published_source: str = ""
    url: str = ""
    warnings: list[str] = field(default_factory=list)


def resolve(c: Candidates) -> Resolved:
    out = Resolved(outlet=_best(c.outlets), author=_best(c.authors), url=_best(c.urls))
    out.warnings.extend(c.warnings)
    if c.dates:
        # Highest priority first; among equals, the one found first.
        _priority, found, source = sorted(c.dates, key=lambda d: -d[0])[0]
        if found.iso is None:
            out.published_source = f"unknown: “{found.written}” ({source}) is not a real date"
            out.warnings.append(
                f"The publication date is written as “{found.written}”, which is not a real "
                "calendar date; it is left unknown."
            )
        else:
            out.published = found.iso
            out.published_source = source
            if found.ambiguous:
                out.warnings.append(
                    f"The date “{found.written}” could be read day-first or month-first; "
                    f"read as {found.iso} (day first)."
                )
    return out


def _best(items: list[tuple[int, str]]) -> str:
    if not items:
        return ""
    top = max(p for p, _ in items)
    return next(v for p, v in items if p == top)
