"""Demands: a party (country, organization or person) and one thing it asks for.

Cues are verbs ("demands", "insists on", "wants", "calls for", "proposed", "is asking for",
"pushing for") and nouns ("red line", "memorandum", "conditions", "ultimatum"). The party is the
subject of the cue's clause: the first party or person in it, else the nearest one before it in the
sentence; "it"/"its" is the last party named, "we" inside a quotation the speaker. The text runs
from the cue to the end of its clause; a list after a colon or of three or more items is split
into one demand per item.
"""

from __future__ import annotations

from newsreader.core.facts import quote_marks as qm
from newsreader.core.facts.lexicon import (
    PRONOUNS_PARTY,
    PRONOUNS_PLURAL,
    PRONOUNS_WE,
    SPEECH_VERBS,
    word_set,
)
from newsreader.core.facts.model import Demand
from newsreader.core.facts.people import Cast
from newsreader.core.facts.tokens import Doc, Sentence

# cue word → words that may follow it and belong to the cue
_VERBS: dict[str, tuple[str, ...]] = {}
for _verb, _forms, _after in (
    ("demand", "demand demands demanded demanding", ("that",)),
    ("insist", "insist insists insisted insisting", ("on", "that")),
    ("want", "want wants wanted", ()),
    ("call", "call calls called calling", ("for",)),
    ("urge", "urge urges urged urging", ()),
    ("propose", "propose proposes proposed proposing", ("that",)),
    ("request", "request requests requested requesting", ("that",)),
    ("ask", "ask asks asked asking", ("for",)),
    ("press", "press presses pressed pressing", ("for",)),
    ("push", "push pushes pushed pushing", ("for",)),
    ("advocate", "advocate advocates advocated advocating", ("for",)),
    ("seek", "seek seeks seeking sought", ()),
    ("require", "require requires required", ("that",)),
):
    for _form in _forms.split():
        _VERBS[_form] = _after
# verbs whose cue needs the following word ("calls for", not "calls")
_NEEDS_AFTER = frozenset({"call", "ask", "press", "push", "advocate"})
_NOUNS = frozenset({"demands", "conditions", "memorandum", "ultimatum", "preconditions"})
_CLAUSE_END = frozenset(
    {";", "while", "whereas", "but", "although", "though", "because", "which", "since", "?"}
)
_MIN_WORDS = 2
_FINITE = word_set("""is are was were has have had will would says said say want wants wanted insist insists
    insisted demand demands demanded call calls called ask asks asked propose proposes
    proposed""")


def extract(doc: Doc, cast: Cast) -> list[Demand]:
    out: list[Demand] = []
    last_party: str | None = None
    for sent in doc.sentences:
        doc.check(sent.index)
        if sent.heading or sent.question:
            continue
        ends = {m.j for m in cast.in_sentence(sent)} | {
            p.j for p in cast.parties.get(sent.index, [])
        }
        for n in _cues(sent, ends):
            if sent.tokens[n].quoted and not _quoted_subject(sent, cast, n):
                continue  # a quoted fragment; its subject is outside the quotation
            texts = _texts(sent, n, cast)
            for party, is_person in _party(sent, cast, n, last_party):
                via_speaker = is_person and _subject_is_we(sent, n)
                cue = _cue_text(sent, n)
                out.extend(
                    Demand(party, text, cue, sent.evidence, is_person, via_speaker)
                    for text in texts
                )
        pms = cast.parties.get(sent.index, [])
        if pms:
            last_party = pms[-1].party
    return _dedupe(out)


def _cues(sent: Sentence, actor_ends: set[int]) -> list[int]:
    toks = sent.tokens
    out = []
    for n, t in enumerate(toks):
        nxt = toks[n + 1].low if n + 1 < len(toks) else ""
        prev = toks[n - 1].low if n > 0 else ""
        if t.low in _VERBS:
            if _stem(t.low) in _NEEDS_AFTER and nxt not in _VERBS[t.low]:
                continue
            if prev in {"the", "a", "an", "its", "their", "his", "her", "which"}:
                continue  # a noun ("the call"), or the subject is a thing ("which proposed")
            if t.low in _NOUN_OR_VERB and n not in actor_ends and not _verb_context(toks, n):
                continue  # "the territorial demands", "main requests"
            if _stem(t.low) == "insist" and nxt != "on" and not _obliges(toks, n):
                continue  # "insisted his side was improving" is a claim, not a demand
            out.append(n)
        elif (
            (t.low == "red" and nxt in {"line", "lines"})
            or (t.low in _NOUNS and any(x.low == ":" for x in toks[n + 1 : n + 6]))
            or (t.low in {"until", "unless"} and _refused_until(toks, n))
            or (t.low in _PROPOSALS and nxt in {"for", "to"} and prev not in {"the", "this"})
        ):
            out.append(n)  # ... "Russia made a specific proposal for a ceasefire"
    return out


_PROPOSALS = frozenset({"proposal", "proposals", "offer"})
_REFUSALS = frozenset({"not", "never", "no", "refuses", "refused", "refuse", "cannot"})
_CLAUSE_VERBS = word_set(
    """is are was were has have had will would can could must agrees agreed receives received
    stops stopped ends ended withdraws withdrew releases released accepts accepted lifts lifted
    halts halted ceases ceased returns returned guarantees guaranteed gets got provides
    provided"""
)


def _refused_until(toks: list, n: int) -> bool:
    """ "Israel would not join until it received a list of hostages": what must happen first
    (not "talks will not resume until next week")."""
    before = [t.low for t in toks[max(0, n - 8) : n]]
    if not any(w in _REFUSALS or w.endswith("n't") for w in before) or "," in before[-2:]:
        return False
    after = [t.low for t in toks[n + 1 : n + 14] if t.low not in {".", ","}]
    return len(after) >= 3 and any(w in _CLAUSE_VERBS for w in after[:8])


_NOUN_OR_VERB = word_set(
    "demand demands call calls request requests want wants push pushes press presses"
)
_AUX = word_set("also still now then has have had will would to and not who which that")


def _verb_context(toks: list, n: int) -> bool:
    if n == 0:
        return False
    prev = toks[n - 1]
    return (
        prev.cap
        or prev.low in _AUX
        or prev.low in PRONOUNS_PARTY | PRONOUNS_PLURAL | PRONOUNS_WE
        or prev.low in {"he", "she", "i"}
        or prev.low.endswith(("ly", "s"))
    )


def _obliges(toks: list, n: int) -> bool:
    """The clause after "insists that" says what must happen."""
    for t in toks[n + 1 : n + 20]:
        if t.low in {",", ";", "."}:
            break
        if t.low in {"must", "should", "need", "needs", "has", "have"}:
            return True
    return False


def _stem(form: str) -> str:
    if form == "sought":
        return "seek"
    for stem in _STEMS:
        if form.startswith(stem[:4]):
            return stem
    return form


_STEMS = (
    "demand",
    "insist",
    "want",
    "call",
    "urge",
    "propose",
    "request",
    "ask",
    "press",
    "push",
    "advocate",
    "seek",
    "require",
)


def _clauses(sent: Sentence) -> list[tuple[int, int]]:
    """Clause segments, also split at commas (for finding a cue's subject)."""
    out = []
    for a, b, _ in sent.segments():
        start = a
        for k in range(a, b):
            if sent.tokens[k].low == ",":
                out.append((start, k))
                start = k + 1
        out.append((start, b))
    return [(a, b) for a, b in out if b > a]


Candidate = tuple[int, int, str, bool]  # start, end, party or person name, is a person


def _candidates(sent: Sentence, cast: Cast, n: int, last_party: str | None) -> list[Candidate]:
    """Parties, people and pronouns before the cue at ``n`` that could be its subject."""
    toks = sent.tokens
    out: list[Candidate] = [
        (pm.i, pm.j, pm.party, False) for pm in cast.parties.get(sent.index, [])
    ]
    for m in cast.in_sentence(sent):
        if m.kind != "pronoun" or toks[m.i].low in {"he", "she"}:
            out.append((m.i, m.j, cast.drafts[m.person].name, True))
    for k, t in enumerate(toks[:n]):
        if t.low in PRONOUNS_PARTY | PRONOUNS_PLURAL:
            near = sorted(c for c in out if c[0] < k)
            if near:  # "it"/"they": the nearest actor before
                out.append((k, k + 1, near[-1][2], near[-1][3]))
            elif party := cast.last_party_before(sent, k) or last_party:
                out.append((k, k + 1, party, False))
        if t.low in PRONOUNS_WE and t.quoted:
            out.append((k, k + 1, "\0we", False))
    return sorted(out)


def _party(sent: Sentence, cast: Cast, n: int, last_party: str | None) -> list[tuple[str, bool]]:
    """The subject(s) of the cue at token ``n``: "Britain and France want ..." gives both."""
    toks = sent.tokens
    candidates = _candidates(sent, cast, n, last_party)
    if toks[n].low == "red":  # "X maintain that neutrality remains a red line": X
        before = [c for c in candidates if c[0] < n]
        pick = before[0] if before else None
    else:
        relative = _relative_clauses(toks)
        candidates = [c for c in candidates if c[0] not in relative]
        clause = next(((a, b) for a, b in _clauses(sent) if a <= n < b), (0, n))
        segment = sent.segment_of(n)
        in_clause = [c for c in candidates if clause[0] <= c[0] < n]
        in_segment = [c for c in candidates if segment[0] <= c[0] < n]
        before = [c for c in candidates if c[0] < clause[0]]
        pick = next(iter(in_clause or in_segment or before[-1:]), None)
    if pick is None:
        return []
    picked = [pick]
    for c in candidates:  # coordinated subjects
        if c[0] >= picked[-1][1] and c[0] < n:
            if all(t.low in {"and", ","} for t in toks[picked[-1][1] : c[0]]):
                picked.append(c)
            else:
                break
    out: list[tuple[str, bool]] = []
    for _, _, name, is_person in picked:
        if name == "\0we":
            speaker = _we(sent, cast)
            if speaker:
                out.append((speaker, True))
        elif (name, is_person) not in out:
            out.append((name, is_person))
    return out


def _quoted_subject(sent: Sentence, cast: Cast, n: int) -> bool:
    toks = sent.tokens
    starts = [p.i for p in cast.parties.get(sent.index, [])] + [
        k for k, t in enumerate(toks[:n]) if t.low in PRONOUNS_WE
    ]
    return any(k < n and toks[k].quoted for k in starts)


def _relative_clauses(toks: list) -> set[int]:
    """Token indices inside ", who ...," and ", which ...," (never the subject of the main verb)."""
    out: set[int] = set()
    for k, t in enumerate(toks):
        if t.low in {"who", "which", "whose"} and k > 0 and toks[k - 1].low == ",":
            end = next((j for j in range(k + 1, len(toks)) if toks[j].low == ","), len(toks))
            out.update(range(k, end))
    return out


def _subject_is_we(sent: Sentence, n: int) -> bool:
    clause = next(((a, b) for a, b in _clauses(sent) if a <= n < b), (0, n))
    return any(t.low in PRONOUNS_WE and t.quoted for t in sent.tokens[clause[0] : n])


def _we(sent: Sentence, cast: Cast) -> str | None:
    """ "we" inside a quotation: the quotation's speaker (the party resolves later)."""
    ms = [m for m in cast.in_sentence(sent) if not sent.tokens[m.i].quoted]
    return cast.drafts[ms[0].person].name if ms else None


def _cue_text(sent: Sentence, n: int) -> str:
    toks = sent.tokens
    if toks[n].low == "red":
        return "red line"
    nxt = toks[n + 1].low if n + 1 < len(toks) else ""
    if toks[n].low in _VERBS and nxt in _VERBS[toks[n].low]:
        return f"{toks[n].text} {nxt}"
    return toks[n].text


def _texts(sent: Sentence, n: int, cast: Cast) -> list[str]:
    toks = sent.tokens
    if toks[n].low == "red":
        seg_start, _, _ = sent.segment_of(n)
        return _clean([sent.span_text(seg_start, n)])
    start = n + 1
    if start < len(toks) and toks[n].low in _VERBS and toks[start].low in _VERBS[toks[n].low]:
        start += 1
    if toks[n].low in _PROPOSALS:
        start += 1  # "proposal for"
    colon = next((k for k in range(start, min(len(toks), start + 8)) if toks[k].low == ":"), None)
    if colon is not None:
        start = colon + 1
    actors = {m.i for m in cast.in_sentence(sent)} | {p.i for p in cast.parties.get(sent.index, [])}
    quoted = toks[n].quoted
    end = start
    while end < len(toks) and toks[end].low not in _CLAUSE_END:
        t = toks[end]
        if quoted and not t.quoted and t.alpha:
            break  # the quotation the cue is in ends
        if t.low == "and" and end + 1 < len(toks) and toks[end + 1].low in _FINITE:
            break  # "... and wants compensation", "... and is asking": the next clause
        if t.low in _VERBS and end > start + 2 and toks[end - 1].low == ",":
            break
        if t.low == "," and end + 1 < len(toks):
            after = toks[end + 1]
            if after.low in {"which", "who", "according", "saying", "noting", "adding", "instead"}:
                break
            if (
                after.low.endswith("ing")
                and after.low != "including"
                and after.alpha
                and _verb_ing(toks, end + 1)
            ):
                break  # ", saying that ...", ", urging the ...": a new clause
            if end + 1 in actors and colon is None:
                break  # ", Trump issued ...": a new clause with its own subject
            if _reporting_tail(toks, end + 1):
                break  # "..., officials in Moscow have said"
            if after.low in {"a", "an"} and end - start >= 6 and colon is None:
                break  # "..., a demand Ukraine has rejected": an appositive comment
        end += 1
    while end > start and toks[end - 1].low in {",", ".", "and", "or", "”", '"', "“"}:
        end -= 1
    text = sent.span_text(start, end)
    items = _split_list(sent, start, end, colon is not None)
    return _clean(items or [text])


_AFTER_VERB_ING = word_set(
    """the a an that this these those his her its their it them him us to for on of in with
    up out off back down about against"""
)


def _verb_ing(toks: list, k: int) -> bool:
    """ "saying that", "urging the", "calling for", "insisting": an -ing verb opening a clause
    (not the noun of a list item, as in "purchasing clarity")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not nxt.alpha or nxt.cap or nxt.low in _AFTER_VERB_ING


def _reporting_tail(toks: list, k: int) -> bool:
    """From ``k`` to the end of the sentence: "officials in Moscow have said"."""
    tail = toks[k : k + 7]
    if any(t.low in {",", ";"} for t in tail):
        return False
    return any(t.low in SPEECH_VERBS for t in tail) and (
        k + 7 >= len(toks) or toks[-1].low in {".", "!"}
    )


def _split_list(sent: Sentence, start: int, end: int, after_colon: bool) -> list[str]:
    """ "a ceasefire, reparations, security guarantees, and ..." → one item each."""
    toks = sent.tokens
    items: list[tuple[int, int]] = []
    item_start = start
    for k in range(start, end + 1):
        if k == end or toks[k].low == ",":
            a = item_start
            while a < k and toks[a].low in {"and", "or"}:
                a += 1
            if k > a:
                items.append((a, k))
            item_start = k + 1
    if len(items) < 3 and not (after_colon and len(items) >= 2):
        return []
    last_joined = toks[items[-1][0] - 1].low in {"and", "or"} or any(
        t.low in {"and", "or"} for t in toks[items[-1][0] : items[-1][1]]
    )
    if not (after_colon or last_joined) or any(b - a > 14 for a, b in items):
        return []
    if not after_colon and any(b - a == 1 and toks[a].cap for a, b in items):
        return []  # "from the Donetsk, Luhansk and Kherson regions": names inside one demand
    return [sent.span_text(a, b) for a, b in items]


def _clean(texts: list[str]) -> list[str]:
    out = []
    for raw in texts:
        text = raw.strip().strip("“”\"'‘’").strip(" ,.;:")
        if text.count('"') % 2:
            text = text.replace('"', "")  # a quotation mark left unpaired by the cut
        if qm.word_count(text) >= _MIN_WORDS or (qm.word_count(text) == 1 and len(text) > 3):
            out.append(text)
    return out


def _dedupe(demands: list[Demand]) -> list[Demand]:
    seen: set[tuple[str, str]] = set()
    out = []
    for d in demands:
        k = (d.party, d.text.lower())
        if k not in seen:
            seen.add(k)
            out.append(d)
    return out
