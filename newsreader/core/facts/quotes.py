"""Quotations with their speakers, stitched across paragraphs.

A quotation left open at the end of a paragraph continues in the next paragraph when that one
opens with a quotation mark (the newspaper convention), also across a blank line. The speaker comes
from the attribution after the quote (", Peskov said", "said Daniel Okafor", "he added"), before it
("Zelenskiy said: “...”", "He added: “...”"), or from the next paragraph when the quote ends a
paragraph with a comma and the next one starts with the speaker ("Kremlin spokesman Dmitry Peskov
told journalists."). Quotes inside a quote stay part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.core.facts.lexicon import SPEECH_VERBS
from newsreader.core.facts.model import Evidence, Quote
from newsreader.core.facts.people import Cast, Mention, subject_of
from newsreader.core.facts.roles import is_head
from newsreader.core.facts.tokens import Doc, Sentence
from newsreader.core.text import quote_marks as qm

_ATTRIBUTION_WINDOW = 20  # tokens after a closing mark where the attribution may be


@dataclass(slots=True)
class _Chain:
    parts: list[tuple[int, qm.Region]]  # (paragraph, region)


def find_regions(paragraphs: list[str]) -> list[list[qm.Region]]:
    return [qm.regions(text) for text in paragraphs]


def extract(doc: Doc, cast: Cast, regions: list[list[qm.Region]]) -> list[Quote]:
    chains = _chains(doc.paragraphs, regions)
    out: list[Quote] = []
    for chain in chains:
        text = " ".join(doc.paragraphs[p][r.start : r.end].strip() for p, r in chain.parts)
        stated = text.rstrip().endswith((",", ".", "!", "?"))
        text = text.strip().rstrip(",").strip()
        words = qm.word_count(text)
        if words < qm.MIN_QUOTE_WORDS and not (stated and words >= 2):
            continue
        first_p, first = chain.parts[0]
        last_p, last = chain.parts[-1]
        start_sent = _sentence_at(doc, first_p, first.start)
        if start_sent is None or (start_sent.heading and not _is_quote_paragraph(doc, first_p)):
            continue

        parts = tuple(
            _evidence_for(doc, p, r) for p, r in chain.parts if _sentence_at(doc, p, r.start)
        )
        after = _speaker_after(doc, cast, last_p, last)
        if words < qm.MIN_QUOTE_WORDS and after is None:
            continue  # a short quoted phrase is a statement only when attributed ("...," X said)
        if after == UNNAMED:  # "his spokesman said": not the speaker before
            out.append(Quote(None, text, start_sent.evidence, (first.start, first.end), parts))
            continue
        speaker = after or _speaker_before(doc, cast, first_p, first)
        if (
            speaker is None
            and last.close_mark >= 0
            and _ends_paragraph(doc.paragraphs[last_p], last)
        ):
            speaker = _speaker_next_paragraph(doc, cast, last_p)
        if speaker is None and first.open_mark >= 0:
            speaker = _speaker_embedded(doc, cast, first_p, first)
        if speaker is None and first.open_mark >= 0:
            speaker = _speaker_introduced(doc, cast, first_p, first)
        if speaker is None and out and _continues(doc, out[-1], first_p):
            speaker = out[-1].speaker  # the same speaker goes on
        out.append(Quote(speaker, text, start_sent.evidence, (first.start, first.end), parts))
    return out


def _continues(doc: Doc, previous: Quote, p: int) -> bool:
    """A quote right after another one (same paragraph, or a quote paragraph just after)."""
    if previous.evidence.paragraph == p:
        return True
    return previous.evidence.paragraph == p - 1 and _is_quote_paragraph(doc, p)


def _is_quote_paragraph(doc: Doc, p: int) -> bool:
    return qm.starts_with_quote(doc.paragraphs[p])


def _chains(paragraphs: list[str], regions: list[list[qm.Region]]) -> list[_Chain]:
    chains: list[_Chain] = []
    open_chain: _Chain | None = None
    for p, regs in enumerate(regions):
        if not paragraphs[p].strip():
            continue  # a blank paragraph does not break a quotation
        for n, r in enumerate(regs):
            continues = (
                open_chain is not None
                and n == 0
                and r.open_mark >= 0
                and qm.starts_with_quote(paragraphs[p])
            )
            if continues and open_chain is not None:
                open_chain.parts.append((p, r))
            else:
                open_chain = _Chain([(p, r)])
                chains.append(open_chain)
            if r.closed:
                open_chain = None
        if not regs:
            open_chain = None
    return chains


def _ends_paragraph(text: str, r: qm.Region) -> bool:
    return not text[r.close_mark + 1 : r.close_mark + 40].strip(" .") and (
        len(text) - r.close_mark < 40
    )


def _sentence_at(doc: Doc, p: int, offset: int) -> Sentence | None:
    """The sentence of paragraph ``p`` containing ``offset`` (else the one before it)."""
    return doc.sentence_at(p, offset)


def _evidence_for(doc: Doc, p: int, r: qm.Region) -> Evidence:
    s = _sentence_at(doc, p, r.start)
    assert s is not None
    return s.evidence


_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_NOT_A_SPEAKER = _POSSESSIVES | frozenset(
    {"he", "she", "they", "it", "also", "later", "then", "the", "a"}
)
UNNAMED = ""  # a speaker the attribution names only as "a spokesman", "officials"


def _speaker_of(cast: Cast, m: Mention) -> str:
    return cast.drafts[m.person].name


def _mentions_in(sent: Sentence, cast: Cast, lo: int, hi: int) -> list[Mention]:
    return [
        m
        for m in cast.in_sentence(sent)
        if lo <= sent.tokens[m.i].start < hi and not sent.tokens[m.i].quoted
    ]


def _speaker_after(doc: Doc, cast: Cast, p: int, r: qm.Region) -> str | None:
    """“...,” Putin said / said Daniel Okafor / he added / according to X."""
    if r.close_mark < 0:
        return None
    sent = doc.sentence_at(p, r.close_mark)
    if sent is None or not sent.start <= r.close_mark < sent.end:
        return None
    toks = [t for t in sent.tokens if t.start > r.close_mark][:_ATTRIBUTION_WINDOW]
    if not toks:
        return None
    stop = next(
        (
            n
            for n, t in enumerate(toks)
            if t.low in {".", "!", "?"} or (t.quoted and _long_quote_at(doc, p, t.start))
        ),
        len(toks),
    )
    toks = [t for t in toks[:stop] if not t.quoted]  # ', but the threat "from within", X said
    if not any(t.low in SPEECH_VERBS or t.low == "according" for t in toks):
        return None
    tail_end = toks[-1].end if toks else r.close_mark
    ms = _mentions_in(sent, cast, r.close_mark, tail_end + 1)
    # "said Putin's foreign policy adviser, Yuri Ushakov", "his Energy Secretary X said": the
    # possessor is not the speaker
    ms = [m for m in ms if sent.tokens[m.i].low not in _POSSESSIVES]
    owned = [m for m in ms if not (m.j < len(sent.tokens) and sent.tokens[m.j].low == "'s")]
    ms = owned or ms
    if ms:
        return _speaker_of(cast, ms[0])
    verb = next(n for n, t in enumerate(toks) if t.low in SPEECH_VERBS or t.low == "according")
    nouns = [t for t in toks[:verb] if t.alpha and t.low not in _NOT_A_SPEAKER]
    return UNNAMED if nouns else None  # "his spokesman said": someone the text does not name


def _long_quote_at(doc: Doc, p: int, offset: int) -> bool:
    """The quotation at ``offset`` is a statement of its own (not a quoted phrase)."""
    for start, end in doc.quotes[p] if p < len(doc.quotes) else []:
        if start <= offset < end:
            return qm.word_count(doc.paragraphs[p][start:end]) >= qm.MIN_QUOTE_WORDS
    return True


def _speaker_before(doc: Doc, cast: Cast, p: int, r: qm.Region) -> str | None:
    """Zelenskiy said: “...” / He added: “...” / X wrote on Monday that “...”."""
    if r.open_mark < 0:
        return None
    text = doc.paragraphs[p]
    head = text[max(0, r.open_mark - 20) : r.open_mark].rstrip()
    if not head.endswith((":", ",")) and not head.lower().endswith(" that"):
        return None
    sent = doc.sentence_at(p, r.open_mark)
    if sent is None:
        return None
    toks = [t for t in sent.tokens if t.end <= r.open_mark]
    verbs = [t for t in toks if t.low in SPEECH_VERBS]
    if not verbs:
        return None
    ms = [
        m
        for m in cast.in_sentence(sent)
        if sent.tokens[m.i].end <= r.open_mark and not sent.tokens[m.i].quoted
    ]
    # the one right before the speech verb ("Asked what he expects, Rubio said, “...”"), else
    # the first after it ("said Rubio: “...”")
    verb = verbs[-1].start
    before = [m for m in ms if sent.tokens[m.j - 1].end <= verb]
    subjects = [m for m in before if not _after_preposition(sent, m, cast)]
    pick: Mention | None
    if before:
        pick = (subjects or before)[-1]
    elif any(t.alpha and t.end <= verb for t in sent.tokens[:-1]):
        return None  # "A White House spokesperson said that X, ..., “...”": unnamed speaker
    else:
        pick = ms[0] if ms else None  # "said Rubio: “...”"
    return _speaker_of(cast, pick) if pick else None


_PREPOSITIONS = frozenset(
    ["to", "of", "for", "with", "by", "from", "about", "at", "in", "on", "than", "next"]
)


def _after_preposition(sent: Sentence, m: Mention, cast: Cast) -> bool:
    """ "Putin said, sitting next to Biden, adding: “...”", "X, adviser to U.S. President
    Biden, stated that “...”": Biden is not the speaker."""
    toks = sent.tokens
    k = m.i - 1
    while k >= 0 and toks[k].low not in {",", ":"}:
        t = toks[k]
        inner = t.low in {"of", "the", "for"} and k >= 1 and is_head(toks[k - 1])
        if not (t.cap or not t.alpha or inner):
            break
        k -= 1  # over the person's title ("U.S. President", "Secretary of State")
    return k >= 0 and toks[k].low in _PREPOSITIONS


def _speaker_next_paragraph(doc: Doc, cast: Cast, p: int) -> str | None:
    """A quote ending its paragraph, then "Kremlin spokesman Dmitry Peskov told journalists."."""
    for q in range(p + 1, min(len(doc.paragraphs), p + 3)):
        sents = doc.in_paragraph(q)
        if not sents:
            continue
        sent = sents[0]
        if qm.starts_with_quote(sent.text) or len(sent.tokens) > 14:
            return None
        if not any(t.low in SPEECH_VERBS for t in sent.tokens):
            return None
        ms = cast.in_sentence(sent)
        return _speaker_of(cast, ms[0]) if ms else None
    return None


def _speaker_introduced(doc: Doc, cast: Cast, p: int, r: qm.Region) -> str | None:
    """ "Minister X also addressed reporters, saying ... . “The question is ...”": a quotation
    that is a sentence of its own, right after a sentence in which a person speaks."""
    sent = doc.sentence_at(p, r.open_mark)
    if sent is None or sent.start < r.open_mark - 1 or sent.index == 0:
        return None  # the quotation does not open its sentence
    before = doc.sentences[sent.index - 1]
    introduces = before.paragraph == p or (  # "..., he told reporters, emphasizing:" ¶ “...”
        before.paragraph == p - 1 and before.text.rstrip().endswith(":")
    )
    if not introduces or not any(t.low in SPEECH_VERBS and not t.quoted for t in before.tokens):
        return None
    subject = subject_of(before, cast)
    return _speaker_of(cast, subject) if subject else None


def _speaker_embedded(doc: Doc, cast: Cast, p: int, r: qm.Region) -> str | None:
    """X said the “hot phase” ...: the sentence's first person, when a speech verb follows it."""
    sent = _sentence_at(doc, p, r.start)
    if sent is None:
        return None
    toks = [t for t in sent.tokens if t.end <= r.open_mark]
    ms = [
        m
        for m in cast.in_sentence(sent)
        if sent.tokens[m.i].end <= r.open_mark and m.kind != "pronoun"
    ]
    if not ms:
        return None
    first = ms[0]
    if any(t.low in SPEECH_VERBS for t in toks if t.start >= sent.tokens[first.i].end):
        return _speaker_of(cast, first)
    return None
