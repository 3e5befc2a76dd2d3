"""What a text says about where it came from, and what in it is page furniture (pure functions).

* :func:`names_outlet`: does a text name an outlet? Outlets are often known only by their web
  domain (``aljazeera.com``) while a credit names them in words ("(Al Jazeera)"): the domain's
  name part is matched letter by letter, spaces, hyphens and dots allowed between the letters.
* :func:`credit_line`: a line by which a republisher credits its source, named or not ("(With inputs
  from agencies.)", "Source: Reuters", "This article first appeared on ...", a closing "(AFP)"). A
  wire service's own dateline ("WASHINGTON (AP) -") is no credit line: the agency's text carries it.
* :func:`is_furniture`: short lines without a sentence's closing punctuation — headings, "ALSO
  READ", the headlines of related articles — which a republished page adds around the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsreader.core.corpus.sketch import fold_fast

_HOST_PREFIX = re.compile(r"^(?:www\d?|amp|m|mobile|news|edition|en|english)\.")
_CREDIT = re.compile(
    r"^\W*(?:with (?:some )?inputs? from\b|(?:source|sources|courtesy|credit)s?\s*:|"
    r"courtesy of\b)|\b(?:first|originally) (?:published|appeared)\b|"
    r"\b(?:republished|reprinted|syndicated) (?:from|with|by)\b"
)
# a closing "(Outlet)" after the last sentence's own punctuation: '... the UN Charter." (Al Jazeera)'
_CLOSING_CREDIT = re.compile(r"(?:^|[.!?\"”’…]\s*)\((?:[A-Z][\w.&'’-]*\s?){1,4}\)[\W\[\]+]*$")
_CLOSING = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", "…")
MIN_KEY = 5  # shorter outlet names ("dw", "aa") would match ordinary words
FURNITURE_WORDS = 14  # longest line without closing punctuation counted as furniture


def outlet_key(outlet: str) -> str:
    """The letters by which a text names the outlet: a domain's name part (``news.italy24.press``
    -> ``italy24``), else the name without a leading "the"; ``""`` when too short to tell."""
    folded = " ".join(fold_fast(outlet).split())
    if " " not in folded and "." in folded:
        host = folded
        while (bare := _HOST_PREFIX.sub("", host)) != host:
            host = bare
        folded = host.split(".")[0]
    folded = folded.removeprefix("the ")
    key = "".join(ch for ch in folded if ch.isalnum())
    return key if len(key) >= MIN_KEY else ""


@functools.lru_cache(maxsize=1024)
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[\s.\-]?".join(map(re.escape, key)) + r"(?!\w)")


def names_outlet(text: str, outlet: str) -> bool:
    """Does ``text`` name ``outlet`` (see :func:`outlet_key`)?"""
    key = outlet_key(outlet)
    return bool(key) and _pattern(key).search(fold_fast(text)) is not None


def credit_line(sentences: Iterable[str]) -> bool:
    """Does the text carry a credit line (see the module doc)?"""
    listed = list(sentences)
    if listed and _CLOSING_CREDIT.search(listed[-1].strip()):
        return True
    return any(_CREDIT.search(fold_fast(s.strip())) for s in listed)


def is_furniture(sentence: str) -> bool:
    """A heading or a list line rather than a sentence (see the module doc), or a credit line."""
    text = sentence.strip()
    if not text:
        return True
    if credit_line([text]):
        return True
    return not text.endswith(_CLOSING) and len(text.split()) <= FURNITURE_WORDS
