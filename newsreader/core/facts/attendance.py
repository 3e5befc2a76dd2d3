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

from dataclasses import dataclass, field, replace

from newsreader.core.facts import actors
from newsreader.core.facts import attendance_cues as cues
from newsreader.core.facts import attendance_forms as forms
from newsreader.core.facts import attendance_lists as lists
from newsreader.core.facts import attendance_presence as presence
from newsreader.core.facts.attendance_clause import GROUP_NOUNS, Clause, Segment
from newsreader.core.facts.lexicon import DELEGATION_WORDS, SPEECH_VERBS
from newsreader.core.facts.model import AttendanceCue, Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Doc, Sentence


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


_TALK_NOUNS = frozenset({"talks", "round", "meeting", "session", "summit", "negotiations"})
_GROUPS = frozenset(
    [
        "leaders",
        "officials",
        "ministers",
        "heads",
        "delegates",
        "representatives",
        "envoys",
        "diplomats",
        "dignitaries",
        "guests",
    ]
)
_DELEGATION_HEADS = frozenset({"head", "leader", "chief"})


def _heads_of_delegation(cast: Cast) -> list[Found]:
    """ "The head of the Russian delegation, Vladimir Medinsky, said ...": a title that says the
    person leads a delegation is a statement that they take part."""
    out: list[Found] = []
    for n, draft in enumerate(cast.drafts):
        for role in draft.roles:
            words = role.text.lower().replace("’", "'").split()
            if role.former or not words or words[0] not in _DELEGATION_HEADS:
                continue
            if any(w in {"delegation", "delegation's"} for w in words[1:6]):
                cue = AttendanceCue("attending", "head of the delegation", role.evidence, True)
                out.append(
                    Found(n, AttendanceCue(**{**_cue_fields(cue), "delegation": role.party}))
                )
                break
    return out


# Presence cues that say someone is there; the others (speaking at or to the event) imply it.
_BEING_THERE = frozenset(
    {
        "appeared",
        "entered",
        "seated",
        "seated beside",
        "watched from",
        "took seats",
        "on site",
        "in the presence of",
    }
)
_ARRIVED = frozenset({"arrived", "arriving", "arrive"})
_CO_TITLES = frozenset({"co-chair", "co-chairs", "co-host", "co-hosts"})
_EVENT_ROLES = frozenset(
    {
        "host",
        "co-host",
        "hosts",
        "co-hosts",
        "chair",
        "co-chair",
        "co-chairs",
        "chairman",
        "chairwoman",
        "president",
        "organizer",
        "organiser",
    }
)


def _event_roles(cast: Cast, events: frozenset[str]) -> list[Found]:
    """ "COP29 president X", "summit host X", "co-chairs A and B": a title held at the event
    states that its holder takes part (not "host" or "president" alone)."""
    out: list[Found] = []
    for n, draft in enumerate(cast.drafts):
        for role in draft.roles:
            words = role.text.lower().replace("’", "'").split()
            if role.former or not _EVENT_ROLES & set(words):
                continue
            at = role.evidence.text.find(role.text)
            before = role.evidence.text[:at].split()[-1:] if at > 0 else []
            words = [w.lower() for w in before] + words  # "Summit host X": the title's event
            chairs = bool({"co-chair", "co-chairs", "co-host", "co-hosts"} & set(words))
            of_event = any(
                w in cues.TALK
                or (w in events and cast.resolver.any(w) is None)  # not "Turkish President"
                or (any(c.isdigit() for c in w) and w[:1].isalpha())  # "COP29 president"
                for w in words
            )
            if chairs or of_event:
                cue = AttendanceCue("attending", "holds a title at the event", role.evidence)
                out.append(Found(n, replace(cue, confidence=0.7)))
                break
    return out


def _cue_fields(cue: AttendanceCue) -> dict:
    return {
        "status": cue.status,
        "cue": cue.cue,
        "evidence": cue.evidence,
        "leads": cue.leads,
        "delegation": cue.delegation,
    }


def extract(doc: Doc, cast: Cast) -> list[Found]:
    actors.find(doc, cast)
    out: list[Found] = _heads_of_delegation(cast)
    out.extend(Found(person, cue) for person, cue in lists.listed(doc, cast))
    lead: tuple[int, int, str | None] | None = None
    events = forms.events(doc, cast)
    out.extend(_event_roles(cast, events))
    for sent in doc.sentences:
        doc.check(sent.index)
        if (sent.heading and not lists.is_item(sent)) or sent.question:
            continue  # (a list item is read: "FRANCE – X (President Y did not travel)")
        previous = doc.sentences[sent.index - 1] if sent.index else None
        context = Context(lead, previous, events)
        found = _Reader(sent, cast, context).read()
        if any(t.quoted for t in sent.tokens):
            found += _Reader(sent, cast, context, quoted=True).read()
        out.extend(found)
        leads = [f for f in found if f.cue.leads]
        if leads:
            lead = (sent.index, leads[0].person, leads[0].cue.delegation)
    return out


def combine(found: list[AttendanceCue]) -> Status:
    """A person's status in an article from all its cues: what the article reports as final
    ("ultimately cancelled", "in the end attended") wins; else a stated absence, then a
    condition, then attendance."""
    final = [c for c in found if c.final]
    if final:
        last = max(final, key=lambda c: (c.evidence.paragraph, c.evidence.start))
        return last.status
    statuses = {c.status for c in found}
    precedence: tuple[Status, ...] = ("not_attending", "conditional", "attending")
    for status in precedence:
        if status in statuses:
            return status
    return "unknown"


@dataclass(slots=True)
class _Reader(Clause):
    """Attendance statements in one sentence."""

    context: Context
    out: list[Found] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # cue tokens consumed by a longer pattern
    at: int = 0  # the cue being read

    def add(
        self,
        ms: list[Mention],
        status: Status,
        cue: str,
        *,
        leads: bool = False,
        delegation: str | None = None,
        confidence: float = 0.9,
    ) -> None:
        if status == "attending" and cues.remote(self.toks, self.at):
            status, cue = "not_attending", f"{cue}, remotely"  # "joined by video link"
        final = cues.final(self.toks, self.at)
        if self.quoted:  # someone's words: as sure as the speaker, shown as such
            cue, confidence = f"{cue} (in a quotation)", min(confidence, 0.6)
        for m in ms:
            c = AttendanceCue(status, cue, self.sent.evidence, leads, delegation, confidence, final)
            self.out.append(Found(m.person, c))

    def read(self) -> list[Found]:
        if not self.quoted:
            self._he_will_have()
            self._inverted()
        for n, t in enumerate(self.toks):
            if t.low not in cues.CUE_WORDS or t.quoted != self.quoted or n in self.used:
                continue
            seg = self._segment(n)
            if seg[2] in cues.CONDITION_OPENERS:
                continue  # "... only if Putin attends": the condition states nothing
            if any(w.low in cues.HABITUAL for w in self.toks[max(0, n - 2) : n]):
                continue  # "rarely attend": a habit, not this event
            if cues.permission(self.toks, n):
                continue  # "may attend virtually if he chooses": an option, not a plan
            if cues.other_occasion(self.toks, n, seg[1]) or cues.other_occasion_before(
                self.toks, seg[0], n
            ):
                continue  # "skipped the ministers' meeting earlier this year"
            if cues.denied(self.toks, n):
                continue  # "denied reports that she would skip the summit"
            self.at = n
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
                self._stands_in,
                self._draws,
                self._present,
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
            self._among_them()
            return
        self.used.update(range(*found.head))
        head_people = [m for m in found.people if m.j <= found.head[1]]
        chosen = {m.person for m in found.people}
        objects = [m for m in self._objects(found.head[1], len(self.toks)) if m.person in chosen]
        leads = found.cue == "head of the delegation"
        self.add(head_people + objects, found.status, found.cue, leads=leads)

    def _among_them(self) -> None:
        """ "More than 75 leaders are expected. Among them is X.": X has the status the
        previous sentence gives its group."""
        toks, previous = self.toks, self.context.previous
        if previous is None or len(toks) < 4 or toks[0].low != "among":
            return
        if toks[1].low not in {"them", "those", "these"} or toks[2].low not in cues.BE:
            return
        words = [t.low for t in previous.tokens]
        if not any(w in GROUP_NOUNS for w in words):
            return
        status = lists.status_of(words)
        if status is None:
            return
        self.used.update(range(3))
        objects = self._objects(3, len(toks))
        objects = [objects[0], *self._coordinated(objects)] if objects else []
        self.add(objects, status, "among them", confidence=0.8)

    def _passive(self, n: int, seg: Segment) -> bool:
        """ "led by X", "headed by X", "joined by X", "together with X", "represented by X",
        "was joined on the U.S. side by X"."""
        low = self.toks[n].low
        by = self._by_after(n)
        nxt = "by" if by is not None else self._next(n)
        lead = low in {"led", "headed"} and nxt == "by"
        if not lead and (low, nxt) not in cues.COMPANY:
            return False
        if low == "flanked" and not any(t.low in cues.TALK for t in self.toks):
            return True  # "X, flanked by aides, told reporters": not at the event
        if lead and not self._leads_a_delegation(n):
            if not self._event_led(n):
                return True  # "a government led by X": not a delegation
            lead = False  # "Led by X and Y, the summit aimed ...": they chair it
        start = by + 1 if by is not None else n + 2
        deleg = self._delegation()
        if low == "represented":  # "while Ukraine is represented by X"
            parties = self.cast.parties.get(self.sent.index, [])
            deleg = next((p.party for p in parties if seg[0] <= p.i < n), deleg)
        status = self._status(seg, n)
        if status == "not_attending" and not lead:
            status = "attending"
        cue = f"{low} {nxt}"
        end = self._next_cue(start, self._list_end(seg[1]))
        replaced = cues.in_place_of(self.toks, start, end)
        if replaced is not None:  # "represented by X, in place of Y": Y does not come
            absent = self._objects(replaced, seg[1])
            if absent and self._right_after(replaced, absent[0]):
                self.add(absent[:1], "not_attending", "someone came in their place", confidence=0.8)
            end = replaced
        objects = self._objects(start, end)
        if n == 0 or self.toks[n - 1].low in {",", ";"}:
            # "Flanked by A and B, X opened the meeting": the list ends at its comma and X,
            # the clause's subject, is the one accompanied
            objects = [*objects[:1], *self._coordinated(objects)] if objects else []
            listed = max((m.j for m in objects), default=start)
            if low in {"joined", "accompanied", "flanked"} and self._next_after(listed) == ",":
                after = self._objects(listed + 1, seg[1])
                if after and self._right_after(listed + 1, after[0]):
                    self.add(after[:1], status, cue, delegation=deleg)
            self.add(objects, status, cue, leads=lead, delegation=deleg)
            return True
        if low in {"mediated", "hosted", "chaired", "co-chaired"}:
            # "hosted by Switzerland at the resort, Amherd told ...": only who follows "by"
            objects = [*objects[:1], *self._coordinated(objects)] if objects else []
            objects = [m for m in objects if self._right_after(start, m)]
        self.add(objects, status, cue, leads=lead, delegation=deleg)
        if low in {"joined", "accompanied", "flanked"} or (low == "represented" and not objects):
            # "X was joined by Y"; "member states A and B will be represented by their leaders"
            # (not "Russia will be represented by X": X is who attends, for Russia)
            self.add(self._subjects(seg, n), status, cue, delegation=deleg)
        elif low == "represented" and status == "attending":
            # "President X will be represented by Y": X does not come herself
            people = [m for m in self._subjects(seg, n) if not self.cast.is_actor(m.person)]
            self.add(people, "not_attending", "is represented by someone", confidence=0.8)
        self._but_not(seg, cue)
        return True

    def _lead(self, n: int, seg: Segment) -> bool:
        """ "X will lead the delegation", "X leads Coristan's team, together with Y"."""
        toks = self.toks
        if toks[n].low not in cues.LEAD or self._next(n) in {"to", "up"}:
            return False  # "will head to Geneva" travels; "the months leading up to the summit"
        delegation = cues.near(toks, n, DELEGATION_WORDS | {"talks", "negotiations"}, 4)
        event = cues.near(toks, n, cues.TALK, 3) and not cues.indefinite_event(toks, n + 2)
        if not delegation and not event:
            return False
        deleg = self._delegation()
        status = self._status(seg, n)
        low = toks[n].low
        leads = status == "attending" and delegation  # "led the proceedings" chairs them
        self.add(self._subjects(seg, n), status, low, leads=leads, delegation=deleg)
        for m in self._objects(n + 1, seg[1]):
            if cues.after(toks, m.i, {"with", "alongside"}):
                self.add([m], status, low, delegation=deleg)
        return True

    def _member(self, n: int, seg: Segment) -> bool:
        """ "the delegation includes X and Y"."""
        toks, low = self.toks, self.toks[n].low
        if low not in cues.MEMBER:
            return False
        if low in {"include", "includes", "included"}:
            # "the first round of talks, which included A and B", "participants include A"
            near = cues.list_head(toks, n, DELEGATION_WORDS | _TALK_NOUNS)
        else:
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
        objects = self._objects(start, self._list_end(seg[1]))
        self.add(objects, status, low, delegation=self._delegation())
        self._but_not(seg, low)
        return True

    def _it_is_the_delegation(self, n: int) -> bool:
        """ "It also includes A and B" right after a sentence about a delegation."""
        k = n - 1
        while k > 0 and self.toks[k].low in cues.AUX:
            k -= 1
        previous = self.context.previous
        if self.toks[k].low not in {"it", "they", "these"} or previous is None:
            return False
        words = [t.low for t in previous.tokens]
        if any(w in DELEGATION_WORDS for w in words):
            return True
        # "Leaders of 40 countries will attend. They include A and B."
        return (
            self.toks[k].low != "it"
            and any(w in GROUP_NOUNS for w in words)
            and any(
                w in cues.ATTEND or w in cues.JOIN or w in {"present", "arrived", "expected"}
                for w in words
            )
        )

    def _send(self, n: int, seg: Segment) -> bool:
        """ "will send X and Y to attend", "sending X in his place"."""
        toks, low = self.toks, self.toks[n].low
        if low not in cues.SEND:
            return False
        k = n + 1
        while k < len(toks) and toks[k].low in {"a", "an", "the", "its", "his", "her", "their"}:
            k += 1
        if (
            k + 1 < len(toks)
            and toks[k].alpha
            and not toks[k].cap
            and toks[k + 1].low in DELEGATION_WORDS
        ):
            k += 1  # "dispatched the high-level delegation"
        if k < len(toks) and toks[k].low in DELEGATION_WORDS:
            # "Chile will send a delegation": the country takes part (its leader is read by
            # the lead rule: "a delegation led by X")
            parties = [m for m in self._subjects(seg, n) if self.cast.is_actor(m.person)]
            self.add(parties, self._status(seg, n), "sends a delegation", confidence=0.8)
            return False
        end = cues.to_attend(toks, n, seg[1])
        if end is None and cues.sends_delegate(toks, n, seg[1], self.context.events):
            end = seg[1]
        sure = 0.9
        if end is None and self._sends_people(n, seg):
            end, sure = seg[1], 0.7  # "The EU will send Council President X and envoy Y."
        if end is None:
            return False
        self.used.update(range(n, end + 2))
        senders = self._subjects(seg, n)
        deleg = self.cast.person_party(senders[0].person) if senders else None
        objects = self._objects(n + 1, end)
        self.add(objects, "attending", f"{low} ... to attend", delegation=deleg, confidence=sure)
        tail = [t.low for t in toks[n + 1 : seg[1]]] + [t.low for t in toks[max(0, n - 4) : n]]
        passive = n > 0 and toks[n - 1].low in cues.BE  # "X will be sent instead": X goes
        if passive:
            self.add(senders, "attending", f"{low} to attend", delegation=deleg, confidence=sure)
        elif "instead" in tail or "place" in tail:
            # a leader who sends someone stays away (a country that does is represented)
            people = [m for m in senders if not self.cast.is_actor(m.person)]
            self.add(people, "not_attending", "sends someone in their place")
        return True

    def _sends_people(self, n: int, seg: Segment) -> bool:
        """ "will send A and B" with the talks in view and no other destination: delegates."""
        toks = self.toks
        objects = self._objects(n + 1, seg[1])
        if not objects or not self._right_after(n + 1, objects[0]):
            return False
        last = max(m.j for m in [objects[0], *self._coordinated(objects)])
        if not cues.clause_ends(toks, last):
            return False  # "will send X to Kyiv", "send X a letter"
        previous = self.context.previous
        words = list(toks) + (list(previous.tokens) if previous is not None else [])
        return bool(self.context.events) or any(t.low in cues.TALK for t in words)

    def _represent(self, n: int, seg: Segment) -> bool:
        """ "X will represent Russia", "with Y instead representing Australia", "will represent
        the kingdom"."""
        toks = self.toks
        if toks[n].low not in cues.REPRESENT or self._next(n) == "by":
            return False
        k = n + 2 if self._next(n) in {"the", "his", "her", "its", "their"} else n + 1
        named = any(p.i == k for p in self.cast.parties.get(self.sent.index, []))
        if not named and not (k < len(toks) and toks[k].low in cues.REPRESENTED and k > n + 1):
            return False
        if cues.infinitive(toks, n) == "request":
            return True
        self.add(self._subjects(seg, n), self._status(seg, n), toks[n].low)
        return True

    def _host(self, n: int, seg: Segment) -> bool:
        """ "X is hosting A, B and C for a three-day gathering": the host and the guests;
        "co-chairs A and B": the chairs; "Judge X, presiding, heard ...": the judge."""
        toks = self.toks
        if toks[n].low in {"presiding", "chairing", "hosting"} and (
            0 < n < len(toks) - 1 and toks[n - 1].low == "," and toks[n + 1].low == ","
        ):
            self.add([m for m in self.mentions if m.j == n - 1][-1:], "attending", toks[n].low)
            return True
        if toks[n].low in _CO_TITLES:
            objects = self._objects(n + 1, seg[1])
            if objects and self._right_after(n + 1, objects[0]):
                chairs = [objects[0], *self._coordinated(objects)]
                self.add(chairs, "attending", toks[n].low, confidence=0.8)
                return True
        if toks[n].low not in cues.HOST or not cues.near(toks, n, cues.TALK, len(toks)):
            return False
        talk = next(k for k in range(n + 1, len(toks)) if toks[k].low in cues.TALK)
        if cues.indefinite_event(toks, talk) and cues.side_event(toks, talk - 1):
            return True  # "hosted a dinner for donors": another event
        if n > 0 and toks[n - 1].low in {"for", "by", "of", "the"}:
            return True  # "thanked X for hosting the talks", "the hosting of the summit"
        guests = [m for m in self._objects(n + 1, len(toks)) if not self._after_talk_word(n, m.i)]
        if not guests and not cues.near(toks, n, cues.TALK, 4):
            return False
        status = self._status(seg, n)
        self.add(self._subjects(seg, n) + guests, status, toks[n].low)
        partners = [m for m in self._objects(n + 1, seg[1]) if cues.after(toks, m.i, {"with"})]
        self.add(partners[:1], status, toks[n].low)  # "will co-chair the summit with X"
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
        greets = toks[n].low in cues.GREET
        if greets:
            if not presence.at_event(toks, n + 1, self.context.events, 10):
                return False
        elif not held and not cues.meeting_is_the_talks(toks, n, self.context.events):
            return False
        status = self._status(seg, n)
        end = self._next_cue(n + 1, seg[1])
        objects = self._objects(n + 1, end)
        partners = [
            m
            for m in objects
            if cues.after(toks, m.i, {"with"}) or (m is objects[0] and self._right_after(n + 1, m))
        ]
        cue = "held talks" if held else "greeted" if greets else "met"
        if status != "attending":
            return True  # "would probably meet X", "did not meet X": no one's attendance
        self.add(self._subjects(seg, n) + partners, status, cue)
        return True

    def _participation(self, n: int, seg: Segment) -> bool:
        """ "with the participation of X", "the participation of X is unlikely"."""
        status = cues.participation_of(self.toks, n)
        if not status:
            return False
        objects = self._objects(n + 2, seg[1])
        if not objects or objects[0].i - n > 6:
            return True
        self.add([objects[0], *self._coordinated(objects)], status, self.toks[n].low)
        return True

    def _attend(self, n: int, seg: Segment) -> bool:
        """ "will (not) attend", "took part", "was present", "will travel to Geneva for the talks"."""
        toks = self.toks
        cue = cues.attend_cue(toks, n, self.context.events)
        if not cue and self._goes_nowhere(n, seg):
            cue = toks[n].low
        sure = 0.9
        if not cue and toks[n].low in cues.JOIN and self._joins_as_before(n):
            cue, sure = toks[n].low, 0.7
        if not cue and toks[n].low in _ARRIVED and self.among_copula(n) is not None:
            cue, sure = toks[n].low, 0.8  # "A and B were among those who have arrived"
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
        if status == "not_attending" and cues.side_event(toks, n):
            return True  # "will not attend the dinner": says nothing about the summit
        elif how == "open" and status == "attending":
            status = "conditional"
        subjects = self._subjects(seg, n) if cue != "among those present" else self._before(n - 2)
        self.add(subjects or self._group_list(n), status, cue, confidence=sure)
        if subjects and status == "attending":
            self.add(self._companions(n, seg), status, f"{cue}, alongside", confidence=sure)
        return True

    def _stands_in(self, n: int, seg: Segment) -> bool:
        """ "X will stand in for Y at the summit", "X deputises for Y": X takes part in Y's
        place (Y does not)."""
        toks = self.toks
        if toks[n].low not in {"stand", "stands", "stood", "standing"}:
            return False
        if toks[n + 1 : n + 3] and [t.low for t in toks[n + 1 : n + 3]] != ["in", "for"]:
            return False
        absent = self._objects(n + 3, seg[1])
        if not absent or not self._right_after(n + 3, absent[0]):
            return False
        status = self._status(seg, n)
        self.add(self._subjects(seg, n), status, "stands in", confidence=0.8)
        if status == "attending":
            self.add(absent[:1], "not_attending", "someone stands in", confidence=0.8)
        return True

    def _companions(self, n: int, seg: Segment) -> list[Mention]:
        """ "is attending the funeral alongside his wife X", "together with Y": the people
        named right after such a word, later in the cue's clause."""
        toks = self.toks
        for k in range(n + 1, seg[1]):
            low, nxt = toks[k].low, toks[k + 1].low if k + 1 < seg[1] else ""
            start = 0
            if low == "alongside" or (low, nxt) in {("together", "with"), ("along", "with")}:
                start = k + 1 if low == "alongside" else k + 2
            elif (low, nxt) == ("accompanied", "by"):
                start = k + 2
            if start:
                objects = self._objects(start, seg[1])
                if objects and self._right_after(start, objects[0]):
                    return [objects[0], *self._coordinated(objects)]
                return []
        return []

    def _present(self, n: int, seg: Segment) -> bool:
        """ "entered the courtroom", "said at the summit", "his speech at the summit", "appeared
        virtually", "in the presence of X"."""
        toks = self.toks
        cue = presence.presence_cue(toks, n, self.context.events)
        if not cue and toks[n].low in presence.SPEAK and self.among_copula(n) is not None:
            cue = "among the speakers"  # "X and Y are among the 50 leaders set to speak"
        if not cue:
            return False
        status = self._status(seg, n)
        if cue == "in the presence of":
            objects = self._objects(n + 2, seg[1])
            self.add(objects[:1] + self._coordinated(objects), "attending", cue)
            return True
        if cue == "gave a speech":  # "the summit opened with a speech by X"
            by = [m for m in self._objects(n + 2, seg[1]) if self._right_after(n + 2, m)]
            self.add(by[:1], status, cue, confidence=0.7)
            return True
        if toks[n].low in presence.SPEECH_NOUNS:
            owner = [m for m in self.cast.in_sentence(self.sent) if m.j in (n, n - 1)]
            self.add(owner[-1:], status, cue, confidence=0.7)  # "his speech at", "X's address to"
            return True
        subjects = self._subjects(seg, n)
        if not subjects and toks[n].low in {"said", "says"}:
            # "..., said Belarus President X during his speech at the summit"
            subjects = [m for m in self.mentions if n < m.i <= n + 6][:1]
        if not subjects:  # "a message was read during the Mass by Cardinal X"
            at = next((k for k in range(n + 1, seg[1]) if toks[k].low == "by"), None)
            agents = self._objects(at + 1, seg[1]) if at is not None else []
            subjects = [m for m in agents if at is not None and self._right_after(at + 1, m)][:1]
        sure = 0.9 if cue in _BEING_THERE else 0.7  # speaking there implies being there
        self.add(subjects, status, cue, confidence=sure)
        if cue == "seated beside" and subjects:
            beside = self._objects(n + 2, seg[1])
            if beside and self._right_after(n + 2, beside[0]):
                self.add([beside[0], *self._coordinated(beside)], status, cue, confidence=sure)
        return True

    def _draws(self, n: int, seg: Segment) -> bool:
        """ "The summit has drawn representatives from 90 countries, including A, B and C",
        "the funeral brought together leaders such as A": the event draws those listed."""
        toks = self.toks
        if toks[n].low not in cues.DRAW:
            return False
        before = [t for t in toks[seg[0] : n] if t.alpha]
        if not any(t.low in cues.TALK and t.low not in DELEGATION_WORDS for t in before[-4:]):
            return False
        listed = self.listed_after(n)
        if not listed:
            return False
        self.add(listed, "attending", f"the event {toks[n].low}", confidence=0.7)
        return True

    def _joins_as_before(self, n: int) -> bool:
        """ "A and B are expected to join X at the summit. C and D are also expected to join.":
        a bare "join" repeats the previous sentence's joining of the event."""
        toks, previous = self.toks, self.context.previous
        if previous is None or not cues.clause_ends(toks, n + 1) or self._next(n) == ",":
            return False
        ptoks = previous.tokens
        return any(
            t.low in cues.JOIN and cues.attend_cue(ptoks, k, self.context.events)
            for k, t in enumerate(ptoks)
        )

    def _before(self, k: int) -> list[Mention]:
        """The nearest people before token ``k`` ("X, ..., among those present")."""
        found = [m for m in self.mentions if m.j <= k and self._may_be_subject(m)]
        return self._nearest(found, self._relative_tokens(k)) if found else []

    def _next_after(self, k: int) -> str:
        return self.toks[k].low if k < len(self.toks) else ""

    def _goes_nowhere(self, n: int, seg: Segment) -> bool:
        """ "Bolsonaro and Mourao are not going.", "X will not travel to Lisbon, the Elysee
        said": a negated trip with no destination, or to a place and no other business."""
        toks, low = self.toks, self.toks[n].low
        if low not in cues.TRAVEL or low in {"return", "returns", "returned", "returning"}:
            return False
        if not self._negated(seg, n):
            return False
        if cues.clause_ends(toks, n + 1):
            return True
        k = n + 2
        while k < len(toks) and toks[k].cap and toks[k].alpha:
            k += 1
        return self._next(n) == "to" and k > n + 2 and cues.clause_ends(toks, k)

    def _group_list(self, n: int) -> list[Mention]:
        """The people listed after a group's cue: "a delegation will also be present in
        Istanbul: A, B and C", "leaders are expected to participate, including: A, B"."""
        toks = self.toks
        mark = next(
            (k for k in range(n + 1, min(len(toks), n + 14)) if toks[k].low in {":", "including"}),
            None,
        )
        if mark is None:
            return []
        if not any(t.low in DELEGATION_WORDS or t.low in _GROUPS for t in toks[:n]):
            return []
        if toks[mark].low == "including" and mark + 1 < len(toks) and toks[mark + 1].low == ":":
            mark += 1
        return self._objects(mark + 1, len(toks))

    def _list_end(self, end: int) -> int:
        """A list of people goes on across semicolons ("A, deputy for X; B, spokesperson; and
        C, ...") while each item starts with a name."""
        toks = self.toks
        starts = {m.i for m in self.mentions} | {
            k for k in self.cast.in_roles.get(self.sent.index, set())
        }
        while end < len(toks) and toks[end].low == ";":
            k = end + 1
            if k < len(toks) and toks[k].low == "and":
                k += 1
            if k not in starts:
                break
            end = next((j for j in range(k, len(toks)) if toks[j].low == ";"), len(toks))
        return end

    def _event_led(self, n: int) -> bool:
        """ "the summit, led by X", "Led by X and Y, the summit aimed ...": an event is led."""
        toks = self.toks
        before = toks[max(0, n - 4) : n]
        if any(t.low in cues.TALK and t.low not in DELEGATION_WORDS for t in before):
            return True
        if n > 1:
            return False
        comma = next((k for k in range(n + 2, len(toks)) if toks[k].low == ","), None)
        return comma is not None and any(
            t.low in cues.TALK and t.low not in DELEGATION_WORDS
            for t in toks[comma + 1 : comma + 4]
        )

    def _leads_a_delegation(self, n: int) -> bool:
        toks = self.toks
        before = toks[max(0, n - 6) : n]
        if any(t.low in cues.LED_THINGS for t in before) or self._it_is_the_delegation(n):
            return True  # "It is headed by X" after a sentence about a delegation
        # "The Russian delegation will be headed by X": the subject may be further back
        return any(t.low in cues.LED_THINGS for t in toks[:n]) and not any(
            t.low in {"government", "forces", "army", "coalition", "regime", "country"}
            for t in before
        )

    def _without(self, n: int) -> None:
        """ "Leaders begin their summit without Myanmar's leader X": X stays away."""
        toks = self.toks
        if not any(t.low in cues.TALK or t.low in cues.GATHER for t in toks):
            return
        people = [m for m in self._objects(n + 1, len(toks)) if m.i - n <= 8]
        if people and all(
            t.low in {"the", "'s"} or t.cap or k in self.cast.in_roles.get(self.sent.index, set())
            for k, t in enumerate(toks[n + 1 : people[0].i], start=n + 1)
        ):
            self.add([people[0], *self._coordinated(people)], "not_attending", "without")

    def _absence(self, n: int, seg: Segment) -> None:
        """ "stays away", "skipped the summit", "pulled out", "the absence of X"; "confirmed his
        attendance"."""
        if self.toks[n].low == "without":
            self._without(n)
            return
        if cues.planned_visit(self.toks, n) and self._visit_here(n):
            self.add(self._subjects(seg, n), self._status(seg, n), "plan a visit")
            return
        noun = cues.noun_cue(self.toks, n)
        if noun:
            holder = [m for m in self.mentions if m.i == n - 1 or m.j == n - 1]
            status: Status = noun  # type: ignore[assignment]
            self.add(holder or self._subjects(seg, n), status, self.toks[n].low)
            return
        neg = cues.absence(self.toks, n)
        if not neg:
            return
        if neg == "absence":
            objs = [m for m in self.mentions if m.i in (n + 2, n + 3) or m.j == n - 1]
            # "the absence of key allies, notably X"
            self.add(objs or self.listed_after(n), "not_attending", "absence")
        else:
            if cues.side_event(self.toks, n):
                return  # "will skip the dinner": says nothing about the summit
            # "could skip the summit if ...", "threatened to boycott": not decided yet
            status = self._status(seg, n)
            if cues.infinitive(self.toks, n) == "open" or self._threat(n):
                status = "conditional"
            absent: Status = "conditional" if status == "conditional" else "not_attending"
            self.add(self._subjects(seg, n), absent, neg)

    # -- helpers

    def _threat(self, n: int) -> bool:
        """ "threatened to skip", "threatening a boycott": a threat, not a decision."""
        return any(t.low.startswith("threat") for t in self.toks[max(0, n - 3) : n])

    def _visit_here(self, n: int) -> bool:
        """A planned visit with no destination, or to where the talks are."""
        toks = self.toks
        if n + 1 < len(toks) and toks[n + 1].low in {"to", "in"}:
            return cues.event_at(toks, n + 2, self.context.events)
        return True

    def _by_after(self, n: int) -> int | None:
        """ "was joined on the U.S. side by": the "by" a few plain words after a passive verb."""
        toks = self.toks
        if toks[n].low not in {
            "joined",
            "accompanied",
            "represented",
            "led",
            "headed",
            "hosted",
            "chaired",
            "attended",
        }:
            return None  # ("hosted at the group's secretariat by X")
        for k in range(n + 1, min(len(toks), n + 7)):
            if toks[k].low == "by":
                return k
            if not toks[k].alpha and toks[k].low not in {".", "'s"}:
                return None
            if toks[k].low in cues.AUX or toks[k].low in SPEECH_VERBS:
                return None
        return None

    def _after_talk_word(self, n: int, i: int) -> bool:
        return any(t.low in cues.TALK for t in self.toks[n + 1 : i])

    def _but_not(self, seg: Segment, cue: str) -> None:
        """ "it included A and B, but not Putin himself"."""
        nxt = self._following(seg)
        if nxt is None or nxt[2] != "but" or self.toks[nxt[0]].low != "not":
            return
        self.add(self._objects(nxt[0], nxt[1]), "not_attending", f"{cue}, but not")
