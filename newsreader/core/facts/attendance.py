"""Who takes part: attendance cues with their subjects or objects, negation and condition.

- attending: "will attend", "took part", "will lead the delegation", "led by X", "the delegation
  includes X", "will send X to attend", "joined by X", "He will have X and Y" after a lead.
- not_attending: a negated cue ("will not attend", "did not attend", "not ready to attend"),
  "stays away", "skips the talks", "X's absence", "but not X", "declined to attend".
- conditional: "only if", "unless", "whether", "might/may/could", "considering".
- nothing: a request or invitation ("urged Putin to attend", "asked him to attend"), a cue inside
  a condition ("... if Putin attends"), inside a quotation or a question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from newsreader.core.facts import attendance_cues as cues
from newsreader.core.facts.lexicon import DELEGATION_WORDS, REPORTING_VERBS
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


def extract(doc: Doc, cast: Cast) -> list[Found]:
    out: list[Found] = []
    lead: tuple[int, int, str | None] | None = None
    for sent in doc.sentences:
        doc.check(sent.index)
        if sent.heading or sent.question:
            continue
        found = _Reader(sent, cast, Context(lead)).read()
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
        for n, t in enumerate(self.toks):
            if t.low not in cues.CUE_WORDS or t.quoted or n in self.used:
                continue
            seg = self._segment(n)
            if seg[2] in cues.CONDITION_OPENERS:
                continue  # "... only if Putin attends": the condition states nothing
            for rule in (self._passive, self._lead, self._member, self._send, self._attend):
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

    def _passive(self, n: int, seg: Segment) -> bool:
        """ "led by X", "headed by X", "joined by X", "together with X", "represented by X"."""
        low, nxt = self.toks[n].low, self._next(n)
        lead = low in {"led", "headed"} and nxt == "by"
        if not lead and (low, nxt) not in cues.COMPANY:
            return False
        deleg = self._delegation()
        if deleg is None and low == "represented":
            parties = self.cast.parties.get(self.sent.index, [])
            deleg = next((p.party for p in parties if seg[0] <= p.i < n), None)
        status = self._status(seg, n)
        if status == "not_attending" and not lead:
            status = "attending"
        cue = f"{low} {nxt}"
        end = self._next_cue(n + 2, seg[1])
        self.add(self._objects(n + 2, end), status, cue, leads=lead, delegation=deleg)
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
        words = {"delegation", "delegations"} if low == "including" else DELEGATION_WORDS
        if low not in cues.MEMBER or not cues.near_before(
            toks, n, words, 10 if low == "including" else 25
        ):
            return False
        status: Status = "not_attending" if self._negated(seg, n) else "attending"
        self.add(self._objects(n + 1, seg[1]), status, low, delegation=self._delegation())
        self._but_not(seg, low)
        return True

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
        if end is None and cues.sends_delegate(toks, n, seg[1]):
            end = seg[1]
        if end is None:
            return False
        self.used.update(range(n, end + 2))
        senders = self._subjects(seg, n)
        deleg = self.cast.person_party(senders[0].person) if senders else None
        self.add(self._objects(n + 1, end), "attending", f"{low} ... to attend", delegation=deleg)
        return True

    def _attend(self, n: int, seg: Segment) -> bool:
        """ "will (not) attend", "took part", "was present", "will travel to Geneva for the talks"."""
        toks = self.toks
        cue = cues.attend_cue(toks, n)
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
        self.add(self._subjects(seg, n), status, cue)
        return True

    def _absence(self, n: int, seg: Segment) -> None:
        """ "stays away", "skipped the summit", "pulled out", "the absence of X"; "confirmed his
        attendance"."""
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
        if any(t.low in {"provided", "condition"} for t in toks[n : seg[1]]):
            return "conditional"
        return "attending"

    def _subjects(self, seg: Segment, n: int) -> list[Mention]:
        """People who are the subject of the cue at ``n``: in its clause before it, else earlier."""
        toks, mentions = self.toks, self.mentions
        k = n - 1
        while k > seg[0] and toks[k].low in cues.AUX:
            k -= 1
        if toks[k].low == "which":
            return []  # "the United States, which hosts ...": not a person
        if toks[k].low == "who":
            before = [m for m in mentions if m.j <= k]
            return before[-1:]
        parties = self.cast.parties.get(self.sent.index, [])
        index = self.segments.index(seg) if seg in self.segments else 0
        start, end = seg[0], n
        while True:
            if any(p.j <= n and cues.only_aux(toks[p.j : n]) for p in parties if start <= p.i):
                return []  # "Ukraine join the talks": the subject is a party, not a person
            found = [m for m in mentions if start <= m.i < end and self._may_be_subject(m)]
            if found:
                return _dedupe(found)
            if self._reported(index):
                return []  # "Putin said the talks were going well": the speaker is not the subject
            index -= 1
            if index < 0 or self.segments[index + 1][2] in cues.CONDITION_OPENERS:
                return []
            start, end = self.segments[index][0], self.segments[index][1]

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
        if m.i > 0 and toks[m.i - 1].low in cues.OBJECT_PREPOSITIONS:
            return False
        if toks[m.i].low in cues.POSSESSIVE_PRONOUNS:
            return False
        return not (m.j < len(toks) and toks[m.j].low == "'s")

    def _next_cue(self, start: int, end: int) -> int:
        """Where a list of objects ends: at the next cue ("headed by A, and includes B")."""
        for k in range(start, end):
            if self.toks[k].low in cues.MEMBER | cues.LEAD | cues.SEND | cues.ATTEND:
                return k
        return end

    def _objects(self, start: int, end: int) -> list[Mention]:
        """People named from ``start`` to ``end``, except inside someone's role ("X, an aide to
        President Y": Y is not in the list)."""
        in_roles = self.cast.in_roles.get(self.sent.index, set())
        toks = self.toks
        return _dedupe(
            [
                m
                for m in self.mentions
                if start <= m.i < end
                and m.i not in in_roles
                and not (m.j < len(toks) and toks[m.j].low == "'s")  # "X's office said"
            ]
        )

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


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen: set[int] = set()
    out = []
    for m in ms:
        if m.person not in seen:
            seen.add(m.person)
            out.append(m)
    return out
