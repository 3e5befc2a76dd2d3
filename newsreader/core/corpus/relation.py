"""Copy or not, and how: the one judgement of a pair of texts that ``compare``, ``overview`` and the app
share (pure functions of two sketches).

Three kinds of evidence, each measured as text-reuse research measures it:

* **order** (:func:`~newsreader.core.corpus.structure.order_evidence`): the share of the shorter text
  whose content words follow the other's order beyond what shared vocabulary explains. A rewrite keeps
  the source's sequence even when every word is changed; independent reports of one event share names
  and numbers but not that sequence.
* **verbatim reuse**: the share of each text's word 3-grams found in the other (Clough and Stevenson's
  containment measure; order does not matter, so a cut-and-paste copy that reorders the source's
  paragraphs counts in full). Quotations are left out when it decides
  (:func:`reuse_outside_quotes`): outlets quote one press statement word for word without copying
  each other).
* **aligned sentences** (:func:`~newsreader.core.corpus.structure.align_sentences`): which sentences of
  each text have a counterpart in the other, in order or in moved blocks (seed and extend, as the
  alignment engine does): the coverage of each side.

A pair is a copy relation when the order channel says so (``COPY_EXCESS``: in-order reuse in any
wording) or a quarter of one text is reused word for word, in any order (``VERBATIM_REUSE``). Aligned
sentences alone do not decide: on the development articles, independent reports of one event that
quote the same people align sentence by sentence as well as paraphrased copies do (tried: a channel
"half the shorter text aligned and order beyond 0.1" found two more copies and as many false ones).
What tells a heavy rewrite from such reports needs the rest of the story — which words every report
of the event uses — so the third channel, ``paraphrase``, is decided by the overview
(:mod:`~newsreader.core.corpus.paraphrase`); :func:`copy_relation` grades its pairs like the others.
The relation is then graded as text-reuse corpora grade it: **partial** when only
part of either text is involved, else by the wording of the aligned part — **verbatim** (nearly all
3-grams shared), **edited** (light revision) or **paraphrased** (heavy revision, machine spinning,
translation). Direction is not decided here: it needs dates and the rest of the corpus
(:mod:`~newsreader.core.corpus.direction`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsreader.core.corpus.quoted import quoted_trigrams
from newsreader.core.corpus.sketch import Sketch, shared_count
from newsreader.core.corpus.structure import (
    COPY_EXCESS,
    MIN_CONTENT_WORDS,
    Coded,
    Order,
    SentenceAlignment,
    align_sentences,
    order_evidence,
)

VERBATIM_REUSE = 0.25  # share of one text's word 3-grams found in the other
PARTIAL = 0.5  # a side less covered than this: only part of it is involved
VERBATIM_WORDING = 0.8  # 3-grams shared per aligned word: verbatim ...
EDITED_WORDING = 0.45  # ... light revision; below: paraphrase
KINDS = ("verbatim", "edited", "paraphrased", "partial")
INDEPENDENT = "independent"  # same story, no copy relation


@dataclass(frozen=True, slots=True)
class Evidence:
    """What is measured between texts ``a`` and ``b`` (see the module doc)."""

    order: Order
    verbatim_a: float  # share of a's word 3-grams found in b
    verbatim_b: float
    alignment: SentenceAlignment
    size_a: int  # content words
    size_b: int
    own_a: float = 1.0  # share of a's 3-grams outside quotations found in b outside quotations
    own_b: float = 1.0


@dataclass(frozen=True, slots=True)
class Relation:
    """The verdict on a pair: ``kind`` is one of :data:`KINDS` for a copy, else ``"independent"``.

    ``coverage_a`` / ``coverage_b``: share of each text in aligned sentences; ``wording``: share of
    the aligned part found word for word (3-grams); ``channel``: the evidence that decided
    (``order``, ``verbatim`` or ``""``).
    """

    is_copy: bool
    kind: str
    coverage_a: float
    coverage_b: float
    wording: float
    channel: str


def trigram_containment(a: Sketch, b: Sketch) -> tuple[float, float]:
    """Share of a's word 3-grams found in b, and of b's found in a."""
    if a.trigrams.size == 0 or b.trigrams.size == 0:
        return 0.0, 0.0
    shared = shared_count(a.trigrams, b.trigrams)
    return shared / a.trigrams.size, shared / b.trigrams.size


def reuse_outside_quotes(a: Sketch, b: Sketch) -> tuple[float, float]:
    """:func:`trigram_containment` of the writers' own text: quotations of four words or more
    (:func:`~newsreader.core.corpus.quoted.quoted_trigrams`) left out of both sides, so that two reports quoting the same statement are
    not taken for a copy of each other."""
    quoted_a, quoted_b = quoted_trigrams(a), quoted_trigrams(b)
    if quoted_a.size == 0 and quoted_b.size == 0:
        return trigram_containment(a, b)
    own_a = np.setdiff1d(a.trigrams, quoted_a, assume_unique=True)
    own_b = np.setdiff1d(b.trigrams, quoted_b, assume_unique=True)
    if own_a.size == 0 or own_b.size == 0:
        return 0.0, 0.0
    shared = shared_count(own_a, own_b)
    return shared / own_a.size, shared / own_b.size


def measure(
    a: Sketch,
    b: Sketch,
    order: Order | None = None,
    *,
    reuse: tuple[float, float] | None = None,
    coded: tuple[Coded, Coded] | None = None,
) -> Evidence:
    """All the evidence on one pair (``order`` and ``reuse``, the :func:`trigram_containment`, when
    already measured; ``coded``: see :func:`~newsreader.core.corpus.structure.order_evidence`)."""
    order = order if order is not None else order_evidence(a, b, coded=coded)
    va, vb = reuse if reuse is not None else trigram_containment(a, b)
    own_a, own_b = reuse_outside_quotes(a, b) if max(va, vb) >= VERBATIM_REUSE else (va, vb)
    return Evidence(order, va, vb, align_sentences(a, b, coded), a.size, b.size, own_a, own_b)


def judge(e: Evidence) -> Relation:
    """Copy relation or not, and its kind (see the module doc)."""
    al = e.alignment
    if min(e.size_a, e.size_b) < MIN_CONTENT_WORDS:
        return Relation(False, INDEPENDENT, al.coverage_a, al.coverage_b, 0.0, "")
    channel = ""
    if e.order.excess >= COPY_EXCESS:
        channel = "order"
    elif min(max(e.verbatim_a, e.verbatim_b), max(e.own_a, e.own_b)) >= VERBATIM_REUSE:
        channel = "verbatim"
    if not channel:
        return Relation(False, INDEPENDENT, al.coverage_a, al.coverage_b, _wording(e), "")
    return copy_relation(e, channel)


def copy_relation(e: Evidence, channel: str) -> Relation:
    """The graded relation of a pair that ``channel`` found to be a copy (``order``, ``verbatim``, or
    ``paraphrase`` from :mod:`~newsreader.core.corpus.paraphrase`, whose chain of sentences is the
    evidence's alignment)."""
    al = e.alignment
    wording = _wording(e)
    return Relation(
        True,
        grade(al.coverage_a, al.coverage_b, wording),
        al.coverage_a,
        al.coverage_b,
        wording,
        channel,
    )


def _wording(e: Evidence) -> float:
    """The wording of the aligned part: 3-grams shared per aligned share of the more contained text."""
    al = e.alignment
    reuse = max(e.verbatim_a, e.verbatim_b)
    contained_cov = al.coverage_a if e.verbatim_a >= e.verbatim_b else al.coverage_b
    return min(1.0, reuse / contained_cov) if contained_cov > 0 else reuse


def grade(coverage_a: float, coverage_b: float, wording: float) -> str:
    """The kind of a copy relation from its coverage both ways and the wording of the aligned part."""
    if min(coverage_a, coverage_b) < PARTIAL:
        return "partial"
    if wording >= VERBATIM_WORDING:
        return "verbatim"
    if wording >= EDITED_WORDING:
        return "edited"
    return "paraphrased"


def relate(a: Sketch, b: Sketch) -> Relation:
    """:func:`judge` of :func:`measure`: the verdict ``compare`` and ``overview`` both give."""
    return judge(measure(a, b))
