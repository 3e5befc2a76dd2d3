"""The shapes of names in article headers and footers: people, outlets, bylines, datelines.

Nothing here knows particular outlets. A person's name is two to five capitalised words with no
digits or punctuation at the end; an outlet's name is a capitalised phrase that uses the
vocabulary of newspaper titles (News, Times, Herald, Observer, Daily, Morning, …). A byline is
"By NAME[, OUTLET][ — syndicated by OUTLET]"; a dateline is "PLACE[, DATE] (OUTLET) — ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.core.ingest.vocab import NOT_NAMES, OUTLET_WORDS, PARTICLES

_UNICODE_UPPER_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?$")
_BYLINE = re.compile(
    r"^(?:(?:by|written by|words by|story by|text by|reporting by|von|par|por|di|door|av)\s+"
    r"|(?:author|authors|reporter|writer|written by|by)\s*:\s*)(?P<rest>.+)$",
    re.IGNORECASE,
)
_SYNDICATED_BY = re.compile(
    r"\b(?:syndicated|distributed|republished|published|provided)\s+(?:by|via|in|on)\s+(?P<outlet>.+)$",
    re.IGNORECASE,
)
_SPLIT_BYLINE = re.compile(r"\s+[—–|-]\s+|\s*[—–|;]\s*")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w .'’-]{1,40}?)(?:,\s*(?P<date>[^()—–\n]{4,40}?))?\s*"
    r"(?:\((?P<org>[A-Z][^()\n]{1,60})\))?\s*(?:[—–]|--?)\s+\S"
)
_LABEL = re.compile(
    r"^(?P<label>origin|source|publisher|published by|provided by|courtesy of|via|outlet|"
    r"media|publication|from)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|contributor|columnist|bureau|chief|senior|"
    r"political|diplomatic|foreign|producer|analyst)\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Where the names in a byline stop: a date or time, a handle, a "Follow"/"Updated" button label.
_BYLINE_STOP = re.compile(
    rf"\(|@|\d|\b{_MONTH}\.?\s+\d|\b(?:updated|published|posted|last updated|follow|email|"
    r"e-mail|twitter|share|read more)\b|\s[|•·]\s",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\(([^()]{2,60})\)")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")
_FOR_OUTLET = re.compile(r"\s+for\s+(.+)$")
_TRAILING_GENERIC = re.compile(r"\s+(?:newspaper|logo|online|website|official website)$", re.I)


@dataclass(frozen=True, slots=True)
class Byline:
    author: str
    outlet: str = ""  # "…, The Meridian Herald"
    syndicator: str = ""  # "… syndicated by Coastline Daily"


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    date: str = ""
    outlet: str = ""


def is_person_name(text: str) -> bool:
    """Two to five capitalised words (particles allowed), no digits, no sentence punctuation."""
    if len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    real = [w for w in words if w.lower() not in PARTICLES]
    if len(real) < 2:
        return False
    if all(w.isupper() for w in real) and len(real) > 3:
        return False
    for w in real:
        if w.lower().strip(".") in NOT_NAMES or w.lower() in OUTLET_WORDS:
            return False
        if not (w[0].isupper() and _UNICODE_UPPER_WORD.match(w)):
            return False
    return True


def looks_like_outlet(text: str) -> bool:
    """A short capitalised phrase containing a word of newspaper titles ("Northern Observer").

    One such word alone ("News", "Monde") is a section name, not an outlet's name."""
    words = text.split()
    if not 2 <= len(words) <= 6 or len(text) > 60 or text.endswith((".", "!", "?", ":")):
        return False
    if not all(
        w[0].isupper() or w.lower() in ("of", "and", "&", "de", "the", "la", "el") for w in words
    ):
        return False
    return any(w.lower().strip(".,") in OUTLET_WORDS for w in words)


def clean_outlet(name: str) -> str:
    """Trim an outlet name: surrounding punctuation, a trailing "Newspaper" or "Logo"."""
    name = name.strip(" \t*_\"'“”‘’.,;:()[]")
    for _ in range(2):
        shorter = _TRAILING_GENERIC.sub("", name)
        if len(shorter) >= 3:
            name = shorter
    return name


def clean_person(name: str) -> str:
    """Trim a person's name; words written in capitals ("DASHA LITVINOVA") are title-cased."""
    name = name.strip(" \t*_\"'“”‘’.,;:()[]")
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in name.split())


_NAME_IN_PLACE = re.compile(r"^(?P<name>.+?)\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


def parse_name_line(text: str) -> str | None:
    """A byline without "By": "Jane Roe in Kyiv and John Smith in Moscow", "Jane Roe and John Smith".

    Returns the names joined with " and ", or None when any part is not a person's name.
    """
    if len(text) > 120 or rules_like_sentence(text):
        return None
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    if len(parts) < 2 and " in " not in text:
        return None
    names: list[str] = []
    for part in parts:
        m = _NAME_IN_PLACE.match(part.strip())
        name = (m.group("name") if m else part).strip()
        if not is_person_name(name):
            return None
        names.append(clean_person(name))
    return " and ".join(names)


def rules_like_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":", ";"))


def parse_byline(text: str) -> Byline | None:
    """``By NAME[, OUTLET][ — syndicated by OUTLET]`` → the parts, or None."""
    text = text.strip(" *_")
    m = _BYLINE.match(text)
    if not m:
        return None
    rest = m.group("rest").strip()
    if not rest or not rest[0].isupper():
        return None
    syndicator = ""
    s = _SYNDICATED_BY.search(rest)
    if s:
        syndicator = clean_outlet(s.group("outlet"))
        rest = rest[: s.start()].rstrip(" ,;—–-|")
    bracketed = _BRACKETED.search(rest)
    stop = _BYLINE_STOP.search(rest)
    if stop:
        if stop.start() == 0:
            return None
        rest = rest[: stop.start()].rstrip(" ,;:—–-|·•")
    head = _SPLIT_BYLINE.split(rest, maxsplit=1)[0]
    pieces = [p.strip() for p in head.split(",") if p.strip()]
    if not pieces:
        return None
    author = _IN_PLACE.sub("", pieces[0])
    outlet = ""
    m_for = _FOR_OUTLET.search(author)
    if m_for:
        outlet = clean_outlet(m_for.group(1))
        author = author[: m_for.start()]
    for raw_piece in pieces[1:]:
        piece = _IN_PLACE.sub("", raw_piece)
        if not piece or _ROLE_WORDS.search(piece):
            continue
        if is_person_name(piece.removeprefix("and ")) and not looks_like_outlet(piece):
            author = f"{author}, {piece}"
        elif not outlet and piece[0].isupper():
            outlet = clean_outlet(piece)
    if not outlet and bracketed and looks_like_outlet(bracketed.group(1)):
        outlet = clean_outlet(bracketed.group(1))  # "By Jane Roe (The Example Post)"
    words = author.split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in author):
        return None
    if not all(w[0].isupper() or w.lower() in PARTICLES or w.lower() == "and" for w in words):
        return None
    if len(words) == 1 and words[0].lower() in NOT_NAMES:
        return None  # "BY VIDEO" heads a list, it names no one
    return Byline(clean_person(author), outlet, syndicator)


def parse_dateline(text: str) -> Dateline | None:
    """``PLACE[, DATE] (OUTLET) — `` at the start of a first paragraph."""
    m = _DATELINE.match(text[:160])
    if not m:
        return None
    place = m.group("place").strip()
    if len(place.split()) > 4:
        return None
    date = (m.group("date") or "").strip()
    org = clean_outlet(m.group("org") or "")
    if not date and not org:
        return None
    if date and not any(ch.isdigit() for ch in date):
        return None
    return Dateline(place, date, org)


def parse_label(text: str) -> tuple[str, str] | None:
    """``Origin: X``/``Source:``/``Publisher:`` → (label, value); the value may be empty."""
    if len(text.split()) > 8:
        return None
    m = _LABEL.match(text.strip(" *_"))
    if not m:
        return None
    return m.group("label").lower(), clean_outlet(m.group("value"))
