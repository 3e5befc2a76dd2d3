"""One vocabulary for both articles: spelling variants of a word are merged into one term.

Two merges, both generic:

* *prefix*: a term that another term starts with (at least five letters) absorbs it, which catches
  what the light stemmer leaves apart (``russia``/``russian``, ``ukrain``/``ukraini``);
* *fuzzy*: a term used only on one side is merged with its closest term used only on the other
  side when both pick each other (rapidfuzz ``process.cdist``). Machine rewrites and transliteration
  garble names (``Zelensky``/``Zelenskiy``, ``Kyiv``/``Kiev``, ``Coristan``/``Korestan``), so names
  need a lower bar than common words, whose near-spellings are more often different words.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from rapidfuzz import fuzz, process

NAME_CUTOFF = 75.0  # fuzz.ratio needed to merge two names
WORD_CUTOFF = 88.0  # ... and two other words
MIN_PREFIX = 5
MIN_FUZZY = 4
MAX_FUZZY = 800  # most frequent one-sided terms per side considered for fuzzy merging


def canonical_map(
    left: Mapping[str, int], right: Mapping[str, int], case_votes: Mapping[str, int]
) -> dict[str, str]:
    """``term -> canonical term`` for every term merged into another (absent terms stand for themselves).

    ``left`` and ``right`` count the uses of each term per side; ``case_votes`` tells names apart
    (positive: mostly written with a capital in the middle of a sentence).
    """
    canon = _prefix_map(sorted(set(left) | set(right)))
    _fuzzy_merge(left, right, case_votes, canon)
    for term in list(canon):  # follow chains of merges to their end
        root = canon[term]
        while root in canon and canon[root] != root:
            root = canon[root]
        canon[term] = root
    return canon


def _prefix_map(terms: list[str]) -> dict[str, str]:
    canon: dict[str, str] = {}
    root = ""
    for term in terms:  # sorted: every term that starts with ``root`` follows it directly
        if root and term.startswith(root) and term.isalpha():
            canon[term] = root
        elif len(term) >= MIN_PREFIX and term.isalpha():
            root = term
        else:
            root = ""
    return canon


def _fuzzy_merge(
    left: Mapping[str, int],
    right: Mapping[str, int],
    case_votes: Mapping[str, int],
    canon: dict[str, str],
) -> None:
    left_roots: dict[str, int] = {}
    right_roots: dict[str, int] = {}
    votes: dict[str, int] = {}
    for counts, roots in ((left, left_roots), (right, right_roots)):
        for term, n in counts.items():
            root = canon.get(term, term)
            roots[root] = roots.get(root, 0) + n
    for term, vote in case_votes.items():
        root = canon.get(term, term)
        votes[root] = votes.get(root, 0) + vote
    only_left = _candidates(left_roots, right_roots)
    only_right = _candidates(right_roots, left_roots)
    if not only_left or not only_right:
        return
    scores = process.cdist(
        only_left, only_right, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF, dtype=np.uint8
    )
    best_right = scores.argmax(axis=1)
    best_left = scores.argmax(axis=0)
    for a, b in enumerate(best_right):
        score = scores[a, b]
        if score == 0 or best_left[b] != a:
            continue
        x, y = only_left[a], only_right[b]
        both_names = votes.get(x, 0) > 0 and votes.get(y, 0) > 0
        if score >= (NAME_CUTOFF if both_names else WORD_CUTOFF):
            canon[y] = x


def _candidates(mine: Mapping[str, int], other: Mapping[str, int]) -> list[str]:
    terms = [t for t in mine if t not in other and len(t) >= MIN_FUZZY and t.isalpha()]
    terms.sort(key=lambda t: (-mine[t], t))
    return terms[:MAX_FUZZY]
