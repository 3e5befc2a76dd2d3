"""Canonical facts compared across articles: one :class:`FactRow` per fact, one cell per article.

Rows: a person's attendance and title, who leads a party's delegation, who holds a party's office
("Russia's deputy defence minister"), a figure matched across outlets by its unit and the words
around it, and a party's demands. A row conflicts when stated values disagree (attendance statuses
differ, titles name different offices, an office or a delegation lead is given to different people,
numbers differ); cells with the majority value agree, the others conflict (with no majority, every
stated cell conflicts). Omissions: articles that cover a row's subject but do not state the fact.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from functools import lru_cache

from newsreader.core.facts.lexicon import DESCRIPTIVE_HEADS, ROLE_HEADS, ROLE_MODIFIERS, word_set
from newsreader.core.facts.model import (
    ArticleFacts,
    CanonicalPerson,
    Cell,
    Discrepancy,
    Evidence,
    FactRow,
    Figure,
    Omission,
    Person,
    Role,
)
from newsreader.core.facts.roles import compatible, specific
from newsreader.core.text import stem

UNIQUE_HEADS = frozenset({"president", "premier", "chancellor", "king", "queen", "emperor", "pope"})
_FIGURE_MIN_SHARED = 2
_FIGURE_MIN_OVERLAP = 0.34


def build_rows(
    facts: list[ArticleFacts],
    people: list[CanonicalPerson],
    stories: list[list[int]] | None = None,
) -> list[FactRow]:
    """The fact rows; cells conflict only with cells of the same story (``stories``: groups of
    article indices compared together, default one story)."""
    party_of = {p.id: p.party for p in people}
    index = _people_index(facts)
    groups = stories if stories is not None else [list(range(len(facts)))]
    rows: list[FactRow] = []
    rows += _attendance_rows(facts, people, index, groups)
    rows += _title_rows(facts, people, index, groups)
    rows += _leader_rows(facts, party_of, groups)
    rows += _office_rows(facts, party_of, groups)
    rows += _figure_rows(facts, groups)
    rows += _demand_rows(facts)
    return rows


Groups = list[list[int]]


PeopleIndex = dict[tuple[int, str], list[Person]]


def _people_index(facts: list[ArticleFacts]) -> PeopleIndex:
    """(article index, canonical id) → that article's people with the id."""
    out: PeopleIndex = defaultdict(list)
    for i, f in enumerate(facts):
        for p in f.people:
            out[(i, p.person_id)].append(p)
    return out


def _mark[K: Hashable](
    row: FactRow, keyfn: Callable[[int], K], agree: Callable[[K, K], bool], groups: Groups
) -> None:
    """Set agree/conflict on the stated cells of ``row``, story by story (in each story the
    majority value agrees; cells of different stories never conflict)."""
    conflict = False
    for members in groups:
        inside = set(members)
        conflict |= _mark_cells(row, [i for i in row.stated() if i in inside], keyfn, agree)
    row.conflict = conflict


def _mark_cells[K: Hashable](
    row: FactRow, stated: list[int], keyfn: Callable[[int], K], agree: Callable[[K, K], bool]
) -> bool:
    keys = {i: keyfn(i) for i in stated}
    counts = Counter(keys.values())  # distinct values only: few, whatever the number of articles
    distinct = list(counts)
    ok_pairs = {(a, b): agree(a, b) for a in distinct for b in distinct}
    if all(ok_pairs.values()):
        return False
    support = {a: sum(counts[b] for b in distinct if ok_pairs[(a, b)]) for a in distinct}
    # a value that agrees with every other (an unsure statement) cannot settle the conflict
    # between the others: the majority is sought among the values that take a side
    wildcard = {a for a in distinct if all(ok_pairs[(a, b)] for b in distinct)}
    sided = [a for a in distinct if a not in wildcard]
    best = max(sided, key=lambda a: (support[a], counts[a]))
    majority = support[best] * 2 > len(stated) and not any(
        support[a] == support[best] and counts[a] == counts[best] for a in sided if a != best
    )
    for i in stated:
        ok = keys[i] in wildcard or (majority and ok_pairs[(keys[i], best)])
        c = row.cells[i]
        row.cells[i] = Cell("agree" if ok else "conflict", c.value, c.evidence)
    return True


def _attendance_rows(
    facts: list[ArticleFacts], people: list[CanonicalPerson], index: PeopleIndex, groups: Groups
) -> list[FactRow]:
    rows = []
    for cp in people:
        cells = []
        for i in range(len(facts)):
            ps = index.get((i, cp.id), [])
            stated = [p for p in ps if p.attendance != "unknown"]
            if stated:
                p = stated[0]
                cells.append(Cell("agree", p.attendance, p.evidence))
            else:
                cells.append(
                    Cell("absent", "", ps[0].mentions[0] if ps and ps[0].mentions else None)
                )
        row = FactRow(
            f"attendance:{cp.id}", f"{cp.name} — attendance", "attendance", cp.name, cells
        )
        if row.stated():
            keys = [
                (c.value, confident(index.get((i, cp.id), []))) for i, c in enumerate(row.cells)
            ]
            _mark(row, keys.__getitem__, _same_attendance, groups)
            row.detail = "different attendance" if row.conflict else ""
            rows.append(row)
    return rows


CONFIDENT_PERSON = 0.7  # a person's confidence (where the extraction gives one) to be trusted


REMOTE = re.compile(
    r"\b(?:via|by)\s+video\b|\bvideo[- ]?(?:link|conference|call|address)\b|\bvirtual(?:ly)?\b"
    r"|\bremotely\b|\bonline\b",
    re.IGNORECASE,
)
_ASKED_TO = re.compile(
    r"\b(?:lobbied|urged|asked|invited|called on|pressed|persuaded|wants?|wanted)\b[^.;]{0,40}?"
    r"\bto\s+(?:attend|participate|join|come|travel|take part)\b",
    re.IGNORECASE,
)


def confident(ps: list[Person]) -> bool:
    """An attendance the article states with confidence: a sentence that names the person (not
    a pronoun or a descriptor read from afar), not marked uncertain by the extraction, not about
    taking part from afar (by video: neither plainly there nor plainly absent) and not a request
    to attend ("lobbied X to attend")."""
    stated = [p for p in ps if p.attendance != "unknown"]
    if not stated:
        return False
    p = stated[0]
    if getattr(p, "confidence", 1.0) < CONFIDENT_PERSON:
        return False
    evidence = p.evidence
    if evidence is None:
        return False
    text = evidence.text
    if REMOTE.search(text) or _ASKED_TO.search(text):
        return False
    words = {w for s in (p.name, *p.variants) for w in s.split() if len(w) > 2}
    return any(w in text for w in words)


def _same_attendance(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Statuses conflict only when both are stated with confidence and one is "attending" and
    the other "not_attending" (a condition is a hedge, not a contradiction)."""
    (sa, ca), (sb, cb) = a, b
    return sa == sb or not (ca and cb) or "conditional" in (sa, sb)


def _title_rows(
    facts: list[ArticleFacts], people: list[CanonicalPerson], index: PeopleIndex, groups: Groups
) -> list[FactRow]:
    rows = []
    for cp in people:
        cells: list[Cell] = []
        offices: dict[int, list[str]] = {}
        for i in range(len(facts)):
            ps = index.get((i, cp.id), [])
            roles = [r for p in ps for r in p.roles if not r.former]
            if not roles:
                cells.append(
                    Cell("absent", "", ps[0].mentions[0] if ps and ps[0].mentions else None)
                )
                continue
            office = [r for r in roles if office_title(r)]
            shown = office or roles
            value = " / ".join(dict.fromkeys(r.display for r in shown))
            cells.append(Cell("agree", value, shown[0].evidence))
            if office:
                offices[i] = [t for r in office if (t := office_title(r))]
        row = FactRow(f"title:{cp.id}", f"{cp.name} — title", "title", cp.name, cells)
        if not row.stated():
            continue

        def key(i: int, offices: dict[int, list[str]] = offices) -> tuple[str, ...]:
            return tuple(offices.get(i, ()))

        def agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
            return not a or not b or any(same_office(x, y) for x in a for y in b)

        _mark(row, key, agree, groups)
        row.detail = "different titles" if row.conflict else ""
        rows.append(row)
    return rows


ABBREVIATED_OFFICES = {"pm": "prime minister", "fm": "foreign minister", "vp": "vice president"}


def office_title(role: Role) -> str | None:
    """The office a role names, abbreviations written out ("French PM": prime minister); None
    for a description (adviser, analyst)."""
    if role.office:
        return role.title
    words = role.title.split()
    if words and words[-1] in ABBREVIATED_OFFICES:
        return " ".join([*words[:-1], ABBREVIATED_OFFICES[words[-1]]])
    return None


def _names_cell(items: list[tuple[Person, Evidence]]) -> Cell:
    names = list(dict.fromkeys(p.name for p, _ in items))
    return Cell("agree", ", ".join(names), items[0][1])


def _people_rows(
    slots: dict[tuple[str, str], dict[int, list[tuple[Person, Evidence]]]],
    n: int,
    kind: str,
    label: Callable[[str, str], str],
    min_articles: int,
    *,
    groups: Groups,
) -> list[FactRow]:
    rows = []
    for (party, what), per_article in slots.items():
        if len(per_article) < min_articles:
            continue
        cells = [
            _names_cell(per_article[i]) if i in per_article else Cell("absent") for i in range(n)
        ]
        ids = {i: frozenset(p.person_id for p, _ in items) for i, items in per_article.items()}
        row = FactRow(f"{kind}:{party}:{what}", label(party, what), kind, party, cells)
        # One office has one holder: an article naming two for it is unsure itself, so naming a
        # second holder besides the one others name is no contradiction; who leads a delegation
        # may be two people, and "A" against "A and B" is a real difference.
        agree = _same_people if kind == "leader" else _shared_person
        _mark(row, ids.__getitem__, agree, groups)
        if row.conflict:
            sets = list(ids.values())
            disjoint = any(not (a & b) for a in sets for b in sets)
            row.detail = "different people" if disjoint else "partly different people"
        rows.append(row)
    return rows


def _same_people(a: frozenset[str], b: frozenset[str]) -> bool:
    return a == b


def _shared_person(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b)


def _party(p: Person, party_of: dict[str, str | None], role: Role | None = None) -> str | None:
    return party_of.get(p.person_id) or (role.party if role else None) or p.party


def _leader_rows(
    facts: list[ArticleFacts], party_of: dict[str, str | None], groups: Groups
) -> list[FactRow]:
    slots: dict[tuple[str, str], dict[int, list[tuple[Person, Evidence]]]] = defaultdict(dict)
    for i, f in enumerate(facts):
        for p in f.people:
            lead = [c for c in p.cues if c.leads and c.status == "attending"]
            if not lead or p.attendance != "attending":
                continue
            party = lead[0].delegation or _party(p, party_of)
            if party:
                slots[(party, "delegation")].setdefault(i, []).append((p, lead[0].evidence))
    return _people_rows(
        slots,
        len(facts),
        "leader",
        lambda party, _: f"who leads {_possessive(party)} delegation",
        1,
        groups=groups,
    )


_OFFICE_WORDS = ROLE_HEADS | ROLE_MODIFIERS | {"pm"}


# One office, named in other words (a translation: "first minister" for a head of government).
_OFFICE_SYNONYMS = (
    (re.compile(r"\b(?:first minister|premier)\b"), "prime minister"),
    (re.compile(r"\bvice-president\b"), "vice president"),
    # a chamber's president is its speaker in English ("President of the Assembly", translated)
    (
        re.compile(
            r"\bpresident of (?:the )?(?:national )?(?:assembly|parliament|chamber|house)\b"
        ),
        "speaker",
    ),
)


def _office_words(title: str) -> str:
    for pattern, repl in _OFFICE_SYNONYMS:
        title = pattern.sub(repl, title)
    return title


@lru_cache(maxsize=65536)
def same_office(a: str, b: str) -> bool:
    """Two titles can name one office: compatible, or differing only in words that are not
    office words ("IAM 751 union president" / "president of IAM District 751"), once a name
    of the office in other words is read as the usual one ("first minister", "premier": prime
    minister)."""
    a, b = _office_words(a.lower()), _office_words(b.lower())
    if compatible(a, b):
        return True
    wa = {w for w in a.split() if w in _OFFICE_WORDS}
    wb = {w for w in b.split() if w in _OFFICE_WORDS}
    return bool(wa and wb) and compatible(" ".join(sorted(wa)), " ".join(sorted(wb)))


def slot_worthy(role: Role) -> bool:
    """An office one person holds per party ("foreign minister", "president")."""
    if not role.office or role.former:
        return False
    words = role.title.split()
    head = next((w for w in reversed(words) if w not in {"of", "for", "the"}), "")
    if head in DESCRIPTIVE_HEADS:
        return False
    return bool(specific(role.title) - {head}) or head in UNIQUE_HEADS


def _office_rows(
    facts: list[ArticleFacts], party_of: dict[str, str | None], groups: Groups
) -> list[FactRow]:
    slots: dict[tuple[str, str], dict[int, list[tuple[Person, Evidence]]]] = defaultdict(dict)
    for i, f in enumerate(facts):
        for p in f.people:
            for r in p.office_titles():
                party = _party(p, party_of, r)
                if party and slot_worthy(r):
                    items = slots[(party, r.title)].setdefault(i, [])
                    if all(q.person_id != p.person_id for q, _ in items):
                        items.append((p, r.evidence))
    return _people_rows(
        slots,
        len(facts),
        "office",
        lambda party, title: f"{_possessive(party)} {title}",
        2,
        groups=groups,
    )


def _possessive(party: str) -> str:
    return f"{party}'" if party.endswith("s") else f"{party}'s"


def _figure_rows(facts: list[ArticleFacts], groups: Groups) -> list[FactRow]:
    clusters = _cluster_figures(facts)
    rows = []
    for c in clusters:
        if len(c) < 2:
            continue
        figs = list(c.values())
        shared = _shared(figs)
        cells = [
            Cell("agree", c[i].text, c[i].evidence) if i in c else Cell("absent")
            for i in range(len(facts))
        ]
        label = _figure_label(figs[0], shared)
        row = FactRow(
            f"figure:{figs[0].unit}:{'-'.join(sorted(shared))}", label, "figure", label, cells
        )
        values = {i: (c[i].value, c[i].qualifier) for i in c}
        _mark(row, values.__getitem__, _same_figure, groups)
        row.detail = "different figures" if row.conflict else ""
        rows.append(row)
    return rows


def _cluster_figures(facts: list[ArticleFacts]) -> list[dict[int, Figure]]:
    """Figures matched across articles: same unit and enough shared context words, at most one
    figure per article in a cluster. An inverted index (unit, word) keeps this near linear."""
    clusters: list[dict[int, Figure]] = []
    by_word: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        for fig in f.figures:
            if not fig.unit:
                continue
            candidates = {c for w in fig.context for c in by_word.get((fig.unit, w), ())}
            best, best_score = -1, 0.0
            for c in sorted(candidates):
                if i in clusters[c]:
                    continue
                score = _overlap(next(iter(clusters[c].values())).context, fig.context)
                if score > best_score:
                    best, best_score = c, score
            if best >= 0 and best_score >= _FIGURE_MIN_OVERLAP:
                clusters[best][i] = fig
            else:
                clusters.append({i: fig})
                for w in fig.context:
                    by_word[(fig.unit, w)].append(len(clusters) - 1)
    return clusters


def _same_figure(a: tuple[float | None, str], b: tuple[float | None, str]) -> bool:
    va, _ = a
    vb, _ = b
    if va is None or vb is None:
        return True
    return abs(va - vb) < 1e-9


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    sa, sb = set(a), set(b)
    shared = len(sa & sb)
    if shared < _FIGURE_MIN_SHARED or not sa or not sb:
        return 0.0
    return shared / min(len(sa), len(sb))


def _shared(figs: list[Figure]) -> set[str]:
    counts = Counter(w for f in figs for w in set(f.context))
    return {w for w, n in counts.items() if n >= 2}


_LABEL_SKIP = frozenset({"say", "says", "said", "hoped", "hope", "told", "added", "according"})


def _figure_label(fig: Figure, shared: set[str]) -> str:
    """What the figure counts: "farming families" for "some 12,000 farming families", "halt
    (days)" for "a 90-day halt", else the shared words nearest it: "session lasted (hours)"."""
    text = fig.evidence.text
    at = max(text.find(fig.text), 0)
    if fig.unit and fig.unit not in _MEASURES:
        words = [
            w
            for w in fig.text.split()
            if w[:1].isalpha()
            and w.lower() not in _QUALIFIER_WORDS
            and w.lower() not in _VAGUE_WORDS
        ]
        if words:
            return " ".join(words).lower()
    unit = _UNIT_LABELS.get(fig.unit, fig.unit)
    if "-" in fig.text:
        after = re.match(r"\s+([a-z]+)", text[at + len(fig.text) :])
        if after:
            return f"{after.group(1)} ({unit})"
    found = [
        (abs(m.start() - at), m.start(), m.group())
        for m in re.finditer(r"[a-z]+", text)
        if stem(m.group()) in shared and m.group() not in _LABEL_SKIP
    ]
    words = [w for _, _, w in sorted(sorted(found)[:2], key=lambda x: x[1])]
    return f"{' '.join(dict.fromkeys(words)) or 'figure'} ({unit})"


_MEASURES = frozenset(
    {
        "day",
        "week",
        "month",
        "year",
        "hour",
        "minute",
        "percent",
        "km",
        "mile",
        "metre",
        "tonne",
        "dollar",
        "euro",
        "pound",
        "barrel",
        "nation",
        "point",
        "member",
        "strong",
    }
)
_UNIT_LABELS = {
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "hour": "hours",
    "minute": "minutes",
    "percent": "%",
    "dollar": "$",
    "euro": "€",
    "pound": "£",
}
_VAGUE_WORDS = frozenset({"hundreds", "thousands", "millions", "dozens", "tens", "of"})
_QUALIFIER_WORDS = word_set(
    "some about around nearly almost over under more less than fewer at least most up to just "
    "an estimated as many"
)
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "percent"})


def _demand_rows(facts: list[ArticleFacts]) -> list[FactRow]:
    per_party: dict[str, dict[int, list]] = defaultdict(dict)
    for i, f in enumerate(facts):
        for d in f.demands:
            per_party[d.party].setdefault(i, []).append(d)
    rows = []
    for party, per_article in per_party.items():
        cells = [
            Cell("agree", "; ".join(d.text for d in per_article[i]), per_article[i][0].evidence)
            if i in per_article
            else Cell("absent")
            for i in range(len(facts))
        ]
        rows.append(FactRow(f"demands:{party}", f"{party} — demands", "demands", party, cells))
    return rows


def discrepancies(rows: list[FactRow]) -> list[Discrepancy]:
    out = []
    for row in rows:
        if not row.conflict:
            continue
        stated = row.stated()
        values = {i: row.cells[i].value for i in stated}
        evidence = {i: e for i in stated if (e := row.cells[i].evidence) is not None}
        out.append(Discrepancy(row.label, row.kind, row.detail, values, evidence, row.key))
    return out


def omissions(rows: list[FactRow], facts: list[ArticleFacts]) -> list[Omission]:
    out = []
    for row in rows:
        stated = row.stated()
        if not stated:
            continue
        scope = _scope(row, facts)
        missing = tuple(i for i in range(len(facts)) if i in scope and i not in stated)
        if missing:
            out.append(Omission(row.label, row.kind, tuple(stated), missing, row.key))
    return out


def _scope(row: FactRow, facts: list[ArticleFacts]) -> set[int]:
    """Articles that cover the row's subject (so leaving the fact out is an omission)."""
    if row.kind in ("attendance", "title"):
        pid = row.key.split(":", 1)[1]
        return {i for i, f in enumerate(facts) if any(p.person_id == pid for p in f.people)}
    if row.kind in ("leader", "office"):
        holders = {
            name for c in row.cells for name in c.value.split(", ") if c.state != "absent" and name
        }
        ids = {p.person_id for f in facts for p in f.people if p.name in holders}
        return {i for i, f in enumerate(facts) if any(p.person_id in ids for p in f.people)}
    if row.kind == "figure":
        shared = set(row.key.split(":", 2)[2].split("-")) - {""}
        need = max(2, int(len(shared) * 0.6 + 0.5))
        return {i for i, f in enumerate(facts) if len(shared & f.words) >= need}
    if row.kind == "demands":
        return {
            i
            for i, f in enumerate(facts)
            if row.subject in f.parties or any(p.display == row.subject for p in f.people)
        }
    return set()
