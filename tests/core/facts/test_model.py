"""What the app and the export read from the plain data: items with evidence, look-ups, labels."""

from __future__ import annotations

from newsreader.core.facts import STATUS_LABELS, STATUSES, FactSet


def test_items_are_in_text_order_with_evidence(samples_factset: FactSet) -> None:
    f = samples_factset.articles[samples_factset.index_of(samples_factset.articles[0].path)]
    items = f.items()
    assert {i.kind for i in items} >= {"attendance", "role", "demand", "quote", "figure", "place"}
    keys = [(i.evidence.paragraph, i.evidence.start) for i in items]
    assert keys == sorted(keys)
    assert any(i.kind == "attendance" and i.label == "Elena Varga: Not attending" for i in items)


def test_lookups(samples_factset: FactSet) -> None:
    fs = samples_factset
    varga = next(p for p in fs.people if p.name == "Elena Varga")
    assert fs.person(varga.id) is varga
    assert fs.person("nobody") is None
    assert fs.index_of("no such path") is None
    assert all(fs.label(i) for i in range(len(fs.articles)))


def test_every_status_has_a_label() -> None:
    assert set(STATUS_LABELS) == set(STATUSES)


def test_sidebar_sections(samples_factset: FactSet) -> None:
    from newsreader.core.facts import sections

    f = next(a for a in samples_factset.articles if a.name == "northern-observer.txt")
    got = {s.key: s for s in sections(f)}
    assert list(got)[:3] == ["attending", "not_attending", "demands"]  # no conditional: left out
    assert [i.label for i in got["not_attending"].items] == ["Ilyas Koval (Foreign Minister)"]
    lead = next(i for i in got["attending"].items if i.label.startswith("Marta Lindqvist"))
    assert "leads the delegation" in lead.label
    assert "led by" in lead.evidence.text
    assert all(i.evidence is not None for s in got.values() for i in s.items)


def test_proposals_and_rejections_have_sections_of_their_own() -> None:
    from newsreader.core.facts import sections
    from tests.core.facts.crafted import facts

    f = facts(
        "The delegations of Arvenia and Coristan met; Arvenia's delegation arrived late and "
        "Coristan's delegation left early.",
        "Coristan demands a survey. Arvenia proposed a joint commission. Coristan rejected the "
        "new dam. Coristan wants to begin talks on the terms first.",
    )
    got = {s.key: s for s in sections(f)}
    assert [s.title for s in got.values()][:3] == ["Demands", "Proposals", "Rejects"]
    assert [i.label for i in got["proposals"].items] == ["Arvenia: a joint commission"]
    assert [i.label for i in got["rejections"].items] == ["Coristan: the new dam"]
    labels = [i.label for i in got["demands"].items]
    assert labels == ["Coristan: a survey", "Coristan: begin talks on the terms first (uncertain)"]
    assert {i.kind for i in f.items()} >= {"demand", "proposal", "rejection"}
