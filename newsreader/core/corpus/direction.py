"""Which of two copies is the source? Evidence in order of strength; the first that decides wins.

1. ``dates``: both publication dates known and different: the earlier one is the source.
2. ``credit``: one text names the other's outlet ("first published by …", "(Meridian Herald)") and not
   the reverse: the named outlet is the source. Else one text only carries a credit line, naming
   its source or not ("(With inputs from agencies.)"): it is the republished copy. Else copies
   related to both credit the outlet of one of them only: that one is where the text came from
   (a copy of an earlier version of a story is still the copy of the outlet that wrote it).
3. ``family``: in a group of near copies (:mod:`~newsreader.core.corpus.families`), the member that
   holds most of the others (or the member a copy of a copy was made from) is the source: copies are
   cut and edited, each in its own way, so each sits inside the original. A copy that adds text is
   still the copy.
4. ``spelling``: where aligned sentences spell a name differently ("Zelenskyy"/"Zelinski"), the source is
   the side whose spelling independent reports of the same story share — the rule of textual criticism
   that a reading found in independent witnesses is the original and a singular one an innovation of
   the copyist. Needs at least ``MIN_VOTES`` such names, and twice as many for one side as for the other.
   A possessive ending is no variant, and a garbled spelling (mojibake: "Arveniaâs", "Ã©") is no reading
   at all: it tells how a page was decoded, not who wrote the text.
5. ``witnesses``: copies in the corpus related to both articles each vote for the side from which they
   derive with less editing, additions weighing more than cuts — the parsimony of ``family``
   (:func:`~newsreader.core.corpus.families.derivation_cost`). Needs ``MIN_VOTES`` votes and twice as
   many for one side. A copy that adds a paragraph is still the copy: no other copy has that
   paragraph, so deriving them from it means cutting the paragraph every time.
6. ``containment``: the article that contains more of the other is the source (a copy is usually cut,
   seldom extended); needs a difference of ``CONTAINMENT_MARGIN``. Page furniture (headings, "ALSO
   READ" and related headlines, credit lines: :func:`~newsreader.core.corpus.credits.is_furniture`)
   does not count as text a copy could have cut. Weak: a copy that adds real text looks like a
   source here, which is why it comes last.
7. ``undetermined``: none of these decides; the earlier article in the input is shown as the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from newsreader.core.corpus.credits import Credited, body_size, credited, names_outlet
from newsreader.core.corpus.sketch import Sketch
from newsreader.core.text import WORD, fold

REASONS = {  # what each reason means, in words (the command line, the app and the JSON use these)
    "dates": "earlier publication date",
    "credit": "credit lines: the copy credits its source, or other copies credit the source's outlet",
    "spelling": "the source spells names as independent reports do",
    "family": "the other copies of this text are closest to the source",
    "witnesses": "other copies reuse text the source holds and the copy lacks",
    "containment": "the source holds more of the copy than the reverse",
    "undetermined": "undetermined (the article given first is shown as the source)",
}
CONTAINMENT_MARGIN = 0.1
MIN_VOTES = 2
VARIANT_SIMILARITY = 0.6  # two spellings of one name share most letters ("Folodimir"/"Volodymyr")
# UTF-8 read as Windows-1252 or GBK: "â€™", "Ã©", "Â ", "鈥", or a lost apostrophe ("Arveniaâs")
_GARBLED = re.compile(
    r"â€|Ã[\u0080-\u00bf]|Â[\u0080-\u00bf\s]|鈥|\ufffd|[^\W\d_]â(?:s|t|re|ll|ve|d|m)$"
)


@dataclass(frozen=True, slots=True)
class Meta:
    """What direction needs to know about an article besides its text."""

    published: str = ""  # ISO date or ""
    outlet: str = ""


@dataclass(frozen=True, slots=True)
class Direction:
    source: int
    copy: int
    reason: str  # dates | credit | spelling | family | witnesses | containment | undetermined


def decide(
    a: int,
    b: int,
    *,
    sketches: Sequence[Sketch],
    meta: Sequence[Meta],
    sentence_pairs: Sequence[tuple[int, int]],
    shared: int,
    witnesses: Callable[[], set[str]],
    votes: Callable[[], tuple[int, int]] | None = None,
    family_source: int | None = None,
    thirds: Callable[[], Sequence[int]] | None = None,
    credits: Callable[[int], Credited] | None = None,
    bodies: Callable[[int], int] | None = None,
) -> Direction:
    """Direction of the copy relation between articles ``a`` and ``b`` (``a`` earlier in the input).

    ``votes()``: how many third copies derive with less editing from ``a``, and from ``b``;
    ``thirds()``: the copies related to both (their credits count); ``credits(k)``: article k's
    :class:`~newsreader.core.corpus.credits.Credited` facts and ``bodies(k)`` its
    :func:`~newsreader.core.corpus.credits.body_size` (computed here when not given);
    ``family_source``: ``a`` or
    ``b`` when the pair is an edge of a near-copy group (that side is the one nearer the group's centre).
    """
    da, db = meta[a].published[:10], meta[b].published[:10]
    if da and db and da != db:
        return Direction(a, b, "dates") if da < db else Direction(b, a, "dates")
    about = credits or (lambda k: credited(sketches[k]))
    credit = _credit(a, b, meta, thirds, about)
    if credit is not None:
        return credit
    if family_source is not None:
        other = b if family_source == a else a
        return Direction(family_source, other, "family")
    votes_a, votes_b = spelling_votes(sketches[a], sketches[b], sentence_pairs, witnesses)
    if votes_a >= MIN_VOTES and votes_a >= 2 * votes_b:
        return Direction(a, b, "spelling")
    if votes_b >= MIN_VOTES and votes_b >= 2 * votes_a:
        return Direction(b, a, "spelling")
    for_a, for_b = votes() if votes is not None else (0, 0)
    if for_a >= MIN_VOTES and for_a >= 2 * for_b:
        return Direction(a, b, "witnesses")
    if for_b >= MIN_VOTES and for_b >= 2 * for_a:
        return Direction(b, a, "witnesses")
    body = bodies or (lambda k: body_size(sketches[k]))
    in_b = min(1.0, shared / max(1, body(a)))  # share of a found in b
    in_a = min(1.0, shared / max(1, body(b)))
    if in_b - in_a >= CONTAINMENT_MARGIN:
        return Direction(b, a, "containment")
    if in_a - in_b >= CONTAINMENT_MARGIN:
        return Direction(a, b, "containment")
    return Direction(a, b, "undetermined")


def _credit(
    a: int,
    b: int,
    meta: Sequence[Meta],
    thirds: Callable[[], Sequence[int]] | None,
    about: Callable[[int], Credited],
) -> Direction | None:
    """The credit rules of the module doc, in their order."""
    oa, ob = meta[a].outlet, meta[b].outlet
    same = _outlet(oa) == _outlet(ob)
    if oa and ob and not same:
        b_names_a = names_outlet(about(b).text, oa, folded=True)
        a_names_b = names_outlet(about(a).text, ob, folded=True)
        if b_names_a != a_names_b:
            return Direction(a, b, "credit") if b_names_a else Direction(b, a, "credit")
    credited_a, credited_b = about(a).credit_line, about(b).credit_line
    if credited_a != credited_b:
        return Direction(b, a, "credit") if credited_a else Direction(a, b, "credit")
    if thirds is None or not oa or not ob or same:
        return None
    for_a = for_b = 0
    for k in thirds():
        for_a += names_outlet(about(k).text, oa, folded=True)
        for_b += names_outlet(about(k).text, ob, folded=True)
    if bool(for_a) != bool(for_b):
        return Direction(a, b, "credit") if for_a else Direction(b, a, "credit")
    return None


def _outlet(name: str) -> str:
    folded = " ".join(fold(name).split())
    return folded if len(folded) >= 4 else ""


def name_tokens(sketch: Sketch) -> set[str]:
    """Folded capitalised words of an article: the names a witness offers."""
    return {_spelling(t) for s in sketch.sentences for t in WORD.findall(s) if t[:1].isupper()}


def spelling_votes(
    a: Sketch,
    b: Sketch,
    sentence_pairs: Sequence[tuple[int, int]],
    witnesses: Callable[[], set[str]],
) -> tuple[int, int]:
    """Names spelt differently in aligned sentences: how many times the witnesses side with a, with b."""
    variants: list[tuple[str, str]] = []
    for i, j in sentence_pairs:
        if a.sentences[i] == b.sentences[j]:  # copied word for word: nothing spelt differently
            continue
        ta, capitals_a, names_a, alike_a = _names_in(a.sentences[i])
        tb, capitals_b, names_b, _ = _names_in(b.sentences[j])
        if not (alike_a or _names_may_vary(names_a, names_b)):
            continue  # no name of one sentence is like another name of the other: no variant
        for op in Levenshtein.opcodes(ta, tb):
            if op.tag != "replace":
                continue
            if (
                capitals_a[op.src_end] == capitals_a[op.src_start]
                or capitals_b[op.dest_end] == capitals_b[op.dest_start]
            ):  # no capitalised word on one side
                continue
            for x, y in zip(
                ta[op.src_start : op.src_end], tb[op.dest_start : op.dest_end], strict=False
            ):
                if not (x[:1].isupper() and y[:1].isupper()):
                    continue
                if _GARBLED.search(x) or _GARBLED.search(y):
                    continue
                fx, fy = _spelling(x), _spelling(y)
                if fx != fy and Levenshtein.normalized_similarity(fx, fy) >= VARIANT_SIMILARITY:
                    variants.append((fx, fy))
    if not variants:
        return 0, 0
    names = witnesses()
    if not names:
        return 0, 0
    votes_a = votes_b = 0
    for fx, fy in variants:
        sx, sy = _closest(fx, names), _closest(fy, names)
        if sx > sy:
            votes_a += 1
        elif sy > sx:
            votes_b += 1
    return votes_a, votes_b


@lru_cache(maxsize=1 << 14)
def _names_in(sentence: str) -> tuple[tuple[str, ...], tuple[int, ...], frozenset[str], bool]:
    """A sentence's words, how many of them are capitalised up to each position, the spellings of
    its capitalised words that are no garbled text, and whether two of these are alike enough to be
    variants of one name (remembered per sentence: copies share most of their sentences)."""
    tokens = tuple(WORD.findall(sentence))
    capitals = [0]
    for t in tokens:
        capitals.append(capitals[-1] + t[:1].isupper())
    names = {_spelling(t) for t in tokens if t[:1].isupper() and not _GARBLED.search(t)}
    return tokens, tuple(capitals), frozenset(names), _any_alike(names, names)


@lru_cache(maxsize=1 << 14)
def _names_may_vary(names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """Is a name that only one of two sentences has alike a name of the other? (Remembered: copies
    pair the same sets of names again and again.)"""
    return _any_alike(names_a - names_b, names_b) or _any_alike(names_b - names_a, names_a)


def _any_alike(names: Iterable[str], others: Iterable[str]) -> bool:
    """Is a name of ``names`` alike enough to one of ``others`` (not itself) to be its variant?"""
    return any(
        x != y and Levenshtein.normalized_similarity(x, y) >= VARIANT_SIMILARITY
        for x in names
        for y in others
    )


def _spelling(token: str) -> str:
    """A name as spelt, without case, accents or a possessive ending."""
    folded = fold(token)
    return folded[:-2] if folded.endswith("'s") and len(folded) > 3 else folded


def _closest(name: str, names: set[str]) -> float:
    if name in names:
        return 1.0
    found = process.extractOne(name, names, scorer=Levenshtein.normalized_similarity)
    return float(found[1]) if found else 0.0
