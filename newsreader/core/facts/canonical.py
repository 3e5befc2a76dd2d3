"""People across the loaded set: one canonical person for the spellings of one name.

Each article's people are units. Units merge when their surnames match on a transliteration-
tolerant key (:func:`~newsreader.core.facts.spelling.name_key`, any script folded to ASCII with
``anyascii``; Jaro-Winkler computed once per pair of distinct surname keys with
``rapidfuzz.process.cdist``, blocked by first letter), their first names are compatible (initials
with or without dots match the names they abbreviate), and their parties do not clash;
surname-only units join a full name when exactly one person of the set fits. A name whose key is
empty (no letter) merges with nothing. Work is near-linear: units spelled alike form one class
at once, and only the distinct spellings of similar surnames are compared. Union-find joins them;
the canonical name is the most common spelling. The user's
:class:`~newsreader.core.facts.model.NameOverrides` force merges and keep split names apart.

Parties the gazetteer does not know ("Coristan" / "Korestan") are merged by spelling the same way.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from newsreader.core.facts.gazetteer import gazetteer, is_given_name
from newsreader.core.facts.model import ArticleFacts, CanonicalPerson, NameOverrides
from newsreader.core.facts.spelling import (
    SURNAME_MATCH,
    NameParts,
    ascii_fold,
    full_key,
    gender_clash,
    given_compatible,
    hyphen_joined,
    name_key,
    name_parts,
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
    parts: NameParts


def _units(facts: list[ArticleFacts]) -> list[Unit]:
    return [
        Unit(a, n, p.name.split(), list(p.variants) or [p.name], p.party, name_parts(p.name))
        for a, f in enumerate(facts)
        for n, p in enumerate(f.people)
    ]


def _surname_pairs(surnames: list[str]) -> list[tuple[int, int]]:
    """Pairs of distinct surname keys similar enough to be one surname.

    Keys are blocked by their first letter (f and v together) before comparing: two surnames
    that start differently are never one, so only keys within a block meet ``cdist``.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for n, key in enumerate(surnames):
        blocks["f" if key[0] == "v" else key[0]].append(n)
    out = []
    for members in blocks.values():
        if len(members) < 2:
            continue
        keys = [surnames[n] for n in members]
        matrix = process.cdist(
            keys, keys, scorer=JaroWinkler.normalized_similarity, score_cutoff=SURNAME_MATCH
        )
        for row, col in zip(*matrix.nonzero(), strict=True):
            i, j = members[int(row)], members[int(col)]
            if i >= j:
                continue
            a, b = surnames[i], surnames[j]
            if abs(len(a) - len(b)) > 2 or gender_clash(a, b):
                continue
            out.append((i, j))
    return out


@dataclass(slots=True)
class NameClass:
    """Full-name units of one surname key with one full key: spelled alike, so one person."""

    members: list[int]
    given: tuple[str, ...]
    parties: set[str]
    articles: set[int]


def _classes(units: list[Unit], members: list[int], uf: UnionFind) -> list[NameClass]:
    """The surname's full-name units grouped by full key; each group spanning articles is one
    person at once (no pairwise comparison within it)."""
    by_key: dict[str, NameClass] = {}
    for n in members:
        u = units[n]
        c = by_key.get(key := full_key(u.words))
        if c is None:
            by_key[key] = c = NameClass([], u.parts.given, set(), set())
        c.members.append(n)
        c.articles.add(u.article)
        if u.party:
            c.parties.add(u.party)
    for c in by_key.values():
        if len(c.articles) > 1:  # within one article the extraction already told them apart
            for m in c.members[1:]:
                uf.union(c.members[0], m)
    return list(by_key.values())


def _classes_match(a: NameClass, b: NameClass) -> bool:
    if len(a.articles | b.articles) < 2:
        return False  # one article's people were already told apart by the extraction
    if not given_compatible(a.given, b.given):
        return False
    return not (a.parties and b.parties and a.parties.isdisjoint(b.parties))


def canonicalize(
    facts: list[ArticleFacts], overrides: NameOverrides | None = None
) -> list[CanonicalPerson]:
    """Canonical people; sets ``canonical`` and ``person_id`` on every article's people.

    Near-linear: units are blocked by surname key, units spelled alike are joined as one class,
    and only the distinct spellings of similar surnames are compared with each other.
    """
    overrides = overrides or NameOverrides()
    units = _units(facts)
    uf = UnionFind(len(units))
    split = {fold(s) for s in overrides.splits}
    frozen = {n for n, u in enumerate(units) if split & {fold(s) for s in u.spellings}}
    full_by: dict[str, list[int]] = defaultdict(list)
    short_by: dict[str, list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        key = u.parts.surname
        if not key or n in frozen:
            continue  # no key (no letter to compare), or the user keeps it apart
        (full_by if u.parts.given else short_by)[key].append(n)
    surnames = sorted(full_by.keys() | short_by.keys())
    index = {k: n for n, k in enumerate(surnames)}
    classes = {k: _classes(units, full_by[k], uf) for k in surnames}
    neighbours: dict[int, set[int]] = defaultdict(set)
    for i, j in [(s, s) for s in range(len(surnames))] + _surname_pairs(surnames):
        neighbours[i].add(j)
        neighbours[j].add(i)
        group_a, group_b = classes[surnames[i]], classes[surnames[j]]
        for x, a in enumerate(group_a):
            for y, b in enumerate(group_b):
                if (i != j or x < y) and _classes_match(a, b):
                    uf.union(a.members[0], b.members[0])
    _join_surnames(units, uf, (surnames, index, neighbours), full_by, short_by)
    _join_double_surnames(units, uf, frozen)
    _apply_merges(uf, units, overrides)
    return _assign(facts, units, uf)


def _join_surnames(
    units: list[Unit],
    uf: UnionFind,
    similar: tuple[list[str], dict[str, int], dict[int, set[int]]],
    full_by: dict[str, list[int]],
    short_by: dict[str, list[int]],
) -> None:
    """A surname alone joins the one person of the set with that surname (in another article);
    with no full name in the set, the same surname alone is one person across articles. A known
    given name written alone joins only a surname spelled the same way (by key), never a
    similar one."""
    surnames, index, neighbours = similar
    roots: dict[str, dict[int, set[int]]] = {}  # surname key → root → articles
    for key, members in full_by.items():
        found: dict[int, set[int]] = defaultdict(set)
        for m in members:
            found[uf.find(m)].add(units[m].article)
        roots[key] = found
    for key, members in short_by.items():
        near = [surnames[s] for s in neighbours[index[key]]]
        if all(is_given_name(units[m].words[-1]) for m in members):
            near = [key]  # "his wife Melania" is not a misspelt "Meloni": spelled the same only
        fitting = {r: arts for k in near for r, arts in roots.get(k, {}).items()}
        if not fitting:
            if len({units[m].article for m in members}) > 1:
                for m in members[1:]:
                    uf.union(members[0], m)
            continue
        for m in members:
            options = {r for r, arts in fitting.items() if arts - {units[m].article}}
            if len(options) == 1:
                uf.union(m, options.pop())


def _join_double_surnames(units: list[Unit], uf: UnionFind, frozen: set[int]) -> None:
    """A double surname written apart ("Hilda Kabua Jibas", "Marchetti Cole") joins the one
    person of the set who writes it with a hyphen ("Hilda Kabua-Jibas", "Denise
    Marchetti-Cole"), when their given names fit; without a hyphenated spelling in the set the
    words stay as written (given name and surname)."""
    hyphenated: dict[str, list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        if n not in frozen and u.words and "-" in u.words[-1] and u.parts.surname:
            hyphenated[u.parts.surname].append(n)
    if not hyphenated:
        return
    for n, u in enumerate(units):
        if n in frozen or not (joined := hyphen_joined(" ".join(u.words))):
            continue
        parts = name_parts(joined)
        options = {
            uf.find(m)
            for m in hyphenated.get(parts.surname, ())
            if given_compatible(parts.given, units[m].parts.given)
        }
        if len(options) == 1:
            uf.union(n, options.pop())


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
    full = [n for n in by_articles if name_parts(n).given] or list(by_articles)
    keys: Counter[str] = Counter()
    for n in full:
        keys[full_key(n.split())] += by_articles[n]
    best_key = max(keys, key=lambda k: (keys[k], k))
    pool = [n for n in full if full_key(n.split()) == best_key]
    return max(pool, key=lambda n: (by_articles[n], by_mentions[n], len(n), n))


def _unique_id(name: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", ascii_fold(name)).strip("-") or "person"
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
                a
                and b
                and a[:1] == b[:1]
                and abs(len(a) - len(b)) <= 2
                and JaroWinkler.similarity(a, b) >= SURNAME_MATCH
                and not gender_clash(a, b)
            ):
                out[other] = name
    return out
