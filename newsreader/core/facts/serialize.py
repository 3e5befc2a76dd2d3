"""``facts_json``: the DESIGN.md "facts" shape, plus evidence references and extra detail.

Keys from DESIGN.md are kept as specified; added keys: per item ``evidence_ref`` ({paragraph,
span, text}: the evidence sentence, span in that paragraph's text), people's ``id``, ``party``,
``role_details``, ``cues``; demands' ``speaker`` (who states it, when not the narrator),
``polarity`` ("for") and ``confidence`` (0..1); ``proposals`` and ``rejections`` per article
(the same keys; a rejection's polarity is "against": neither is a demand); ``date_facts``,
``place_facts``, ``figure_facts``, ``parties`` per article; discrepancies' ``kind`` (number,
date, person, office, attendance, negation, agent, quote), ``confidence`` (0-1; the list is
ranked most certain first), ``evidence`` ({path: sentence}), ``detail``, ``evidence_ref`` ({path:
{paragraph, span, text}}), ``marks`` ({path: [[start, end], ...]}: the differing words, offsets in
the evidence sentence), ``pair`` (the two paths whose sentences show it best) and ``story``;
top-level ``people``, ``omissions``, ``rows`` (the fact grid), ``overrides``, ``stories`` (lists
of paths compared together) and ``scope``.
"""

from __future__ import annotations

from typing import Any

from newsreader.core.facts.model import ArticleFacts, Demand, Evidence, FactSet, Person


def _ref(e: Evidence | None) -> dict[str, Any] | None:
    return e.to_json() if e is not None else None


def _person(p: Person) -> dict[str, Any]:
    evidence = p.evidence
    return {
        "name": p.display,
        "variants": list(p.variants),
        "roles": list(dict.fromkeys(r.text for r in p.roles)),
        "attendance": p.attendance,
        "evidence": evidence.text if evidence and p.attendance != "unknown" else "",
        "id": p.person_id,
        "name_as_written": p.name,
        "party": p.party,
        "kind": p.kind,
        "confidence": round(p.confidence, 2),
        "evidence_ref": _ref(evidence),
        "role_details": [
            {
                "text": r.text,
                "title": r.title,
                "party": r.party,
                "office": r.office,
                "former": r.former,
                "evidence_ref": _ref(r.evidence),
            }
            for r in p.roles
        ],
        "cues": [
            {
                "status": c.status,
                "cue": c.cue,
                "leads": c.leads,
                "delegation": c.delegation,
                "evidence_ref": _ref(c.evidence),
            }
            for c in p.cues
        ],
        "mentions": [_ref(e) for e in p.mentions],
    }


def _position(d: Demand) -> dict[str, Any]:
    """A demand, proposal or rejection: DESIGN.md's party and text, then the added keys."""
    return {
        "party": d.party,
        "text": d.text,
        "cue": d.cue,
        "evidence": d.evidence.text,
        "evidence_ref": _ref(d.evidence),
        "speaker": d.speaker,
        "polarity": d.polarity,
        "confidence": d.confidence,
    }


def article_json(f: ArticleFacts) -> dict[str, Any]:
    return {
        "path": f.path,
        "name": f.name,
        "outlet": f.outlet,
        "title": f.title,
        "author": f.author,
        "published": f.published,
        "people": [_person(p) for p in f.people],
        "demands": [_position(d) for d in f.demands],
        "proposals": [_position(d) for d in f.proposals],
        "rejections": [_position(d) for d in f.rejections],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "evidence": q.evidence.text,
                "evidence_ref": _ref(q.evidence),
                "span": list(q.span),
                "parts": [_ref(e) for e in q.parts],
            }
            for q in f.quotes
        ],
        "dates": [d.display for d in f.dates],
        "places": [p.name for p in f.places],
        "figures": [x.text for x in f.figures],
        "date_facts": [
            {
                "text": d.text,
                "value": d.value,
                "relative": d.relative,
                "evidence_ref": _ref(d.evidence),
            }
            for d in f.dates
        ],
        "place_facts": [{"name": p.name, "evidence_ref": _ref(p.evidence)} for p in f.places],
        "figure_facts": [
            {
                "text": x.text,
                "value": x.value,
                "unit": x.unit,
                "qualifier": x.qualifier,
                "evidence_ref": _ref(x.evidence),
            }
            for x in f.figures
        ],
        "parties": list(f.parties),
    }


def facts_json(factset: FactSet) -> dict[str, Any]:
    """The ``newsreader facts --json`` document for ``factset``."""
    keys = [f.path or f.name for f in factset.articles]
    return {
        "articles": [article_json(f) for f in factset.articles],
        "discrepancies": [
            {
                "topic": d.topic,
                "values": {keys[i]: v for i, v in d.values.items()},
                "kind": d.kind,
                "confidence": d.confidence,
                "evidence": {keys[i]: e.text for i, e in d.evidence.items()},
                "detail": d.detail,
                "evidence_ref": {keys[i]: _ref(e) for i, e in d.evidence.items()},
                "marks": {keys[i]: [list(m) for m in spans] for i, spans in d.marks.items()},
                "pair": [keys[i] for i in d.pair] if d.pair else None,
                "story": d.story,
            }
            for d in factset.discrepancies
        ],
        "omissions": [
            {
                "topic": o.topic,
                "kind": o.kind,
                "stated_in": [keys[i] for i in o.stated_in],
                "missing_in": [keys[i] for i in o.missing_in],
            }
            for o in factset.omissions
        ],
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "variants": list(p.variants),
                "party": p.party,
                "articles": [keys[i] for i in p.articles],
            }
            for p in factset.people
        ],
        "rows": [
            {
                "key": r.key,
                "label": r.label,
                "kind": r.kind,
                "subject": r.subject,
                "conflict": r.conflict,
                "detail": r.detail,
                "cells": {
                    keys[i]: {"state": c.state, "value": c.value, "evidence_ref": _ref(c.evidence)}
                    for i, c in enumerate(r.cells)
                },
            }
            for r in factset.rows
        ],
        "overrides": factset.overrides.to_json(),
        "stories": [[keys[i] for i in members] for members in factset.stories],
        "scope": factset.scope,
    }
