"""Lines outside the article body that carry metadata: bylines, date lines, name lines, labels.

Used by :mod:`newsreader.core.ingest.cleaner`: each function looks at one line (with its
neighbours where a label's value sits on the next line), adds what it finds to the
:class:`~newsreader.core.ingest.metadata.Candidates`, and says what role the line has.
"""

from __future__ import annotations

import re

from newsreader.core.ingest import metadata as prio
from newsreader.core.ingest import names, rules
from newsreader.core.ingest.blocks import Block
from newsreader.core.ingest.dates import find_dates, url_date
from newsreader.core.ingest.metadata import Candidates
from newsreader.core.ingest.urls import domain, is_asset, url_in_line
from newsreader.core.ingest.vocab import DATE_LABEL_WORDS

BODY, META, FURNITURE = "body", "meta", "furniture"

# Parts of a signature line: "Le Journal | 4 May 2015 • Updated 5 May | By Jane Roe",
# "Jane Roe - Apr 16, 2015 8:02 pm UTC".
_PARTS = re.compile(r"\s+[|•·]\s+|\s+[—–-]\s+")
MAX_COMPOUND_WORDS = 32
MAX_DATE_LINE_WORDS = 24
# Two interface labels copied without a space between them: "articlePrint", "readerMode".
_JOINED_LABELS = re.compile(r"[a-zà-ÿ]{3,}[A-ZÀ-Þ][a-zà-ÿ]{2,}")
_COPYRIGHT_HOLDER = re.compile(
    r"(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?)?\s*"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&)){0,5})"
)
_WIRE_OUTLET = re.compile(r"^\((?P<outlet>[^()]+?)\s+(?:with|avec|con|mit|and)\s", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_AUTHOR_PARTS = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def header_line(
    blocks: list[Block],
    reasons: list[str],
    roles: list[str],
    i: int,
    cands: Candidates,
    *,
    footer: bool,
    trust: bool = True,
    names_ok: bool = True,
    outlet_ok: bool = True,
    title: str = "",
) -> str:
    """The role of an unflagged line outside the body; metadata it carries goes to ``cands``.

    ``trust=False`` (a footer line among other stories' headlines) takes no names from the line.
    ``names_ok=False`` (a line above the headline, where menus are) takes no bare person's name
    as the author: only an explicit byline ("By ...") counts there. ``outlet_ok=False`` (a menu
    line above the headline, away from the masthead) takes no outlet name either. A name that the
    headline itself contains is the story's subject (a kicker), not its author.
    """
    text = blocks[i].text
    if title and _in_headline(text, title):
        reasons[i] = reasons[i] or "the headline's subject"
        return FURNITURE
    byline = names.parse_byline(text)
    if byline:
        _add_byline(byline, cands, prio.BYLINE if not footer else prio.FOOTER_LINE)
        return META
    if not trust:
        return BODY  # the caller turns it into furniture
    several = names.parse_name_line(text)
    if several and not footer and names_ok:
        cands.author(prio.HEADER_LINE, several)
        return META
    if names_ok and compound_line(text, cands, footer=footer):
        return META
    label = names.parse_label(text)
    if label:
        _kind, value = label
        if value:
            cands.outlet(prio.LABEL, value)
            return META
        for j in range(i + 1, min(i + 4, len(blocks))):
            if reasons[j] or roles[j]:
                continue
            nxt = blocks[j].text
            if len(nxt.split()) <= 6 and not rules.ends_sentence(nxt):
                cands.outlet(prio.LABEL, names.clean_outlet(nxt))
                roles[j] = META
            break
        return META
    if date_line(text, cands, "text"):
        return META
    if names.looks_like_outlet(text) and len(text.split()) <= 5:
        if not outlet_ok:
            reasons[i] = reasons[i] or "menu item above the headline"
            return FURNITURE
        cands.outlet(prio.FOOTER_LINE if footer else prio.HEADER_LINE, names.clean_outlet(text))
        return META
    if names.is_person_name(text) and names_ok:
        if _named_as_outlet(text, blocks):
            cands.outlet(prio.FOOTER_LINE if footer else prio.HEADER_LINE, text)
        else:
            cands.author(prio.FOOTER_LINE if footer else prio.HEADER_LINE, names.clean_person(text))
        return META
    if footer:
        return BODY  # caller turns it into furniture
    words = len(text.split())
    if words <= 6 and _JOINED_LABELS.search(text):
        reasons[i] = reasons[i] or "interface labels run together"  # "Read in reader modeZen"
        return FURNITURE
    if words <= 3 or text.endswith(":"):
        reasons[i] = reasons[i] or "short line above the article"
        return FURNITURE
    return BODY


def _in_headline(text: str, title: str) -> bool:
    """A short name line (one or two names, no "By") whose words all appear in the headline."""
    if len(text.split()) > 5 or not (names.is_person_name(text) or names.parse_name_line(text)):
        return False
    headline = set(rules.tokens(title))
    headline |= {t[:-2] for t in headline if t.endswith(("'s", "’s"))}  # "Roe's" names Roe
    return all(t in headline for t in rules.tokens(text))


def meta_in_body(text: str, cands: Candidates) -> bool:
    """A byline or a bare date line inside the body zone (some pages put them after the lede)."""
    if len(text.split()) > MAX_COMPOUND_WORDS:
        return False
    if compound_line(text, cands, footer=False):
        return True
    if len(text.split()) > 16:
        return False
    byline = names.parse_byline(text)
    if byline:
        _add_byline(byline, cands, prio.BYLINE)
        return True
    return date_line(text, cands, "text")


def byline_author(text: str) -> str:
    """The author a page's byline element names: "By Jane Roe", "Jane Roe - 4 May 2015",
    "JANE ROE", "Jane Roe (with John Smith)"; empty when it names nobody."""
    byline = names.parse_byline(text)
    if byline:
        return byline.author
    probe = Candidates()
    if compound_line(text, probe, footer=False) and probe.authors:
        return probe.best_author()
    bare = _BRACKETS.sub("", text).strip(" ,;:-–—|")
    several = names.parse_name_line(bare)
    if several:
        return several
    return names.clean_person(bare) if names.is_person_name(bare) else ""


def plausible_author(value: str) -> bool:
    """People's names (or an agency) rather than a word from the page's interface ("Username")."""
    parts = [p for p in _AUTHOR_PARTS.split(value) if p]
    return bool(parts) and all(
        names.is_person_name(names.clean_person(p))
        or names.looks_like_outlet(p)
        or _ACRONYM.fullmatch(p) is not None
        for p in parts
    )


def compound_line(text: str, cands: Candidates, *, footer: bool) -> bool:
    """A line made only of metadata parts (outlet, date, byline, names), split by | • · or a
    spaced dash. Every part must be recognised, else the line is left alone."""
    if len(text.split()) > MAX_COMPOUND_WORDS:
        return False
    parts = [p.strip(" *_") for p in _PARTS.split(text) if p.strip(" *_")]
    if len(parts) < 2:
        return False
    probe = Candidates()
    name_priority = prio.FOOTER_LINE if footer else prio.HEADER_LINE
    for part in parts:
        byline = names.parse_byline(part)
        if byline:
            _add_byline(byline, probe, prio.FOOTER_LINE if footer else prio.BYLINE)
            continue
        several = names.parse_name_line(part)
        if several or names.is_person_name(part):
            probe.author(name_priority, several or names.clean_person(part))
            continue
        label = names.parse_label(part)
        if label and label[1]:
            probe.outlet(prio.LABEL, label[1])
            continue
        if len(part.split()) <= 8 and find_dates(part):
            updated = any(w in part.lower() for w in ("updated", "modified", "mis à jour"))
            probe.date(prio.TEXT_DATE - (5 if updated else 0), find_dates(part)[0], "text")
            continue
        if names.looks_like_outlet(part) and len(part.split()) <= 5:
            probe.outlet(name_priority, names.clean_outlet(part))
            continue
        return False
    cands.authors.extend(probe.authors)
    cands.outlets.extend(probe.outlets)
    cands.dates.extend(probe.dates)
    return True


def _add_byline(byline: names.Byline, cands: Candidates, priority: int) -> None:
    cands.author(priority, byline.author)
    cands.outlet(prio.SYNDICATOR, byline.syndicator)
    cands.outlet(prio.BYLINE_OUTLET, byline.outlet)


def date_line(text: str, cands: Candidates, source: str) -> bool:
    """A line that is only a date (optionally "Published:", a weekday, a time, a second date for
    the update) → a date candidate."""
    words = text.split()
    if len(words) > MAX_DATE_LINE_WORDS:
        return False
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for d in dates:
        rest = rest.replace(d.written, " ")
    leftover = [
        t
        for t in rules.tokens(rest)
        if t not in DATE_LABEL_WORDS and not any(ch.isdigit() for ch in t) and len(t) > 1
    ]
    if len(leftover) > 2:
        return False
    updated = "updated" in text.lower() or "modified" in text.lower()
    cands.date(prio.TEXT_DATE - (5 if updated else 0), dates[0], source)
    agency = " ".join(leftover)
    if agency and rules.is_agency(agency):  # "AFP 30 April 2025 at 07:19"
        written = re.search(re.escape(agency), text, re.IGNORECASE)
        cands.author(prio.HEADER_LINE, written.group(0) if written else agency.upper())
    return True


def dateline(text: str, cands: Candidates) -> None:
    line = names.parse_dateline(text)
    if line is None:
        return
    cands.outlet(prio.DATELINE, line.outlet)
    if line.date:
        dates = find_dates(line.date)
        if dates:
            cands.date(prio.TEXT_DATE, dates[0], "text")


def about_metadata(text: str, why: str, cands: Candidates) -> None:
    if why == "outlet self-description":
        name = rules.self_description(text)
        if name and name != "?":
            cands.outlet(prio.SELF_DESCRIPTION, names.clean_outlet(name))
    elif why == "author bio":
        name = rules.author_bio(text, cands.best_author())
        if name:
            cands.author(prio.BIO, name)


def furniture_metadata(text: str, reason: str, cands: Candidates) -> None:
    """A logo line names the outlet ("The Brussels Morning Newspaper Logo"), unless generic;
    "Reporting by X" names the author when nothing better does; a wire credit
    ("(The Example Post with agencies)") names the outlet that published this copy."""
    if reason == "copyright notice":
        m = _COPYRIGHT_HOLDER.search(text)
        holder = names.clean_outlet(m.group("name")) if m else ""
        if holder and names.looks_like_outlet(holder):
            cands.outlet(prio.COPYRIGHT, holder)
        return
    if reason == "wire credit":
        m = _WIRE_OUTLET.match(text)
        if m and len(m.group("outlet").split()) <= 4:
            cands.outlet(prio.CREDITS, names.clean_outlet(m.group("outlet")))
        return
    if reason == "contributor credits":
        byline = names.parse_byline(text)
        if byline and text.lower().startswith(("reporting by", "writing by")):
            cands.author(prio.CREDITS, byline.author)
        return
    if reason != "logo":
        return
    name = names.clean_outlet(text)
    generic = name.lower().startswith(("publisher", "site", "company", "brand", "logo"))
    if name and not generic and len(name.split()) <= 6:
        cands.outlet(prio.LOGO, name)


def collect_urls(blocks: list[Block], reasons: list[str], cands: Candidates) -> None:
    for i, block in enumerate(blocks):
        if reasons[i] != "web address":
            continue
        url = url_in_line(block.text)
        if url and not is_asset(url):
            cands.url(prio.URL, url)
            cands.outlet(prio.URL, domain(url))
            cands.date(prio.URL, url_date(url), "url")


def is_header_metadata(text: str) -> bool:
    return bool(
        names.parse_byline(text)
        or names.parse_label(text)
        or compound_line(text, Candidates(), footer=False)
        or (len(text.split()) <= MAX_DATE_LINE_WORDS and find_dates(text) and _only_date(text))
    )


def _only_date(text: str) -> bool:
    probe = Candidates()
    return date_line(text, probe, "text")


def _named_as_outlet(name: str, blocks: list[Block]) -> bool:
    """A bare name line is an outlet when the page refers to it as one ("the Northern Observer")."""
    key = f"the {name}".lower()
    return any(key in b.text.lower() for b in blocks if b.text != name)
