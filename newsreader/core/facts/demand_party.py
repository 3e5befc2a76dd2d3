"""Who states a position: the subject of its verb, the owner of its noun, the speaker of a quote.

Actors are the people and parties the cast found, organizations written in capitals ("the
International Criminal Court") and groups named by a common noun ("the union", "Prosecutors",
"Trump's legal team", "Supporters of Ukraine"). The subject of a verb is the first actor of its
clause that is not after a preposition, not a possessor, not inside a relative clause and not the
party of someone's title ("Boeing CEO Kelly Ortberg" is Ortberg), with the actors coordinated
with it ("A, X, and B, Y, have insisted"); "we"/"I" inside a quotation is the quotation's speaker;
"it"/"they" after "X said" is X.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsreader.core.facts import demand_cues as dc
from newsreader.core.facts import demand_text as dt
from newsreader.core.facts.lexicon import (
    ORG_HEADS,
    PRONOUNS_I,
    PRONOUNS_PARTY,
    PRONOUNS_PLURAL,
    PRONOUNS_WE,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_PLURALS,
)
from newsreader.core.facts.people import Cast
from newsreader.core.facts.tokens import Sentence, Token

_INTRO = dc.PREPOSITIONS | dc.word_set(
    """after before following when while as since although though despite once if in on
    last earlier later meanwhile however nevertheless still yet also then instead so but
    and thus moreover furthermore"""
)
_OFFICIAL_GROUPS = dc.word_set(
    """government governments officials authorities leadership delegation delegations
    negotiators diplomats administration ministry forces military army troops leaders
    presidency"""
)
_HE_CHAIN = 4  # sentences a "he"/"she" may go back to find its person
_SUBORDINATORS = frozenset(
    {"while", "although", "though", "after", "before", "when", "since", "because", "as", "once"}
)
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS | frozenset(ROLE_PLURALS)
_RELATIVES = dc.word_set("who which whom whose")
# Finite forms after a subject: "X was in Vienna and demanded", "X wasn't there".
_FINITE_AUX = dc.word_set(
    """is are was were has have had will would could can may might must shall should does did
    do 's 're 've 'd wo"""
)


def _name_like(t: Token) -> bool:
    """A word of a person's name: "Okafor", "al-Jaberi", "bin-Salman" (not a title)."""
    if not t.alpha or t.low in _ROLE_WORDS:
        return False
    if t.cap:
        return True
    head, _, tail = t.text.partition("-")
    return bool(tail) and len(head) <= 3 and tail[:1].isupper()


@dataclass(frozen=True, slots=True)
class Actor:
    """Tokens ``i``..``j`` of a sentence naming ``name``; ``kind`` person / party / group /
    speaker (the quotation's speaker, for "we" and "I")."""

    i: int
    j: int
    name: str
    kind: str

    @property
    def is_person(self) -> bool:
        return self.kind in {"person", "speaker"}


@dataclass(slots=True)
class Reader:
    """The actors of one sentence and who they are (worked out when first asked for: most
    sentences state no position)."""

    sent: Sentence
    cast: Cast
    speaker: str | None = None  # of the quotation the sentence is in, when known
    before: Reader | None = None  # the reader of the sentence before
    _actors_found: list[Actor] | None = field(default=None, repr=False)
    _previous: tuple[Actor | None] | None = field(default=None, repr=False)
    _relatives: list[tuple[int, int]] | None = field(default=None, repr=False)

    @property
    def actors(self) -> list[Actor]:
        if self._actors_found is None:
            self._actors_found = self._actors()
        return self._actors_found

    @property
    def previous(self) -> Actor | None:
        """The subject of the sentence before, carried back over sentences that go on about
        the same person with "he"/"she" (a few at most; no recursion on long articles)."""
        if self._previous is None:
            result: Actor | None = None
            r = self.before
            for _ in range(_HE_CHAIN):
                if r is None:
                    break
                subject = r.sentence_subject(len(r.toks), named=True) or r._passive_agent()
                if subject:
                    result = subject[0]
                    break
                if not r._about_the_same():
                    break
                r = r.before
            self._previous = (result,)
        return self._previous[0]

    def _passive_agent(self) -> list[Actor]:
        """ "The meeting was co-chaired by vice-premier X, who ...": the person who acts in a
        sentence whose subject is a thing."""
        toks = self.toks
        for k in range(1, len(toks) - 2):
            if toks[k].low != "by" or toks[k - 1].quoted:
                continue
            j = k - 1
            while j > 0 and dc.adverb(toks[j].low):
                j -= 1
            if not (toks[j].low.endswith("ed") and toks[j - 1].low in {"was", "were", "been"}):
                continue
            a = next((a for a in self.actors if k < a.i <= k + 4), None)
            if a is not None and a.kind == "person" and toks[a.i].low not in {"he", "she"}:
                return [a]
        return []

    def _about_the_same(self) -> bool:
        """The narration's subject is "he"/"she" (“...,” he told delegates.) and no one else
        is named."""
        toks = self.toks
        narration = [t for t in toks if not t.quoted]
        if not any(t.alpha for t in narration):
            return True  # a sentence of a quotation: the story goes on about its speaker
        names = [a for a in self.actors if a.kind == "person" and not toks[a.i].quoted]
        return any(t.low in {"he", "she"} for t in narration[:12]) and all(
            toks[a.i].low in {"he", "she", "his", "her"} for a in names
        )

    @property
    def toks(self) -> list[Token]:
        return self.sent.tokens

    # ---- actors -----------------------------------------------------------------------------

    def _actors(self) -> list[Actor]:
        toks = self.toks
        out: list[Actor] = []
        taken: set[int] = set()
        for m in self.cast.in_sentence(self.sent):
            name = self.cast.drafts[m.person].name
            out.append(Actor(m.i, m.j, name, "person"))
            taken.update(range(m.i, m.j))
        roles = self.cast.in_roles.get(self.sent.index, set())
        for pm in self.cast.parties.get(self.sent.index, []):
            if pm.i in taken or self._title_party(pm.i, pm.j, roles):
                continue
            out.append(Actor(pm.i, pm.j, pm.party, "party"))
            taken.update(range(pm.i, pm.j))
        out += self._organizations(taken)
        for k, t in enumerate(toks):
            if k in taken:
                continue
            if t.low in PRONOUNS_WE | PRONOUNS_I and t.quoted and self.speaker:
                out.append(Actor(k, k + 1, self.speaker, "speaker"))
            elif t.low in {"defence", "defense"} and k and toks[k - 1].low == "the":
                nxt = toks[k + 1].low if k + 1 < len(toks) else ""
                if nxt in {"'s", "team", "lawyers", ","} or nxt in dc.VERBS or nxt in dc.AUX:
                    out.append(Actor(k, k + 1, "Defence", "group"))  # the defence in a trial
            elif t.low in dc.NOT_PARTIES:
                if seen := self._seen_at(k):
                    out.append(seen)
            elif t.low in dc.GROUPS and t.low not in {"some", "many", "several", "others"}:
                if group := self._group(k):
                    out.append(group)
            elif t.low in {"some", "others", "many"} and t.cap and k == self._start_word():
                out.append(Actor(k, k + 1, t.text.capitalize(), "group"))
        spans = [(a.i, a.j) for a in out]  # "Analysts at Vantage Energy" holds the organization
        out = [a for a in out if not any(i < a.i and a.j <= j for i, j in spans)]
        return sorted(out, key=lambda a: a.i)

    def _start_word(self) -> int:
        return next((k for k, t in enumerate(self.toks) if t.alpha), 0)

    def _title_party(self, i: int, j: int, roles: set[int]) -> bool:
        """ "Boeing CEO Kelly Ortberg", "UN climate chief Simon Stiell", "the US ambassador":
        the party of someone's title, not an actor of its own."""
        toks = self.toks
        if i in roles:
            return True
        k = j
        while k < len(toks) and toks[k].low in _ROLE_WORDS | {"climate", "-", "‑"}:
            k += 1
        if k == j:
            return False
        persons = {m.i for m in self.cast.in_sentence(self.sent)}
        return k in persons or (k < len(toks) and toks[k].low in {"to", "of", ","}) or k == j + 1

    def _organizations(self, taken: set[int]) -> list[Actor]:
        """Capitalized runs ending in an organization word ("International Criminal Court")
        or written as an acronym ("IAM")."""
        toks = self.toks
        out: list[Actor] = []
        k = 0
        while k < len(toks):
            if k in taken or not (toks[k].cap and toks[k].alpha) or k == self._start_word():
                k += 1
                continue
            j = k
            while j < len(toks) and j not in taken and toks[j].cap and toks[j].alpha:
                j += 1
            words = toks[k:j]
            if words[-1].low in ORG_HEADS:
                j = self._of_name(j, taken)  # "the Chamber of Commerce", "Alliance of X"
            acronym = (
                len(words) == 1
                and words[0].text.isupper()
                and len(words[0].text) >= 3
                and words[0].text.lower() not in dc.NOT_ORGS
            )
            if words[-1].low in ORG_HEADS or acronym:
                out.append(Actor(k, j, self.sent.span_text(k, j), "group"))
            k = max(j, k + 1)
        return out

    def _of_name(self, j: int, taken: set[int]) -> int:
        """The end of an organization's name that goes on with "of" ("Chamber of Commerce",
        "Alliance of Oil Exporting Nations")."""
        toks = self.toks
        if j + 1 >= len(toks) or toks[j].low != "of" or j + 1 in taken:
            return j
        e = j + 1
        while e < len(toks) and e not in taken and toks[e].cap and toks[e].alpha:
            e += 1
        return e if e > j + 1 else j

    def _seen_at(self, k: int) -> Actor | None:
        """ "Analysts at Vantage Energy", "economists from the Bank of X": commentators speak
        for the organization named after them."""
        toks = self.toks
        if k + 2 >= len(toks) or toks[k + 1].low not in {"at", "from", "with"}:
            return None
        i = k + 2 + (toks[k + 2].low == "the")
        e = i
        while e < len(toks) and toks[e].cap and toks[e].alpha:
            e += 1
        if e == i:
            return None
        e = self._of_name(e, set())
        return Actor(k, e, self.sent.span_text(i, e), "group")

    def _group(self, k: int) -> Actor | None:
        """The noun phrase a group word heads: "Trump's legal team", "Supporters of Ukraine"."""
        toks = self.toks
        if k + 1 < len(toks) and toks[k + 1].low in dc.GROUPS | _ROLE_WORDS:
            return None  # "union members": the head comes later
        if k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].alpha and not toks[k].cap:
            return None  # "union president Jon Holden": a title
        a = k
        while (
            a > 0
            and k - a < 5
            and (
                toks[a - 1].low in {"'s", "'", "’"}
                or (toks[a - 1].cap and toks[a - 1].alpha)
                or (
                    toks[a - 1].alpha
                    and toks[a - 1].low not in dc.FUNCTION | dc.PREPOSITIONS | dc.AUX
                    and not toks[a - 1].low.endswith(("ed", "ing", "ly"))
                    and toks[a - 1].low not in dc.VERBS
                    and toks[a - 1].low not in dc.REPORTERS | dt.IRREGULAR_PAST
                )
            )
        ):
            a -= 1  # "Trump's legal team", "Boeing's largest unions"
        if a < k and toks[a].low in {"'s", "'", "’"}:
            a += 1
        b = k + 1
        if b + 1 < len(toks) and toks[b].low == "of" and toks[b + 1].cap:
            b += 2
            while b < len(toks) and toks[b].cap and toks[b].alpha:
                b += 1
            of = self.cast.resolver.any(self.sent.span_text(k + 2, b))
            if of and toks[k].low in _OFFICIAL_GROUPS:
                return Actor(k, b, of, "party")  # "leaders of France (and Germany)"
        while a < k and toks[a].low in dc.DETERMINERS:
            a += 1
        text = self.sent.span_text(a, b)
        if toks[k].low in dc.NOT_PARTIES:
            return None
        party = next(
            (p for x in range(a, k) if toks[x].cap and (p := self.cast.resolver.any(toks[x].text))),
            None,
        )
        if party and toks[k].low in _OFFICIAL_GROUPS:
            return Actor(a, b, party, "party")  # "the UK and US governments": the United States
        return Actor(a, b, text[:1].upper() + text[1:], "group")

    def actor_at(self, k: int) -> Actor | None:
        return next((a for a in self.actors if a.i <= k < a.j), None)

    def relative_spans(self) -> list[tuple[int, int]]:
        """The relative clauses set off by commas ("X, who flew in from Washington, D.C., said"):
        from "who"/"which" to the comma after which the main clause's verb comes."""
        if self._relatives is None:
            toks = self.toks
            spans: list[tuple[int, int]] = []
            for n, t in enumerate(toks):
                if t.low not in _RELATIVES or t.quoted or n == 0:
                    continue
                k = n - 1 if toks[n - 1].low in dc.PREPOSITIONS and n > 1 else n  # ", of which"
                if toks[k - 1].low != ",":
                    continue
                end = len(toks)
                for j in range(k + 2, len(toks) - 1):
                    if dc.word(toks[j]) in {";", ":", "—"}:
                        end = j
                        break
                    if toks[j].low == "," and self._verb_at(self._skip_forward(j + 1, len(toks))):
                        end = j
                        break
                spans.append((k, end))
            self._relatives = spans
        return self._relatives

    def in_relative(self, a: Actor) -> bool:
        """The actor is inside a relative clause of the sentence ("who flew in from X")."""
        return any(i < a.i < j for i, j in self.relative_spans())

    # ---- subjects ---------------------------------------------------------------------------

    def zone_start(self, n: int) -> int:
        """Where the clause of token ``n`` starts: its segment, past an opening phrase that ends
        in a comma ("Before the vote,", "According to X,", "On Sunday,")."""
        seg = self.sent.segment_of(n)
        start = seg[0]
        toks = self.toks
        if seg[2] in _SUBORDINATORS and any(t.low == "," for t in toks[start:n]):
            if start <= 1 + sum(1 for t in toks[:start] if not t.alpha):
                start = max(k for k in range(start, n) if toks[k].low == ",") + 1
            elif not self._own_subject(start):
                # "Prosecutors, while acknowledging ..., insisted": the main clause's subject
                return self.zone_start(start - 1) if start >= 1 else start
        while start < n and toks[start].low in {",", "and", "but", "so", "“", '"', "‘"}:
            start += 1
        if start < n and toks[start].low in _INTRO:
            comma = next((k for k in range(start, n) if toks[k].low == ","), None)
            if comma is not None:
                start = comma + 1
        return start

    def _own_subject(self, k: int) -> bool:
        """The clause at ``k`` opens with a subject of its own (", while the head of X, Y,
        demanded"), not a participle (", while acknowledging ...,")."""
        t = self.toks[k] if k < len(self.toks) else None
        return t is not None and (
            t.low in dc.DETERMINERS | {"he", "she", "they", "we", "i", "it"} or (t.cap and t.alpha)
        )

    def _after_preposition(self, a: Actor, start: int) -> bool:
        toks = self.toks
        if toks[a.i].low in {"he", "she", "they", "we", "i"}:
            return False  # a subject pronoun is never the object of a preposition
        k = a.i - 1
        while k >= start and (
            toks[k].low in _ROLE_WORDS
            or toks[k].low in {"the", "a", "an", "'s"}
            or (toks[k].cap and toks[k].alpha and self.actor_at(k) is None)
        ):
            k -= 1
        return k >= start and toks[k].low in dc.PREPOSITIONS

    def _possessor(self, a: Actor) -> bool:
        toks = self.toks
        if toks[a.i].low in {"his", "her", "its", "their", "our", "my"}:
            return True
        return a.j < len(toks) and toks[a.j].low == "'s"

    def subjects(self, n: int, start: int | None = None) -> list[Actor]:
        """The actors that are the subject of the verb at ``n`` (empty when none is clear): the
        actor right before it (past auxiliaries, adverbs and a parenthesis between commas), the
        antecedent of "who"/"which", or, after "and", the subject of the verb before."""
        toks = self.toks
        start = self.zone_start(n) if start is None else start
        k = self._skip_back(n - 1, start)
        if k < start:
            if start > 0 and toks[start - 1].low in {"but", "and"} and k == start - 1:
                return self.subject_before(start - 1)  # "X was ready for talks but would not"
            return []
        low = toks[k].low
        if low in {"who", "that"} and k > 0:
            j = k - 1 if toks[k - 1].low == "," else k
            a = self._actor_ending(j, start)
            return self._listed_with(a, start) if a is not None else []
        if low == "which":
            return []  # "the draft, which proposed ...": a thing
        if low in {"and", "but"}:
            return self.subject_before(k)
        if low in PRONOUNS_PARTY | PRONOUNS_PLURAL:
            return self.antecedents(k)
        a = self._actor_ending(k + 1, start)
        if a is not None:
            return self._with_coordinated(a, start)
        restricted = self._before_restrictive_relative(k, start) or self._modified_group(k, start)
        if restricted is not None:
            return [restricted]
        if _name_like(toks[k]):  # "Coristan's Okonkwo pressed for"
            i = k
            while i > start and _name_like(toks[i - 1]):
                i -= 1
            if i - 2 >= start and toks[i - 1].low == "'s":
                owner = self.actor_at(i - 2)
                if owner is not None and owner.j == i - 1:
                    return self._party_of_unknown_name(owner.i, k + 1)
        if toks[k].low == ",":  # ", president of X," / ", while acknowledging ...,"
            return self._before_parenthesis(start, k)
        return []

    def _modified_group(self, k: int, start: int) -> Actor | None:
        """ "Protesters in Nairobi demanded", "Workers at the plant in Seattle want": a group
        opening the clause, with place phrases between it and the verb after ``k``."""
        toks = self.toks
        first = start
        while first < k and toks[first].low in dc.DETERMINERS:
            first += 1
        a = next((x for x in self.actors if x.i <= first < x.j), None)
        if a is None or a.kind != "group" or a.j > k or toks[a.j].low not in dc.PREPOSITIONS:
            return None
        for t in toks[a.j : k + 1]:
            if t.low in {",", ";", ":", "who", "that", "which"} or t.quoted:
                return None
            if t.alpha and not t.cap and (t.low in dc.AUX or t.low in dc.VERBS):
                return None
        return a

    def _before_restrictive_relative(self, k: int, start: int) -> Actor | None:
        """ "Residents who live near the river are demanding": the actor before a "who"/"that"
        clause (no commas) whose own verb comes before the one at ``k + 1``."""
        toks = self.toks
        for w in range(k, max(start - 2, 0), -1):  # the splitter may start the clause at "that"
            if toks[w].low in {",", ";", ":"} or toks[w].quoted:
                return None
            if toks[w].low in {"who", "that"}:
                a = self._actor_ending(w, 0)
                verb = any(self._verb_at(j) or toks[j].low in dc.AUX for j in range(w + 1, k + 1))
                nxt = toks[w + 1] if w + 1 <= k else None  # "who live near the river"
                verb = verb or (
                    nxt is not None
                    and nxt.alpha
                    and not nxt.cap
                    and nxt.low not in dc.FUNCTION | dc.PREPOSITIONS
                )
                return a if a is not None and verb else None
        return None

    def _before_parenthesis(self, start: int, comma: int) -> list[Actor]:
        """ "Prosecutors, while acknowledging ..., insisted", "Both the Secretary General, Mark
        Rutte, and the ambassador, Matthew Whitaker, have insisted": the subject is in the
        clause's first phrase, or the name in apposition to it (and those added with "and");
        "The agreement, backed by 61 countries, calls for" has none."""
        toks = self.toks
        blocks: list[tuple[int, int]] = []
        a = start
        for k in range(start, comma + 1):
            if toks[k].low == ",":
                blocks.append((a, k))
                a = k + 1
        names: list[Actor] = []
        for n, (i, j) in enumerate(blocks[1:], start=1):
            if self._is_name_block(i, j) and self._describes(*blocks[n - 1]):
                inside = [x for x in self.actors if i <= x.i and x.j <= j]
                listed = any(t.low == "and" for t in toks[i:j])
                names += inside if listed else inside[-1:]  # "Matthew G. Whitaker" as one
        if names:  # "two member states, Belgium and Slovakia, announced": the names
            people = [x for x in names if x.kind == "person"]
            return people if len(people) == len(names) else names
        i, j = blocks[0]
        inside = [
            x
            for x in self.actors
            if i <= x.i
            and x.j <= j
            and not self._possessor(x)
            and not self._after_preposition(x, i)
        ]
        return inside[:1] or self._party_of_unknown_name(i, j)

    def _party_of_unknown_name(self, i: int, j: int) -> list[Actor]:
        """ "Iraq's al-Jaberi, who ..., pressed for": a name the cast does not know, owned by a
        party, speaks for that party."""
        toks = self.toks
        while i < j and toks[i].low in dc.DETERMINERS:
            i += 1
        owner = next((a for a in self.actors if a.i == i and a.kind == "party"), None)
        if owner is None or owner.j >= j or toks[owner.j].low != "'s":
            return []
        rest = toks[owner.j + 1 : j]
        if rest and all(_name_like(t) for t in rest):
            return [owner]
        return []

    def _describes(self, i: int, j: int) -> bool:
        """Tokens ``i``..``j`` can be the description a name is in apposition to ("the US
        ambassador to NATO", "two other member states"), not a list or a participle phrase."""
        toks = self.toks
        words = [t for t in toks[i:j] if t.alpha]
        if not words or words[0].low in dc.PREPOSITIONS or words[0].low.endswith(("ed", "ing")):
            return False
        return all(
            x.kind == "group" or self._after_preposition(x, i) or self._possessor(x)
            for x in self.actors
            if i <= x.i and x.j <= j
        )

    def _is_name_block(self, i: int, j: int) -> bool:
        """Tokens ``i``..``j`` are a name in apposition (every word inside an actor: "Matthew
        G. Whitaker" may come as two)."""
        inside = [x for x in self.actors if i <= x.i and x.j <= j]
        covered = {k for x in inside for k in range(x.i, x.j)}
        return bool(inside) and all(
            k in covered
            for k in range(i, j)
            if self.toks[k].alpha and self.toks[k].low not in {"and", "the"}
        )

    def _leads_to_name(self, blocks: list[tuple[int, int]], n: int) -> bool:
        return n + 1 < len(blocks) and self._is_name_block(*blocks[n + 1])

    def _skip_forward(self, k: int, limit: int) -> int:
        toks = self.toks
        while k < limit and (
            toks[k].low in dc.AUX | {"not", "never", "n't", "only", "“", '"', "‘"}
            or (dc.adverb(toks[k].low) and not toks[k].cap)
        ):
            k += 1
        return k

    def _skip_back(self, k: int, start: int) -> int:
        """Back from ``k`` past auxiliaries, adverbs and time phrases ("X on Tuesday demanded",
        "X for his part has demanded")."""
        toks = self.toks
        while k >= start:
            if toks[k].low in dc.AUX | {"not", "never", "n't", "only"} or (
                dc.adverb(toks[k].low) and not toks[k].cap
            ):
                k -= 1
            elif (a := dc.adjunct_start(toks, k)) <= k and a > start:
                k = a - 1
            else:
                break
        return k

    def _actor_ending(self, end: int, start: int = 0) -> Actor | None:
        """The actor whose last token is ``end - 1`` (not a possessor, not the object of a
        preposition after ``start``)."""
        a = next((a for a in self.actors if a.j == end), None)
        if a is None or self._possessor(a) or self._after_preposition(a, start):
            return None
        return a

    def _with_coordinated(self, first: Actor, start: int) -> list[Actor]:
        """``first`` and the actors listed before it: "A, X, and B, Y, have insisted"."""
        toks = self.toks
        out = [first]
        for a in reversed([a for a in self.actors if start <= a.i and a.j <= first.i]):
            between = toks[a.j : out[-1].i]
            if self._after_preposition(a, start) or self._possessor(a) or self.in_relative(a):
                continue
            if any(t.low in _RELATIVES for t in between):
                break
            if not any(t.low in {"and", ","} for t in between) or any(
                self._verbish(t) for t in between
            ):
                break
            if toks[a.j].low not in {",", "and"}:
                continue
            out.append(a)
        return list(reversed(out))

    def _listed_with(self, last: Actor, start: int) -> list[Actor]:
        """``last`` and the actors listed right before it with only commas and "and" between
        ("A and B, who ..."; not "Judge X heard an application from Y, who ...")."""
        toks = self.toks
        out = [last]
        for a in reversed([a for a in self.actors if start <= a.i and a.j <= last.i]):
            between = toks[a.j : out[-1].i]
            if not between or any(t.low not in {",", "and"} for t in between):
                break
            out.append(a)
        return list(reversed(out))

    def _past_of_party(self, j: int, limit: int) -> int:
        """Past "of Arvenia" / "from Chile" after a person ("Tomas Halberg of Arvenia, who ...,
        said")."""
        toks = self.toks
        if j + 1 < limit and toks[j].low in {"of", "from"}:
            party = self.actor_at(j + 1)
            if party is not None and party.i == j + 1 and party.kind == "party":
                return party.j
        return j

    def _closing_comma(self, k: int, limit: int) -> int | None:
        """The comma that closes the parenthesis opened by the comma at ``k`` (", the union's
        president,"; ", who flew in from Washington, D.C., headquarters,")."""
        end = next((j for i, j in self.relative_spans() if i == k + 1), None)
        if end is not None and end < limit:
            return end
        return next((j for j in range(k + 1, limit) if self.toks[j].low == ","), None)

    def _speaking_to_colon(self, j: int, limit: int) -> bool:
        """ "X, speaking to reporters outside the hall: “...”": X says what follows."""
        toks = self.toks
        if j + 1 >= limit or toks[j].low != "," or not toks[j + 1].low.endswith("ing"):
            return False
        for k in range(j + 2, min(limit, j + 15)):
            if toks[k].low == ":":
                return True
            if toks[k].low in {",", ";", "."} or toks[k].quoted:
                return False
        return False

    def _finite_after(self, j: int, limit: int) -> bool:
        """An auxiliary or copula follows the actor ending at ``j`` ("X was in Vienna", "X
        wasn't there", "X will also"): the actor is a subject."""
        toks = self.toks
        if j >= limit or toks[j].quoted:
            return False
        return toks[j].low in _FINITE_AUX or (
            toks[j].low.endswith("n't") and toks[j].low[:-3] in _FINITE_AUX | {"wo", "ca"}
        )

    def sentence_subject(self, limit: int, named: bool = False) -> list[Actor]:
        """The subject of the sentence's main verb before ``limit``: an actor of the clause's
        first phrase (not quoted, not after a preposition) followed by a verb, or the name in
        apposition to that phrase; with ``named``, never a pronoun."""
        toks = self.toks
        start = self.zone_start(0)
        while start < limit and toks[start].quoted:
            start += 1  # “...,” he told delegates: the narration's subject
        first_comma = next((k for k in range(start, limit) if toks[k].low == ","), limit)
        for a in self.actors:
            if a.j > limit or a.i < start or a.i > first_comma or toks[a.i].quoted:
                continue
            if named and toks[a.i].low in {"he", "she", "we", "i"}:
                continue
            if self._possessor(a) or self._after_preposition(a, start) or self.in_relative(a):
                continue
            if self._finite_after(a.j, limit):
                return self._with_coordinated(a, start)
            k = self._skip_forward(self._past_of_party(a.j, limit), limit)
            if k < limit and toks[k].low == ",":  # "X, the union's president, said"
                comma = self._closing_comma(k, limit)
                k = self._skip_forward(comma + 1 if comma is not None else k, limit)
            if k < limit and self._verb_at(k):
                return self._with_coordinated(a, start)
            if self._speaking_to_colon(a.j, limit):
                return [a]
        if first_comma < limit:
            second = next((k for k in range(first_comma + 1, limit) if toks[k].low == ","), None)
            if (
                second is not None
                and self._is_name_block(first_comma + 1, second)
                and self._describes(start, first_comma)
            ):
                names = [x for x in self.actors if first_comma < x.i and x.j <= second]
                return names[-1:]
        return []

    def subject_before(self, k: int) -> list[Actor]:
        """The subject of the verb before the "and" at ``k`` (the nearest actor followed by a
        verb)."""
        toks = self.toks
        for a in reversed([a for a in self.actors if a.j <= k and not self._possessor(a)]):
            if self.in_relative(a) or (toks[a.i].quoted and not toks[k].quoted):
                continue  # "... “the Trump administration will not squander” and said"
            if self._finite_after(a.j, k) and not self._after_preposition(a, 0):
                return self._with_coordinated(a, self.zone_start(a.i))
            nxt = self._skip_forward(self._past_of_party(a.j, k), k)
            if nxt < k and toks[nxt].low == ",":
                comma = self._closing_comma(nxt, k)
                nxt = self._skip_forward(comma + 1 if comma is not None else nxt, k)
            word = toks[nxt] if nxt < k else None
            plain = (
                word is not None
                and word.alpha
                and not word.cap
                and word.low not in dc.FUNCTION | dc.PREPOSITIONS | dc.GROUPS
                and not self._after_number(a)  # "300 million US dollars": a currency
            )
            if nxt < k and (self._verb_at(nxt) or plain) and not self._after_preposition(a, 0):
                return self._with_coordinated(a, self.zone_start(a.i))
        return []

    def _after_number(self, a: Actor) -> bool:
        k = a.i - 1
        return k >= 0 and (
            self.toks[k].text[:1].isdigit()
            or self.toks[k].low in {"million", "billion", "trillion", "thousand", "bn", "m"}
        )

    def _verb_at(self, k: int) -> bool:
        """Token ``k`` is a verb: it looks like one, or it follows an auxiliary ("will not
        join")."""
        toks = self.toks
        t = toks[k]
        if self._verbish(t):
            return True
        prev = toks[k - 1].low if k else ""
        return (
            t.alpha
            and not t.cap
            and t.low not in dc.FUNCTION | dc.PREPOSITIONS
            and prev in dc.AUX | {"not", "never", "n't"}
        )

    @staticmethod
    def _verbish(t: Token) -> bool:
        low = t.low
        if not t.alpha or t.cap or low in dc.FUNCTION or low in dc.PREPOSITIONS:
            return False
        return low.endswith(("ed", "es")) or low in dc.VERBS or low in dc.REPORTERS

    def pronoun_subject(self, n: int, start: int) -> list[Actor]:
        """ "it wants", "they want", "we need": the subject is a pronoun right before the verb."""
        toks = self.toks
        k = n - 1
        while k >= start and (toks[k].low in dc.AUX or dc.adverb(toks[k].low)):
            k -= 1
        if k < start:
            return []
        low = toks[k].low
        if low in PRONOUNS_WE | PRONOUNS_I:
            if toks[k].quoted and self.speaker:
                return [Actor(k, k + 1, self.speaker, "speaker")]
            return []
        if low in {"he", "she"} and self.actor_at(k) is None and not toks[k].quoted:
            # "He advocated ...": the person the sentence before is about
            previous = self.previous
            return (
                [Actor(k, k + 1, previous.name, previous.kind)]
                if previous and previous.is_person
                else []
            )
        if low in PRONOUNS_PARTY | PRONOUNS_PLURAL:
            return self.antecedents(k)
        return []

    def antecedents(self, k: int) -> list[Actor]:
        """ "they" after "Belgium and Slovakia announced that": both."""
        if self.toks[k].low in PRONOUNS_PLURAL:
            reporters = self._reporters_before(k)
            if len(reporters) > 1:
                return reporters
        ref = self.antecedent(k)
        return [ref] if ref is not None else []

    def _reporters_before(self, k: int) -> list[Actor]:
        seg = self.sent.segment_of(k)
        if seg[2] in {"said", "that"} and seg[0] > 0:
            for r in range(seg[0] - 1, max(-1, seg[0] - 7), -1):
                if self.toks[r].low in dc.REPORTERS and not self.toks[r].quoted:
                    return self.subjects(r)
        return []

    def antecedent(self, k: int) -> Actor | None:
        """What "it"/"its"/"they"/"their" at ``k`` refers to: the subject of the reporting
        clause ("Moscow said it wants"), else the first subject before it in the sentence, else
        the subject of the sentence before (none when that one has no actor for a subject)."""
        reporters = self._reporters_before(k)
        if reporters:
            return reporters[0]
        before = [
            a
            for a in self.actors
            if a.j <= k and not self._after_preposition(a, 0) and not self._possessor(a)
        ]
        clause = self.zone_start(k)
        own = [a for a in before if a.i >= clause and self.sent.segment_of(k)[2] != "said"]
        if own:
            return own[0]  # "Gabon will stay away unless the bloc drops its plan": the bloc's
        if (
            clause < k
            and self.toks[clause].low in {"the", "a", "an", "this", "that"}
            and self.sent.segment_of(k)[2] != "said"
            and self.toks[k].low in {"its", "their"}
        ):
            return None  # "unless the basin commission drops its plan": the commission's
        if before:
            return before[0]
        if self.toks[k].quoted:
            return None  # "They want him to come": someone the quotation spoke of
        if self.previous is not None:
            return Actor(k, k + 1, self.previous.name, self.previous.kind)
        ref = self.before.thing_subject() if self.before is not None else None
        if ref is not None:
            return Actor(k, k + 1, ref.name, ref.kind)
        return None

    def thing_subject(self, depth: int = _HE_CHAIN) -> Actor | None:
        """What an "it"/"they" opening the next sentence stands for when this sentence has no
        named subject: the owner of its subject ("The union's position is clear. It wants
        ..."), or what its own opening "it"/"they" stood for ("It wants X. It has also called
        for Y")."""
        toks = self.toks
        start = self.zone_start(0)
        if start >= len(toks) or toks[start].quoted:
            return None
        owner = next((a for a in self.actors if a.i in {start, start + 1}), None)
        if owner is not None and owner.kind != "person" and self._possessor(owner):
            k = owner.j + 1
            while k < len(toks) and toks[k].alpha and not toks[k].cap:
                if toks[k].low in _FINITE_AUX or self._verb_at(k):
                    return owner  # "The union's position is ...", "Its demands were ..."
                k += 1
            return None
        if toks[start].low in {"it", "they"} and depth > 0 and self.before is not None:
            if self.before.sentence_subject(len(self.before.toks), named=True):
                subject = self.before.sentence_subject(len(self.before.toks), named=True)[0]
                return subject if subject.kind != "person" else None
            return self.before.thing_subject(depth - 1)
        return None

    def owner(self, n: int) -> list[Actor]:
        """Who owns the noun at ``n``: "Moscow's demand", "his demand", "its demands", "the
        team's requests", "demands from X", "a call by X"."""
        toks = self.toks
        k = n - 1
        while k >= 0 and toks[k].alpha and not toks[k].cap and toks[k].low not in dc.FUNCTION:
            k -= 1  # adjectives: "his key demand", "Putin's repeated demands"
        if k >= 0 and toks[k].low in {"'s", "'", "’"}:
            a = self.actor_at(k - 1)
            if a is None:
                return []
            return [a]
        if k >= 0 and toks[k].low in {"his", "her"}:
            m = next((m for m in self.cast.in_sentence(self.sent) if m.i == k), None)
            return [Actor(k, k + 1, self.cast.drafts[m.person].name, "person")] if m else []
        if k >= 0 and toks[k].low in {"its", "their"}:
            ref = self.antecedent(k)
            return [ref] if ref is not None else []
        if k >= 0 and toks[k].low in {"our", "my"} and toks[k].quoted and self.speaker:
            return [Actor(k, k + 1, self.speaker, "speaker")]
        if n + 2 < len(toks) and toks[n + 1].low in {"from", "by", "of"}:
            a = self.actor_at(n + 2) or self.actor_at(n + 3)
            if a is not None and a.i <= n + 3:
                return [a]
        return []
