"""Quote speakers when other people stand near the quotation: names inside the quote, a
pronoun in the opening clause, short attributed quotes, narration interrupted by quotes."""

from __future__ import annotations

from tests.core.facts.crafted import facts


def quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in facts(*paragraphs).quotes]


def test_a_name_inside_the_quote_is_not_the_speaker_of_he_said() -> None:
    got = quotes(
        "Arvenian President Elena Varga said she would send a team to Geneva.",
        "“Out of respect for President Ilyas Koval and his hosts, we will send a small team,” "
        "she said in the capital.",
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
        "Asked what he expected from the talks, Minister Tomas Halberg said, “It will be fine.”",
    )
    assert got == [("Tomas Halberg", "It will be fine.")]


def test_a_short_quote_with_an_attribution_is_kept() -> None:
    got = quotes(
        "“This cannot last,” Tomas Halberg said of the tariffs. “We want a fair deal for both "
        "sides.”"
    )
    assert got == [
        ("Tomas Halberg", "This cannot last"),
        ("Tomas Halberg", "We want a fair deal for both sides."),
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
        "deal without both sides. “The question is not whether, but when.”"
    )
    assert got == [("Tomas Halberg", "The question is not whether, but when.")]


def test_a_quote_after_a_sentence_without_speech_has_no_speaker() -> None:
    got = quotes(
        "Minister Tomas Halberg arrived late. “The question is not whether, but when,” one "
        "diplomat remarked."
    )
    assert got[0][0] is None


def test_speaker_attribution_after_a_scare_quote() -> None:
    got = quotes(
        '"The threat that worries me is not outside", but the threat "from within", '
        "Jonas Berg said."
    )
    assert got == [("Jonas Berg", "The threat that worries me is not outside")]


def test_a_possessor_or_a_name_after_a_preposition_is_not_the_speaker() -> None:
    got = quotes(
        "“I am not sure that any agreement will be reached,” said Varga's adviser, Irena Sokol."
    )
    assert got[0][0] == "Irena Sokol"
    got = quotes("Tomas Halberg said, sitting next to Ilyas Koval, adding: “We will talk again.”")
    assert got[0][0] == "Tomas Halberg"


def test_an_unnamed_speaker_before_said_is_not_the_person_after_it() -> None:
    got = quotes(
        "A government spokesperson said that Elena Varga, on her first trip abroad, “will "
        "demonstrate our commitment to the alliance.”"
    )
    assert got[0][0] is None


def test_the_speaker_is_not_a_name_inside_the_speaker_s_title() -> None:
    got = quotes(
        "Tomas Halberg, senior adviser to President Elena Varga, stated that “there is a serious "
        "chance for a ceasefire” in the region."
    )
    assert got[0][0] == "Tomas Halberg"


def test_a_quote_paragraph_after_a_colon() -> None:
    got = quotes(
        "After the meeting, Tomas Halberg addressed the media, emphasizing:",
        "“We have a real opportunity to end the conflict in the coming days.”",
    )
    assert got[0][0] == "Tomas Halberg"
