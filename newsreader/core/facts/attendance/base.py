"""What every attendance rule shares: the statement found, what earlier sentences leave for the
next one, and the reader's interface the rule families (:mod:`.company`, :mod:`.being`) build on."""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.core.facts.attendance.clause import Clause
from newsreader.core.facts.model import AttendanceCue, Status
from newsreader.core.facts.people import Mention
from newsreader.core.facts.tokens import Sentence


@dataclass(frozen=True, slots=True)
class Found:
    """Person (or party actor) ``person`` of the article, and what a sentence states of them."""

    person: int
    cue: AttendanceCue


@dataclass(frozen=True, slots=True)
class Context:
    """What the previous sentences leave for this one."""

    lead: tuple[int, int, str | None] | None = None  # sentence, leader, delegation
    previous: Sentence | None = None  # the sentence before ("It also includes ...")
    events: frozenset[str] = frozenset()  # where and what the talks are


class Rules(Clause):
    """The sentence reader as its rule families see it: the context, the cue tokens a longer
    pattern already used, and :meth:`add` to state a status."""

    __slots__ = ()
    context: Context
    used: set[int]

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
        raise NotImplementedError
