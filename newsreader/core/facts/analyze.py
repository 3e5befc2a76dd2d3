"""``analyze(articles)``: facts for a set of articles, canonicalized together and compared."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

from newsreader.core.align import Cancelled
from newsreader.core.article import Article
from newsreader.core.facts import compare, disagreements
from newsreader.core.facts.canonical import canonicalize, party_aliases
from newsreader.core.facts.claims import find_claims
from newsreader.core.facts.extract import extract_facts
from newsreader.core.facts.model import (
    ArticleFacts,
    Demand,
    Discrepancy,
    FactRow,
    FactSet,
    NameOverrides,
    Person,
)
from newsreader.core.facts.story_compare import story_findings


def analyze(
    articles: list[Article],
    *,
    overrides: NameOverrides | None = None,
    scope: str = "story",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FactSet:
    """Extract every article's facts, then canonicalize people and compare across the set.

    ``scope``: ``"story"`` compares articles of the same story only (see
    :mod:`~newsreader.core.facts.claims`); ``"all"`` treats the loaded set as one story.
    ``progress`` receives 0..1; ``cancelled`` is polled between articles and raises
    :class:`~newsreader.core.align.Cancelled`.
    """
    facts: list[ArticleFacts] = []
    total = max(1, len(articles))
    for n, article in enumerate(articles):
        if cancelled is not None and cancelled():
            raise Cancelled()
        facts.append(extract_facts(article, cancelled=cancelled))
        if progress is not None:
            progress(0.8 * (n + 1) / total)
    if cancelled is not None and cancelled():
        raise Cancelled()
    result = analyze_facts(
        facts,
        overrides=overrides,
        scope=scope,
        copy_facts=False,
        cancelled=cancelled,
        progress=(lambda f: progress(0.8 + 0.2 * f)) if progress is not None else None,
    )
    if progress is not None:
        progress(1.0)
    return result


def analyze_facts(
    facts: list[ArticleFacts],
    *,
    overrides: NameOverrides | None = None,
    scope: str = "story",
    copy_facts: bool = True,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> FactSet:
    """The cross-article part on already extracted facts (e.g. again after a merge or split).

    With ``copy_facts`` (the default) the given facts are left untouched. The sentence pairs
    behind the comparison are cached, so a merge or split does not align the articles again.
    ``progress`` receives 0..1 while the outlets' claims are compared (the long part).
    """
    if copy_facts:
        facts = copy.deepcopy(facts)
    overrides = overrides or NameOverrides()
    _rename_parties(facts, party_aliases(facts))
    people = canonicalize(facts, overrides)
    for f in facts:
        names = {p.name: p for p in f.people}
        f.demands = [_resolve_party(d, names) for d in f.demands]
        f.proposals = [_resolve_party(d, names) for d in f.proposals]
        f.rejections = [_resolve_party(d, names) for d in f.rejections]
        f.quotes = [
            replace(q, speaker=names[q.speaker].display) if q.speaker in names else q
            for q in f.quotes
        ]
    claims = find_claims(facts, scope=scope, cancelled=cancelled, progress=progress)
    rows = compare.build_rows(facts, people, claims.stories)
    story_of = {i: k for k, members in enumerate(claims.stories) for i in members}
    found = disagreements.claim_findings(facts, claims, cancelled)
    found += story_findings(facts, claims.stories)
    from_claims = disagreements.group_findings(found, claims)
    listed = disagreements.merge(disagreements.row_discrepancies(rows, story_of), from_claims)
    _settle_rows(rows, listed)
    rows += disagreements.claim_rows([d for d in listed if d in from_claims], len(facts))
    return FactSet(
        articles=facts,
        people=people,
        rows=rows,
        discrepancies=listed,
        omissions=compare.omissions(rows, facts),
        overrides=overrides,
        stories=claims.stories,
        scope=scope,
    )


def _settle_rows(rows: list[FactRow], listed: list[Discrepancy]) -> None:
    """A row whose conflict is not listed (a spelling; a figure, which disagrees only through
    a claim pair, listed as a claim row of its own) shows its cells as agreeing: the grid and
    the sidebar flag only what the list says."""
    keys = {d.row for d in listed}
    for row in rows:
        if row.conflict and row.key not in keys:
            row.conflict = False
            row.detail = ""
            row.cells = [
                replace(c, state="agree") if c.state == "conflict" else c for c in row.cells
            ]


def _resolve_party(d: Demand, names: dict[str, Person]) -> Demand:
    """A person's position, and who states it, name the canonical person ("we" in a quotation
    is its speaker: the one who demands)."""
    person = names.get(d.party) if d.party_is_person else None
    speaker = names.get(d.speaker) if d.speaker else None
    return replace(
        d,
        party=person.display if person is not None else d.party,
        speaker=speaker.display if speaker is not None else d.speaker,
    )


def _rename_parties(facts: list[ArticleFacts], aliases: dict[str, str]) -> None:
    """Spelling variants of a party ("Korestan") → its most common spelling ("Coristan")."""
    if not aliases:
        return

    def fix(party: str | None) -> str | None:
        return aliases.get(party, party) if party else party

    for f in facts:
        f.parties = list(dict.fromkeys(fix(p) or p for p in f.parties))
        for p in f.people:
            p.party = fix(p.party)
            p.roles = [replace(r, party=fix(r.party)) for r in p.roles]
            p.cues = [replace(c, delegation=fix(c.delegation)) for c in p.cues]
        for name in ("demands", "proposals", "rejections"):
            setattr(
                f,
                name,
                [
                    d if d.party_is_person else replace(d, party=fix(d.party) or d.party)
                    for d in getattr(f, name)
                ],
            )
