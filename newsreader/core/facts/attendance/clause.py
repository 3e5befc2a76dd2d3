"""The clause around an attendance cue: who its subject is, whom it lists, whether it is negated
or conditional, which delegation it is about.

:class:`Clause` is the base of the sentence reader (:mod:`.reader`); the rules decide
what a cue states, these methods decide about whom.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from newsreader.core.facts.attendance import cues, words
from newsreader.core.facts.attendance.actors import GROUP_OF
from newsreader.core.facts.lexicon import (
    DELEGATION_WORDS,
    HONORIFICS,
    REPORTING_VERBS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_PLURALS,
    SPEECH_VERBS,
    word_set,
)
from newsreader.core.facts.model import Status
from newsreader.core.facts.people import Cast, Mention
from newsreader.core.facts.tokens import Sentence

Segment = tuple[int, int, str]


@dataclass(slots=True)
class Clause:
    """One sentence of one article, with the people and parties found in it."""

    sent: Sentence
    cast: Cast
    # Read the words inside quotation marks ("The summit will be attended by A and B," the
    # office said) instead of the narration around them.
    quoted: bool = field(default=False, kw_only=True)

    @property
    def toks(self) -> list:
        return self.sent.tokens

    @property
    def segments(self) -> list[Segment]:
        return self.sent.segments()

    @property
    def mentions(self) -> list[Mention]:
        """People named in the sentence (outside quotations) and the parties that may act."""
        toks, quoted = self.toks, self.quoted
        people = [m for m in self.cast.in_sentence(self.sent) if toks[m.i].quoted == quoted]
        actors = [
            m for m in self.cast.actors.get(self.sent.index, []) if toks[m.i].quoted == quoted
        ]
        if not actors:
            return people
        return sorted(people + actors, key=lambda m: m.i)

    def _next(self, n: int) -> str:
        return self.toks[n + 1].low if n + 1 < len(self.toks) else ""

    def _coordinated(self, ms: list[Mention]) -> list[Mention]:
        """The people listed right after the first of ``ms`` ("of A, B and C")."""
        out: list[Mention] = []
        in_roles = self.cast.in_roles.get(self.sent.index, set())
        relative = self._relative_tokens(-1)  # "A, who is in hospital, and B"
        for prev, nxt in pairwise(ms):
            between = [
                t.low
                for k, t in enumerate(self.toks[prev.j : nxt.i])
                if prev.j + k not in in_roles
                and prev.j + k not in self._affiliation(prev.j)
                and not self._possessor_at(prev.j + k)
                and prev.j + k not in relative
            ]
            if not all(
                w in {",", "and", "as", "well", "a", "an", "the"} or w.rstrip(".") in HONORIFICS
                for w in between
            ):
                break  # (a list goes on past "Sir", "Dr." before a name)
            out.append(nxt)
        return out

    def _possessor_at(self, k: int) -> bool:
        """Token ``k`` is part of "Norway's" before a title ("A and Norway's Climate Minister B")."""
        toks = self.toks
        if toks[k].low in {"'s", "’s"}:
            return k > 0 and toks[k - 1].cap
        return toks[k].cap and k + 1 < len(toks) and toks[k + 1].low in {"'s", "’s"}

    def _affiliation(self, k: int) -> range:
        """The tokens of "of France", "from the European Union" right after a name at ``k``."""
        toks = self.toks
        if k >= len(toks) or toks[k].low not in {"of", "from"}:
            return range(0)
        j = k + 1
        if j < len(toks) and toks[j].low == "the":
            j += 1
        end = j
        while end < len(toks) and toks[end].cap and toks[end].alpha and end - j < 4:
            end += 1
        return range(k, end) if end > j else range(0)

    def _segment(self, n: int) -> Segment:
        for seg in self.segments:
            if seg[0] <= n < seg[1]:
                return seg
        return (0, n + 1, "")

    def _following(self, seg: Segment) -> Segment | None:
        index = self.segments.index(seg) if seg in self.segments else -1
        return self.segments[index + 1] if 0 <= index + 1 < len(self.segments) else None

    def _negated(self, seg: Segment, n: int) -> bool:
        lows = [t.low for t in self.toks[max(seg[0], n - 6) : n] if t.quoted == self.quoted]
        if any(w in words.NEGATORS or w.endswith("n't") for w in lows):
            return True
        return any(a in {"rule", "rules", "ruled"} and b == "out" for a, b in pairwise(lows))

    def _status(self, seg: Segment, n: int) -> Status:
        toks = self.toks
        if toks and toks[0].low == "otherwise":
            return "conditional"  # "Otherwise, he said, he would boycott": the other branch
        lows = [t.low for t in toks[max(seg[0], n - 6) : n] if t.quoted == self.quoted]
        following = self._following(seg)
        condition = (
            following is not None
            and following[2] in words.CONDITION_OPENERS
            and not self._another_verb(n, following[0])
        )
        if self._negated(seg, n):
            # "will not attend unless …" is a condition; "will not attend if …" a refusal
            return (
                "conditional"
                if condition and following and following[2] == "unless"
                else ("not_attending")
            )
        if seg[2] == "whether" or any(w in words.MODALS for w in lows):
            return "conditional"
        if any(t.low in {"unclear", "undecided"} for t in toks[: seg[0]]):
            return "conditional"
        if condition:
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
        owner = self._possessor(n)
        if owner is not None:
            return owner
        if any(t.low == "whose" for t in toks[max(seg[0], n - 4) : n]):
            return []  # "Norway shielded Arvenia, whose envoy boycotted": an unnamed envoy
        among = self.among_copula(n)
        if among is not None:
            return self._subjects(self._segment(among), among)
        k = n - 1
        while k > seg[0] and toks[k].low in words.AUX:
            k -= 1
        excluded = self._relative_tokens(n)
        if self._group_subject(k):
            # "Dozens of leaders attended, notably A and B"; else unnamed ("100 leaders taking
            # part")
            return self.listed_after(n)
        if toks[k].low == "," and k > seg[0]:  # "X, who, despite meeting Y, is not taking part"
            j = k - 1
            while j > max(0, k - 30) and toks[j].low != ",":
                j -= 1
            roles = self.cast.in_roles.get(self.sent.index, set())
            inside = any(  # "..., ambassador to the US, Anatoly Antonov, will": an appositive name
                j < m.i < k and all(x in roles or toks[x].cap for x in range(j + 1, m.i))
                for m in mentions
            )
            last_item = j + 1 < k and toks[j + 1].low in {"and", "or"}  # ", and Hungary, are"
            if toks[j].low == "," and j > 0 and not inside and not last_item:
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
        if toks[k].low == "who":  # "X, who attended": X (not a possessor: "Iraq's X, who")
            before = [m for m in mentions if m.j <= k and toks[m.j].low != "'s"]
            chain = before[-1:]
            for earlier in reversed(before[:-1]):  # "A and B, who co-hosted": both
                if self._coordinated([earlier, chain[0]]) != [chain[0]]:
                    break
                if len(chain) == 1 and "and" not in {t.low for t in toks[earlier.j : chain[0].i]}:
                    break  # "X, an adviser to President Y, who": Y alone
                chain.insert(0, earlier)
            return chain
        if toks[n - 1].low == "for" if n > 0 else False:
            return []  # "thanked X for attending": the thanked, not the speaker
        parties = self.cast.parties.get(self.sent.index, [])
        index = self.segments.index(seg) if seg in self.segments else 0
        start, end = seg[0], n
        while True:
            for p in parties:
                if (
                    start <= p.i
                    and p.j <= n
                    and cues.only_aux(toks[p.j : n])
                    and not any(m.i == p.i for m in mentions)
                    and not _affiliation(toks, p.i)
                ):
                    return self._before_party(p.i)  # "Ukrainian officials join the talks"
            roles = self.cast.in_roles.get(self.sent.index, set())
            found = [
                m
                for m in mentions
                if start <= m.i < end
                and m.i not in excluded
                and m.i not in roles  # "Hochstein, adviser to President Biden, will": not Biden
                and self._may_be_subject(m)
            ]
            if found:
                return self._nearest(found, excluded)
            if self._reported(index):
                return []  # "Putin said the talks were going well": the speaker is not the subject
            if start == seg[0] and not self._subject_elided(seg[0], n):
                return []  # "..., but no one would represent Myanmar": a subject of its own
            index -= 1
            if index < 0 or self.segments[index + 1][2] in words.CONDITION_OPENERS | {"that"}:
                return []  # "X hoped that the army would join": not X
            start, end = self.segments[index][0], self.segments[index][1]

    def among_copula(self, n: int) -> int | None:
        """For a cue inside "X are among those who joined", "X is among the 50 leaders set to
        speak", "X were among G20 leaders missing the event": the copula before "among" (whose
        subject is the cue's), else None."""
        toks = self.toks
        for k in range(n - 1, max(-1, n - 12), -1):
            low = toks[k].low
            if low in {",", ";", ":", ".", "among"} or any(m.i <= k < m.j for m in self.mentions):
                if low != "among" or k == 0:
                    return None
                b = k - 1
                while b > 0 and toks[b].low in {"also", "not", "all", "both", "still", "now"}:
                    b -= 1
                return b if toks[b].low in words.BE else None
        return None

    def listed_after(self, n: int) -> list[Mention]:
        """The people a group after token ``n`` is made of: "..., notably A, B and C", "...,
        including A and B", "..., such as A"."""
        toks = self.toks
        for k in range(n + 1, len(toks) - 1):
            low, nxt = toks[k].low, toks[k + 1].low
            start = 0
            if low in _LIST_MARKERS:
                start = k + 1
            elif (low, nxt) in {("such", "as"), ("among", "them")}:
                start = k + 2
            if start:
                objects = self._objects(start, len(toks))
                if not objects or not self._right_after(start, objects[0]):
                    return []  # "particularly following X's election": not a list
                return [objects[0], *self._coordinated(objects)]
            if low in {";", ".", ":"}:
                break
        return []

    def _right_after(self, start: int, m: Mention) -> bool:
        """Only titles, capitalized words and a few small words ("the", "his", "and") between
        ``start`` and ``m``: ``m`` opens what follows ``start``."""
        in_roles = self.cast.in_roles.get(self.sent.index, set())
        return m.i - start <= 8 and all(
            k in in_roles or t.cap or t.low in _BEFORE_A_NAME
            for k, t in enumerate(self.toks[start : m.i], start=start)
        )

    def _group_subject(self, k: int) -> bool:
        """Token ``k`` (right before a cue) is an unnamed group ("100 leaders", "the delegates"),
        not the end of a name or title, and not "X and other leaders"."""
        toks = self.toks
        if toks[k].low not in GROUP_NOUNS or k in self.cast.in_roles.get(self.sent.index, set()):
            return False
        if any(m.i <= k < m.j for m in self.mentions):
            return False
        if any(p.i <= k < p.j for p in self.cast.parties.get(self.sent.index, [])):
            return False  # "Arvenian officials": a party's people
        before = [t.low for t in toks[max(0, k - 3) : k]]
        return not ({"other", "fellow", "and"} & set(before))  # "X and Arvenian officials"

    def _another_verb(self, n: int, end: int) -> bool:
        """ "will take part in the talks and could later return ... if ...": the condition is
        about the later verb, not the cue."""
        toks = self.toks
        return any(
            toks[k].low in {"and", "but"} and toks[k + 1].low in words.AUX
            for k in range(n + 1, min(end, len(toks) - 1))
        )

    def _subject_elided(self, start: int, n: int) -> bool:
        """Nothing but auxiliaries and adverbs before the cue in its clause ("..., and will
        attend"): the subject is the previous clause's."""
        return all(
            t.low in words.AUX or t.low in _ADVERBS or not t.alpha for t in self.toks[start:n]
        )

    def _possessor(self, n: int) -> list[Mention] | None:
        """ "Modi's decision to skip the summit", "his refusal to attend": the possessor (None
        when the cue is not such an infinitive)."""
        toks = self.toks
        k = n - 1
        if k < 1 or toks[k].low != "to":
            return None
        by = self._intent_by(k)
        if by is not None:
            return by
        k -= 1
        if toks[k].low not in _INTENT_NOUNS:
            return None
        if k > 0 and toks[k - 1].low in _RUMOURED:
            return []  # "a rumoured decision to skip": nobody's stated plan
        owner = toks[k - 1] if k >= 1 else None
        if owner is None:
            return None
        if owner.low == "'s":
            return [m for m in self.mentions if m.j == k - 1][-1:]
        if owner.low in {"his", "her"}:
            return [m for m in self.cast.in_sentence(self.sent) if m.i == k - 1]
        return None

    def _intent_by(self, to: int) -> list[Mention] | None:
        """ "a decision by Prime Minister X to skip the summit": X (``to`` is the "to")."""
        toks = self.toks
        m = next((m for m in self.mentions if m.j == to), None)
        if m is None:
            return None
        b = m.i - 1
        roles = self.cast.in_roles.get(self.sent.index, set())
        while b > 0 and b in roles:
            b -= 1
        if b > 0 and toks[b].low == "by" and toks[b - 1].low in _INTENT_NOUNS:
            return [] if b > 1 and toks[b - 2].low in _RUMOURED else [m]
        return None

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
                if k not in in_roles
                and k not in excluded
                and k not in parties
                and not t.cap
                and t.low not in _ROLE_WORDS
            ]
            if not all(w in _COORDINATION for w in between):
                break
            group.insert(0, prev)
        return dedupe(group)

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
        return dedupe(out)

    def _relative_tokens(self, cue: int) -> set[int]:
        """Tokens of relative clauses ("who met Y in Washington", ", which ...") up to the next
        comma, except the one the cue at ``cue`` is in: the people in them are neither subjects
        nor members."""
        out: set[int] = set()
        toks = self.toks
        for k, t in enumerate(toks):
            if t.low in {"who", "whom", "whose", "which"} and k > 0:
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
        if (
            k >= 0
            and (
                toks[k].low in words.OBJECT_PREPOSITIONS
                or toks[k].low in _OBJECT_VERBS
                or toks[k].low in _SETS_APART
            )
            and not (self.cast.is_actor(m.person) and _group_of(toks, k))
        ):
            return False  # "told Prime Minister X of her decision": X is told
        if toks[m.i].low in words.POSSESSIVE_PRONOUNS:
            return False
        if m.j + 2 < len(toks) and toks[m.j].low == "and":
            # "India and Indonesia's heads of state are absent": the possessive is both's
            nxt = next((x for x in self.mentions if x.i == m.j + 1), None)
            if (
                nxt is not None
                and nxt.j < len(toks)
                and toks[nxt.j].low == "'s"
                and not any(x.i == nxt.j + 1 for x in self.mentions)  # not "B's Emmanuel X"
            ):
                return False
        return not (m.j < len(toks) and toks[m.j].low == "'s")

    def _next_cue(self, start: int, end: int) -> int:
        """Where a list of objects ends: at the next cue ("headed by A, and includes B"), not at
        a noun ("the head of the office")."""
        toks = self.toks
        for k in range(start, end):
            low = toks[k].low
            if low not in words.MEMBER | words.LEAD | words.SEND | words.ATTEND:
                continue
            prev = toks[k - 1].low if k else ""
            nxt = toks[k + 1].low if k + 1 < len(toks) else ""
            if low in words.LEAD and (toks[k].cap or prev in _DETERMINERS or nxt == "of"):
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
            if toks[m.i].low in words.POSSESSIVE_PRONOUNS - {"him"}:
                continue  # "according to a statement from his office"
            if m.j < len(toks) and toks[m.j].low in {"'s"} | SPEECH_VERBS:
                continue  # "X's office said", "..., X said"
            k = m.i - 1
            while k >= 0 and k in in_roles:
                k -= 1
            if k >= 0 and toks[k].low in SPEECH_VERBS:
                continue  # "..., said Press Secretary X"
            out.append(m)
        return dedupe(out)

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


# Unnamed groups that can be the subject of a cue ("100 leaders taking part").
GROUP_NOUNS = word_set(
    """leaders officials delegates delegations representatives countries nations states
    participants guests dignitaries people members ministers diplomats heads monarchs royals
    lawmakers prosecutors lawyers attorneys supporters protesters workers others"""
)
# Title material between two listed names ("A, and Russia's ambassadors to the US, B").
_ROLE_WORDS = ROLE_HEADS | ROLE_PLURALS.keys() | ROLE_MODIFIERS | {"to", "of", "for", "'s", "the"}
_ADVERBS = frozenset(
    [
        "also",
        "still",
        "now",
        "then",
        "later",
        "already",
        "again",
        "too",
        "instead",
        "however",
        "meanwhile",
        "probably",
        "likely",
    ]
)
# Nouns whose possessor is the subject of a following "to <cue>" ("Modi's decision to skip").
_INTENT_NOUNS = frozenset(
    [
        "decision",
        "refusal",
        "plan",
        "plans",
        "intention",
        "promise",
        "choice",
        "offer",
        "readiness",
        "willingness",
    ]
)
# "Unlike X, Y will attend": X is set apart from the cue's subject.
_SETS_APART = word_set("unlike except excluding besides despite without")
_BEFORE_A_NAME = word_set("the and , 's his her their its")
_LIST_MARKERS = word_set("notably including especially particularly like")
_RUMOURED = word_set(
    "rumoured rumored reported alleged supposed speculated possible potential purported"
)
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


def _affiliation(toks: list, i: int) -> bool:
    """The party at ``i`` follows "of" ("President X of the Russian Federation will not ..."):
    whose the person before it is, not the subject."""
    k = i - 1
    if k >= 0 and toks[k].low == "the":
        k -= 1
    return k >= 0 and toks[k].low == "of" and not _group_of(toks, k)


def _group_of(toks: list, k: int) -> bool:
    """Token ``k`` is an "of" or "from" after a group of a party's ("the leaders of", "the
    president of", "ministers from")."""
    return toks[k].low in {"of", "from"} and k > 0 and toks[k - 1].low in GROUP_OF


def dedupe(ms: list[Mention]) -> list[Mention]:
    seen: set[int] = set()
    out = []
    for m in ms:
        if m.person not in seen:
            seen.add(m.person)
            out.append(m)
    return out
