"""Quotes: speakers before and after, stitched across paragraphs and blank lines, nested quotes."""

from __future__ import annotations

from newsreader.core.text.quote_marks import regions
from tests.core.facts.crafted import facts


def quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in facts(*paragraphs).quotes]


def test_speaker_after() -> None:
    assert quotes('"We come here to listen, not to argue," Daniel Okafor told reporters.') == [
        ("Daniel Okafor", "We come here to listen, not to argue")
    ]
    assert (
        quotes("“We come here to listen, not to argue,” said Daniel Okafor.")[0][0]
        == "Daniel Okafor"
    )


def test_speaker_before() -> None:
    got = quotes("Minister Daniel Okafor said: “We come here to listen, not to argue.”")
    assert got[0][0] == "Daniel Okafor"


def test_pronoun_speaker() -> None:
    got = quotes(
        "Minister Daniel Okafor spoke on Tuesday.",
        "“We come here to listen, not to argue,” he added.",
    )
    assert got[0][0] == "Daniel Okafor"


def test_stitched_across_paragraphs() -> None:
    got = quotes(
        "“We come to Port Meridian to listen.",
        "“But we will not be told to switch off our own power stations,” said Daniel Okafor.",
    )
    assert got == [
        (
            "Daniel Okafor",
            "We come to Port Meridian to listen. But we will not be told to switch off our own power stations",
        )
    ]


def test_stitched_across_a_blank_line_with_the_speaker_after() -> None:
    got = quotes(
        "“Naturally, no one expects an easy road. This will be a very difficult conversation,”",
        "",
        "Kremlin spokesman Dmitry Peskov told journalists.",
    )
    assert got[0][0] == "Dmitry Peskov"


def test_quote_inside_a_quote_stays_inside() -> None:
    got = quotes("“They told us ‘we will never leave’ and we believed them,” Daniel Okafor said.")
    assert got == [("Daniel Okafor", "They told us ‘we will never leave’ and we believed them")]
    text = "\"He said 'no' twice,\" she said."
    assert regions(text)[0].end == text.index(",") + 1


def test_apostrophes_are_not_quotes() -> None:
    assert regions("Putin’s team and Kyiv’s position") == []
    assert quotes("It is the country’s biggest deal since the ’90s, Okafor’s aide said.") == []


def test_scare_quotes_are_skipped() -> None:
    assert quotes("Zelenskyy said the “hot phase” could end.") == []


def test_same_speaker_continues_in_the_paragraph() -> None:
    got = quotes(
        "“It will be a long road,” Giles said. “Russia wants to neutralize its neighbour.”"
    )
    assert [s for s, _ in got] == ["Giles", "Giles"]


def test_single_quotes() -> None:
    got = quotes(
        "'We cannot let one member state hold the union hostage,' Kaja Kallas told reporters."
    )
    assert got == [("Kaja Kallas", "We cannot let one member state hold the union hostage")]


def test_quote_evidence_points_into_the_paragraph(sample) -> None:
    f = sample("meridian-herald")
    for q in f.quotes:
        assert q.evidence.start <= q.span[0] < q.span[1]
    okafor = [q for q in f.quotes if q.speaker == "Daniel Okafor"]
    assert okafor and okafor[0].text.startswith("We come to Port Meridian")
