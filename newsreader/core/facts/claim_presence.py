"""Whether a person was there in person, took part from afar, or stayed away, compared across
the outlets of one story: "travelled to Apia" / "joined by video link from Majuro"; "is in the
front row" / "did not attend the hearing".

The attendance rows (:mod:`~newsreader.core.facts.compare`) compare the engine's statuses, and
leave out taking part from afar (neither plainly there nor plainly absent). This reads the
presence statements themselves, in sentences that name the person before the cue with no other
person named in between (so the cue is said of that person): in person ("travelled to X", "was
in X", "attended in person", "in the front row"), from afar ("by video", "remotely", "did not
attend in person"), not there ("did not attend", "stayed home", "stayed in X", "was absent").
A plan or expectation ("will take part remotely", "plans to attend") or a question is not a
statement of what happened, nor is a cue about another occasion ("skipped last week's board
meeting"); a confident "attending" of the engine that is not a plan counts as in person.

Two outlets disagree when one says in person and the other from afar or not there; from afar
and not there agree (neither was in the room). An article that says two things of one person is
left out (it may correct itself, as a live blog does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsreader.core.facts.claim_compare import planned
from newsreader.core.facts.claim_pair import Finding
from newsreader.core.facts.claims import ClaimPair
from newsreader.core.facts.compare import REMOTE, confident
from newsreader.core.facts.model import ArticleFacts, Evidence

IN_PERSON, AFAR, AWAY = "in person", "from afar", "not there"
CONFIDENCE = 0.7

_CUES = (
    (
        AFAR,
        re.compile(
            r"\b(?:did not|didn't|does not|will not|won't|not)\s+(?:attend|be there|travel)\s+in\s+"
            r"person\b|\b(?:by|via)\s+video(?:[- ]?(?:link|conference|call))?\b"
            r"|\bvideo-?conference\b|\bremotely\b|\bvirtually\b",
            re.IGNORECASE,
        ),
    ),
    (
        AWAY,
        re.compile(
            r"\b(?:did not|didn't|failed to|chose not to|decided not to)\s+(?:attend|assist|"
            r"travel|come|show up|turn up)\b|\bstayed\s+(?:home|away|behind|in(?=\s+[A-Z]))"
            r"|\bwas\s+absent\b|\bskipped\b|\bstayed\s+at\s+home\b",
        ),
    ),
    (
        IN_PERSON,
        re.compile(
            r"\bin\s+person\b|\b(?:travell?ed|flew|came)\s+to(?=\s+[A-Z])|\b(?:was|is)\s+"
            r"(?:also\s+)?in(?:\s+the\s+front\s+row|(?=\s+[A-Z]))|\bin\s+the\s+front\s+(?:row|pews?)\b"
            r"|\barrived\s+in(?=\s+[A-Z])",
        ),
    ),
)
_OTHER_TIME = re.compile(
    r"\b(?:last|previous|earlier|next|another|former)\b|\d"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
_WINDOW = 80  # characters from the end of the name to the cue


def presence(sentence: str, names: Sequence[str], others: Sequence[str] = ()) -> list[str]:
    """The presence modes ``sentence`` states of the person written as one of ``names`` (after
    the name, within :data:`_WINDOW` characters, with none of ``others`` in between); a plan
    states none."""
    return list(dict.fromkeys(mode for mode, _ in cues(sentence, names, others)))


def cues(
    sentence: str, names: Sequence[str], others: Sequence[str] = ()
) -> list[tuple[str, tuple[int, int]]]:
    """Each presence mode ``sentence`` states of the person, with where its cue is written."""
    if planned(sentence) or sentence.rstrip(" \"'”’)").endswith("?"):
        return []  # a plan, or a question: nothing said of what happened
    spots = [m.end() for n in names if n for m in re.finditer(re.escape(n), sentence)]
    if not spots:
        return []
    others_at = [m.start() for n in others if n for m in re.finditer(re.escape(n), sentence)]
    found: list[tuple[str, tuple[int, int]]] = []
    taken: list[tuple[int, int]] = []
    for mode, pattern in _CUES:
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "did not attend in person" is from afar, not also not there
            if _OTHER_TIME.search(" ".join(sentence[m.end() :].split()[:6])):
                continue  # "skipped last week's board meeting": another occasion
            ok = any(
                0 <= m.start() - end <= _WINDOW and not any(end <= o < m.start() for o in others_at)
                for end in spots
            )
            if ok:
                taken.append(m.span())
                found.append((mode, m.span()))
    return found


Stated = tuple[str, Evidence, tuple[int, int] | None]  # mode, sentence, cue span


def _modes(f: ArticleFacts) -> dict[str, Stated]:
    """Person id → the one presence mode the article states, with its sentence."""
    out: dict[str, Stated] = {}
    mixed: set[str] = set()
    for p in f.people:
        if p.is_party or not p.person_id:
            continue
        names = sorted({p.name, *p.variants, p.name.split()[-1]}, key=len, reverse=True)
        others = [q.name.split()[-1] for q in f.people if q.person_id != p.person_id]
        for e in p.mentions:
            for mode, span in cues(e.text, names, others):
                _add(out, mixed, p.person_id, (mode, e, span))
        stated = p.evidence
        if (
            p.attendance == "attending"
            and stated is not None
            and confident([p])
            and not planned(stated.text)
            and not REMOTE.search(stated.text)
        ):
            _add(out, mixed, p.person_id, (IN_PERSON, stated, None))
    return {k: v for k, v in out.items() if k not in mixed}


def _add(out: dict[str, Stated], mixed: set[str], pid: str, stated: Stated) -> None:
    if pid in out and out[pid][0] != stated[0]:
        mixed.add(pid)
    out.setdefault(pid, stated)


def presence_findings(facts: list[ArticleFacts], pairs: Iterator[tuple[int, int]]) -> list[Finding]:
    """Presence disagreements (and agreements) of the given article pairs."""
    modes: dict[int, dict[str, Stated]] = {}  # read when an article is first compared

    def of(i: int) -> dict[str, Stated]:
        if i not in modes:
            modes[i] = _modes(facts[i])
        return modes[i]

    names = {p.person_id: p.canonical or p.name for f in facts for p in f.people}
    out: list[Finding] = []
    for i, j in pairs:
        for pid in of(i).keys() & of(j).keys():
            (ma, ea, ca), (mb, eb, cb) = modes[i][pid], modes[j][pid]
            agree = ma == mb or IN_PERSON not in (ma, mb)
            out.append(
                Finding(
                    "attendance",
                    agree,
                    ClaimPair(i, j, ea, eb, False),
                    ma,
                    mb,
                    ca,
                    cb,
                    f"presence:{pid}",
                    f"{names.get(pid, pid)} — in person or not",
                    CONFIDENCE,
                    "in person or not",
                    (ca,) if ca else (),
                    (cb,) if cb else (),
                )
            )
    return out
