"""Quote speakers when other people stand near the quotation: names inside the quote, a
pronoun in the opening clause, short attributed quotes, narration interrupted by quotes."""

from __future__ import annotations

from tests.core.facts.crafted import facts


def quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in facts(*paragraphs).quotes]


def test_a_name_inside_the_quote_is_not_the_speaker_of_he_said() -> None:
    got = quotes(
        "Arvenian President Elena Varga said she would send a team to Geneva.",
        "“Because President Ilyas Koval asked us, we will send a small team,” she said in the "
        "capital.",
    )
    assert got[0][0] == "Elena Varga"


def test_he_said_refers_to_the_subject_not_the_last_name() -> None:
    got = quotes(
        "The Arvenian president, Elena Varga, announced Defence Minister Tomas Halberg would "
        "lead the team.",
        "“We want these talks to succeed and we will be patient,” she said.",
    )
    assert got[0][0] == "Elena Varga"


def test_the_speaker_is_the_subject_of_the_speech_verb() -> None:
    got = quotes(
        "Envoy Daniel Okafor arrived first.",
        "Questioned about his hopes for the talks, Minister Tomas Halberg said, “We shall see what happens.”",
    )
    assert got == [("Tomas Halberg", "We shall see what happens.")]


def test_a_short_quote_with_an_attribution_is_kept() -> None:
    got = quotes(
        "“Far too slow,” Tomas Halberg said of the process. “Both teams need to move much faster.”"
    )
    assert got == [
        ("Tomas Halberg", "Far too slow"),
        ("Tomas Halberg", "Both teams need to move much faster."),
    ]
    assert quotes("Analysts called it “very bad news” for exporters.") == []


def test_quoted_sentences_do_not_push_the_speaker_out_of_reach() -> None:
    got = quotes(
        "“No deal yet,” Minister Tomas Halberg said. “We are close. The gaps are small. "
        "Both sides know it. We will meet again.” On Friday, he added in parliament, “The next "
        "round will be decisive.”"
    )
    assert [s for s, _ in got] == ["Tomas Halberg"] * 3


def test_an_unknown_possessor_blocks_a_pronoun() -> None:
    got = quotes(
        "Spokeswoman Irena Sokol gave no update on Halvorsen's plans.",
        "“I will not be going to Geneva this time,” he told a radio station.",
    )
    assert got[0][0] is None


def test_a_quote_sentence_after_the_sentence_that_introduces_its_speaker() -> None:
    got = quotes(
        "Foreign Minister Tomas Halberg also addressed reporters, saying there could be no "
        "deal without both sides. “Nobody is asking if, only how.”"
    )
    assert got == [("Tomas Halberg", "Nobody is asking if, only how.")]


def test_a_quote_after_a_sentence_without_speech_has_no_speaker() -> None:
    got = quotes(
        "Minister Tomas Halberg arrived late. “Nobody is asking if, only how,” one "
        "diplomat remarked."
    )
    assert got[0][0] is None


def test_speaker_attribution_after_a_scare_quote() -> None:
    got = quotes('"What concerns us is not the border", but the danger "at home", Jonas Berg said.')
    assert got == [("Jonas Berg", "What concerns us is not the border")]


def test_a_possessor_or_a_name_after_a_preposition_is_not_the_speaker() -> None:
    got = quotes("“We do not expect a deal this week,” said Varga's adviser, Irena Sokol.")
    assert got[0][0] == "Irena Sokol"
    got = quotes("Tomas Halberg said, sitting next to Ilyas Koval, adding: “We will talk again.”")
    assert got[0][0] == "Tomas Halberg"


def test_an_unnamed_speaker_before_said_is_not_the_person_after_it() -> None:
    got = quotes(
        "A government spokesperson said that Elena Varga, during her first visit abroad, “would "
        "show our support for the alliance.”"
    )
    assert got[0][0] is None


def test_the_speaker_is_not_a_name_inside_the_speaker_s_title() -> None:
    got = quotes(
        "Tomas Halberg, chief adviser to President Elena Varga, said on Monday that “a truce is "
        "now within reach” for both sides."
    )
    assert got[0][0] == "Tomas Halberg"


def test_a_quote_paragraph_after_a_colon() -> None:
    got = quotes(
        "Speaking outside the venue, Tomas Halberg told journalists:",
        "“This is the moment to settle the dispute for good.”",
    )
    assert got[0][0] == "Tomas Halberg"


def test_a_possessor_before_the_speaker_is_not_the_speaker() -> None:
    f = facts(
        "Prime Minister Tomas Halberg spoke on Monday.",
        '"Water is security," his Energy Secretary Ana Ruiz said on Monday.',
        '"We will build the dam," his spokesman said.',
    )
    assert [(q.speaker, q.text) for q in f.quotes] == [
        ("Ana Ruiz", "Water is security"),
        (None, "We will build the dam"),  # his spokesman, unnamed: not Ana Ruiz, not Halberg
    ]
