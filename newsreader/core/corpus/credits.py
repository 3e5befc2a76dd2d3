"""What a text says about where it came from, and what in it is page furniture (pure functions).

* :func:`names_outlet`: does a text name an outlet? Outlets are often known only by their web
  domain (``meridianherald.com``) while a credit names them in words ("(Meridian Herald)"): the
  domain's name part is matched letter by letter, spaces, hyphens and dots allowed between letters.
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
from dataclasses import dataclass

from newsreader.core.corpus.sketch import Sketch
from newsreader.core.text import fold

_HOST_PREFIX = re.compile(r"^(?:www\d?|amp|m|mobile|news|edition|en|english)\.")
_CREDIT = re.compile(  # on folded text, one line per sentence
    r"^[^\w\n]*(?:with (?:some )?inputs? from\b|(?:source|sources|courtesy|credit)s?[ \t]*:|"
    r"courtesy of\b)|\b(?:first|originally) (?:published|appeared)\b|"
    r"\b(?:republished|reprinted|syndicated) (?:from|with|by)\b",
    re.MULTILINE,
)
# a closing "(Outlet)" after the last sentence's own punctuation: '... the pier." (Meridian Herald)'
_CLOSING_CREDIT = re.compile(r"(?:^|[.!?\"”’…]\s*)\((?:[A-Z][\w.&'’-]*\s?){1,4}\)[\W\[\]+]*$")
_CREDIT_WORDS = (
    "input",
    "source",
    "courtesy",
    "credit",
    "published",
    "appeared",
    "printed",
    "syndicated",
)
_CLOSING = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", "…")
MIN_KEY = 5  # shorter outlet names ("dw", "aa") would match ordinary words
FURNITURE_WORDS = 14  # longest line without closing punctuation counted as furniture


def outlet_key(outlet: str) -> str:
    """The letters by which a text names the outlet: a domain's name part (``news.italy24.press``
    -> ``italy24``), else the name without a leading "the"; ``""`` when too short to tell."""
    folded = " ".join(fold(outlet).split())
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


def names_outlet(text: str, outlet: str, *, folded: bool = False) -> bool:
    """Does ``text`` (already folded when ``folded``) name ``outlet`` (see :func:`outlet_key`)?"""
    key = outlet_key(outlet)
    return bool(key) and _pattern(key).search(text if folded else fold(text)) is not None


def credit_line(sentences: Iterable[str]) -> bool:
    """Does the text carry a credit line (see the module doc)?"""
    listed = [s.strip() for s in sentences]
    return bool(_credit_rows(listed, "\n".join(fold(s) for s in listed)))


def _credit_rows(sentences: list[str], folded: str) -> set[int]:
    """Indices of the sentences that are credit lines; ``folded``: all the sentences folded, one per
    line (``sentences`` may be the last ones only: a closing credit is looked for in the last)."""
    rows = (
        {folded.count("\n", 0, m.start()) for m in _CREDIT.finditer(folded)}
        if any(word in folded for word in _CREDIT_WORDS)
        else set()
    )
    if sentences and _CLOSING_CREDIT.search(sentences[-1].strip()):
        rows.add(folded.count("\n"))
    return rows


def is_furniture(sentence: str) -> bool:
    """A heading or a list line rather than a sentence (see the module doc), or a credit line."""
    text = sentence.strip()
    return not text or _looks_like_heading(text) or credit_line([text])


def _looks_like_heading(text: str) -> bool:
    return not text.endswith(_CLOSING) and len(text.split()) <= FURNITURE_WORDS


@dataclass(frozen=True, slots=True)
class Credited:
    """What direction needs to know about one article's credits, computed once per article."""

    text: str  # the folded text, one sentence per line
    credit_line: bool


def credited(sketch: Sketch) -> Credited:
    """The :class:`Credited` facts of one article."""
    sentences = sketch.sentences
    folded = fold("\n".join(sentences))
    return Credited(folded, bool(_credit_rows(list(sentences[-1:]), folded)))


def body_size(sketch: Sketch) -> int:
    """Content words outside page furniture (:func:`is_furniture`): what a copy could have cut."""
    sentences = [s.strip() for s in sketch.sentences]
    credits = _credit_rows(sentences, fold("\n".join(sentences)))
    starts = sketch.sentence_starts
    furniture = sum(
        int(starts[k + 1] - starts[k])
        for k, sentence in enumerate(sentences)
        if k in credits or not sentence or _looks_like_heading(sentence)
    )
    return sketch.size - furniture
