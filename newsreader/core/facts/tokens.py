"""An article as the fact rules read it: paragraphs → sentences → tokens, with quote regions.

Offsets are always relative to the paragraph's text, so every rule can build
:class:`~newsreader.core.facts.model.Evidence` directly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from newsreader.core.align import Cancelled
from newsreader.core.article import Article
from newsreader.core.facts.gazetteer import is_given_name, party_of
from newsreader.core.facts.lexicon import (
    CLAUSE_OPENERS,
    POST_NOMINALS,
    REPORTING_VERBS,
    ROLE_HEADS,
)
from newsreader.core.facts.model import Evidence
from newsreader.core.text import fold, split_sentences

_TOKEN = re.compile(
    r"""
    (?:[A-Z]\.){2,}                                   # U.S., U.N.
    | [A-Z]\.(?=\s*[A-Z])                              # initials: Matthew G. Whitaker, J. R. Okafor
    | [$€£]?\d+(?:[.,:]\d+)*(?:%|[-‑][^\W\d_]+)*       # 1,000  30-day  40%  07:00  $10
    | [^\W\d_][\w]*(?:[-‑'’][\w]+)*                    # words, hyphenated words, O'Brien
    | \S                                              # anything else, one character
    """,
    re.VERBOSE,
)
MAX_SENTENCE = 1500  # characters
_ADDRESSED = frozenset({"told", "tells", "tell", "telling", "asked", "asks", "urged", "urges"})
_POSSESSIVE = re.compile(r"^(.+?)['’]s$")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|jpg|png)\b", re.IGNORECASE)


@dataclass(slots=True)
class Token:
    text: str
    start: int  # in the paragraph's text
    end: int
    low: str  # folded lowercase
    cap: bool  # starts with an uppercase letter
    alpha: bool  # starts with a letter
    quoted: bool  # inside quotation marks


@dataclass(slots=True)
class Sentence:
    """One sentence of one paragraph, tokenized."""

    index: int  # position in the article's sentence list
    paragraph: int
    start: int
    end: int
    text: str
    tokens: list[Token]
    heading: bool = False  # a heading, caption or boilerplate line: names only, no claims
    question: bool = False
    title_case: bool = False  # "Leader Didn't Attend Summit": capitals say nothing of names
    _segments: list[tuple[int, int, str]] | None = None

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.paragraph, self.start, self.end, self.text)

    def span_text(self, i: int, j: int) -> str:
        """The sentence text covering tokens ``i`` to ``j`` (exclusive)."""
        if i >= j:
            return ""
        return self.text[self.tokens[i].start - self.start : self.tokens[j - 1].end - self.start]

    def segments(self) -> list[tuple[int, int, str]]:
        """Clause segments ``(start, end, opener)``: split at ";", ":", subordinators and
        after reporting verbs ("said", "announced") that open a reported clause."""
        if self._segments is None:
            self._segments = self._split_segments()
        return self._segments

    def _split_segments(self) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        start, opener = 0, ""
        toks = self.tokens
        leading = bool(toks) and toks[0].low in {"if", "unless"}
        if leading:  # "If X attends, the talks could succeed": the condition ends at a comma
            start, opener = 1, toks[0].low
        for i, t in enumerate(toks):
            cut = ""
            if leading and t.low == ",":
                out.append((start, i, opener))
                start, opener, leading = i + 1, "", False
                continue
            # (not at dashes: they often enclose a list - "the members - A, B and C - will")
            if t.low in {";", ":"} or (t.low in CLAUSE_OPENERS and i > 0):
                cut = t.low
            elif t.low in REPORTING_VERBS and not t.cap and i + 1 < len(toks) and toks[i + 1].alpha:
                nxt = toks[i + 1].low
                if t.low in _ADDRESSED:
                    continue  # "told X of her decision": X is addressed, no clause starts yet
                if nxt not in {"that", "on", "in", "at", "to", "by", "after", "before"}:
                    out.append((start, i + 1, opener))
                    start, opener = i + 1, "said"
                continue
            if cut:
                if i > start:
                    out.append((start, i, opener))
                start, opener = i + 1, cut
                if cut == "if" and i > 0 and toks[i - 1].low == "only":
                    opener = "only if"
        if start < len(toks):
            out.append((start, len(toks), opener))
        return out

    def segment_of(self, i: int) -> tuple[int, int, str]:
        for seg in self.segments():
            if seg[0] <= i < seg[1]:
                return seg
        return (0, len(self.tokens), "")


@dataclass(slots=True)
class Doc:
    """Sentences of an article plus the paragraph texts and quote regions."""

    article: Article
    paragraphs: list[str]
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[list[tuple[int, int]]] = field(default_factory=list)  # per paragraph
    headings: list[bool] = field(default_factory=list)  # per paragraph
    by_paragraph: dict[int, list[Sentence]] = field(default_factory=dict)
    cancelled: Callable[[], bool] | None = None
    _starts: dict[int, list[int]] = field(default_factory=dict)

    def check(self, step: int) -> None:
        """Every 256 steps of a long loop: raise Cancelled when the caller asks to stop."""
        if self.cancelled is not None and step % 256 == 0 and self.cancelled():
            raise Cancelled()

    def in_paragraph(self, index: int) -> list[Sentence]:
        return self.by_paragraph.get(index, [])

    def sentence_at(self, paragraph: int, offset: int) -> Sentence | None:
        """The sentence of ``paragraph`` containing ``offset``, else the last one before it
        (else the first of the paragraph)."""
        sents = self.by_paragraph.get(paragraph, [])
        if not sents:
            return None
        starts = self._starts.get(paragraph)
        if starts is None:
            starts = self._starts[paragraph] = [s.start for s in sents]
        k = bisect.bisect_right(starts, offset) - 1
        return sents[max(k, 0)]


def _overlapping(regions: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The sorted, non-overlapping ``regions`` that overlap ``start``..``end`` (by bisection)."""
    if not regions:
        return []
    k = max(0, bisect.bisect_right(regions, (start, start)) - 1)
    out = []
    while k < len(regions) and regions[k][0] < end:
        if regions[k][1] > start:
            out.append(regions[k])
        k += 1
    return out


@lru_cache(maxsize=65536)
def _low(text: str) -> str:
    if text.isascii():
        return text.lower()
    return fold(text)  # "Vice‑President" with a (non-breaking) hyphen is "vice-president"


def tokenize(
    text: str, offset: int = 0, quoted: list[tuple[int, int]] | None = None
) -> list[Token]:
    """Tokens of ``text``; ``offset`` is added to every span; possessive 's becomes its own token."""
    out: list[Token] = []
    regions = _overlapping(quoted or [], offset, offset + len(text))
    starts = [a for a, _ in regions]
    append = out.append
    for m in _TOKEN.finditer(text):
        raw, start = m.group(), m.start() + offset
        if ("'" in raw or "’" in raw) and raw[0].isalpha() and (pm := _POSSESSIVE.match(raw)):
            base = pm.group(1)
            pieces = [(base, start), (raw[len(base) :], start + len(base))]
        else:
            pieces = [(raw, start)]
        for piece, s in pieces:
            first = piece[0]
            inside = False
            if regions:
                k = bisect.bisect_right(starts, s) - 1
                inside = k >= 0 and s < regions[k][1]
            append(
                Token(
                    piece, s, s + len(piece), _low(piece), first.isupper(), first.isalpha(), inside
                )
            )
    if any(t.text in POST_NOMINALS for t in out):
        out = _without_post_nominals(out)
    return out


def _without_post_nominals(tokens: list[Token]) -> list[Token]:
    """ "Julian Okonjo KC, who asked …", "Ada Varga MP said": letters after a name are neither a
    part of it nor a word between it and what follows, so they are left out of the tokens."""
    return [
        t
        for k, t in enumerate(tokens)
        if not (t.text in POST_NOMINALS and k > 0 and tokens[k - 1].cap and tokens[k - 1].alpha)
    ]


def is_heading(text: str) -> bool:
    """A paragraph that is a heading, caption, byline, list item or link rather than prose."""
    stripped = text.strip()
    if not stripped:
        return True
    if _URL.search(stripped) and len(stripped.split()) < 12:
        return True
    if stripped.startswith(("- ", "* ", "• ", "|")):
        return True
    words = stripped.split()
    last = stripped.rstrip("\"'”’»)]*_ ")
    if last.endswith((".", "!", "?")) or stripped.endswith(("”", '"')):
        return len(words) <= 2  # "Log In." is not prose; a sentence is
    if last.endswith((":", ";", ",")):
        return len(words) <= 4  # "Follow us on:", "Origin:"
    return len(words) <= 16 or _title_case(words)


_LIST_ITEM = re.compile(r"^[\s*•-]*[A-Z][A-Z .'&-]{1,40}\s*[–—:|-]\s|^\s*[*•-]\s")


def _headline_case(text: str) -> bool:
    """ "Leader Didn't Actually Adopt Young Boy": a short line, not ending in a full stop, whose
    words of four letters or more are all capitalized."""
    words = text.split()
    if len(words) > 20 or text.rstrip().endswith(".") or _LIST_ITEM.match(text):
        return False  # "TOGO – President X (host)" is a list item, not a headline
    long = [w for w in words if w[:1].isalpha() and len(w) > 3]
    return len(long) >= 4 and all(w[0].isupper() for w in long)


def _title_case(words: list[str]) -> bool:
    alpha = [w for w in words if w[0].isalpha() and len(w) > 3]
    capitalized = sum(1 for w in alpha if w[0].isupper())
    return len(alpha) >= 4 and capitalized / len(alpha) > 0.7


def build_doc(
    article: Article,
    quote_regions: list[list[tuple[int, int]]],
    cancelled: Callable[[], bool] | None = None,
) -> Doc:
    """Split every paragraph into tokenized sentences; ``quote_regions`` come from the quote rules."""
    paragraphs = [p.text for p in article.paragraphs]
    doc = Doc(article, paragraphs, quotes=quote_regions, cancelled=cancelled)
    for pi, para in enumerate(article.paragraphs):
        doc.check(pi)
        heading = is_heading(para.text)
        doc.headings.append(heading)
        spans = _bounded(
            _join_initials(list(para.sentences) or split_sentences(para.text), para.text),
            para.text,
        )
        for start, end in spans:
            doc.check(len(doc.sentences) + 1)
            text = para.text[start:end]
            tokens = tokenize(text, start, quote_regions[pi] if pi < len(quote_regions) else None)
            if not tokens:
                continue
            doc.by_paragraph.setdefault(pi, []).append(
                Sentence(
                    len(doc.sentences),
                    pi,
                    start,
                    end,
                    text,
                    tokens,
                    heading=heading,
                    question=text.rstrip("\"'”’» ").endswith("?"),
                    title_case=_headline_case(text),
                )
            )
            doc.sentences.append(doc.by_paragraph[pi][-1])
    return doc


_ENDS_IN_INITIALS = re.compile(r"\b([A-Z][\w-]*) ((?:[A-Z]\.){1,3})\s*$")


def _join_initials(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """ "US Vice President J.D. | Vance will not attend": a sentence cut after a name's initials
    is one sentence (not "... in the U.S. | Trump said", nor "Washington D.C.")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            m = _ENDS_IN_INITIALS.search(text[out[-1][0] : out[-1][1]])
            nxt = text[start:end].lstrip()
            if (
                m
                and nxt[:1].isupper()
                and (m.group(1).lower() in ROLE_HEADS or is_given_name(m.group(1)))
                and party_of(m.group(2)) is None
            ):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def _bounded(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences longer than MAX_SENTENCE characters cut at spaces (a huge unpunctuated line must
    not make the rules quadratic)."""
    out: list[tuple[int, int]] = []
    for first, end in spans:
        start = first
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append((start, end))
    return out
