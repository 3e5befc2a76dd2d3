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
sentences and "where the talks are" live in :mod:`.forms`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsreader.core.facts.attendance import actors, forms, lists, presence, scope, titles, words
from newsreader.core.facts.attendance.base import Context, Found
from newsreader.core.facts.attendance.being import PresenceRules
from newsreader.core.facts.attendance.clause import GROUP_NOUNS
from newsreader.core.facts.attendance.cues import venue_at
from newsreader.core.facts.model import AttendanceCue, Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Doc


def extract(doc: Doc, cast: Cast) -> list[Found]:
    actors.find(doc, cast)
    out: list[Found] = titles.heads_of_delegation(cast)
    out.extend(Found(person, cue) for person, cue in lists.listed(doc, cast))
    lead: tuple[int, int, str | None] | None = None
    events = forms.events(doc, cast)
    out.extend(titles.event_roles(cast, events))
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


_SPEAKING = frozenset({"speaking", "addressing", "talking"})
_SEATS = frozenset({"pews", "pew", "rows", "row", "seats", "stands", "gallery", "benches"})


@dataclass(slots=True)
class _Reader(PresenceRules):
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
        if status == "attending" and scope.remote(self.toks, self.at):
            status, cue = "not_attending", f"{cue}, remotely"  # "joined by video link"
        final = scope.final(self.toks, self.at)
        if self.quoted:  # someone's words: as sure as the speaker, shown as such
            cue, confidence = f"{cue} (in a quotation)", min(confidence, 0.6)
        for m in ms:
            c = AttendanceCue(status, cue, self.sent.evidence, leads, delegation, confidence, final)
            self.out.append(Found(m.person, c))

    def read(self) -> list[Found]:
        if not self.quoted:
            self._he_will_have()
            self._inverted()
            self._set_at_the_event()
            self._colon_list()
        for n, t in enumerate(self.toks):
            if t.low not in words.CUE_WORDS or t.quoted != self.quoted or n in self.used:
                continue
            seg = self._segment(n)
            if seg[2] in words.CONDITION_OPENERS:
                continue  # "... only if Putin attends": the condition states nothing
            if any(w.low in words.HABITUAL for w in self.toks[max(0, n - 2) : n]):
                continue  # "rarely attend": a habit, not this event
            if scope.permission(self.toks, n):
                continue  # "may attend virtually if he chooses": an option, not a plan
            if scope.other_occasion(self.toks, n, seg[1]) or scope.other_occasion_before(
                self.toks, seg[0], n
            ):
                continue  # "skipped the ministers' meeting earlier this year"
            if scope.denied(self.toks, n):
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
        lows = tuple(t.low for t in toks[1:6])
        for pattern in words.HAVE:
            if lows[: len(pattern)] == pattern:
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

    def _colon_list(self) -> None:
        """ "the front pews are a who's who of Europe: A, B and C", "Absent: A and B": the
        names after a colon take the status of what precedes it (the event's seats, a status
        word), when they open what follows the colon."""
        toks = self.toks
        colon = next((k for k, t in enumerate(toks[:-1]) if t.low == ":"), None)
        if colon is None or colon < 1:
            return
        lows = [t.low for t in toks[:colon]]
        status = lists.status_of(lows)
        seats = any(venue_at(toks, k) for k in range(colon) if toks[k].low in _SEATS)
        if status is None and not seats:
            return
        objects = self._objects(colon + 1, len(toks))
        if not objects or not self._right_after(colon + 1, objects[0]):
            return
        listed = [objects[0], *self._coordinated(objects)]
        end = listed[-1].j
        if end < len(toks) and toks[end].alpha and toks[end].low not in {"of", "from"}:
            return  # "...: Tomas Halberg saw to it": a sentence, not a list of names
        self.used.update(range(colon + 1, end))
        self.add(listed, status or "attending", "listed", confidence=0.8)

    def _set_at_the_event(self) -> None:
        """ "At the hearing, Judge X refused bail", "In court, X made ...": a sentence set at the
        event says its subject is there (not "At last year's summit", not "In a statement", not a
        passive or a negated verb, not "X's plan")."""
        toks = self.toks
        if len(toks) < 5:
            return
        events = self.context.events
        if toks[0].low in {"at", "during", "in", "inside"}:
            if not (presence.the_event(toks, 1, events) or venue_at(toks, 1)):
                return
        elif toks[0].low in _SPEAKING:  # "Speaking at the summit,", "Addressing delegates,"
            to_room = toks[1].low in presence.AUDIENCE or presence.the_event(toks, 1, events)
            if not (to_room or presence.at_event(toks, 1, events, 5)):
                return
        else:
            return
        comma = next((k for k in range(2, min(len(toks), 9)) if toks[k].low == ","), None)
        if comma is None:
            return
        first = next((m for m in self.mentions if m.i > comma), None)
        if first is None or not self._right_after(comma + 1, first) or first.j + 2 > len(toks):
            return
        verb = toks[first.j]
        after = [t.low for t in toks[first.j : first.j + 3]]
        if not verb.alpha or verb.cap or verb.low in words.BE or verb.low == "'s":
            return  # "X's plan was discussed", "X was criticised"
        if any(w in words.NEGATORS or w.endswith("n't") for w in after):
            return
        self.add([first], "attending", "at the event", confidence=0.7)

    def _among_them(self) -> None:
        """ "More than 75 leaders are expected. Among them is X.": X has the status the
        previous sentence gives its group."""
        toks, previous = self.toks, self.context.previous
        if previous is None or len(toks) < 4 or toks[0].low != "among":
            return
        if toks[1].low not in {"them", "those", "these"} or toks[2].low not in words.BE:
            return
        lows = [t.low for t in previous.tokens]
        if not any(w in GROUP_NOUNS for w in lows):
            return
        status = lists.status_of(lows)
        if status is None:
            return
        self.used.update(range(3))
        objects = self._objects(3, len(toks))
        objects = [objects[0], *self._coordinated(objects)] if objects else []
        self.add(objects, status, "among them", confidence=0.8)
