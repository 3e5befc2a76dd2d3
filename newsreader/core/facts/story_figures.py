"""Figures and dates keyed by what they count or date, compared across the articles of one story
even where the sentences around them are worded too differently for the alignment engine to
pair them ("62 foreign delegations are present" / "with some 70 foreign delegations present";
"backed strike authorization by 91%" / "voted 93% to give its leadership the power to call a
strike"; "The full extradition hearing was set for October 12" / "Full hearing fixed for 19
October").

Each number or date an article states becomes a :class:`Stated` value with a key (the kind of
number and the noun it counts; a calendar day or a weekday) and the content words of its
sentence (crudely stemmed: the words that say what the value is the value of). Two articles'
values of one key are compared only when each is the other's best match by those words, with
at least :data:`MIN_SHARED` words in common (a count of the same noun phrase of two words or more,
"foreign delegations", needs one), and:

- neither article states the other's value in a sentence that fits as well (then they agree on
  it, whatever else they say);
- the words in common are not just the names of the people in both (a person does many things);
- a sentence with two numbers of one kind ("40% of boats and 30% of nets") is a :class:`Several`:
  two such sentences are paired when they repeat one of those numbers as written and share
  words as above (each the other's best match), then compared as a claim pair is
  (:func:`~newsreader.core.facts.claim_compare.compare_numbers`); two numbers that differ must
  also share :data:`MIN_SHARED` words in the stretches that state them (from the number of
  their kind before to the one after): "rejected the offer by 81.3% and 88% voted to walk out"
  / "rejected the offer with a vote of 81.9 percent and to walk out with 88 percent";
- the two sentences do not name different moments (months, weekdays, years, rounds) for a number,
  a plan or expectation ("will close", "are expected") is not compared with a report ("closed"),
  the start of something with its end ("opened" / "closed"), and each dated sentence states one
  date only, with a word (not a name) in common among the words next to the two dates;
- a weekday, and a number other than a count, needs the same word right before it ("closed on
  Friday" / "closed this Thursday"; "voted Thursday" / "met on Wednesday to vote" are two
  events; "he asserted that 2.1% of GDP" / "a target of 5 percent of GDP" two figures); a
  weekday :data:`MIN_SHARED_WEEKDAY` words in common, and a number other than a count
  :data:`MIN_SHARED_NUMBER` (many things happen on one weekday; many things are in percent);
- a number's hedges are read as in the claim pairs ("some 70" allows 63-77: 62 does not fit;
  "about 1,200" and "over 1,200" can both be true).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newsreader.core.facts.claim_compare import compare_numbers, moments, stages_differ
from newsreader.core.facts.claim_numbers import intended, same_number
from newsreader.core.facts.claim_pair import FUNCTION_WORDS, Finding
from newsreader.core.facts.claim_slots import Quantity, read_slots
from newsreader.core.facts.claims import ClaimPair
from newsreader.core.facts.lexicon import MONTHS, WEEKDAYS, word_set
from newsreader.core.facts.model import ArticleFacts, Evidence
from newsreader.core.text import fold, stem

MIN_SHARED = 2  # content words two sentences share to state the value of one thing
MIN_SHARED_WEEKDAY = 3  # a weekday: many things happen on one day of a week
MIN_SHARED_NUMBER = 4  # a share, sum or duration: many things of a story are in percent
BASE = 0.6  # values paired across whole articles: less sure than a sentence pair

# Words that name one thing in other words (general English, not one event's vocabulary).
_SAME_WORD = {
    "walkout": "strike",
    "earliest": "early",
    "begin": "start",
    "began": "start",
    "begun": "start",
    "commence": "start",
    "conclude": "close",
    "concluded": "close",
    "closing": "close",
    "closed": "close",
    "ballot": "vote",
    "voted": "vote",
    "voting": "vote",
}
_SHARES = ("number:percent", "number:money", "number:duration", "number:measure")
NEAR = 5  # words either side of a date: one of the words in common is that close
_NOT_CONTEXT = word_set(
    """said says say told according added also would could should will may might must can
    percent per cent mr ms mrs dr one two three four five six seven eight nine ten out off up
    down back away""",
)
_WORD = re.compile(r"[a-z]+")
_DAY = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[a-z]+)\.?"
    r"|\b(?P<month2>[a-z]+)\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b"
)


@dataclass(frozen=True, slots=True)
class Stated:
    """One number or date as an article states it."""

    article: int
    evidence: Evidence  # its sentence
    text: str
    span: tuple[int, int]  # in the sentence
    key: str  # "number:percent", "number:count:delegation", "date:day", "date:weekday"
    value: Quantity | str
    phrase: str  # the counted noun phrase of a count ("foreign delegations"), else ""
    context: frozenset[str]
    near: frozenset[str]  # the context words next to the value
    head: str  # the nearest word before the value that is neither a name nor a function word


@dataclass(frozen=True, slots=True)
class Several:
    """A sentence that states two or more numbers of one kind ("rejected the offer by 81% and
    88% voted to strike")."""

    article: int
    evidence: Evidence
    key: str
    values: tuple[Quantity, ...]
    context: frozenset[str]  # the sentence's content words, as :attr:`Stated.context`
    names: frozenset[str]  # the words of people's names in the article


def story_figure_findings(
    facts: list[ArticleFacts], pairs: Iterator[tuple[int, int]]
) -> list[Finding]:
    """Disagreeing (and agreeing) numbers and dates of the given article pairs."""
    stated: dict[int, tuple[list[Stated], list[Several]]] = {}  # read when first compared

    def of(i: int) -> tuple[list[Stated], list[Several]]:
        if i not in stated:
            stated[i] = _stated(facts[i], i)
        return stated[i]

    out: list[Finding] = []
    for i, j in pairs:
        (xs, many_x), (ys, many_y) = of(i), of(j)
        out.extend(_compare(xs, ys))
        out.extend(_compare_several(facts, many_x, many_y))
    return out


# --- what each article states --------------------------------------------------------------------


def _stated(facts: ArticleFacts, article: int) -> tuple[list[Stated], list[Several]]:
    out: list[Stated] = []
    several: list[Several] = []
    seen: set[tuple[int, int]] = set()
    names = frozenset(
        w for p in facts.people for s in (p.name, *p.variants) for w in _WORD.findall(fold(s))
    )

    def stated(
        e: Evidence,
        *,
        text: str,
        span: tuple[int, int],
        key: str,
        value: Quantity | str,
        phrase: str = "",
    ) -> Stated:
        ctx = context(e.text, span, names)
        skip = names | _capitalized(e.text)
        near = context(_near(e.text, span), (0, 0), skip)
        head = _head(e.text[: span[0]], skip)
        return Stated(article, e, text, span, key, value, phrase, ctx, near, head)

    for fig in facts.figures:
        e = fig.evidence
        if fig.value is None or (e.paragraph, e.start) in seen:
            continue
        seen.add((e.paragraph, e.start))
        found = []
        for q in read_slots(facts, article, e).quantities:
            if q.kind == "time":
                continue
            if q.kind == "count" and not q.unit:
                continue  # "2.2 million": of what, the words do not say
            phrase = _phrase(q) if q.kind == "count" else ""
            key = f"number:{q.kind}" + (f":{q.unit}" if q.kind == "count" else "")
            found.append(
                stated(e, text=q.text, span=(q.start, q.end), key=key, value=q, phrase=phrase)
            )
        keys = Counter(s.key for s in found)
        out.extend(s for s in found if keys[s.key] == 1)  # two of a kind: which is which?
        for key in (k for k, n in keys.items() if n > 1):
            values = tuple(s.value for s in found if s.key == key and isinstance(s.value, Quantity))
            ctx = context(e.text, (0, 0), names)
            several.append(Several(article, e, key, values, ctx, names))
    by_sentence: dict[tuple[int, int], list[Stated]] = {}
    for d in facts.dates:
        e = d.evidence
        at = e.text.find(d.text)
        day = date_key(d.text)
        if at < 0 or day is None:
            continue
        kind, value = day
        s = stated(e, text=d.text, span=(at, at + len(d.text)), key=f"date:{kind}", value=value)
        by_sentence.setdefault((e.paragraph, e.start), []).append(s)
    out.extend(s for found in by_sentence.values() if len(found) == 1 for s in found)
    return out, several


def date_key(text: str) -> tuple[str, str] | None:
    """A date as a day of the calendar ("19 October", "Oct. 19" → ``("day", "10-19")``) or a
    weekday ("this Thursday" → ``("weekday", "thursday")``); None for months, years, spans."""
    low = fold(text)
    for word in _WORD.findall(low):
        if word in WEEKDAYS:
            return ("weekday", word)
    m = _DAY.search(low)
    if m is None:
        return None
    month = MONTHS.get(m.group("month") or m.group("month2") or "")
    day = int(m.group("day") or m.group("day2"))
    if month is None or not 1 <= day <= 31:
        return None
    return ("day", f"{month:02d}-{day:02d}")


def context(
    sentence: str, skip: tuple[int, int], names: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The content words of ``sentence`` outside ``skip`` (the value itself) and other than
    people's ``names``, stemmed, other names of one thing folded to one word."""
    text = fold(sentence[: skip[0]] + " " + sentence[skip[1] :])
    out = set()
    for w in _WORD.findall(text):
        if len(w) < 3 or w in FUNCTION_WORDS or w in _NOT_CONTEXT or w in MONTHS or w in WEEKDAYS:
            continue
        if w in names:
            continue
        word = stem(_SAME_WORD.get(w, w))
        out.add(_SAME_WORD.get(word, word))
    return frozenset(out)


def _capitalized(sentence: str) -> frozenset[str]:
    """Words written capitalized (names of places, bodies, people): not what a date dates."""
    return frozenset(fold(w) for w in re.findall(r"\b[A-Z][a-z]+", sentence))


def _head(before: str, skip: frozenset[str]) -> str:
    """The word that says what a weekday dates: the nearest content word before it ("voted
    Thursday", "closed on Friday", "met in Seattle on Wednesday": met)."""
    for word in reversed(before.split()[-NEAR:]):
        found = context(word, (0, 0), skip)
        if found:
            return min(found)
    return ""


def _near(sentence: str, span: tuple[int, int]) -> str:
    before = sentence[: span[0]].split()[-NEAR:]
    after = sentence[span[1] :].split()[:NEAR]
    return " ".join([*before, *after])


def _phrase(q: Quantity) -> str:
    words = [w.lower() for w in q.text.split() if w[:1].isalpha()]
    return " ".join(words[-2:]) if words else ""


# --- comparing two articles ----------------------------------------------------------------------


def _fit(x: Stated, y: Stated) -> int | None:
    """How well two values fit as values of one thing (shared context words), or None."""
    if x.key != y.key or stages_differ(x.evidence.text, y.evidence.text):
        return None
    common = x.context & y.context
    if x.key.startswith("date:") and not x.near & y.near:
        return None  # the words next to the two dates say what they date: one in common
    if (x.key == "date:weekday" or x.key.startswith(_SHARES)) and (not x.head or x.head != y.head):
        return None  # "voted Thursday" / "met on Wednesday to vote": two events of one week
    shared = len(common)
    if (
        x.key.startswith("number:count")
        and x.phrase == y.phrase
        and len(x.phrase.split()) > 1
        and shared
    ):
        return shared + MIN_SHARED  # "62 foreign delegations" / "some 70 foreign delegations"
    need = (
        MIN_SHARED_WEEKDAY
        if x.key == "date:weekday"
        else MIN_SHARED
        if x.key.startswith(("date:", "number:count"))
        else MIN_SHARED_NUMBER
    )
    return shared if shared >= need else None


def _same(x: Stated, y: Stated) -> bool:
    if isinstance(x.value, Quantity) and isinstance(y.value, Quantity):
        return same_number(x.value, y.value)
    return x.value == y.value


def _compare(xs: list[Stated], ys: list[Stated]) -> Iterator[Finding]:
    fits = {(a, b): f for a, x in enumerate(xs) for b, y in enumerate(ys) if (f := _fit(x, y))}
    for (a, b), score in fits.items():
        x, y = xs[a], ys[b]
        best_x = max((f for (p, _), f in fits.items() if p == a), default=0)
        best_y = max((f for (_, q), f in fits.items() if q == b), default=0)
        if score < best_x or score < best_y:
            continue
        if _ties(fits, a, b, score):
            continue  # two values fit as well: which is which would be a guess
        if _same(x, y):
            yield _finding(x, y, score, agree=True)
            continue
        if any(_same(x, ys[q]) for (p, q), f in fits.items() if p == a and f >= score - 1):
            continue  # the other article states this value too, in a sentence that fits
        if any(_same(xs[p], y) for (p, q), f in fits.items() if q == b and f >= score - 1):
            continue
        if x.key.startswith("number:") and _moments_differ(x.evidence.text, y.evidence.text):
            continue
        if x.key.startswith("number:") and _intents_differ(x, y):
            continue  # "a target of 5%" is not "spent 2.1%"
        yield _finding(x, y, score, agree=False)


def _compare_several(
    facts: list[ArticleFacts], xs: list[Several], ys: list[Several]
) -> Iterator[Finding]:
    """Sentences with two or more numbers of one kind, paired when they repeat one of them as
    written and share words as two values of one thing do; their numbers are then compared as
    in a claim pair (the words of each number's clause tell which is which)."""
    fits = {
        (a, b): f
        for a, x in enumerate(xs)
        for b, y in enumerate(ys)
        if x.key == y.key and _repeat(x, y) and (f := len(x.context & y.context)) >= _need(x.key)
    }
    for (a, b), score in fits.items():
        best_x = max(f for (p, _), f in fits.items() if p == a)
        best_y = max(f for (_, q), f in fits.items() if q == b)
        if score < best_x or score < best_y or _ties(fits, a, b, score):
            continue
        x, y = xs[a], ys[b]
        pair = ClaimPair(x.article, y.article, x.evidence, y.evidence, False)
        left = read_slots(facts[x.article], x.article, x.evidence)
        right = read_slots(facts[y.article], y.article, y.evidence)
        for found in compare_numbers(pair, left, right, BASE):
            at_x, at_y = found.left_span, found.right_span
            if found.agree or at_x is None or at_y is None:
                yield found
            elif len(_own_words(x, at_x) & _own_words(y, at_y)) >= MIN_SHARED:
                yield found  # the stretches that state the two numbers say what they count


def _own_words(s: Several, span: tuple[int, int]) -> frozenset[str]:
    """The content words of the stretch of the sentence that states the number at ``span``:
    from the number of its kind before it to the one after it ("The dockers rejected the offer
    by 81.3% and" / "and 88% voted to walk out")."""
    text = s.evidence.text
    start = max((q.end for q in s.values if q.end <= span[0]), default=0)
    end = min((q.start for q in s.values if q.start >= span[1]), default=len(text))
    return context(text[start:end], (span[0] - start, span[1] - start), s.names)


def _repeat(x: Several, y: Several) -> bool:
    """One number stated exactly (no hedge) on both sides: the anchor of the pair."""
    return any(
        not p.qualifier and not q.qualifier and abs(p.value - q.value) < 1e-9
        for p in x.values
        for q in y.values
    )


def _need(key: str) -> int:
    return MIN_SHARED if key.startswith("number:count") else MIN_SHARED_NUMBER


def _intents_differ(x: Stated, y: Stated) -> bool:
    return intended(x.evidence.text, *x.span) != intended(y.evidence.text, *y.span)


def _ties(fits: dict[tuple[int, int], int], a: int, b: int, score: int) -> bool:
    return any(f == score and (p == a) != (q == b) for (p, q), f in fits.items())


def _moments_differ(a: str, b: str) -> bool:
    da, db = moments(a), moments(b)
    return any(da[k] and db[k] and not da[k] & db[k] for k in da)


def _finding(x: Stated, y: Stated, score: int, *, agree: bool) -> Finding:
    if x.article > y.article:
        x, y = y, x
    kind = "date" if x.key.startswith("date:") else "number"
    slot = x.key if kind == "date" else "number:" + x.key.split(":")[1]
    return Finding(
        kind,
        agree,
        ClaimPair(x.article, y.article, x.evidence, y.evidence, False),
        x.text,
        y.text,
        x.span,
        y.span,
        slot,
        _topic(x, y),
        min(0.8, BASE + 0.03 * min(score, 5)),
        "different dates" if kind == "date" else "different figures",
        (x.span,),
        (y.span,),
    )


_UNIT_WORDS = {"percent": "%", "duration": "days", "day": "date"}


def _topic(x: Stated, y: Stated) -> str:
    """What the values are values of: the counted noun phrase, else the words both sentences
    share, those next to the value first ("closed (weekday)")."""
    if x.phrase:
        return x.phrase if x.phrase == y.phrase else f"{x.phrase} / {y.phrase}"
    near = x.near & y.near
    shared = x.context & y.context
    written = [(w, _folded(w)) for w in _WORD.findall(fold(x.evidence.text))]
    words = [w for w, k in written if k in near] + [w for w, k in written if k in shared]
    head = " ".join(list(dict.fromkeys(words))[:3]) or "figure"
    kind = x.key.split(":")[1]
    return f"{head} ({_UNIT_WORDS.get(kind, kind)})"


def _folded(word: str) -> str:
    found = context(word, (0, 0))
    return min(found) if found else ""
