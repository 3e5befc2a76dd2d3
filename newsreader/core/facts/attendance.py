"""Who takes part: attendance cues with their subjects or objects, negation and condition.

- attending: "will attend", "took part", "will lead the delegation", "led by X", "the delegation
  includes X", "will send X to attend", "joined by X", "He will have X and Y" after a lead.
- not_attending: a negated cue ("will not attend", "did not attend", "not ready to attend"),
  "stays away", "skips the talks", "X's absence", "but not X", "declined to attend".
- conditional: "only if", "unless", "whether", "might/may/could", "considering".
- nothing: a request or invitation ("urged Putin to attend", "asked him to attend"), a cue inside
  a condition ("... if Putin attends"), a habit ("rarely attend"), inside a quotation or a
  question.

The subject of a cue is the nearest person (or coordinated people) before it in its clause, past
titles, a parenthesis ("X, who, despite ..., is not taking part") and relative clauses; never
someone after a preposition ("told Prime Minister X his decision not to attend"). Inverted
sentences and "where the talks are" live in :mod:`attendance_forms`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from newsreader.core.facts import attendance_cues as cues
from newsreader.core.facts import attendance_forms as forms
from newsreader.core.facts.lexicon import DELEGATION_WORDS, REPORTING_VERBS, SPEECH_VERBS
from newsreader.core.facts.model import AttendanceCue, Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Doc, Sentence

Segment = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Found:
    person: int
    cue: AttendanceCue


@dataclass(frozen=True, slots=True)
class Context:
    """What the previous sentences leave for this one."""

    lead: tuple[int, int, str | None] | None = None  # sentence, leader, delegation
    previous: Sentence | None = None  # the sentence before ("It also includes ...")
    events: frozenset[str] = frozenset()  # where and what the talks are


def extract(doc: Doc, cast: Cast) -> list[Found]:
    out: list[Found] = []
    lead: tuple[int, int, str | None] | None = None
    events = forms.events(doc, cast)
    for sent in doc.sentences:
        doc.check(sent.index)
        if sent.heading or sent.question:
            continue
        previous = doc.sentences[sent.index - 1] if sent.index else None
        found = _Reader(sent, cast, Context(lead, previous, events)).read()
        out.extend(found)
        leads = [f for f in found if f.cue.leads]
        if leads:
            lead = (sent.index, leads[0].person, leads[0].cue.delegation)
    return out


def combine(found: list[AttendanceCue]) -> Status:
    """A person's status in an article from all its cues: a stated absence wins, then a
    condition, then attendance."""
    statuses = {c.status for c in found}
    for status in ("not_attending", "conditional", "attending"):
        if status in statuses:
            return status  # type: ignore[return-value]
    return "unknown"


@dataclass(slots=True)
class _Reader:
    """Attendance statements in one sentence."""

    sent: Sentence
    cast: Cast
    context: Context
    out: list[Found] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # cue tokens consumed by a longer pattern

    @property
    def toks(self) -> list:
        return self.sent.tokens

    @property
    def segments(self) -> list[Segment]:
        return self.sent.segments()

    @property
    def mentions(self) -> list[Mention]:
        return [m for m in self.cast.in_sentence(self.sent) if not self.toks[m.i].quoted]

    def add(
        self,
        ms: list[Mention],
        status: Status,
        cue: str,
        *,
        leads: bool = False,
        delegation: str | None = None,
    ) -> None:
        for m in ms:
            c = AttendanceCue(status, cue, self.sent.evidence, leads, delegation)
            self.out.append(Found(m.person, c))

    def read(self) -> list[Found]:
        self._he_will_have()
        self._inverted()
        for n, t in enumerate(self.toks):
            if t.low not in cues.CUE_WORDS or t.quoted or n in self.used:
                continue
            seg = self._segment(n)
            if seg[2] in cues.CONDITION_OPENERS:
                continue  # "... only if Putin attends": the condition states nothing
            if any(w.low in cues.HABITUAL for w in self.toks[max(0, n - 2) : n]):
                continue  # "rarely attend": a habit, not this event
            rules = (
                self._passive,
                self._lead,
                self._member,
                self._send,
                self._represent,
                self._host,
                self._join_people,
                self._participation,
                self._meet,
                self._attend,
            )
            for rule in rules:
                if rule(n, seg):
                    break
            else:
                self._absence(n, seg)
        return self.out

    # -- the rules; each returns True when the token at ``n`` was its cue

    def _he_will_have(self) -> None:
        """ "He will have X and Y" right after "A will lead the team"."""
        lead, toks = self.context.lead, self.toks
        if not (lead and lead[0] == self.sent.index - 1 and toks and toks[0].low in {"he", "she"}):
            return
        words = tuple(t.low for t in toks[1:6])
        for pattern in cues.HAVE:
            if words[: len(pattern)] == pattern:
                objs = [m for m in self.mentions if m.i > len(pattern) and m.person != lead[1]]
                self.add(objs, "attending", " ".join(pattern), delegation=lead[2])

    def _inverted(self) -> None:
        """ "Among those in attendance will be A, B", "Representing X are A and B"."""
        found = forms.inverted(self.sent, self.mentions, self.cast.resolver)
        if found is None:
            return
        self.used.update(range(*found.head))
        head_people = [m for m in found.people if m.j <= found.head[1]]
        objects = self._objects(found.head[1], len(self.toks))
        self.add(head_people + objects, found.status, found.cue)

    def _passive(self, n: int, seg: Segment) -> bool:
        """ "led by X", "headed by X", "joined by X", "together with X", "represented by X",
        "was joined on the U.S. side by X"."""
        low = self.toks[n].low
        by = self._by_after(n)
        nxt = "by" if by is not None else self._next(n)
        lead = low in {"led", "headed"} and nxt == "by"
        if not lead and (low, nxt) not in cues.COMPANY:
            return False
        start = by + 1 if by is not None else n + 2
        deleg = self._delegation()
        if low == "represented":  # "while Ukraine is represented by X"
            parties = self.cast.parties.get(self.sent.index, [])
            deleg = next((p.party for p in parties if seg[0] <= p.i < n), deleg)
        status = self._status(seg, n)
        if status == "not_attending" and not lead:
            status = "attending"
        cue = f"{low} {nxt}"
        end = self._next_cue(start, seg[1])
        self.add(self._objects(start, end), status, cue, leads=lead, delegation=deleg)
        if low in {"joined", "accompanied"}:
            self.add(self._subjects(seg, n), status, cue, delegation=deleg)
        self._but_not(seg, cue)
        return True

    def _lead(self, n: int, seg: Segment) -> bool:
        """ "X will lead the delegation", "X leads Coristan's team, together with Y"."""
        toks = self.toks
        if toks[n].low not in cues.LEAD or self._next(n) == "to":
            return False  # "will head to Geneva" travels
        if not cues.near(toks, n, DELEGATION_WORDS | {"talks", "negotiations"}, 4):
            return False
        deleg = self._delegation()
        status = self._status(seg, n)
        low = toks[n].low
        self.add(self._subjects(seg, n), status, low, leads=status == "attending", delegation=deleg)
        for m in self._objects(n + 1, seg[1]):
            if cues.after(toks, m.i, {"with", "alongside"}):
                self.add([m], status, low, delegation=deleg)
        return True

    def _member(self, n: int, seg: Segment) -> bool:
        """ "the delegation includes X and Y"."""
        toks, low = self.toks, self.toks[n].low
        if low not in cues.MEMBER:
            return False
        words = {"delegation", "delegations"} if low == "including" else DELEGATION_WORDS
        near = cues.near_before(toks, n, words, 10 if low == "including" else 25)
        if not near and not self._it_is_the_delegation(n):
            return False
        start = n + 1
        if low.startswith("consist"):
            if self._next(n) != "of":
                return False
            start = n + 2  # "the delegation consists of A, B and C"
        status: Status = "not_attending" if self._negated(seg, n) else "attending"
        self.add(self._objects(start, seg[1]), status, low, delegation=self._delegation())
        self._but_not(seg, low)
        return True

    def _it_is_the_delegation(self, n: int) -> bool:
        """ "It also includes A and B" right after a sentence about a delegation."""
        k = n - 1
        while k > 0 and self.toks[k].low in cues.AUX:
            k -= 1
        previous = self.context.previous
        return (
            self.toks[k].low in {"it", "they"}
            and previous is not None
            and any(t.low in DELEGATION_WORDS for t in previous.tokens)
        )

    def _send(self, n: int, seg: Segment) -> bool:
        """ "will send X and Y to attend", "sending X in his place"."""
        toks, low = self.toks, self.toks[n].low
        if low not in cues.SEND:
            return False
        k = n + 1
        while k < len(toks) and toks[k].low in {"a", "an", "the", "its", "his", "her", "their"}:
            k += 1
        if k < len(toks) and toks[k].low in DELEGATION_WORDS:
            return False  # "will send a delegation led by X": the lead rule reads it
        end = cues.to_attend(toks, n, seg[1])
        if end is None and cues.sends_delegate(toks, n, seg[1], self.context.events):
            end = seg[1]
        if end is None:
            return False
        self.used.update(range(n, end + 2))
        senders = self._subjects(seg, n)
        deleg = self.cast.person_party(senders[0].person) if senders else None
        self.add(self._objects(n + 1, end), "attending", f"{low} ... to attend", delegation=deleg)
        return True

    def _represent(self, n: int, seg: Segment) -> bool:
        """ "X will represent Russia", "with Y instead representing Australia"."""
        toks = self.toks
        if toks[n].low not in cues.REPRESENT or self._next(n) == "by":
            return False
        k = n + 2 if self._next(n) == "the" else n + 1
        if not any(p.i == k for p in self.cast.parties.get(self.sent.index, [])):
            return False
        if cues.infinitive(toks, n) == "request":
            return True
        self.add(self._subjects(seg, n), self._status(seg, n), toks[n].low)
        return True

    def _host(self, n: int, seg: Segment) -> bool:
        """ "X is hosting A, B and C for a three-day gathering": the host and the guests."""
        toks = self.toks
        if toks[n].low not in cues.HOST or not cues.near(toks, n, cues.TALK, len(toks)):
            return False
        if n > 0 and toks[n - 1].low in {"for", "by", "of"}:
            return True  # "thanked Saudi Arabia for hosting the talks": not the speaker
        guests = [m for m in self._objects(n + 1, len(toks)) if not self._after_talk_word(n, m.i)]
        if not guests and not cues.near(toks, n, cues.TALK, 4):
            return False
        status = self._status(seg, n)
        self.add(self._subjects(seg, n) + guests, status, toks[n].low)
        return True

    def _join_people(self, n: int, seg: Segment) -> bool:
        """ "On the Russian side, aide A will join Foreign Minister B and ...": A and B."""
        toks = self.toks
        if toks[n].low not in cues.JOIN or self._next(n) == "by":
            return False
        objects = self._objects(n + 1, seg[1])
        if not objects or objects[0].i - n > 8:
            return False
        if not any(t.low in DELEGATION_WORDS or t.low in cues.TALK for t in toks):
            return False
        self.add(self._subjects(seg, n) + objects, self._status(seg, n), toks[n].low)
        return True

    def _meet(self, n: int, seg: Segment) -> bool:
        """ "A and B met with a Russian delegation", "A held talks with B", "A will meet in
        Geneva with B": the people who meet, and whom they meet."""
        toks = self.toks
        held = cues.talks_held(toks, n)
        if not held and not cues.meeting_is_the_talks(toks, n, self.context.events):
            return False
        status = self._status(seg, n)
        end = self._next_cue(n + 1, seg[1])
        partners = [m for m in self._objects(n + 1, end) if cues.after(toks, m.i, {"with"})]
        self.add(self._subjects(seg, n) + partners, status, "held talks" if held else "met")
        return True

    def _participation(self, n: int, seg: Segment) -> bool:
        """ "with the participation of X", "the participation of X is unlikely"."""
        status = cues.participation_of(self.toks, n)
        if not status:
            return False
        objects = self._objects(n + 2, seg[1])
        if not objects or objects[0].i - n > 6:
            return True
        self.add([objects[0], *self._coordinated(objects)], status, self.toks[n].low)  # type: ignore[arg-type]
        return True

    def _attend(self, n: int, seg: Segment) -> bool:
        """ "will (not) attend", "took part", "was present", "will travel to Geneva for the talks"."""
        toks = self.toks
        cue = cues.attend_cue(toks, n, self.context.events)
        if not cue and self._goes_nowhere(n, seg):
            cue = toks[n].low
        if not cue:
            return False
        how = cues.infinitive(toks, n)
        if how == "request" or cues.unconfirmed(toks, seg):
            return True
        status = self._status(seg, n)
        if cue == "be absent":
            status = "attending" if status == "not_attending" else "not_attending"
        if how == "refuse":
            status = "not_attending"
        elif how == "open" and status == "attending":
            status = "conditional"
        self.add(self._subjects(seg, n) or self._colon_list(n), status, cue)
        return True

    def _goes_nowhere(self, n: int, seg: Segment) -> bool:
        """ "Bolsonaro and Mourao are not going.": a negated trip with no destination."""
        low = self.toks[n].low
        return (
            low in cues.TRAVEL
            and low not in {"return", "returns", "returned", "returning"}
            and self._negated(seg, n)
            and cues.clause_ends(self.toks, n + 1)
        )

    def _colon_list(self, n: int) -> list[Mention]:
        """ "a delegation will also be present in Istanbul: A, B and C"."""
        toks = self.toks
        colon = next((k for k in range(n + 1, len(toks)) if toks[k].low == ":"), None)
        if colon is None or colon - n > 8:
            return []
        if not any(t.low in DELEGATION_WORDS for t in toks[:n]):
            return []
        return self._objects(colon + 1, len(toks))

    def _absence(self, n: int, seg: Segment) -> None:
        """ "stays away", "skipped the summit", "pulled out", "the absence of X"; "confirmed his
        attendance"."""
        if cues.planned_visit(self.toks, n) and self._visit_here(n):
            self.add(self._subjects(seg, n), self._status(seg, n), "plan a visit")
            return
        noun = cues.noun_cue(self.toks, n)
        if noun:
            holder = [m for m in self.mentions if m.i == n - 1 or m.j == n - 1]
            status: Status = "attending" if noun == "attending" else "not_attending"
            self.add(holder or self._subjects(seg, n), status, self.toks[n].low)
            return
        neg = cues.absence(self.toks, n)
        if not neg:
            return
        if neg == "absence":
            objs = [m for m in self.mentions if m.i in (n + 2, n + 3) or m.j == n - 1]
            self.add(objs, "not_attending", "absence")
        else:
            self.add(self._subjects(seg, n), "not_attending", neg)

    # -- helpers

    def _next(self, n: int) -> str:
        return self.toks[n + 1].low if n + 1 < len(self.toks) else ""

    def _visit_here(self, n: int) -> bool:
        """A planned visit with no destination, or to where the talks are."""
        toks = self.toks
        if n + 1 < len(toks) and toks[n + 1].low in {"to", "in"}:
            return cues.event_at(toks, n + 2, self.context.events)
        return True

    def _by_after(self, n: int) -> int | None:
        """ "was joined on the U.S. side by": the "by" a few plain words after a passive verb."""
        toks = self.toks
        if toks[n].low not in {"joined", "accompanied", "represented", "led", "headed"}:
            return None
        for k in range(n + 1, min(len(toks), n + 7)):
            if toks[k].low == "by":
                return k
            if not toks[k].alpha and toks[k].low != ".":
                return None
            if toks[k].low in cues.AUX or toks[k].low in SPEECH_VERBS:
                return None
        return None

    def _after_talk_word(self, n: int, i: int) -> bool:
        return any(t.low in cues.TALK for t in self.toks[n + 1 : i])

    def _coordinated(self, ms: list[Mention]) -> list[Mention]:
        """The people listed right after the first of ``ms`` ("of A, B and C")."""
        out: list[Mention] = []
        in_roles = self.cast.in_roles.get(self.sent.index, set())
        for prev, nxt in pairwise(ms):
            between = [
                t.low for k, t in enumerate(self.toks[prev.j : nxt.i]) if prev.j + k not in in_roles
            ]
            if not all(w in {",", "and", "as", "well"} for w in between):
                break
            out.append(nxt)
        return out

    def _segment(self, n: int) -> Segment:
        for seg in self.segments:
            if seg[0] <= n < seg[1]:
                return seg
        return (0, n + 1, "")

    def _following(self, seg: Segment) -> Segment | None:
        index = self.segments.index(seg) if seg in self.segments else -1
        return self.segments[index + 1] if 0 <= index + 1 < len(self.segments) else None

    def _negated(self, seg: Segment, n: int) -> bool:
        lows = [t.low for t in self.toks[max(seg[0], n - 6) : n]]
        if any(w in cues.NEGATORS or w.endswith("n't") for w in lows):
            return True
        return any(a in {"rule", "rules", "ruled"} and b == "out" for a, b in pairwise(lows))

    def _status(self, seg: Segment, n: int) -> Status:
        toks = self.toks
        lows = [t.low for t in toks[max(seg[0], n - 6) : n]]
        if self._negated(seg, n):
            return "not_attending"
        if seg[2] == "whether" or any(w in cues.MODALS for w in lows):
            return "conditional"
        if any(t.low in {"unclear", "undecided"} for t in toks[: seg[0]]):
            return "conditional"
        following = self._following(seg)
        if following is not None and following[2] in cues.CONDITION_OPENERS:
            return "conditional"
        for k in range(n, seg[1]):
            low = toks[k].low
            nxt = toks[k + 1].low if k + 1 < len(toks) else ""
            if low == "condition" or (low == "provided" and nxt not in {"by", "with", "to", "for"}):
                return "conditional"  # "provided that ..." (not "a room provided by the host")
        return "attending"

    def _subjects(self, seg: Segment, n: int) -> list[Mention]:
        """People who are the subject of the cue at ``n``: the nearest ones before it in its
        clause (past a parenthesis), else in the clause before."""
        toks, mentions = self.toks, self.mentions
        k = n - 1
        while k > seg[0] and toks[k].low in cues.AUX:
            k -= 1
        excluded = self._relative_tokens(n)
        if toks[k].low == "," and k > seg[0]:  # "X, who, despite meeting Y, is not taking part"
            j = k - 1
            while j > max(0, k - 30) and toks[j].low != ",":
                j -= 1
            if toks[j].low == "," and j > 0:
                if toks[j - 1].low in {"who", "which"}:
                    k = j - 1
                else:
                    before = [
                        m
                        for m in mentions
                        if m.j <= j and m.i not in excluded and self._may_be_subject(m)
                    ]
                    if before:
                        return self._nearest(before, excluded)
        if toks[k].low == "which":
            return []
        if toks[k].low == "who":
            before = [m for m in mentions if m.j <= k]
            return before[-1:]
        if toks[n - 1].low == "for" if n > 0 else False:
            return []  # "thanked X for attending": the thanked, not the speaker
        parties = self.cast.parties.get(self.sent.index, [])
        index = self.segments.index(seg) if seg in self.segments else 0
        start, end = seg[0], n
        while True:
            for p in parties:
                if start <= p.i and p.j <= n and cues.only_aux(toks[p.j : n]):
                    return self._before_party(p.i)  # "Ukraine join the talks": a party
            found = [
                m
                for m in mentions
                if start <= m.i < end and m.i not in excluded and self._may_be_subject(m)
            ]
            if found:
                return self._nearest(found, excluded)
            if self._reported(index):
                return []  # "Putin said the talks were going well": the speaker is not the subject
            index -= 1
            if index < 0 or self.segments[index + 1][2] in cues.CONDITION_OPENERS | {"that"}:
                return []  # "X hoped that the army would join": not X
            start, end = self.segments[index][0], self.segments[index][1]

    def _nearest(self, found: list[Mention], excluded: set[int]) -> list[Mention]:
        """The last of ``found`` and the people coordinated with it ("A and B will attend")."""
        in_roles = self.cast.in_roles.get(self.sent.index, set())
        group = [found[-1]]
        for prev in reversed(found[:-1]):
            parties = {
                k for p in self.cast.parties.get(self.sent.index, []) for k in range(p.i, p.j)
            }
            between = [
                t.low
                for k, t in enumerate(self.toks[prev.j : group[0].i], start=prev.j)
                if k not in in_roles and k not in excluded and k not in parties
            ]
            if not all(w in _COORDINATION for w in between):
                break
            group.insert(0, prev)
        return _dedupe(group)

    def _before_party(self, i: int) -> list[Mention]:
        """ "Zelenskyy and European leaders were not invited": the people listed with a party
        subject."""
        out: list[Mention] = []
        k = i
        while k > 0 and self.toks[k - 1].low in {"and", ","}:
            m = next((m for m in self.mentions if m.j == k - 1), None)
            if m is None:
                break
            out.insert(0, m)
            k = m.i
        return _dedupe(out)

    def _relative_tokens(self, cue: int) -> set[int]:
        """Tokens of relative clauses ("who met Y in Washington", ", which ...") up to the next
        comma, except the one the cue at ``cue`` is in: the people in them are neither subjects
        nor members."""
        out: set[int] = set()
        toks = self.toks
        for k, t in enumerate(toks):
            if t.low in {"who", "whose", "which"} and k > 0:
                first = k + 2 if k + 1 < len(toks) and toks[k + 1].low == "," else k + 1
                end = next((j for j in range(first, len(toks)) if toks[j].low == ","), len(toks))
                if first == k + 2:  # "who, despite meeting Y, is not ...": to the clause's end
                    end = next(
                        (j for j in range(end + 1, len(toks)) if toks[j].low == ","), len(toks)
                    )
                if not k <= cue < end:
                    out.update(range(k, end))
        return out

    def _reported(self, index: int) -> bool:
        """Segment ``index`` is a reported clause ("X said [the talks ...]", "X said that [...]")."""
        if not 0 <= index < len(self.segments):
            return False
        start, _, opener = self.segments[index]
        if opener == "said":
            return True
        return opener == "that" and start >= 2 and self.toks[start - 2].low in REPORTING_VERBS

    def _may_be_subject(self, m: Mention) -> bool:
        toks = self.toks
        in_roles = self.cast.in_roles.get(self.sent.index, set())
        k = m.i - 1
        while k >= 0 and k in in_roles:
            k -= 1  # "conveyed to Prime Minister X his decision": X is after "to"
        if k >= 0 and (toks[k].low in cues.OBJECT_PREPOSITIONS or toks[k].low in _OBJECT_VERBS):
            return False  # "told Prime Minister X of her decision": X is told
        if toks[m.i].low in cues.POSSESSIVE_PRONOUNS:
            return False
        return not (m.j < len(toks) and toks[m.j].low == "'s")

    def _next_cue(self, start: int, end: int) -> int:
        """Where a list of objects ends: at the next cue ("headed by A, and includes B"), not at
        a noun ("the head of the office")."""
        toks = self.toks
        for k in range(start, end):
            low = toks[k].low
            if low not in cues.MEMBER | cues.LEAD | cues.SEND | cues.ATTEND:
                continue
            prev = toks[k - 1].low if k else ""
            nxt = toks[k + 1].low if k + 1 < len(toks) else ""
            if low in cues.LEAD and (toks[k].cap or prev in _DETERMINERS or nxt == "of"):
                continue
            return k
        return end

    def _objects(self, start: int, end: int) -> list[Mention]:
        """People named from ``start`` to ``end``, except inside someone's role ("X, an aide to
        President Y": Y is not in the list), in a relative clause ("who met Y") or as the
        speaker of a closing attribution ("..., Press Secretary Y said")."""
        in_roles = self.cast.in_roles.get(self.sent.index, set())
        relative = self._relative_tokens(start - 1)
        toks = self.toks
        out = []
        for m in self.mentions:
            if not start <= m.i < end or m.i in in_roles or m.i in relative:
                continue
            if m.j < len(toks) and toks[m.j].low in {"'s"} | SPEECH_VERBS:
                continue  # "X's office said", "..., X said"
            k = m.i - 1
            while k >= 0 and k in in_roles:
                k -= 1
            if k >= 0 and toks[k].low in SPEECH_VERBS:
                continue  # "..., said Press Secretary X"
            out.append(m)
        return _dedupe(out)

    def _but_not(self, seg: Segment, cue: str) -> None:
        """ "it included A and B, but not Putin himself"."""
        nxt = self._following(seg)
        if nxt is None or nxt[2] != "but" or self.toks[nxt[0]].low != "not":
            return
        self.add(self._objects(nxt[0], nxt[1]), "not_attending", f"{cue}, but not")

    def _delegation(self) -> str | None:
        """The party whose delegation the sentence talks about ("the Arvenian delegation",
        "Coristan's team", "the delegation of Korestan", "his delegation", "its delegation")."""
        toks, cast = self.toks, self.cast
        parties = cast.parties.get(self.sent.index, [])
        for k, t in enumerate(toks):
            if t.low not in DELEGATION_WORDS:
                continue
            for pm in parties:
                if pm.i <= k < pm.j or pm.j == k:  # "the Arvenian delegation", "the Moscow team"
                    return pm.party
                if pm.j + 1 == k and toks[pm.j].low == "'s":  # "Coristan's delegation"
                    return pm.party
                if pm.i == k + 2 and toks[k + 1].low == "of":  # "the delegation of Korestan"
                    return pm.party
            prev = toks[k - 1].low if k else ""
            if prev in {"his", "her"}:
                for m in cast.in_sentence(self.sent):
                    if m.i == k - 1:
                        return cast.person_party(m.person)
            if prev in {"its", "their"}:
                return cast.last_party_before(self.sent, k - 1)
            first = next((pm for pm in parties if pm.i < k), None)
            if (
                first is not None
                and first.i == self._segment(first.i)[0]
                and first.j < len(toks)
                and toks[first.j].alpha
                and not toks[first.j].cap
            ):
                return first.party  # "Israel will send a delegation led by X" (not a dateline)
        return None


_COORDINATION = frozenset(
    {",", ".", "and", "both", "nor", "neither", "as", "well", "also", "plus", "the", "'s"}
)
# Verbs whose next person is their object, never the subject of a later cue.
_OBJECT_VERBS = frozenset(
    [
        "told",
        "tells",
        "informed",
        "informs",
        "asked",
        "asks",
        "urged",
        "urges",
        "assured",
        "thanked",
        "thanks",
        "met",
        "meets",
        "called",
        "phoned",
        "invited",
        "briefed",
        "warned",
        "warns",
    ]
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "deputy"})


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen: set[int] = set()
    out = []
    for m in ms:
        if m.person not in seen:
            seen.add(m.person)
            out.append(m)
    return out
