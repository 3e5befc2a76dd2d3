"""``extract_facts(article)``: every rule run over one article, assembled into ArticleFacts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from newsreader.core.article import Article
from newsreader.core.facts import attendance, dates, demands, figures, people, places, quotes
from newsreader.core.facts.model import ArticleFacts, Person
from newsreader.core.facts.tokens import build_doc


def extract_facts(article: Article, *, cancelled: Callable[[], bool] | None = None) -> ArticleFacts:
    """People, roles, attendance, demands, quotes, dates, places and figures of one article.

    ``cancelled`` is polled during long articles; it raises
    :class:`~newsreader.core.align.Cancelled`.
    """
    paragraphs = [p.text for p in article.paragraphs]
    regions = quotes.find_regions(paragraphs)
    doc = build_doc(article, [[(r.start, r.end) for r in regs] for regs in regions], cancelled)
    cast = people.build(doc)
    doc.check(0)
    found = attendance.extract(doc, cast)
    persons = _persons(cast, found)
    facts = ArticleFacts(
        path=str(article.path) if article.path is not None else None,
        name=article.name,
        outlet=article.outlet,
        title=article.title,
        author=article.author,
        published=article.published,
        people=persons,
        paragraphs=tuple(paragraphs),
    )
    facts.quotes = quotes.extract(doc, cast, regions)
    doc.check(0)
    positions = demands.extract(doc, cast, facts.quotes)
    facts.demands = [d for d in positions if d.kind == "demand"]
    facts.proposals = [d for d in positions if d.kind == "proposal"]
    facts.rejections = [d for d in positions if d.kind == "rejection"]
    doc.check(0)
    facts.dates = dates.dates(doc)
    facts.figures = figures.figures(doc)
    facts.places = places.extract(doc, cast)
    facts.parties = list(dict.fromkeys(pm.party for pms in cast.parties.values() for pm in pms))
    facts.words = figures.content_words(doc)
    return facts


def _persons(cast: people.Cast, found: list[attendance.Found]) -> list[Person]:
    out: list[Person] = []
    for n, draft in enumerate(cast.drafts):
        cues = [f.cue for f in found if f.person == n]
        mentions = [m for m in cast.mentions if m.person == n and m.kind != "pronoun"]
        if not mentions:
            continue
        mentions.sort(key=lambda m: (m.sentence.index, m.i))
        evidence = list(dict.fromkeys(m.sentence.evidence for m in mentions))
        parties = [r.party for r in draft.roles if r.party] + [
            c.delegation for c in cues if c.delegation
        ]
        party = Counter(parties).most_common(1)[0][0] if parties else None
        variants = sorted(draft.spellings, key=lambda s: (-draft.spellings[s], s))
        out.append(
            Person(
                name=draft.name,
                variants=variants,
                roles=list(draft.roles),
                attendance=attendance.combine(cues),
                cues=cues,
                party=party,
                mentions=evidence,
            )
        )
    return out + _parties(cast, found)


def _parties(cast: people.Cast, found: list[attendance.Found]) -> list[Person]:
    """The parties whose own attendance the article states, as people of kind "party"."""
    out: list[Person] = []
    base = len(cast.drafts)
    for k, party in enumerate(cast.actor_parties):
        cues = [f.cue for f in found if f.person == base + k]
        if not cues:
            continue
        mentions = [m for ms in cast.actors.values() for m in ms if m.person == base + k]
        spellings = Counter(m.text for m in mentions)
        out.append(
            Person(
                name=party,
                variants=sorted(spellings, key=lambda s: (-spellings[s], s)),
                attendance=attendance.combine(cues),
                cues=cues,
                party=party,
                mentions=list(dict.fromkeys(m.sentence.evidence for m in mentions)),
                kind="party",
            )
        )
    return out
