"""Cross-outlet comparison: rows, agree/conflict/absent cells, discrepancies, omissions, the grid."""

from __future__ import annotations

import pytest

from newsreader.core.facts import FactSet, analyze, fact_grid
from tests.core.facts.crafted import article


def _discrepancy(fs: FactSet, topic: str):
    found = [d for d in fs.discrepancies if d.topic == topic]
    assert found, [d.topic for d in fs.discrepancies]
    return found[0]


def _names(fs: FactSet, d) -> dict[str, str]:
    return {fs.articles[i].name: v for i, v in d.values.items()}


def test_samples_discrepancies(samples_factset: FactSet) -> None:
    fs = samples_factset
    varga = _names(fs, _discrepancy(fs, "Elena Varga — attendance"))
    assert varga["northern-observer.txt"] == "attending"
    assert varga["meridian-herald.txt"] == "not_attending"
    ferreira = _names(fs, _discrepancy(fs, "Anika Ferreira — title"))
    assert ferreira["northern-observer.txt"] == "Prime Minister"
    assert ferreira["meridian-herald.txt"] == "Foreign Minister"
    koval = _names(fs, _discrepancy(fs, "Ilyas Koval — attendance"))
    assert koval["northern-observer.txt"] == "not_attending"
    leader = _discrepancy(fs, "who leads Coristan's delegation")
    assert leader.detail == "different people"
    assert _names(fs, leader)["northern-observer.txt"] == "Marta Lindqvist"
    figures = [d for d in fs.discrepancies if d.kind == "number"]
    values = [set(d.values.values()) for d in figures]
    assert any({"90-day", "60 days"} <= v for v in values)


def test_samples_agreements_are_not_discrepancies(samples_factset: FactSet) -> None:
    topics = {d.topic for d in samples_factset.discrepancies}
    assert "Tomas Halberg — attendance" not in topics  # misspelled by one outlet, same person
    assert (
        "Marta Lindqvist — title" not in topics
    )  # "Deputy Minister of Energy" = "Deputy Energy Minister"


def test_cells_mark_the_minority_as_conflict(samples_factset: FactSet) -> None:
    grid = fact_grid(samples_factset)
    r = next(n for n, row in enumerate(grid.rows) if row.label == "Elena Varga — attendance")
    names = [samples_factset.articles[c.index].name for c in grid.columns]
    states = {name: grid.cell(r, c).state for c, name in enumerate(names)}
    assert states["northern-observer.txt"] == "conflict"
    assert states["meridian-herald.txt"] == "agree"
    assert states["globe-newsflash.txt"] == "absent"  # "will not assist the talks" states nothing
    cell = grid.cell(r, names.index("meridian-herald.txt"))
    assert cell.evidence is not None and "will not attend" in cell.evidence.text


def test_tie_marks_every_stated_cell_as_conflict() -> None:
    fs = analyze(
        [
            article("Foreign Minister Marco Rubio arrived in Istanbul.", name="a"),
            article("Secretary of State Marco Rubio arrived in Istanbul.", name="b"),
        ]
    )
    row = next(r for r in fs.rows if r.label == "Marco Rubio — title")
    assert row.conflict
    assert [c.state for c in row.cells] == ["conflict", "conflict"]


def test_office_held_by_different_people() -> None:
    fs = analyze(
        [
            article("Russia's team includes Deputy Defence Minister Alexander Fomin.", name="a"),
            article("Russia's team includes Deputy Defence Minister Alexander Fomin.", name="b"),
            article(
                "Russia's team includes Deputy Minister of Defense Alexander Fateno.", name="c"
            ),
        ]
    )
    d = _discrepancy(fs, "Russia's deputy defence minister")
    assert d.detail == "different people"
    assert _names(fs, d) == {
        "a.txt": "Alexander Fomin",
        "b.txt": "Alexander Fomin",
        "c.txt": "Alexander Fateno",
    }


def test_naming_a_second_holder_of_an_office_is_not_a_contradiction() -> None:
    fs = analyze(
        [
            article(
                "Chilean President Elena Varga arrived on Monday. Chilean President Omar Tesh "
                "also came.",
                name="a",
            ),
            article("Chilean President Elena Varga arrived on Monday.", name="b"),
        ]
    )
    row = next(r for r in fs.rows if r.label == "Chile's president")
    assert [c.value for c in row.cells] == ["Elena Varga, Omar Tesh", "Elena Varga"]
    assert not row.conflict
    assert "Chile's president" not in {d.topic for d in fs.discrepancies}


def test_a_second_delegation_leader_is_a_partial_difference() -> None:
    fs = analyze(
        [
            article("Coristan's delegation will be led by Ambassador Marta Lindqvist.", name="a"),
            article(
                "Coristan's delegation will be led by Ambassador Marta Lindqvist and Minister "
                "Ilyas Koval.",
                name="b",
            ),
        ]
    )
    d = _discrepancy(fs, "who leads Coristan's delegation")
    assert d.detail == "partly different people"


def test_omissions_are_scoped_to_articles_that_cover_the_subject() -> None:
    fs = analyze(
        [
            article("President Elena Varga will not attend the talks.", name="a"),
            article("President Elena Varga spoke about the dam.", name="b"),
            article("The weather in Veltro was fine on Sunday.", name="c"),
        ]
    )
    om = next(o for o in fs.omissions if o.topic == "Elena Varga — attendance")
    assert om.stated_in == (0,)
    assert om.missing_in == (1,)  # c never mentions Varga: not an omission


def test_grid_columns_and_grouping(samples_factset: FactSet) -> None:
    grid = fact_grid(samples_factset, conflicts_first=True)
    assert [c.index for c in grid.columns] == list(range(len(samples_factset.articles)))
    assert grid.rows[0].conflict
    assert all(len(r.cells) == len(grid.columns) for r in grid.rows)
    assert {r.kind for r in grid.rows} >= {
        "attendance",
        "title",
        "leader",
        "office",
        "figure",
        "demands",
    }


@pytest.mark.seeds
def test_seed_discrepancies(seeds_factset: FactSet) -> None:
    fs = seeds_factset
    rubio = _names(fs, _discrepancy(fs, "Marco Rubio — title"))
    assert rubio["001_882135a518b3e7b8.txt"] == "Foreign Minister"
    assert rubio["002_0487be216a2a3489.txt"] == "Secretary of State"
    fomin = _names(fs, _discrepancy(fs, "Russia's deputy defence minister"))
    assert fomin["001_882135a518b3e7b8.txt"] == "Alexander Fateno"
    assert fomin["004_159042d56e440821.txt"] == "Alexander Fomin"


def test_figure_rows_are_labelled_by_what_they_count(samples_factset: FactSet) -> None:
    labels = {r.label: r for r in samples_factset.rows if r.kind == "figure"}
    assert "halt (days)" in labels and "farming families" in labels
    # Figures disagree through claim pairs (sentences known to report the same thing), listed
    # as claim rows of their own; the figure rows themselves only gather the values.
    assert not any(r.conflict for r in labels.values())
    claims = [r for r in samples_factset.rows if r.kind == "claim" and r.detail == "number"]
    assert any({"90-day", "60 days"} <= {c.value for c in r.cells} for r in claims)


def test_a_claim_row_marks_the_same_number_written_two_ways_as_agreeing(
    samples_factset: FactSet,
) -> None:
    """ "90-day" and "90 days" agree; the outlet saying 60 days is the one that differs."""
    fs = samples_factset
    row = next(
        r
        for r in fs.rows
        if r.kind == "claim" and {"90-day", "60 days"} <= {c.value for c in r.cells}
    )
    states = {c.value: c.state for c in row.cells if c.state != "absent"}
    assert states["60 days"] == "conflict"
    assert all(state == "agree" for value, state in states.items() if "90" in value)


def test_a_hedged_status_does_not_settle_a_conflict_between_two_confident_ones() -> None:
    """A condition agrees with both "attending" and "not attending": the row still shows the two
    confident outlets in conflict, not every cell agreeing under a conflicting row."""
    fs = analyze(
        [
            article("President Elena Varga attended the talks on Monday.", name="a"),
            article("President Elena Varga did not attend the talks on Monday.", name="b"),
            article(
                "President Elena Varga will attend the talks only if the border opens.", name="c"
            ),
        ]
    )
    row = next(r for r in fs.rows if r.label == "Elena Varga — attendance")
    states = {fs.articles[i].name: c.state for i, c in enumerate(row.cells)}
    assert row.conflict
    assert states == {"a.txt": "conflict", "b.txt": "conflict", "c.txt": "agree"}


# --- a former office against the same office held now (invented sentences) ------------------

_MOURNERS = (
    "Thousands of mourners filled the cathedral square in Brest for the funeral of the bishop.",
    "The mass lasted three hours and the choir of the old abbey sang.",
)


def _titles(*sentences: str) -> FactSet:
    return analyze(
        [article(_MOURNERS[0], s, _MOURNERS[1], name=f"outlet{n}") for n, s in enumerate(sentences)]
    )


def test_a_former_office_conflicts_with_the_same_office_held_now() -> None:
    fs = _titles(
        "Among the guests was former Veltrian President Anton Marek, who flew in from Osk.",
        "Veltrian President Anton Marek and his wife arrived by car before the mass began.",
        "President Anton Marek of Veltria sat in the front row next to the royal family.",
    )
    d = _discrepancy(fs, "Anton Marek — title")
    assert d.detail == "former / current"
    assert _names(fs, d)["outlet0.txt"] == "former Veltrian President"


@pytest.mark.parametrize(
    "first",
    [
        "Among the guests was outgoing Veltrian President Anton Marek, who flew in from Osk.",
        "Among the guests was former Veltrian Foreign Minister Anton Marek, who flew in from Osk.",
        "Among the guests was the late Veltrian President Anton Marek's widow, who flew in.",
    ],
)
def test_outgoing_late_or_another_former_office_is_no_title_conflict(first: str) -> None:
    """An outgoing or late office-holder holds the office the plain title names."""
    fs = _titles(
        first,
        "Veltrian President Anton Marek and his wife arrived by car before the mass began.",
        "President Anton Marek of Veltria sat in the front row next to the royal family.",
    )
    assert "Anton Marek — title" not in {d.topic for d in fs.discrepancies}
