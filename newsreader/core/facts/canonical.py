"""People across the loaded set: one canonical person for the spellings of one name.

Each article's people are units. Units merge when their surnames match on a transliteration-
tolerant key (Jaro-Winkler on :func:`~newsreader.core.facts.spelling.name_key`, computed once per
distinct surname with ``rapidfuzz.process.cdist``), their first names are compatible, and their
parties do not clash; surname-only units join a full name when exactly one group fits. Union-find
joins them; the canonical name is the most common spelling. The user's
:class:`~newsreader.core.facts.model.NameOverrides` force merges and keep split names apart.

Parties the gazetteer does not know ("Coristan" / "Korestan") are merged by spelling the same way.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from newsreader.core.facts.gazetteer import gazetteer
from newsreader.core.facts.model import ArticleFacts, CanonicalPerson, NameOverrides
from newsreader.core.facts.spelling import (
    SURNAME_MATCH,
    first_compatible,
    full_key,
    gender_clash,
    name_key,
)
from newsreader.core.text import fold
from newsreader.core.unionfind import UnionFind


@dataclass(slots=True)
class Unit:
    article: int
    person: int
    words: list[str]
    spellings: list[str]
    party: str | None


def _units(facts: list[ArticleFacts]) -> list[Unit]:
    return [
        Unit(a, n, p.name.split(), list(p.variants) or [p.name], p.party)
        for a, f in enumerate(facts)
        for n, p in enumerate(f.people)
    ]


def _surname_pairs(surnames: list[str]) -> list[tuple[int, int]]:
    """Pairs of distinct surname keys similar enough to be one surname."""
    if len(surnames) < 2:
        return []
    matrix = process.cdist(
        surnames, surnames, scorer=JaroWinkler.normalized_similarity, score_cutoff=SURNAME_MATCH
    )
    out = []
    for row, col in zip(*matrix.nonzero(), strict=True):
        i, j = int(row), int(col)
        if i >= j:
            continue
        a, b = surnames[i], surnames[j]
        if abs(len(a) - len(b)) > 2 or gender_clash(a, b):
            continue
        if a[0] != b[0] and {a[0], b[0]} != {"f", "v"}:
            continue
        out.append((i, j))
    return out


def canonicalize(
    facts: list[ArticleFacts], overrides: NameOverrides | None = None
) -> list[CanonicalPerson]:
    """Canonical people; sets ``canonical`` and ``person_id`` on every article's people."""
    overrides = overrides or NameOverrides()
    units = _units(facts)
    uf = UnionFind(len(units))
    split = {fold(s) for s in overrides.splits}
    frozen = {n for n, u in enumerate(units) if split & {fold(s) for s in u.spellings}}
    by_surname: dict[str, list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        by_surname[name_key(u.words[-1])].append(n)
    surnames = sorted(by_surname)
    index = {k: n for n, k in enumerate(surnames)}
    full = {n for n, u in enumerate(units) if len(u.words) > 1}
    # full names: same or similar surname, compatible first name, no party clash
    pairs = [(s, s) for s in range(len(surnames))] + _surname_pairs(surnames)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:
        neighbours[i].add(j)
        neighbours[j].add(i)
        group_a = [n for n in by_surname[surnames[i]] if n in full]
        group_b = [n for n in by_surname[surnames[j]] if n in full]
        for a in group_a:
            for b in group_b:
                if a < b or (i != j and a != b):
                    _maybe_union(uf, units, a, b, frozen)
    # surname-only units: join the one group with that surname
    for n, u in enumerate(units):
        if len(u.words) > 1 or n in frozen:
            continue
        roots = {
            uf.find(m)
            for s in neighbours[index[name_key(u.words[0])]]
            for m in by_surname[surnames[s]]
            if m in full and m not in frozen and units[m].article != u.article
        }
        if len(roots) == 1:
            uf.union(n, roots.pop())
    _apply_merges(uf, units, overrides)
    return _assign(facts, units, uf)


def _maybe_union(uf: UnionFind, units: list[Unit], a: int, b: int, frozen: set[int]) -> None:
    if a == b or a in frozen or b in frozen:
        return
    ua, ub = units[a], units[b]
    if ua.article == ub.article:
        return  # one article's people were already told apart by the extraction
    if not first_compatible(ua.words[0], ub.words[0]):
        return
    same_key = full_key(ua.words) == full_key(ub.words)
    if not same_key and ua.party and ub.party and ua.party != ub.party:
        return  # similar names of people on different sides stay apart
    uf.union(a, b)


def _apply_merges(uf: UnionFind, units: list[Unit], overrides: NameOverrides) -> None:
    for group in overrides.merges:
        names = {fold(n) for n in group}
        members = [n for n, u in enumerate(units) if names & {fold(s) for s in u.spellings}]
        for m in members[1:]:
            uf.union(members[0], m)


def _assign(facts: list[ArticleFacts], units: list[Unit], uf: UnionFind) -> list[CanonicalPerson]:
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(units)):
        groups[uf.find(n)].append(n)
    people: list[CanonicalPerson] = []
    used_ids: set[str] = set()
    for members in sorted(
        groups.values(), key=lambda ms: (min(units[m].article for m in ms), ms[0])
    ):
        name = _canonical_name([units[m] for m in members], facts)
        pid = _unique_id(name, used_ids)
        variants: list[str] = []
        for m in members:
            for s in units[m].spellings:
                if s not in variants:
                    variants.append(s)
        parties = Counter(units[m].party for m in members if units[m].party)
        person = CanonicalPerson(
            pid,
            name,
            variants,
            sorted({units[m].article for m in members}),
            parties.most_common(1)[0][0] if parties else None,
        )
        people.append(person)
        for m in members:
            p = facts[units[m].article].people[units[m].person]
            p.canonical, p.person_id = name, pid
    return people


def _canonical_name(members: list[Unit], facts: list[ArticleFacts]) -> str:
    """The most common full spelling (by articles, then mentions) within the most common key."""
    by_articles: Counter[str] = Counter()
    by_mentions: Counter[str] = Counter()
    for u in members:
        person = facts[u.article].people[u.person]
        by_articles[person.name] += 1
        by_mentions[person.name] += len(person.mentions)
    full = [n for n in by_articles if len(n.split()) > 1] or list(by_articles)
    keys: Counter[str] = Counter()
    for n in full:
        keys[full_key(n.split())] += by_articles[n]
    best_key = max(keys, key=lambda k: (keys[k], k))
    pool = [n for n in full if full_key(n.split()) == best_key]
    return max(pool, key=lambda n: (by_articles[n], by_mentions[n], len(n), n))


def _unique_id(name: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "person"
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    return pid


def party_aliases(facts: list[ArticleFacts]) -> dict[str, str]:
    """Spellings of parties the gazetteer lacks, mapped to the most common one."""
    known = set(gazetteer().parties.values())
    counts: Counter[str] = Counter()
    for f in facts:
        for party in f.parties:
            if party not in known:
                counts[party] += 1
    names = sorted(counts, key=lambda n: (-counts[n], n))
    out: dict[str, str] = {}
    for n, name in enumerate(names):
        if name in out:
            continue
        for other in names[n + 1 :]:
            if other in out:
                continue
            a, b = name_key(name), name_key(other)
            if (
                a[:1] == b[:1]
                and abs(len(a) - len(b)) <= 2
                and JaroWinkler.similarity(a, b) >= SURNAME_MATCH
                and not gender_clash(a, b)
            ):
                out[other] = name
    return out
