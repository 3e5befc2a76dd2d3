"""Places: known places (gazetteer), capitalized names after a locative preposition ("in Port
Meridian", "at the Dolmabahce Palace") that are not people, and datelines ("VELTRO, 11 September")."""

from __future__ import annotations

import re

from newsreader.core.facts.gazetteer import gazetteer, is_place, key
from newsreader.core.facts.lexicon import COMMON_WORDS, MONTHS, ROLE_MODIFIERS, WEEKDAYS
from newsreader.core.facts.model import Place
from newsreader.core.facts.people import Cast
from newsreader.core.facts.roles import is_head
from newsreader.core.facts.tokens import Doc, Sentence

_LOCATIVE = frozenset({"in", "at", "near", "to", "from", "outside", "inside", "across", "towards"})
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{2,40}?)\s*(?:,|\(|—|–| - )")
_NOT_PLACE_HEADS = frozenset(
    {
        "news",
        "times",
        "herald",
        "daily",
        "observer",
        "morning",
        "post",
        "journal",
        "agency",
        "ministry",
        "party",
        "council",
        "directorate",
        "research",
        "newspaper",
        "magazine",
    }
)


def extract(doc: Doc, cast: Cast) -> list[Place]:
    out: list[Place] = []
    seen: set[str] = set()

    def add(name: str, sent: Sentence) -> None:
        name = name.strip(" ,.'’")
        k = name.lower()
        if name and k not in seen:
            seen.add(k)
            out.append(Place(name, sent.evidence))

    for pi, text in enumerate(doc.paragraphs):
        m = _DATELINE.match(text)
        sents = doc.in_paragraph(pi)
        if m and sents and m.group("place").strip().isupper():
            add(m.group("place").strip().title(), sents[0])
    for sent in doc.sentences:
        if sent.heading:
            continue
        taken = cast.taken.get(sent.index, set())
        toks = sent.tokens
        n = 0
        while n < len(toks):
            hit = _known(sent, n, taken)
            if hit:
                add(sent.span_text(n, hit), sent)
                n = hit
                continue
            if toks[n].low in _LOCATIVE and not (n > 0 and toks[n - 1].low == "according"):
                k = n + 1
                if k < len(toks) and toks[k].low == "the":
                    k += 1
                j = k
                while (
                    j < len(toks)
                    and j not in taken
                    and (
                        _cap(toks[j])
                        or (
                            toks[j].low == "of"
                            and j > k
                            and j + 1 < len(toks)
                            and _cap(toks[j + 1])
                        )
                    )
                ):
                    j += 1
                possessive = j < len(toks) and toks[j].low == "'s"
                if j > k and j - k <= 4 and not possessive and not is_head(toks[k]):
                    words = [t.low for t in toks[k:j]]
                    first = sent.span_text(k, k + 1)
                    if not any(w in _NOT_PLACE_HEADS for w in words) and not cast.resolver.demonym(
                        first
                    ):
                        add(sent.span_text(k, j), sent)
                    n = j
                    continue
            n += 1
    return out


def _cap(t) -> bool:
    return (
        t.alpha
        and t.cap
        and t.low not in ROLE_MODIFIERS
        and t.low not in COMMON_WORDS
        and t.low not in MONTHS
        and t.low not in WEEKDAYS
    )


def _known(sent: Sentence, n: int, taken: set[int]) -> int | None:
    toks = sent.tokens
    if n in taken or not toks[n].cap:
        return None
    for size in (4, 3, 2, 1):
        if n + size <= len(toks) and is_place(sent.span_text(n, n + size)):
            prev = toks[n - 1].low if n else ""
            # a country as an actor ("Russia demands") is a party, not a place
            if size == 1 and not is_city(sent.span_text(n, n + 1)) and prev not in _LOCATIVE:
                return None
            return n + size
    return None


def is_city(name: str) -> bool:
    """A known place that is not a country or organization (capitals count)."""
    g = gazetteer()
    k = key(name)
    return k in g.places and (k not in g.parties or k in g.standins)
