"""Positions of the parties: demands, proposals and rejections, each with its party and evidence.

Polarity first: a cue's word decides whether the party asks for something (``demand``), puts
something forward (``proposal``: "proposed", "offered", "floated") or turns it down
(``rejection``: "rejected", "opposes", "refused to", "denied X's proposal", "a red line"); a
negated cue ("did not demand") and one inside an "if"/"whether" clause state nothing. The party
is who asks (the subject of the verb, the owner of the noun, the agent of "as demanded by", the
speaker of the quotation the words are in), never simply the nearest name. Conditions for
peace or talks are demands ("would end the war only if Kyiv agreed to ...", "contingent upon
...", "any agreement would require ..."); a threat ("consequences if ...") is not. The text is
the whole clause asked for, lists included. Words and cues: :mod:`demand_cues`; parties:
:mod:`demand_party`; texts: :mod:`demand_text`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsreader.core.facts import demand_cues as dc
from newsreader.core.facts import demand_text as dt
from newsreader.core.facts.demand_party import Actor, Reader
from newsreader.core.facts.model import Demand, Quote
from newsreader.core.facts.people import Cast
from newsreader.core.facts.tokens import Doc, Sentence, Token

_PASSIVE_AUX = dc.word_set("was were been being is are be as")
_SUBJUNCTIVE_BLOCK = dc.word_set(
    """is are was were has had will would did does do can could may might went came saw got
    made took gave thought knew told said"""
)
_APPOSITIVE_VERBS = dc.word_set("made raised set voiced put pressed laid issued")
_REJECT_VERBS = dc.word_set("rejected rejects dismissed labeled labelled called refused denied")
_POSITION_NOUNS = frozenset(dc.NOUNS)
_OBJECT_TO = frozenset(
    {"urge", "press", "push", "pressure", "lobby", "ask", "call", "want", "request"}
)
_RELATIVE_LEMMAS = frozenset({"demand", "seek", "want", "request", "propose", "offer", "float"})
_ATTENDING = dc.word_set(
    """attend attends attending attended present participate participating join joining
    travel travelling traveling come coming go going skip skipping be there"""
)
_BOYCOTT = dc.word_set(
    "boycott boycotts boycotting boycotted suspend suspends suspended freeze withhold halt"
)
_STAYING_AWAY = dc.word_set(
    """away boycott boycotts boycotting return returns rejoin rejoins back attendance"""
)
_ENDING_VERBS = dc.word_set("end ends ending stop stops halt halts lift lifts settle resolve")
_ACCEPT = dc.word_set("accept accepts accepted tolerate tolerates agree")
_WANT_TO_KNOW = dc.word_set("know see understand hear learn find ask")
_MODALS = dc.word_set("could might may would")
_LISTING = dc.word_set("include includes included are were is was")
_PLURAL_NOUNS = dc.word_set("demands conditions preconditions requests calls proposals")
_CONDITION_WORDS = dc.word_set("condition conditions precondition preconditions prerequisite")
_SETTING_VERBS = dc.word_set("set sets setting named names listed lists put puts made makes")
_LIGHT_VERBS = dc.word_set(
    """made make makes making put puts submitted submits presented presents tabled tables
    issued issues renewed renews repeated repeats reiterated reiterates voiced voices sent
    sends delivered delivers"""
)
# Nouns for people by their ending ("traders", "workers", "investors", "activists", "migrants").
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents")
# Verbs whose object, not subject, does the infinitive after them ("urged Y to press for").
_CONTROLLING = dc.word_set(
    """urge urges urged ask asks asked tell tells told call calls called press presses pressed
    pressure pressured lobby lobbied encourage encourages encouraged invite invites invited
    allow allows allowed want wants wanted persuade persuaded force forced"""
)
# Verbs of purpose with an object before the infinitive ("use the summit to push for").
_PURPOSE = dc.word_set("use uses used using travel travels travelled traveled go goes went come")
# Verbs after which the infinitive is not done ("refused to call for", "failed to demand").
_NEGATIVE_GOVERNORS = dc.word_set(
    """refuse refuses refused decline declines declined fail fails failed hesitate hesitated
    avoid avoided stop stopped cease ceased reluctant unlikely unable unwilling loath struggle
    struggles struggled"""
)
_THING_SUBJECTS = dc.word_set(
    "agreement deal peace settlement accord treaty ceasefire truce solution plan this that it"
)


def owner_first(reader: Reader, n: int) -> bool:
    """The noun at ``n`` has an owner before it ("the group's demands", "its conditions")."""
    return bool(reader.owner(n)) and reader.toks[n].low in _PLURAL_NOUNS | {"demand", "condition"}


def _ends_something(words: list[str]) -> bool:
    """ "would end the dispute", "call off the strike", "lift the blockade": the main clause
    ends a conflict (so what it waits for is a demand)."""
    for k, w in enumerate(words):
        if w in _ENDING_VERBS or (w == "call" and "off" in words[k + 1 : k + 3]):
            return any(x.isalpha() and x not in dc.FUNCTION for x in words[k + 1 : k + 4])
    return False


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    actors: tuple[Actor, ...]
    start: int
    end: int
    cue: str
    confidence: float
    speaker: str | None = None
    reporters: tuple[str, ...] = ()
    text: str | None = None  # when the words differ from the tokens ("is not" read as "is")


class _Quotes:
    """The speaker of the quotation a token is in."""

    def __init__(self, doc: Doc, quotes: list[Quote]) -> None:
        self.regions: dict[int, list[tuple[int, int, str | None]]] = {}
        for q in quotes:
            first = q.evidence.paragraph
            self.regions.setdefault(first, []).append((q.span[0], q.span[1], q.speaker))
            for part in q.parts[1:]:
                p = part.paragraph
                if p != first and p < len(doc.quotes) and doc.quotes[p]:
                    a, b = doc.quotes[p][0]
                    self.regions.setdefault(p, []).append((a, b, q.speaker))

    def speaker(self, sent: Sentence) -> str | None:
        for t in sent.tokens:
            if t.quoted:
                for a, b, who in self.regions.get(sent.paragraph, []):
                    if a <= t.start < b:
                        return who
                return None
        return None


def extract(doc: Doc, cast: Cast, quotes: list[Quote] | None = None) -> list[Demand]:
    """Every demand, proposal and rejection of the article (``Demand.kind`` says which)."""
    speakers = _Quotes(doc, quotes or [])
    out: list[Demand] = []
    recent: list[tuple[int, Demand]] = []  # (sentence, position) for "rejected that" to point at
    before: Reader | None = None
    for sent in doc.sentences:
        doc.check(sent.index)
        if sent.heading or sent.question:
            continue
        if not dc.may_state_position(sent.tokens):
            before = Reader(sent, cast, None, before)
            continue
        reader = Reader(sent, cast, speakers.speaker(sent), before)
        for found in _Sentence(reader, recent).find():
            made = list(_demands(reader, found))
            out.extend(made)
            recent.extend((sent.index, d) for d in made)
        before = reader
    return _dedupe(out)


def _demands(reader: Reader, f: _Found) -> Iterator[Demand]:
    sent = reader.sent
    text = f.text if f.text is not None else dt.clean(sent, f.start, f.end)
    if not dt.long_enough(text):
        return
    for a in f.actors:
        speaker = a.name if a.name in f.reporters else f.speaker
        if a.kind == "speaker":
            speaker = a.name
        if speaker == a.name and a.kind not in {"speaker"} and not reader.toks[f.start].quoted:
            speaker = None
        yield Demand(
            a.name,
            text,
            f.cue,
            sent.evidence,
            party_is_person=a.is_person,
            via_speaker=a.kind == "speaker",
            speaker=speaker,
            polarity="against" if f.kind == dc.REJECTION else "for",
            confidence=round(f.confidence * (0.9 if a.kind == "group" else 1.0), 2),
            kind=f.kind,
        )


class _Sentence:
    """The rules over one sentence."""

    def __init__(self, reader: Reader, recent: list[tuple[int, Demand]] | None = None) -> None:
        self.r = reader
        self.sent = reader.sent
        self.toks: list[Token] = reader.sent.tokens
        self.recent = recent if recent is not None else []

    def _pointed_at(self, start: int, actors: list[Actor]) -> str | None:
        """ "Opposition parties called for X; the government rejected that": the demand or
        proposal a pronoun object points back to (of another party, this sentence or the one
        before); "" when it points at nothing found."""
        toks = self.toks
        if start >= len(toks) or toks[start].low not in {"it", "that", "this", "them"}:
            return None
        k = start + 1
        while k < len(toks) and (step := dc.adjunct_length(toks, k)):
            k += step
        if k < len(toks) and toks[k].alpha and toks[k].low not in {"and", "but"}:
            return None  # "rejected that proposal", "rejected it as unfair"
        names = {a.name for a in actors}
        for index, d in reversed(self.recent):
            if index < self.sent.index - 1:
                break
            if d.kind != dc.REJECTION and d.party not in names:
                return d.text
        return ""

    def find(self) -> Iterator[_Found]:
        toks = self.toks
        for n, t in enumerate(toks):
            low = t.low
            if low in dc.VERBS:
                yield from self._verb(n)
            if low in _ACCEPT and dc.negated(toks, n):
                yield from self._not_accept(n)
            if low in _POSITION_NOUNS:
                yield from self._noun(n)
            if low in {"message", "demand", "ask", "plea", "request"}:
                yield from self._message(n)
            if low in dc.CONDITIONS or low in dc.CONDITION_NOUNS:
                yield from self._condition(n)
            if low in dc.ONLY_CONDITIONS and n and toks[n - 1].low == "only":
                yield from self._condition(n)
            if low in {"require", "requires", "required"}:
                yield from self._requirement(n)
            if dc.is_obligation(toks, n):
                yield from self._obligation(n)
            if low == "red" and n + 1 < len(toks) and toks[n + 1].low in {"line", "lines"}:
                yield from self._red_line(n)
            if low == "nothing" and n + 2 < len(toks) and toks[n + 1].low == "less":
                yield from self._nothing_less(n)
            if low == "as" and n + 2 < len(toks) and toks[n + 2].low in _CONDITION_WORDS:
                yield from self._as_condition(n)

    # ---- helpers ------------------------------------------------------------------------------

    def _cue(self, n: int, extra: int = 0) -> str:
        return self.sent.span_text(n, n + 1 + extra)

    def _speaker(self, n: int) -> str | None:
        reporters = self._reporters_of(n)
        return reporters[0].name if reporters else None

    def _reporters_of(self, n: int) -> list[Actor]:
        """Who states the words at ``n`` when the narrator does not: the quotation's speaker,
        "according to X", "X said (that) ..." before them, or ", X said" after them."""
        toks = self.toks
        if toks[n].quoted:
            return [Actor(n, n + 1, self.r.speaker, "speaker")] if self.r.speaker else []
        for k in range(len(toks) - 2):
            if toks[k].low == "according" and toks[k + 1].low == "to":
                a = self.r.actor_at(k + 2) or self.r.actor_at(k + 3)
                if a is not None:
                    return [a]
        for k in range(n - 1, -1, -1):
            if toks[k].low in dc.REPORTERS and not toks[k].quoted:
                return self.r.subjects(k) if self._reports_clause(k, n) else []
        for k in range(n + 1, len(toks)):
            if toks[k].low in dc.REPORTERS and not toks[k].quoted and toks[k - 1].low != "that":
                return self._tail_reporter(k)
        return []

    def _reports_clause(self, k: int, n: int) -> bool:
        """The reporting verb at ``k`` introduces the clause the cue at ``n`` is in ("X said
        (on Monday) that ...", "X added that ..."), not "X announced a deal ... as demanded"."""
        toks = self.toks
        if any(dc.word(t) in {";", "—"} for t in toks[k:n]):
            return False
        j = k + 1
        while j < n and toks[j].low in {"that", ",", "“", '"'}:
            j += 1
        if j > n:
            return False
        if toks[j].low in {"he", "she", "it", "they", "we", "i"} or self.r.actor_at(j) is not None:
            return True  # "said Russia wanted", "added that he would"
        return toks[k + 1].low == "that" or (j + 1 < n and self.r._verb_at(j + 1))

    def _tail_reporter(self, k: int) -> list[Actor]:
        """ "..., X said." / "..., said X.": the speaker named at the end."""
        toks = self.toks
        before = toks[k - 1].low if k else ""
        if before in {",", "”", '"'}:
            return [a for a in self.r.actors if k < a.i <= k + 4][:1]
        a = self.r.actor_at(k - 1)
        if a is not None and a.i > 0 and toks[a.i - 1].low in {",", "”", '"'}:
            return [a]
        return []

    def _subjects(self, n: int) -> list[Actor]:
        r = self.r
        start = r.zone_start(n)
        pronoun = r.pronoun_subject(n, start)
        if pronoun:
            return pronoun
        governing = self._governing_verb(n, start)
        if governing is not None:
            return self._subjects(governing)  # "X plans to push for", "X vowed to press for"
        return r.subjects(n, start)

    def _verb_like(self, g: int) -> bool:
        """Token ``g`` right before "to" is a verb ("plans", "vowed", "hope" after "they")."""
        toks = self.toks
        t = toks[g]
        if not t.alpha or t.cap or t.low in dc.FUNCTION | dc.PREPOSITIONS | dc.DETERMINERS:
            return False
        if self.r._verb_at(g) or (t.low.endswith("s") and not t.low.endswith("ss")):
            return True
        prev = toks[g - 1] if g else None
        return prev is not None and (
            self.r.actor_at(g - 1) is not None or prev.low in {"they", "we", "i", "he", "she"}
        )

    def _governing_verb(self, n: int, start: int) -> int | None:
        """The verb whose subject also does the infinitive at ``n``: "plans to push for", "is
        expected to demand", "will use the summit to push for" (not "urged Y to push for",
        where Y does, nor "refused to call for", which asks for nothing)."""
        toks = self.toks
        k = n - 1
        while k >= start and dc.adverb(toks[k].low):
            k -= 1
        if k <= start or toks[k].low != "to":
            return None
        g = k - 1
        while g >= start and dc.adverb(toks[g].low):
            g -= 1
        if g >= start and self._verb_like(g):
            pass  # "plans to", "vowed to", "is expected to"
        else:
            g = next(
                (j for j in range(k - 1, max(start - 1, k - 6), -1) if toks[j].low in _PURPOSE),
                -1,
            )  # "will use the summit to push for"
            if g < start:
                return None
        if toks[g].low in _NEGATIVE_GOVERNORS or dc.negated(toks, g):
            return None
        return g

    def _skip(self, n: int) -> bool:
        return dc.negated(self.toks, n) or dc.in_condition(self.sent, n)

    # ---- verbs --------------------------------------------------------------------------------

    def _verb(self, n: int) -> Iterator[_Found]:
        toks = self.toks
        low = toks[n].low
        verb = dc.VERBS[low]
        prev = self._prev_word(n)
        # passive: "as demanded by X", "requested by X"
        if prev in _PASSIVE_AUX and (low.endswith("ed") or low == "sought"):
            yield from self._passive(n, verb.kind)
            return
        if self._attributes_quote(n):
            yield from self._quoted_demand(n, verb.lemma)
            return
        if self._relative_object(n):
            yield from self._object_before(n, verb.kind)
            return
        v = dc.verb_at(toks, n)
        if v is None or self._skip(n):
            return
        if v.lemma == "refuse" and (n + 1 >= len(toks) or toks[n + 1].low != "to"):
            return
        if v.lemma == "require":
            return  # read by _requirement (a party's or an agreement's requirement)
        if v.lemma == "deny" and not self._denies_position(n):
            return  # "denied the claim", "denied the affair": no position turned down
        start = dc.after_verb(toks, n)
        nxt = toks[start].low if start < len(toks) else ""
        confidence = 0.9
        cue = self._cue(n)
        if nxt in v.preps:
            cue = f"{cue} {toks[start].text}"
            start += 1
            if start < len(toks) and toks[start].low in dc.TIME_WORDS and nxt == "for":
                start += 1  # "has been arguing for years that ..."
                cue = self._cue(n)
                nxt = toks[start].low if start < len(toks) else ""
                if nxt == "that":
                    start += 1
        if (
            v.lemma in {"insist", "argue"}
            and nxt not in {"on", "upon", "for"}
            and not self._obliges(start)
        ):
            return  # "insisted his side was improving": a claim, not a demand
        if v.lemma == "want":
            if nxt == "to" and start + 1 < len(toks) and toks[start + 1].low in _WANT_TO_KNOW:
                return  # "wants to know why": a question, not a demand
            if nxt == "to":
                confidence = 0.6  # "wants to begin talks first": an aim, read as a demand
            elif not self._wanted_thing(start):
                return
        if v.lemma in {"look", "claim"}:
            confidence = 0.6  # "claimed the suppression of the tolls": read as asked for
        if low.endswith("ing") and prev not in {"is", "are", "was", "were", "been", "be"}:
            actors = self._participle_subject(n)
            confidence -= 0.1
        else:
            actors = self._subjects(n)
        if not actors or self._unsure_pronoun(actors, n):
            return
        modal = self._modal(n)
        if modal in {"could", "might", "may"}:
            return  # "Arvenia could demand compensation": a possibility, not a demand
        if modal == "would":
            confidence = min(confidence, 0.6)
        end = self._end(v.lemma, start, toks[n].quoted)
        if self._in_restrictive_relative(n):  # "Residents who are demanding X met on Monday"
            end = next((k for k in range(start + 1, end) if dt.finite_verb(toks, k)), end)
        text = self._pointed_at(start, actors) if v.kind == dc.REJECTION else None
        if text == "" or (v.kind == dc.DEMAND and self._asks_permission(start, end)):
            return
        if text is None and v.lemma in _OBJECT_TO:
            text = self._without_aside(start, end)  # "urged the union in a statement to accept"
        yield _Found(
            v.kind,
            tuple(actors),
            start,
            end,
            cue,
            confidence,
            self._speaker(n),
            text=text,
        )

    def _without_aside(self, start: int, end: int) -> str | None:
        """The text without an aside between the one asked and "to" ("the union in a statement
        to accept arbitration": "the union to accept arbitration"); None when there is none."""
        toks = self.toks
        for k in range(start + 1, min(end, start + 8)):
            step = dc.adjunct_length(toks, k)
            if step and k + step < end and toks[k + step].low == "to":
                head = self.sent.span_text(start, k)
                return dt.tidy(f"{head} {self.sent.span_text(k + step, end)}")
            if toks[k].low in {"to", ",", ";"}:
                break
        return None

    def _in_restrictive_relative(self, n: int) -> bool:
        k = self._prev_verb_gap(n) - 1
        return k > 0 and self.toks[k].low in {"who", "that"} and self.toks[k - 1].low != ","

    def _asks_permission(self, start: int, end: int) -> bool:
        """ "asked the court for permission to testify", "sought leave to appeal": a request to
        be allowed, not a demand on anyone."""
        toks = self.toks
        for k in range(start, min(end, start + 8)):
            low = toks[k].low
            if low in {"permission", "authorisation", "authorization"}:
                return True
            if low == "leave" and (k == start or toks[k - 1].low == "for"):
                return k + 1 < len(toks) and toks[k + 1].low == "to"  # "sought leave to appeal"
        return False

    def _wanted_thing(self, k: int) -> bool:
        """What "wants" takes: a thing ("18%", "that decision reversed", "a raise"), not "it",
        "that ..." or a full stop."""
        toks = self.toks
        if k >= len(toks):
            return False
        t = toks[k]
        if t.low in {"this", "that", "these", "those"}:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return (
                nxt is not None
                and nxt.alpha
                and not nxt.cap
                and nxt.low not in dc.FUNCTION | dc.AUX
                and not self.r._verb_at(k + 1)
            )  # "wants that decision reversed", not "wants that to change"
        if t.low == "it":
            return False
        return t.alpha or t.text[:1].isdigit() or t.text[:1] in "$€£¥"

    def _end(self, lemma: str, start: int, quoted: bool) -> int:
        """The end of the text; "urged 123 countries who are signatories to arrest him" goes
        on past the object's relative clause to what they are asked to do."""
        toks = self.toks
        end = dt.complement(self.sent, start, quoted)
        relative = end < len(toks) and (
            toks[end].low in {"who", "which"}
            or (
                toks[end].low == ","
                and end + 1 < len(toks)
                and toks[end + 1].low in {"who", "which"}
            )
        )
        if lemma in _OBJECT_TO and relative:
            to = next(
                (
                    k
                    for k in range(end, min(len(toks) - 1, end + 15))
                    if toks[k].low == "to"
                    and toks[k + 1].alpha
                    and not toks[k + 1].cap
                    and toks[k + 1].low not in dc.FUNCTION
                ),
                None,
            )
            if to is not None and not any(dc.word(t) in {";", ".", "—"} for t in toks[end:to]):
                end = max(end, dt.complement(self.sent, to, quoted))
        return end

    def _unsure_pronoun(self, actors: list[Actor], n: int) -> bool:
        """ "South Africa's President said that he had asked ...": "he" stands for the one who
        said it; when that one is no named person, the pronoun's person is a guess."""
        toks = self.toks
        a = actors[0]
        if a.kind != "person" or toks[a.i].low not in {"he", "she"}:
            return False
        named = [
            x
            for x in self.r.actors
            if x.i < a.i and x.kind == "person" and toks[x.i].low not in {"he", "she", "his", "her"}
        ]
        previous = self.r.previous
        if not named and (previous is None or previous.name != a.name):
            return True  # the sentence before is not about that person: "he" is a guess
        seg = self.sent.segment_of(a.i)
        if seg[2] not in {"said", "that"}:
            return False
        reporters = self._reporters_of(a.i)
        return not reporters or reporters[0].name != a.name

    def _prev_word(self, n: int) -> str:
        k = n - 1
        while k >= 0 and (dc.adverb(self.toks[k].low) or self.toks[k].low in {"also", "not"}):
            k -= 1
        return self.toks[k].low if k >= 0 else ""

    def _obliges(self, start: int) -> bool:
        """The clause after "insisted (that)" says what must happen: a modal of obligation, or
        a subjunctive ("that the conviction remain intact") with no tense of its own."""
        toks = self.toks
        end = dt.complement(self.sent, start, toks[start - 1].quoted if start else False)
        words = toks[start:end]
        if any(dc.is_obligation(toks, start + k) for k in range(len(words))):
            return True
        if not words or (toks[start].low != "that" and toks[start - 1].low != "that"):
            return False
        lows = [t.low for t in words]
        return (
            len(lows) >= 3
            and not any(
                (w in _SUBJUNCTIVE_BLOCK or (w.endswith("ed") and len(w) > 4))
                and (k == 0 or lows[k - 1] not in {"be", "been"})  # "that a survey be made"
                for k, w in enumerate(lows[:8])
            )
        )

    def _participle_subject(self, n: int) -> list[Actor]:
        """ "..., urging countries to ...", "by urging", "a demonstration calling for ..."."""
        toks = self.toks
        before = self.r.actor_at(n - 1)
        if before is not None and before.kind == "group" and toks[n - 1].low != ",":
            return [before]  # "a demonstration calling for"
        if before is not None and before.i > 0 and toks[before.i - 1].low == "with":
            return [before]  # "..., with Ghana demanding that ...": Ghana demands
        prev = toks[n - 1] if n else None
        if prev is not None and prev.alpha and not prev.cap and prev.low not in dc.FUNCTION:
            return self.r.subject_before(n)  # "Lawyers filed a motion asking the judge to"
        if (
            prev is not None
            and prev.cap
            and prev.alpha
            and (before is None or self.r._after_preposition(before, 0))
        ):
            return self.r.subject_before(n)  # "Tuvalu would go to Apia demanding a ban"
        k = n - 1
        while k >= 0 and dc.adverb(toks[k].low):
            k -= 1
        if k < 0 or dc.word(toks[k]) not in {
            ",",
            "by",
            "while",
            "after",
            "in",
            "when",
            "—",
            "and",
            "to",
        }:
            return []  # "to": "has limited herself to urging both sides to talk"
        return self.r.subject_before(k) or self.r.sentence_subject(k)

    def _relative_object(self, n: int) -> bool:
        """ "the raise that the union was seeking.", "the 5% Trump is demanding": the verb has
        no object after it; what it asks for comes before its subject."""
        toks = self.toks
        nxt = dc.word(toks[n + 1]) if n + 1 < len(toks) else "."
        if nxt not in {
            ".",
            ",",
            ";",
            "—",
            "–",
            "and",
            "since",
            "from",
            "in",
            "at",
            ")",
        } | _MODALS | {
            "will",
            "can",
            "is",
            "was",
        }:
            return False  # "the fund that the forum is demanding could be filled in a year"
        if dc.VERBS[toks[n].low].lemma not in _RELATIVE_LEMMAS:
            return False
        if (n > 0 and toks[n - 1].low in {"”", '"', "’"}) or any(
            t.low in {"”", '"'} for t in toks[max(0, n - 3) : n]
        ):
            return False  # “...,” he insisted: an attribution
        subj = self._subjects(n)
        if not subj or self._prev_verb_gap(n) != max(a.j for a in subj):
            return False
        k = min(a.i for a in subj) - 1
        while k >= 0 and toks[k].low in dc.DETERMINERS - {"that"}:
            k -= 1
        return k >= 0 and toks[k].low not in {",", ";", ":", ".", "(", "“", '"'}

    def _denies_position(self, n: int) -> bool:
        """ "denied Zelenskiy's proposal", "denied the request": a position is turned down."""
        for t in self.toks[n + 1 : n + 6]:
            if t.low in dc.NOUNS and dc.NOUNS[t.low] != dc.REJECTION:
                return True
            if t.low in {",", ";", "."}:
                return False
        return False

    def _attributes_quote(self, n: int) -> bool:
        """“...,” he insisted. / “...,” demanded X.: the verb attributes the quotation."""
        toks = self.toks
        if dc.VERBS[toks[n].low].lemma not in {"insist", "demand", "urge"} or toks[n].quoted:
            return False
        nxt = toks[n + 1].low if n + 1 < len(toks) else "."
        before = [t for t in toks[max(0, n - 5) : n] if not t.quoted]
        closes = any(t.low in {"”", '"'} for t in before)
        return closes and (nxt in {".", ",", ";"} or self.r.actor_at(n + 1) is not None)

    def _quoted_demand(self, n: int, lemma: str) -> Iterator[_Found]:
        """The quotation attributed with "insisted" is a demand when it says what must be
        ("It's not fair that ...", "... must ..."); with "demanded"/"urged" it always is."""
        toks = self.toks
        quoted = [k for k in range(n) if toks[k].quoted]
        if not quoted:
            return
        start, end = quoted[0], quoted[-1] + 1
        if lemma == "insist" and not any(
            dc.is_obligation(toks, k) or toks[k].low in {"fair", "unfair", "unacceptable"}
            for k in range(start, end)
        ):
            return
        actors = (
            self._subjects(n)
            or [a for a in self.r.actors if n < a.i <= n + 4 and not toks[a.i].quoted][:1]
        )
        if not actors or self._unsure_pronoun(actors, n):
            return
        yield _Found(dc.DEMAND, tuple(actors[:1]), start, end, self._cue(n), 0.7, actors[0].name)

    def _prev_verb_gap(self, n: int) -> int:
        """Where the words before the verb at ``n`` start once auxiliaries are skipped."""
        k = n - 1
        while k >= 0 and (self.toks[k].low in dc.AUX or dc.adverb(self.toks[k].low)):
            k -= 1
        return k + 1

    def _object_before(self, n: int, kind: str) -> Iterator[_Found]:
        toks = self.toks
        subj = self._subjects(n)
        end = min(a.i for a in subj)
        while end > 0 and toks[end - 1].low in dc.DETERMINERS - {"that"}:
            end -= 1  # "the union"
        if end > 0 and toks[end - 1].low in {"that", "which"}:
            end -= 1
        start = dt.noun_phrase_before(self.sent, end)
        if end - start < 1 or self._skip(n):
            return
        if start > 1 and toks[start - 1].low == "," and dt.comment_at(toks, start, end):
            end = start - 1  # "a common port fee, an idea X has floated": the fee
            start = dt.noun_phrase_before(self.sent, end)
            det = next((k for k in range(start, end) if toks[k].low in {"a", "an", "the"}), start)
            start = det  # "would mention a common port fee": from its determiner
        yield _Found(kind, tuple(subj), start, end, self._cue(n), 0.8, self._speaker(n))

    def _passive(self, n: int, kind: str) -> Iterator[_Found]:
        toks = self.toks
        if n + 2 >= len(toks) or toks[n + 1].low != "by":
            return  # "Germany has been pressured to ...": no one named who asks
        agent = next((a for a in self.r.actors if n + 2 <= a.i <= n + 6), None)
        if agent is None or any(t.low in {",", ";", "and"} for t in toks[n + 2 : agent.i]):
            return
        k = n - 1
        while k >= 0 and (toks[k].low in _PASSIVE_AUX or dc.adverb(toks[k].low)):
            k -= 1
        if k > 0 and toks[k].low == ",":  # "The summit, scheduled for Thursday, was proposed"
            j = k - 1
            while j > 0 and toks[j].low != "," and k - j < 25:
                j -= 1
            k = j - 1 if toks[j].low == "," else k - 1
        end = k + 1
        start = dt.noun_phrase_before(self.sent, end)
        if start >= end or (self.r.actor_at(start) is not None and end - start <= 2):
            return
        yield _Found(kind, (agent,), start, end, self._cue(n, 1), 0.85, self._speaker(n))

    # ---- nouns --------------------------------------------------------------------------------

    def _noun(self, n: int) -> Iterator[_Found]:
        toks = self.toks
        low = toks[n].low
        kind = dc.NOUNS[low]
        if dc.verb_at(toks, n) is not None and self._prev_word(n) not in dc.DETERMINERS:
            return  # a verb, read by _verb
        owner = self.r.owner(n)
        colon = next((k for k in range(n + 1, min(len(toks), n + 8)) if toks[k].low == ":"), None)
        if n + 1 < len(toks) and dc.word(toks[n + 1]) == "—" and self._quotation_at(n + 2):
            colon = n + 1  # "arrived with a clear ask – “No trader should pay twice,” she said"
        nxt = toks[n + 1].low if n + 1 < len(toks) else ""
        if nxt in _LISTING and owner_first(self.r, n) and self._lists_content(n + 2):
            yield from self._listed(n)
            return
        if not owner:
            owner = self._light_verb_subject(n)
        if not owner:
            yield from self._appositive(n, kind)
            return
        if colon is not None:
            start = colon + 1
        elif nxt in dc.NOUN_PREPS:
            start = n + 2
        elif nxt in {"from", "by", "of"}:
            k = n + 2
            while k < len(toks) and (toks[k].cap or toks[k].low in {"the", "'s"}):
                k += 1
            if k < len(toks) and toks[k].low in dc.NOUN_PREPS:
                start = k + 1
            else:
                return
        else:
            return
        if dc.negated(toks, n) and kind == dc.DEMAND:
            return
        if colon is not None and self._quotation_at(start):
            start, end = self._quotation_run(start)  # the words quoted are what is asked
        else:
            end = dt.complement(self.sent, start, toks[n].quoted, noun=True)
        cue = self._cue(n, 0 if colon is not None else 1)
        yield _Found(kind, tuple(owner), start, end, cue, 0.85, self._speaker(n))

    def _quotation_at(self, k: int) -> bool:
        """A quotation opens at token ``k`` (past its opening mark)."""
        toks = self.toks
        while k < len(toks) and toks[k].low in {'"', "'"} and not toks[k].quoted:
            k += 1
        return k < len(toks) and toks[k].quoted and not self.toks[k - 1].quoted

    def _quotation_run(self, k: int) -> tuple[int, int]:
        toks = self.toks
        while k < len(toks) and not toks[k].quoted:
            k += 1
        end = k
        while end < len(toks) and toks[end].quoted:
            end += 1
        return k, end

    def _message(self, n: int) -> Iterator[_Found]:
        """ "Her message was simple: pay for the sea walls now": an imperative after a colon is
        what the owner of the message asks for."""
        toks = self.toks
        k = n + 1
        if k < len(toks) and toks[k].low in {"is", "was"}:
            k += 1
            if k < len(toks) and toks[k].alpha and toks[k].low not in dc.FUNCTION:
                k += 1  # "simple", "clear"
        if k + 1 >= len(toks) or toks[k].low != ":" or not self._imperative(k + 1):
            return
        owner = self.r.owner(n)
        if not owner:
            return
        end = dt.complement(self.sent, k + 1, toks[n].quoted)
        yield _Found(dc.DEMAND, tuple(owner), k + 1, end, self._cue(n), 0.7, self._speaker(n))

    def _imperative(self, k: int) -> bool:
        """ "pay for the sea walls", "stop drilling": a bare verb opening a clause."""
        t = self.toks[k]
        if not t.alpha or t.cap or t.low in dc.FUNCTION | dc.AUX | dc.DETERMINERS:
            return False
        if t.low.endswith(("ed", "ing", "ly", "s")):
            return False
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return nxt is not None and (nxt.low in dt.AFTER_VERB or nxt.low in dc.PREPOSITIONS)

    def _not_accept(self, n: int) -> Iterator[_Found]:
        """ "would not accept any ceasefire that ...": a rejection."""
        toks = self.toks
        if dc.in_condition(self.sent, n) or n + 1 >= len(toks) or not toks[n + 1].alpha:
            return
        actors = self._subjects(n)
        if not actors or self._unsure_pronoun(actors, n):
            return
        end = dt.complement(self.sent, n + 1, toks[n].quoted)
        yield _Found(dc.REJECTION, tuple(actors), n + 1, end, self._cue(n), 0.8, self._speaker(n))

    def _modal(self, n: int) -> str:
        """The modal before the verb at ``n`` ("could demand", "may seek"), if any."""
        k = n - 1
        while k >= 0 and (dc.adverb(self.toks[k].low) or self.toks[k].low in {"also", "still"}):
            k -= 1
        if k >= 0 and self.toks[k].low in {"be", "have"}:
            k -= 1
        return self.toks[k].low if k >= 0 and self.toks[k].low in _MODALS else ""

    def _lists_content(self, k: int) -> bool:
        """After "demands include" anything; after "demand is" a thing ("a 20% raise", "that
        ..."), not a verdict ("were unacceptable", "was ignored")."""
        toks = self.toks
        if k >= len(toks):
            return False
        if toks[k - 1].low.startswith("includ"):
            return True
        return toks[k].low in {"a", "an", "the", "that", "for", "to"} or not toks[k].alpha

    def _listed(self, n: int) -> Iterator[_Found]:
        """ "The group's key demands include a minimum wage and sick leave"."""
        toks = self.toks
        start = n + 2
        if start < len(toks) and toks[start].low == "that":
            start += 1
        end = dt.complement(self.sent, start, toks[n].quoted)
        kind = dc.NOUNS[toks[n].low]
        yield _Found(kind, tuple(self.r.owner(n)), start, end, self._cue(n, 1), 0.85, None)

    def _light_verb_subject(self, n: int) -> list[Actor]:
        """ "Norway put forward a proposal for ...", "X made a demand that ...": the subject of
        the verb that makes the noun."""
        toks = self.toks
        k = n - 1
        while k >= 0 and toks[k].alpha and not toks[k].cap and toks[k].low not in dc.FUNCTION:
            k -= 1  # "a new proposal"
        if k < 0 or dc.word(toks[k]) not in {"a", "an", "the"}:
            return []
        k -= 1
        if k >= 1 and toks[k].low == "forward" and toks[k - 1].low in {"put", "puts"}:
            k -= 1
        if k >= 1 and toks[k].low == "with" and self.r._verb_at(k - 1):
            k -= 1  # "X arrived with a clear ask"
        elif k < 0 or toks[k].low not in _LIGHT_VERBS:
            return []
        if dc.negated(toks, k):
            return []
        return self._subjects(k)

    def _appositive(self, n: int, kind: str) -> Iterator[_Found]:
        """ "a major increase in defense spending, a key demand Trump has made": the thing
        before is the demand of the one named after (not "demands Kyiv rejected")."""
        toks = self.toks
        a = self.r.actor_at(n + 1)
        if a is None or kind != dc.DEMAND:
            return
        k = a.j
        while k < len(toks) and toks[k].low in dc.AUX:
            k += 1
        if k >= len(toks) or toks[k].low not in _APPOSITIVE_VERBS:
            return
        k = n - 1
        while k >= 0 and toks[k].alpha and not toks[k].cap and toks[k].low not in dc.FUNCTION:
            k -= 1  # "key"
        if k < 0 or dc.word(toks[k]) not in {"a", "the"}:
            return
        end = k
        while end > 0 and dc.word(toks[end - 1]) in {",", "—", "-"}:
            end -= 1
        start = dt.noun_phrase_before(self.sent, end)
        if end - start >= 2:
            yield _Found(kind, (a,), start, end, self._cue(n), 0.8, self._speaker(n))

    # ---- conditions and obligations -----------------------------------------------------------

    def _condition(self, n: int) -> Iterator[_Found]:
        """ "Russia would end the war only if Kyiv agreed to ...", "can start negotiations ...
        if they leave ...", "will not sign unless ...", "will rejoin talks only once ...",
        "contingent upon ...", "If X is not in the text, we will not sign": what must happen
        first for peace, talks or a deal — or before a party that stays away comes back ("will
        not attend unless ..."; "would attend only if ..." is a conditional attendance)."""
        toks = self.toks
        low = toks[n].low
        if low in dc.CONDITION_NOUNS:
            if n + 1 >= len(toks) or toks[n + 1].low not in {"on", "upon"}:
                return
            start = n + 2
        else:
            start = n + 1
            if low == "provided" and (start >= len(toks) or toks[start].low != "that"):
                return
            if start < len(toks) and toks[start].low == "that":
                start += 1
        quoted = toks[n].quoted
        leading = low in {"if", "unless"} and self._opens_sentence(n)
        cond_end: int | None = None
        if leading:  # "If X is not in the text, Tuvalu will not sign."
            cond_end = next(
                (k for k in range(start, len(toks)) if toks[k].low == "," and k > start), None
            )
            if cond_end is None:
                return
            seg = self.sent.segment_of(cond_end + 1)
            main_toks = toks[cond_end + 1 : seg[1]]
        else:
            seg = self.sent.segment_of(max(0, n - 1))
            main_toks = toks[seg[0] : n]
        main = [t.low for t in main_toks if t.quoted == quoted]
        only = n > 0 and toks[n - 1].low == "only"
        flip = False
        if low in dc.CONDITIONS or low in dc.ONLY_CONDITIONS:
            if start < len(toks) and toks[start].low in {"so", "necessary", "needed"}:
                return
            main_negated = any(w in {"not", "never", "no"} or w.endswith("n't") for w in main)
            if not self._main_waits(main, low, only or leading):
                return
            if low == "until" and not main_negated and not any(w in _BOYCOTT for w in main):
                return  # "talks resume until ...", not "will boycott the talks until ..."
            if any(w in dc.THREAT_WORDS for w in main[-25:]):
                return
            end = cond_end if cond_end is not None else dt.complement(self.sent, start, quoted)
            cond_negated = dt.negative(toks, start, end)
            if low in {"unless", "until"}:
                if cond_negated:
                    return
            elif main_negated != cond_negated:
                return  # "If Russia attacks, we will not sign": not what they ask for
            else:
                flip = main_negated  # "If X is not in the text, we will not sign": X in it
        if low == "if" and n > 0 and toks[n - 1].low == "even":
            return
        end = cond_end if cond_end is not None else dt.complement(self.sent, start, quoted)
        words = [t for t in toks[start:end] if t.alpha]
        verb = self._has_verb(start, end)
        if len(words) < 2 or (len(words) < 3 and not verb) or (low == "until" and not verb):
            return  # not "until next week"; "until Coristan apologised" is a clause
        if any(
            t.low in _ATTENDING
            or (t.low == "part" and k and words[k - 1].low in {"take", "takes", "took", "taking"})
            for k, t in enumerate(words)
        ):
            return  # "would take part only if Putin was present": attendance (read elsewhere)
        reporters = self._reporters_of(n)
        speaker = reporters[0].name if reporters else None
        actors = reporters if low in dc.CONDITIONS or low in dc.ONLY_CONDITIONS else []
        if leading and not actors:
            actors = [
                a
                for a in self.r.actors
                if cond_end is not None
                and a.i > cond_end
                and not self.r._possessor(a)
                and not self.r._after_preposition(a, cond_end + 1)
            ][:1]
        actors = actors or self.r.subjects(n) or self.r.sentence_subject(n)
        if not actors:
            return
        names = tuple(a.name for a in reporters)
        text = dt.affirmed(self.sent, start, end) if flip else None
        yield _Found(dc.DEMAND, tuple(actors), start, end, self._cue(n), 0.8, speaker, names, text)

    def _opens_sentence(self, n: int) -> bool:
        """Token ``n`` opens the sentence, or the quotation after a colon ('X: "If ...')."""
        k = n - 1
        while k >= 0 and self.toks[k].low in {"“", '"', "‘", "'"}:
            k -= 1
        return k < 0 or dc.word(self.toks[k]) in {":", ";", "—"}

    def _main_waits(self, main: list[str], low: str, only: bool) -> bool:
        """The main clause waits on the condition: peace, talks, a deal or its acceptance, the
        end of something — or, with "unless" / "until" / "only once", a party's return ("will
        not attend unless", "will stay away until", "will rejoin talks only once")."""
        if any(w in dc.PEACE_WORDS or w in _ACCEPT for w in main[-25:]) or _ends_something(main):
            return True
        if low in {"unless", "until"} or (low in dc.ONLY_CONDITIONS and only):
            return any(w in _ATTENDING or w in _STAYING_AWAY for w in main[-25:])
        return False

    def _has_verb(self, start: int, end: int) -> bool:
        """ "until Russian troops left ...", not "until next week"."""
        toks = self.toks
        return any(
            self.r._verb_at(k)
            or toks[k].low in dt.IRREGULAR_PAST
            or (  # "until Arvenia withdraws its troops"
                toks[k].alpha
                and not toks[k].cap
                and toks[k].low not in dc.FUNCTION
                and k > start
                and (a := self.r.actor_at(k - 1)) is not None
                and a.j == k
            )
            for k in range(start, end)
        )

    def _named(self, name: str, n: int) -> Actor:
        found = next((a for a in self.r.actors if a.name == name), None)
        return found or Actor(n, n + 1, name, "person")

    def _requirement(self, n: int) -> Iterator[_Found]:
        """ "Coristan requires guarantees", and "X held that any agreement would require Russia
        to ...": a requirement stated by a party, or by who reports it."""
        toks = self.toks
        if self._skip(n) or n + 1 >= len(toks) or toks[n + 1].low in {"to", ".", ","}:
            return
        k = n - 1
        while k >= 0 and toks[k].low in dc.AUX:
            k -= 1
        start = n + 1 + (toks[n + 1].low == "that")
        end = dt.complement(self.sent, start, toks[n].quoted)
        if k >= 0 and toks[k].low in _THING_SUBJECTS:
            speaker = self._speaker(n)
            if speaker is None or not any(
                t.low in dc.PEACE_WORDS for t in toks[max(0, k - 3) : k + 1]
            ):
                return
            actor = self._named(speaker, n)
            yield _Found(dc.DEMAND, (actor,), start, end, self._cue(n), 0.7, speaker)
            return
        actors = self._subjects(n)
        if actors and actors[0].j == k + 1:
            yield _Found(dc.DEMAND, tuple(actors), start, end, self._cue(n), 0.8, self._speaker(n))

    def _obligation(self, n: int) -> Iterator[_Found]:
        """ "we need these rules", "Spain must allocate ...", and reported: "Guterres said
        nations needed to reach a deal", "said policies should be prioritised"."""
        toks = self.toks
        prohibition = toks[n].low in {"must", "should"} and self._no_subject(n)
        if (dc.negated(toks, n) and not prohibition) or dc.in_condition(self.sent, n):
            return
        if self.sent.segment_of(n)[2] in {"if", "whether", "only if", "when"}:
            return
        quoted = toks[n].quoted
        seg_start = self.r.zone_start(n)
        if quoted:  # the quotation opens a clause: 'a clear ask – "No trader should ...'
            q = n
            while q > seg_start and toks[q - 1].quoted:
                q -= 1
            seg_start = q
        k = n - 1
        while k >= seg_start and toks[k].low in dc.AUX - {"must", "should", "have", "has", "had"}:
            k -= 1
        if k < seg_start:
            return
        subject_word = toks[k].low
        if quoted:
            party_name = self.r.speaker
            if party_name is None:
                return
            if subject_word in {"we"}:
                start = n + 1
                while start < len(toks) and toks[start].low in {
                    "to",
                    "ensure",
                    "make",
                    "sure",
                    "that",
                }:
                    start += 1
            elif self.r._actor_ending(k + 1) is not None:
                start = self.r._actor_ending(k + 1).i  # type: ignore[union-attr]
            elif (np := self._people_subject(k, seg_start)) is not None:
                start = np  # "No trader should pay twice", "Rich nations must pay"
            else:
                return
            actor = Actor(n, n + 1, party_name, "speaker")
            confidence = 0.7
        else:
            if self.sent.segment_of(n)[2] not in {"said", "that"}:
                return
            speaker_actors = self._reporter(seg_start)
            if not speaker_actors:  # 'told X that ... and said "pro-growth policies" should'
                seg_start, speaker_actors = self._nearest_report(n, seg_start)
            if not speaker_actors or subject_word in {"he", "she", "i", "it", "they", "there"}:
                return
            actor = speaker_actors[0]
            if any(a.name == actor.name for a in self.r.actors if seg_start <= a.i < n):
                return  # "Sanchez said Spain will ..." about his own side is no demand
            start = seg_start
            if subject_word in {"we", "you", "there", "this", "that", "which", "who"}:
                return
            confidence = 0.7
        if toks[n].low == "should":
            confidence -= 0.05
        end = dt.complement(self.sent, start, quoted)
        if end - start < 2:
            return
        yield _Found(dc.DEMAND, (actor,), start, end, self._cue(n), confidence, actor.name)

    def _no_subject(self, n: int) -> bool:
        """ "No trader should pay twice": the negation is the subject's own (a prohibition is
        still a demand; "we don't need" is none)."""
        toks = self.toks
        k = n - 1
        while k >= 0 and toks[k].alpha and toks[k].low not in {"no", "not"} and n - k <= 4:
            k -= 1
        return (
            k >= 0
            and toks[k].low == "no"
            and all(
                t.low not in {"not", "n't"} and not t.low.endswith("n't") for t in toks[k + 1 : n]
            )
        )

    def _people_subject(self, k: int, seg_start: int) -> int | None:
        """The start of a noun phrase for people that opens the quoted clause and ends at ``k``
        ("No trader", "Poorer countries", "Every worker"): their obligation is the speaker's
        demand; things ("Prices should fall") are predictions."""
        toks = self.toks
        head = toks[k]
        if not head.alpha or head.cap or head.low in dc.FUNCTION | dc.AUX:
            return None
        people = head.low in dc.GROUPS or head.low.endswith(_AGENT_ENDINGS)
        if not people:
            return None
        start = dt.noun_phrase_before(self.sent, k + 1)
        while start < k and not toks[start].alpha:
            start += 1
        first = seg_start
        while first < k and not toks[first].alpha:
            first += 1
        if start != first or not toks[start].quoted:
            return None
        return start

    def _nearest_report(self, n: int, floor: int) -> tuple[int, list[Actor]]:
        """The reporting verb right before the clause of ``n`` when the clause splitter did not
        cut there ("... and said “pro-growth policies” should be prioritised"): the clause
        start and who reports it."""
        toks = self.toks
        for k in range(n - 1, floor - 1, -1):
            t = toks[k]
            if t.quoted or not t.alpha:
                continue
            if t.low in dc.REPORTERS:
                start = k + 1
                while start < n and (
                    toks[start].low in {"that", '"', "'"} and not toks[start].quoted
                ):
                    start += 1
                return start, self.r.subjects(k)
            if self.r._verb_at(k) or t.low in dc.AUX:
                break
        return floor, []

    def _reporter(self, seg_start: int) -> list[Actor]:
        """The subject of the reporting verb that opens the clause at ``seg_start``."""
        toks = self.toks
        k = seg_start - 1
        while k >= 0 and toks[k].low in {"that", ",", "“", '"', "‘", "'"}:
            k -= 1
        if k < 0 or toks[k].low not in dc.REPORTERS | {"arguing"}:
            return []
        return self.r.subjects(k)

    def _red_line(self, n: int) -> Iterator[_Found]:
        """ "Ukrainian officials maintain that neutrality remains a non-negotiable red line":
        Ukraine rejects neutrality."""
        toks = self.toks
        seg_start = self.r.zone_start(n)
        k = seg_start
        while k < n and toks[k].low not in {"remains", "is", "was", "remain", "are", "were"}:
            k += 1
        if k >= n or k == seg_start:
            return
        actors = self._reporter(seg_start)
        if not actors:
            return
        yield _Found(dc.REJECTION, tuple(actors), seg_start, k, "red line", 0.8, None)

    def _as_condition(self, n: int) -> Iterator[_Found]:
        """ "Coristan set the withdrawal of troops as a condition for any talks": the thing set
        is demanded by who sets it."""
        toks = self.toks
        if toks[n + 1].low not in {"a", "the", "its", "their", "his", "her"}:
            return
        verb = next(
            (k for k in range(n - 1, max(-1, n - 20), -1) if toks[k].low in _SETTING_VERBS), None
        )
        if verb is None or self._skip(verb):
            return
        actors = self._subjects(verb)
        if not actors:
            return
        start, end = verb + 1, n
        yield _Found(dc.DEMAND, tuple(actors), start, end, self._cue(n, 2), 0.85, self._speaker(n))

    def _nothing_less(self, n: int) -> Iterator[_Found]:
        """ "members will accept nothing less than a fair contract": a demand for it."""
        toks = self.toks
        if n + 2 >= len(toks) or toks[n + 2].low != "than":
            return
        if n == 0 or toks[n - 1].low not in {"accept", "settle", "expect", "want", "for"}:
            return
        actors = self._subjects(n - 1)
        if not actors:
            return
        start = n + 3
        end = dt.complement(self.sent, start, toks[n].quoted)
        yield _Found(
            dc.DEMAND, tuple(actors), start, end, "nothing less than", 0.8, self._speaker(n)
        )


def _dedupe(items: list[Demand]) -> list[Demand]:
    best: dict[tuple[str, str, str], Demand] = {}
    for d in items:
        k = (d.kind, d.party, d.text.lower())
        if k not in best or d.confidence > best[k].confidence:
            best[k] = d
    return [d for d in items if best[(d.kind, d.party, d.text.lower())] is d]
