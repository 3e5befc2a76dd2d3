"""Who takes part with whom: delegations led, joined, accompanied, flanked or represented;
members a delegation includes; people sent or standing in for someone; hosts and chairs.

Each rule gets the cue token at ``n`` and its clause segment, and returns True when that token was
its cue (the reader then stops trying other rules on it).
"""

from __future__ import annotations

from newsreader.core.facts.attendance import cues, presence, scope, words
from newsreader.core.facts.attendance.base import Rules
from newsreader.core.facts.attendance.clause import GROUP_NOUNS, Segment
from newsreader.core.facts.lexicon import DELEGATION_WORDS, SPEECH_VERBS
from newsreader.core.facts.model import Status
from newsreader.core.facts.people import Mention

_TALK_NOUNS = frozenset({"talks", "round", "meeting", "session", "summit", "negotiations"})
_CO_TITLES = frozenset({"co-chair", "co-chairs", "co-host", "co-hosts"})


class CompanyRules(Rules):
    """The rules about delegations, companions, senders and hosts."""

    __slots__ = ()

    def _passive(self, n: int, seg: Segment) -> bool:
        """ "led by X", "headed by X", "joined by X", "together with X", "represented by X",
        "was joined on the U.S. side by X"."""
        low = self.toks[n].low
        by = self._by_after(n)
        nxt = "by" if by is not None else self._next(n)
        lead = low in {"led", "headed"} and nxt == "by"
        if not lead and (low, nxt) not in words.COMPANY:
            return False
        if low == "flanked" and not any(t.low in words.TALK for t in self.toks):
            return True  # "X, flanked by aides, told reporters": not at the event
        if low in {"hosted", "chaired"} and scope.side_event_before(self.toks, n):
            return True  # "a working dinner at the waterfront hosted by X": not the event
        if lead and not self._leads_a_delegation(n):
            if not self._event_led(n):
                return True  # "a government led by X": not a delegation
            lead = False  # "Led by X and Y, the summit aimed ...": they chair it
        start = by + 1 if by is not None else n + 2
        if by is not None and self.toks[by - 1].low == "not":
            self._not_by_but_by(start, seg)  # "presided over not by X, who was ill, but by Y"
            return True
        deleg = self._delegation()
        if low == "represented":  # "while Ukraine is represented by X"
            parties = self.cast.parties.get(self.sent.index, [])
            deleg = next((p.party for p in parties if seg[0] <= p.i < n), deleg)
        status = self._status(seg, n)
        if status == "not_attending" and not lead:
            status = "attending"
        cue = f"{low} {nxt}"
        end = self._next_cue(start, self._list_end(seg[1]))
        replaced = scope.in_place_of(self.toks, start, end)
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
                # "X, joined by Y, stopped for the cameras": X is the one accompanied
                before = [m for m in self.mentions if m.j == n - 1]
                if n > 0 and self.toks[n - 1].low == "," and before:
                    self.add(before[-1:], status, cue, delegation=deleg)
            self.add(objects, status, cue, leads=lead, delegation=deleg)
            return True
        if low in {"mediated", "hosted", "chaired", "co-chaired"}:
            # "hosted by Switzerland at the resort, Amherd told ...": only who follows "by"
            first = objects[:1] if objects and self._right_after(start, objects[0]) else []
            objects = [*first, *self._coordinated(objects)] if first else []
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
        if toks[n].low not in words.LEAD or self._next(n) in {"to", "up"}:
            return False  # "will head to Geneva" travels; "the months leading up to the summit"
        delegation = cues.near(toks, n, DELEGATION_WORDS | {"talks", "negotiations"}, 4)
        event = cues.near(toks, n, words.TALK, 3) and not scope.indefinite_event(toks, n + 2)
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
        if low not in words.MEMBER:
            return False
        if low in {"include", "includes", "included"}:
            # "the first round of talks, which included A and B", "participants include A"
            near = cues.list_head(toks, n, DELEGATION_WORDS | _TALK_NOUNS)
        else:
            nouns = {"delegation", "delegations"} if low == "including" else DELEGATION_WORDS
            near = cues.near_before(toks, n, nouns, 10 if low == "including" else 25)
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
        while k > 0 and self.toks[k].low in words.AUX:
            k -= 1
        previous = self.context.previous
        if self.toks[k].low not in {"it", "they", "these"} or previous is None:
            return False
        lows = [t.low for t in previous.tokens]
        if any(w in DELEGATION_WORDS for w in lows):
            return True
        # "Leaders of 40 countries will attend. They include A and B."
        return (
            self.toks[k].low != "it"
            and any(w in GROUP_NOUNS for w in lows)
            and any(
                w in words.ATTEND or w in words.JOIN or w in {"present", "arrived", "expected"}
                for w in lows
            )
        )

    def _send(self, n: int, seg: Segment) -> bool:
        """ "will send X and Y to attend", "sending X in his place"."""
        toks, low = self.toks, self.toks[n].low
        if low not in words.SEND or presence.recorded_message(toks, n):
            return False  # "sent a video message": the presence rules read it
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
        replaced = scope.in_place_of(toks, n + 1, end)
        if replaced is not None:  # "sent X in place of President Y": Y does not come
            absent = [m for m in objects if m.i >= replaced]
            objects = [m for m in objects if m.i < replaced]
            self.add(absent[:1], "not_attending", "someone came in their place", confidence=0.8)
        self.add(objects, "attending", f"{low} ... to attend", delegation=deleg, confidence=sure)
        tail = [t.low for t in toks[n + 1 : seg[1]]] + [t.low for t in toks[max(0, n - 4) : n]]
        passive = n > 0 and toks[n - 1].low in words.BE  # "X will be sent instead": X goes
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
        nearby = list(toks) + (list(previous.tokens) if previous is not None else [])
        return bool(self.context.events) or any(t.low in words.TALK for t in nearby)

    def _represent(self, n: int, seg: Segment) -> bool:
        """ "X will represent Russia", "with Y instead representing Australia", "will represent
        the kingdom"."""
        toks = self.toks
        if toks[n].low not in words.REPRESENT or self._next(n) == "by":
            return False
        k = n + 2 if self._next(n) in {"the", "his", "her", "its", "their"} else n + 1
        named = any(p.i == k for p in self.cast.parties.get(self.sent.index, []))
        if not named and not (k < len(toks) and toks[k].low in words.REPRESENTED and k > n + 1):
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
        if toks[n].low not in words.HOST or not cues.near(toks, n, words.TALK, len(toks)):
            return False
        talk = next(k for k in range(n + 1, len(toks)) if toks[k].low in words.TALK)
        if scope.indefinite_event(toks, talk) and scope.side_event(toks, talk - 1):
            return True  # "hosted a dinner for donors": another event
        if n > 0 and toks[n - 1].low in {"for", "by", "of", "the"}:
            return True  # "thanked X for hosting the talks", "the hosting of the summit"
        guests = [m for m in self._objects(n + 1, len(toks)) if not self._after_talk_word(n, m.i)]
        if not guests and not cues.near(toks, n, words.TALK, 4):
            return False
        status = self._status(seg, n)
        self.add(self._subjects(seg, n) + guests, status, toks[n].low)
        partners = [m for m in self._objects(n + 1, seg[1]) if cues.after(toks, m.i, {"with"})]
        self.add(partners[:1], status, toks[n].low)  # "will co-chair the summit with X"
        return True

    def _join_people(self, n: int, seg: Segment) -> bool:
        """ "On the Russian side, aide A will join Foreign Minister B and ...": A and B."""
        toks = self.toks
        if toks[n].low not in words.JOIN or self._next(n) == "by":
            return False
        objects = self._objects(n + 1, seg[1])
        if not objects or objects[0].i - n > 8:
            return False
        if not any(t.low in DELEGATION_WORDS or t.low in words.TALK for t in toks):
            return False
        self.add(self._subjects(seg, n) + objects, self._status(seg, n), toks[n].low)
        return True

    def _stands_in(self, n: int, seg: Segment) -> bool:
        """ "X will stand in for Y at the summit", "X deputises for Y": X takes part in Y's
        place (Y does not)."""
        toks = self.toks
        low = toks[n].low
        if low in _DEPUTISE and n + 1 < len(toks) and toks[n + 1].low == "for":
            start = n + 2  # "deputising for Y"
        elif low in _STAND_IN and [t.low for t in toks[n + 1 : n + 3]] == ["in", "for"]:
            start = n + 3  # "standing in for Y", "sitting in for Y", "filling in for Y"
        else:
            return False
        absent = self._objects(start, seg[1])
        if not absent or not self._right_after(start, absent[0]):
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

    def _not_by_but_by(self, start: int, seg: Segment) -> None:
        """ "was presided over not by Speaker X, who was ill, but by Deputy Speaker Y": X is not
        there, Y is."""
        toks = self.toks
        absent = self._objects(start, seg[1])
        if absent and self._right_after(start, absent[0]):
            self.add(absent[:1], "not_attending", "not by", confidence=0.8)
        but = next(
            (
                k
                for k in range(start, len(toks) - 1)
                if toks[k].low == "but" and toks[k + 1].low == "by"
            ),
            None,
        )
        if but is not None:
            present = self._objects(but + 2, len(toks))
            if present and self._right_after(but + 2, present[0]):
                self.add(present[:1], "attending", "but by", confidence=0.8)

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
            named = next((m for m in self.mentions if m.i >= k), None)
            after = toks[named.j] if named is not None and named.j < len(toks) else None
            if after is not None and after.alpha and not after.cap and after.low != "and":
                break  # "; Foreign Minister X stayed in ...": a clause of its own, not an item
            end = next((j for j in range(k, len(toks)) if toks[j].low == ";"), len(toks))
        return end

    def _event_led(self, n: int) -> bool:
        """ "the summit, led by X", "Led by X and Y, the summit aimed ...": an event is led."""
        toks = self.toks
        before = toks[max(0, n - 4) : n]
        if any(t.low in words.TALK and t.low not in DELEGATION_WORDS for t in before):
            return True
        if n > 1:
            return False
        comma = next((k for k in range(n + 2, len(toks)) if toks[k].low == ","), None)
        return comma is not None and any(
            t.low in words.TALK and t.low not in DELEGATION_WORDS
            for t in toks[comma + 1 : comma + 4]
        )

    def _leads_a_delegation(self, n: int) -> bool:
        toks = self.toks
        before = toks[max(0, n - 6) : n]
        if any(t.low in words.LED_THINGS for t in before) or self._it_is_the_delegation(n):
            return True  # "It is headed by X" after a sentence about a delegation
        # "The Russian delegation will be headed by X": the subject may be further back
        return any(t.low in words.LED_THINGS for t in toks[:n]) and not any(
            t.low in {"government", "forces", "army", "coalition", "regime", "country"}
            for t in before
        )

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
            "presided",
        }:
            return None  # ("hosted at the group's secretariat by X")
        for k in range(n + 1, min(len(toks), n + 7)):
            if toks[k].low == "by":
                return k
            if toks[k].low == "not" and k + 1 < len(toks) and toks[k + 1].low == "by":
                return k + 1  # "presided over not by X ... but by Y"
            if not toks[k].alpha and toks[k].low not in {".", "'s"}:
                return None
            if toks[k].low in words.AUX or toks[k].low in SPEECH_VERBS:
                return None
        return None

    def _after_talk_word(self, n: int, i: int) -> bool:
        return any(t.low in words.TALK for t in self.toks[n + 1 : i])

    def _but_not(self, seg: Segment, cue: str) -> None:
        """ "it included A and B, but not Putin himself"."""
        nxt = self._following(seg)
        if nxt is None or nxt[2] != "but" or self.toks[nxt[0]].low != "not":
            return
        self.add(self._objects(nxt[0], nxt[1]), "not_attending", f"{cue}, but not")

    def _next_after(self, k: int) -> str:
        return self.toks[k].low if k < len(self.toks) else ""


_STAND_IN = frozenset(
    [
        "stand",
        "stands",
        "stood",
        "standing",
        "sit",
        "sits",
        "sat",
        "sitting",
        "fill",
        "fills",
        "filled",
        "filling",
    ]
)
_DEPUTISE = frozenset(
    [
        "deputise",
        "deputises",
        "deputised",
        "deputising",
        "deputize",
        "deputizes",
        "deputized",
        "deputizing",
    ]
)
