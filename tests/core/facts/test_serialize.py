"""facts_json keeps the DESIGN.md shape; evidence references point at the right text."""

from __future__ import annotations

import json

from newsreader.core.facts import FactSet, facts_json
from newsreader.core.ingest import load_path


def test_design_shape(samples_factset: FactSet) -> None:
    data = json.loads(json.dumps(facts_json(samples_factset)))
    assert set(data) >= {"articles", "discrepancies"}
    for a in data["articles"]:
        assert set(a) >= {
            "path",
            "outlet",
            "title",
            "author",
            "published",
            "people",
            "demands",
            "quotes",
            "dates",
            "places",
            "figures",
        }
        for p in a["people"]:
            assert set(p) >= {"name", "variants", "roles", "attendance", "evidence"}
            assert p["attendance"] in {"attending", "not_attending", "conditional", "unknown"}
            assert isinstance(p["evidence"], str)
        for d in a["demands"]:
            assert isinstance(d["party"], str) and isinstance(d["text"], str)
        for q in a["quotes"]:
            assert q["speaker"] is None or isinstance(q["speaker"], str)
        assert all(isinstance(x, str) for x in a["dates"] + a["places"] + a["figures"])
    paths = {a["path"] for a in data["articles"]}
    for d in data["discrepancies"]:
        assert isinstance(d["topic"], str)
        assert set(d["values"]) <= paths
        assert all(isinstance(v, str) for v in d["values"].values())


def test_evidence_refs_match_the_paragraph_text(samples_factset: FactSet, sample_paths) -> None:
    data = facts_json(samples_factset)
    texts = {str(p): load_path(p).paragraph_texts() for p in sample_paths}
    checked = 0
    for a in data["articles"]:
        paragraphs = texts[a["path"]]
        refs = [p["evidence_ref"] for p in a["people"]]
        refs += [d["evidence_ref"] for d in a["demands"]] + [q["evidence_ref"] for q in a["quotes"]]
        refs += [f["evidence_ref"] for f in a["figure_facts"]] + [
            d["evidence_ref"] for d in a["date_facts"]
        ]
        for ref in refs:
            start, end = ref["span"]
            assert paragraphs[ref["paragraph"]][start:end] == ref["text"]
            checked += 1
    assert checked > 50


def test_people_evidence_is_the_attendance_sentence(samples_factset: FactSet) -> None:
    data = facts_json(samples_factset)
    meridian = next(a for a in data["articles"] if a["path"].endswith("meridian-herald.txt"))
    varga = next(p for p in meridian["people"] if p["name"] == "Elena Varga")
    assert "will not attend" in varga["evidence"]
    ferreira = next(p for p in meridian["people"] if p["name"] == "Anika Ferreira")
    assert ferreira["attendance"] == "unknown" and ferreira["evidence"] == ""


def test_positions_gain_keys_and_lists() -> None:
    from newsreader.core.facts import analyze
    from tests.core.facts.crafted import article

    a = article(
        "The delegations of Arvenia and Coristan met; Arvenia's delegation arrived late and "
        "Coristan's delegation left early.",
        "Foreign Minister Tomas Halberg said that Coristan demanded a new survey.",
        "Arvenia proposed a joint commission. Coristan rejected the new dam.",
    )
    data = json.loads(json.dumps(facts_json(analyze([a]))))
    art = data["articles"][0]
    (d,) = art["demands"]
    assert (d["party"], d["text"]) == ("Coristan", "a new survey")  # DESIGN.md keys unchanged
    assert d["speaker"] == "Tomas Halberg" and d["polarity"] == "for"
    assert 0 < d["confidence"] <= 1
    assert [(p["party"], p["polarity"]) for p in art["proposals"]] == [("Arvenia", "for")]
    assert [(r["party"], r["polarity"]) for r in art["rejections"]] == [("Coristan", "against")]


def test_discrepancies_carry_kind_confidence_and_evidence(samples_factset: FactSet) -> None:
    data = json.loads(json.dumps(facts_json(samples_factset)))
    kinds = {"number", "date", "person", "office", "attendance", "negation", "agent", "quote"}
    assert data["discrepancies"]
    confidences = [d["confidence"] for d in data["discrepancies"]]
    assert confidences == sorted(confidences, reverse=True)  # most certain first
    for d in data["discrepancies"]:
        assert d["kind"] in kinds
        assert 0 < d["confidence"] <= 1
        assert set(d["evidence"]) <= set(d["values"])
        assert all(isinstance(s, str) and s for s in d["evidence"].values())
        for path, spans in d["marks"].items():
            sentence = d["evidence"][path]
            assert all(0 <= a <= b <= len(sentence) for a, b in spans)
        assert d["pair"] is None or set(d["pair"]) <= set(d["values"])
    assert sum(len(s) for s in data["stories"]) == len(data["articles"])
