"""Being there or not: attending, taking part, arriving, meeting or speaking at the event, and
staying away, skipping, being excluded (the rules that state a person's own presence or absence).
"""

from __future__ import annotations

from newsreader.core.facts.attendance import cues, presence, scope, words
from newsreader.core.facts.attendance.clause import Segment
from newsreader.core.facts.attendance.company import CompanyRules
from newsreader.core.facts.gazetteer import is_place
from newsreader.core.facts.lexicon import DELEGATION_WORDS
from newsreader.core.facts.model import Status
from newsreader.core.facts.people import Mention

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


class PresenceRules(CompanyRules):
    """The rules about one's own presence or absence."""

    __slots__ = ()

    def _meet(self, n: int, seg: Segment) -> bool:
        """ "A and B met with a Russian delegation", "A held talks with B", "A will meet in
        Geneva with B": the people who meet, and whom they meet."""
        toks = self.toks
        held = cues.talks_held(toks, n)
        shakes = cues.shakes_hands(toks, n)
        greets = toks[n].low in words.GREET or shakes
        if greets:
            guests = cues.guests_after(toks, n, 3) and not cues.near(toks, n, {"home", "back"}, 5)
            if not guests and not self._at_event_after(n, seg):
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
        if shakes and partners and partners[0] is objects[0]:
            partners += self._coordinated(objects)  # "shook hands with A and B"
        cue = "held talks" if held else "shook hands" if shakes else "greeted" if greets else "met"
        if status != "attending":
            return True  # "would probably meet X", "did not meet X": no one's attendance
        self.add(self._subjects(seg, n) + partners, status, cue)
        return True

    def _at_event_after(self, n: int, seg: Segment) -> bool:
        """ "greeted X at the summit", "shook hands with A and B before the funeral began": this
        event right after the cue or right after the people it names."""
        events = self.context.events
        if presence.at_event(self.toks, n + 1, events, 10):
            return True
        objects = self._objects(n + 1, seg[1])
        named = [objects[0], *self._coordinated(objects)] if objects else []
        return bool(named) and presence.at_event(self.toks, named[-1].j, events, 4)

    def _stays_elsewhere(self, n: int) -> bool:
        """ "will stay in Berlin for a coalition summit": staying in a place that is not the
        event's, for something else (not "will stay in Veltro until Monday")."""
        toks = self.toks
        if toks[n].low not in cues.STAY or n + 2 >= len(toks) or toks[n + 1].low != "in":
            return False
        i = n + 2
        while i < len(toks) and i - n < 6 and toks[i].low in {"the", "capital", "city", "of"}:
            i += 1  # "stayed in the capital Vell"
        j = i
        while j < len(toks) and toks[j].cap and toks[j].alpha and j - i < 3:
            j += 1
        place = " ".join(t.low for t in toks[i:j])
        named_place = is_place(place) or toks[i - 1].low in {"capital", "city"}
        if not place or place in self.context.events or not named_place:
            return False
        return j < len(toks) and toks[j].low in {"for", "to", "because", "due", "amid"}

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
        if not cue and toks[n].low in words.JOIN and self._joins_as_before(n):
            cue, sure = toks[n].low, 0.7
        if not cue and toks[n].low in _ARRIVED and self.among_copula(n) is not None:
            cue, sure = toks[n].low, 0.8  # "A and B were among those who have arrived"
        if not cue:
            return False
        how = cues.infinitive(toks, n)
        if how == "request" or cues.unconfirmed(toks, seg):
            return True
        status = self._status(seg, n)
        if cue in {"be in", "at the table"} and n + 1 < len(toks) and toks[n + 1].low == "not":
            status = "not_attending"  # "was not at the table", "is not in Vienna"
        if cue == "be absent":
            status = "attending" if status == "not_attending" else "not_attending"
        if how == "refuse":
            status = "not_attending"
        if status == "not_attending" and scope.side_event(toks, n):
            return True  # "will not attend the dinner": says nothing about the summit
        elif how == "open" and status == "attending":
            status = "conditional"
        subjects = self._subjects(seg, n) if cue != "among those present" else self._before(n - 2)
        self.add(subjects or self._group_list(n), status, cue, confidence=sure)
        if subjects and status == "attending":
            self.add(self._companions(n, seg), status, f"{cue}, alongside", confidence=sure)
        return True

    def _present(self, n: int, seg: Segment) -> bool:
        """ "entered the courtroom", "said at the summit", "his speech at the summit", "appeared
        virtually", "in the presence of X"."""
        toks = self.toks
        cue = presence.presence_cue(toks, n, self.context.events)
        if not cue and toks[n].low in presence.SPEAK and self.among_copula(n) is not None:
            cue = "among the speakers"  # "X and Y are among the 50 leaders set to speak"
        if not cue:
            return False
        if cues.infinitive(toks, n) in {"request", "refuse", "open"}:
            return True  # "was invited to speak at the summit", "declined to speak": not there
        status = self._status(seg, n)
        if cue == "sent a video message":
            self.add(self._subjects(seg, n), "not_attending", cue, confidence=0.8)
            return True
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
        if (
            cue == "sworn in or crowned"
        ):  # "will be crowned ... by Archbishop X": who crowns is there too
            by_at = next((k for k in range(n + 1, seg[1]) if toks[k].low == "by"), None)
            officiant = self._objects(by_at + 1, seg[1]) if by_at is not None else []
            if officiant and by_at is not None and self._right_after(by_at + 1, officiant[0]):
                self.add(officiant[:1], status, "officiates", confidence=0.8)
        if cue in presence.AT_EVENT_ACTIONS:  # "the UK signed agreements at the summit": a
            subjects = [m for m in subjects if not self.cast.is_actor(m.person)]  # party acts
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
        if toks[n].low not in words.DRAW:
            return False
        before = [t for t in toks[seg[0] : n] if t.alpha]
        if not any(t.low in words.TALK and t.low not in DELEGATION_WORDS for t in before[-4:]):
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
            t.low in words.JOIN and cues.attend_cue(ptoks, k, self.context.events)
            for k, t in enumerate(ptoks)
        )

    def _before(self, k: int) -> list[Mention]:
        """The nearest people before token ``k`` ("X, ..., among those present")."""
        found = [m for m in self.mentions if m.j <= k and self._may_be_subject(m)]
        return self._nearest(found, self._relative_tokens(k)) if found else []

    def _goes_nowhere(self, n: int, seg: Segment) -> bool:
        """ "Bolsonaro and Mourao are not going.", "X will not travel to Lisbon, the Elysee
        said": a negated trip with no destination, or to a place and no other business."""
        toks, low = self.toks, self.toks[n].low
        if low not in words.TRAVEL or low in {"return", "returns", "returned", "returning"}:
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

    def _without(self, n: int) -> None:
        """ "Leaders begin their summit without Myanmar's leader X": X stays away."""
        toks = self.toks
        if not any(t.low in words.TALK or t.low in words.GATHER for t in toks):
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
        if not neg and self._stays_elsewhere(n):
            self.add(self._subjects(seg, n), "not_attending", "stays elsewhere", confidence=0.8)
            return
        if not neg:
            return
        if neg == "missing from":
            end = min(n + 6, len(self.toks))
            colon = next((k for k in range(n + 1, end) if self.toks[k].low == ":"), None)
            if colon is None:
                return
            objs = self._objects(colon + 1, len(self.toks))
            if objs and self._right_after(colon + 1, objs[0]):
                self.add([objs[0], *self._coordinated(objs)], "not_attending", "missing from")
            return
        if neg == "absentee":
            k = n + 1
            if k < len(self.toks) and self.toks[k].low in {
                "included",
                "include",
                "includes",
                "were",
            }:
                objs = self._objects(k + 1, seg[1])
                if objs and self._right_after(k + 1, objs[0]):
                    self.add([objs[0], *self._coordinated(objs)], "not_attending", "absentee")
                return
            if not self._negated(seg, n):
                self.add(self._subjects(seg, n), "not_attending", "absentee")
            return
        if neg == "absence" and self.toks[n].low == "no-show" and not self._negated(seg, n):
            neg = "absent"  # "X was a no-show": the subject
        if neg == "absence":
            objs = [m for m in self.mentions if m.i in (n + 2, n + 3) or m.j == n - 1]
            # "the absence of key allies, notably X"
            self.add(objs or self.listed_after(n), "not_attending", "absence")
        else:
            if scope.side_event(self.toks, n):
                return  # "will skip the dinner": says nothing about the summit
            # "could skip the summit if ...", "threatened to boycott": not decided yet
            how = cues.infinitive(self.toks, n)
            if how == "request" or cues.earlier_word(self.toks, n):
                return  # "had been expected to stay at home", "who had said he would stay away"
            status = self._status(seg, n)
            if how == "open" or self._threat(n):
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
