"""Structured data in a page's ``<script type="application/ld+json">``: the article's headline,
authors, publisher and dates, as schema.org describes them.

Pages write JSON-LD loosely: raw line breaks inside strings, a ``<![CDATA[`` wrapper, a comment,
a trailing comma; the article sits at the top, in a list, in an ``@graph`` or under a page's
``mainEntity``; authors are strings ("By Jane Roe"), objects or lists of both, and sometimes the
publishing organisation itself. Everything is read defensively: a script that cannot be parsed is
skipped, sizes and the number of objects visited are capped, and only strings come out.
"""

from __future__ import annotations

import json
import re

from newsreader.core.ingest import names

MAX_OBJECTS = 200  # objects visited per script
MAX_LIST = 50  # items taken from any one list
MAX_AUTHORS = 6

_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_ARTICLE_TYPES = ("Article", "BlogPosting", "NewsArticle", "Report")
_NESTED = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")


def parse(script: str) -> object | None:
    """The JSON value of a script, tolerating the usual sloppiness; ``None`` when unreadable."""
    text = _COMMENT.sub("", _CDATA.sub("", script.strip())).strip()
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def articles(scripts: list[str]) -> list[dict[str, object]]:
    """Article-like objects (``NewsArticle``, ``Article``, ``BlogPosting``…), in page order."""
    found: list[dict[str, object]] = []
    for script in scripts:
        data = parse(script)
        queue: list[object] = [data]
        seen = 0
        while queue and seen < MAX_OBJECTS:
            item = queue.pop(0)
            seen += 1
            if isinstance(item, list):
                queue.extend(item[:MAX_LIST])
            elif isinstance(item, dict):
                if _is_article(item):
                    found.append(item)
                for key in _NESTED:
                    if isinstance(item.get(key), (list, dict)):
                        queue.append(item[key])
    return found


def text(value: object) -> str:
    """A plain string value (the first string of a list), stripped."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return value.strip() if isinstance(value, str) else ""


def people(value: object) -> str:
    """The authors' names: people first; an organisation only when no person is named."""
    persons: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:MAX_LIST]:
        if isinstance(item, str):
            name = _clean_name(item)
            if name:
                persons.append(name)
        elif isinstance(item, dict):
            name = _clean_name(text(item.get("name")))
            if not name:
                continue
            kinds = _kinds(item)
            (
                orgs if "Organization" in kinds or "NewsMediaOrganization" in kinds else persons
            ).append(name)
    chosen = persons or orgs
    unique = list(dict.fromkeys(chosen))[:MAX_AUTHORS]
    return ", ".join(unique)


def organisation(value: object) -> str:
    """The name of a publisher object (or the first of a list)."""
    items = value if isinstance(value, list) else [value]
    for item in items[:MAX_LIST]:
        name = text(item.get("name")) if isinstance(item, dict) else text(item)
        if name and not name.startswith(("http://", "https://")):
            return name
    return ""


def _is_article(item: dict[str, object]) -> bool:
    return any(k.endswith(_ARTICLE_TYPES) for k in _kinds(item))


def _kinds(item: dict[str, object]) -> list[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k for k in kinds if isinstance(k, str)]


def _clean_name(value: str) -> str:
    if not value or value.startswith(("http://", "https://", "@")):
        return ""
    byline = names.parse_byline(value)
    return byline.author if byline else value.strip()
