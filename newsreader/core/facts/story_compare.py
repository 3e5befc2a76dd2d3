"""Comparisons over two whole articles of one story, where the sentences around a claim may be
worded too differently for the alignment engine to pair them:

- quotations: the same speaker's words, reworded ("If they don't pay, I'm not going to defend
  them" / "If they do not pay, I will not defend them") — the quotation's own words pair it;
- numbers and dates keyed by what they count or date (:mod:`story_figures`);
- whether a person was there in person, from afar or not at all (:mod:`claim_presence`);
- terms: one outlet writes a term that another negates with a prefix ("a conditional
  discharge" / "an unconditional discharge"), and neither writes the other's form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from newsreader.core.facts.claim_pair import Finding
from newsreader.core.facts.claim_presence import presence_findings
from newsreader.core.facts.claim_quotes import quote_marks, quote_words, reworded
from newsreader.core.facts.claims import ClaimPair
from newsreader.core.facts.model import ArticleFacts, Evidence, Quote
from newsreader.core.facts.story_figures import story_figure_findings
from newsreader.core.text import fold, split_sentences

QUOTE_ALIKE = 0.55  # quotations paired by their own words need this much in common
_QUOTED = re.compile(r"“([^”“]{12,})”|\"([^\"]{12,})\"")
_PREFIXED = re.compile(r"\b(un|non|in|dis|il|im|ir)-?([a-z]{5,})\s+([a-z]{4,})\b")
_PLAIN = re.compile(r"\b([a-z]{5,})\s+([a-z]{4,})\b")


def article_pairs(stories: list[list[int]], limit: int = 24) -> Iterator[tuple[int, int]]:
    """Pairs of articles of one story (stories larger than ``limit`` are skipped: their quotes
    are paired through the claim pairs only)."""
    for members in stories:
        if 1 < len(members) <= limit:
            yield from combinations(sorted(members), 2)


def story_findings(facts: list[ArticleFacts], stories: list[list[int]]) -> list[Finding]:
    out: list[Finding] = []
    terms = [_terms(f) for f in facts]
    quotes = [quotations(f) for f in facts]
    for i, j in article_pairs(stories):
        out.extend(_quotes(quotes, i, j))
        out.extend(_negated_terms(facts, terms, i, j))
    out.extend(story_figure_findings(facts, article_pairs(stories)))
    out.extend(presence_findings(facts, article_pairs(stories)))
    return out


def quotations(f: ArticleFacts) -> list[Quote]:
    """The article's quotes, plus quoted words the quote rules gave no speaker or missed (a
    sentence of quoted words after "He said it at the time.")."""
    out = list(f.quotes)
    for p, text in enumerate(f.paragraphs):
        for m in _QUOTED.finditer(text):
            words = next(g for g in m.groups() if g is not None)
            if len(words.split()) < 4 or any(words[:30] in q.text for q in f.quotes):
                continue
            start = m.start() + m.group().index(words[:10])
            e = Evidence(p, m.start(), m.end(), text[m.start() : m.end()])
            out.append(Quote(None, words, e, (start, start + len(words))))
    return out


def _quotes(quotes: list[list[Quote]], i: int, j: int) -> Iterator[Finding]:
    for x in quotes[i]:
        wx = quote_words(x.text)
        if len(wx) < 4:
            continue
        for y in quotes[j]:
            if x.speaker and y.speaker and x.speaker != y.speaker:
                continue
            if not (x.speaker or y.speaker):
                continue
            same = reworded(wx, quote_words(y.text), QUOTE_ALIKE)
            if same is None:
                continue
            yield _quote_finding(i, j, x, y, same)


def _quote_finding(i: int, j: int, x: Quote, y: Quote, same: float) -> Finding:
    pair = ClaimPair(i, j, x.evidence, y.evidence, False)
    speaker = x.speaker or y.speaker or ""
    xa = _inside(x.evidence, x.text)
    ya = _inside(y.evidence, y.text)
    marks_a, marks_b = quote_marks(x.text, xa[0], y.text, ya[0]) if xa and ya else ((), ())
    return Finding(
        "quote",
        False,
        pair,
        x.text,
        y.text,
        xa,
        ya,
        "quote",
        speaker,
        min(0.8, 0.4 + 0.4 * same + (0.05 if x.speaker and y.speaker else 0.0)),
        "quoted in other words",
        marks_a,
        marks_b,
    )


def _inside(e: Evidence, part: str) -> tuple[int, int] | None:
    at = e.text.find(part)
    return (at, at + len(part)) if at >= 0 else None


Terms = dict[tuple[str, str], tuple[str, Evidence]]  # (word, noun) -> as written, sentence


def _terms(f: ArticleFacts) -> tuple[Terms, Terms]:
    """The article's prefixed terms ("unconditional discharge" → (conditional, discharge)) and
    plain two-word terms, each with the first sentence that writes it."""
    prefixed: Terms = {}
    plain: Terms = {}
    for p, text in enumerate(f.paragraphs):
        for start, end in split_sentences(text):
            written = text[start:end]
            sentence = written.lower()
            if len(sentence) != len(written):
                continue  # offsets would not fit the text as written
            e = Evidence(p, start, end, written)
            for m in _PREFIXED.finditer(sentence):
                prefixed.setdefault((m.group(2), m.group(3)), (written[m.start() : m.end()], e))
            for m in _PLAIN.finditer(sentence):
                plain.setdefault((m.group(1), m.group(2)), (written[m.start() : m.end()], e))
    return prefixed, plain


def _negated_terms(
    facts: list[ArticleFacts], terms: list[tuple[Terms, Terms]], i: int, j: int
) -> Iterator[Finding]:
    for a, b in ((i, j), (j, i)):
        prefixed_a, plain_a = terms[a]
        prefixed_b, plain_b = terms[b]
        for key, (written, e) in prefixed_a.items():
            if key not in plain_b or key in plain_a or key in prefixed_b:
                continue  # both forms in one article: contrasted, not contradicted
            other, f = plain_b[key]
            left, right = ((written, e), (other, f)) if a < b else ((other, f), (written, e))
            yield _term_finding(min(a, b), max(a, b), left, right)


def _term_finding(
    i: int, j: int, left: tuple[str, Evidence], right: tuple[str, Evidence]
) -> Finding:
    (lt, le), (rt, re_) = left, right
    ls = _inside(le, lt)
    rs = _inside(re_, rt)
    return Finding(
        "negation",
        False,
        ClaimPair(i, j, le, re_, False),
        lt,
        rt,
        ls,
        rs,
        f"term:{fold(rt if len(rt) < len(lt) else lt)}",
        (rt if len(rt) < len(lt) else lt).lower(),
        0.65,
        "negated",
        (ls,) if ls else (),
        (rs,) if rs else (),
    )
