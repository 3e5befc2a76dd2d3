"""Plain-text paragraphing: line per paragraph, blank-line separated, hard-wrapped, huge lines."""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable
from pathlib import Path

from newsreader.core.ingest import load_bytes, load_text
from newsreader.core.ingest.blocks import MAX_BLOCK_CHARS, cut_points, split_long
from newsreader.core.ingest.txt_reader import is_hard_wrapped, text_blocks

PARAS = [
    "Delegations from both countries met in the capital on Thursday for the first round of "
    "talks in four years, officials said, and agreed to meet again next month.",
    "The foreign minister told reporters that the two sides had exchanged proposals on the "
    "dam, the border crossings and the release of detained fishermen from both coasts.",
    "Neither side expects a quick agreement, but diplomats described the atmosphere as "
    "constructive and said that working groups would begin meeting in the coming weeks.",
]


def test_one_line_per_paragraph() -> None:
    text = "\n".join(PARAS)
    assert [b.text for b in text_blocks(text)] == PARAS


def test_blank_line_separated() -> None:
    text = "\r\n\r\n".join(PARAS) + "\r\n"
    blocks = text_blocks(text)
    assert [b.text for b in blocks] == PARAS
    for block in blocks:
        assert text[block.span[0] : block.span[1]] == block.text


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    text = "\n\n".join(textwrap.fill(p, width=60) for p in PARAS)
    assert is_hard_wrapped(text)
    blocks = text_blocks(text)
    assert [b.text for b in blocks] == PARAS
    a, b = blocks[1].span
    assert " ".join(text[a:b].split()) == PARAS[1]


def test_hard_wrapped_without_blank_lines_breaks_at_short_lines() -> None:
    text = "\n".join(textwrap.fill(p, width=70) for p in PARAS)
    assert [b.text for b in text_blocks(text)] == PARAS


def test_hyphen_at_a_wrap_is_kept_and_rejoined() -> None:
    para = (
        "The long-running dispute over the reservoir has left farmers on both sides of the "
        "border short of water for three summers, and the talks are meant to settle it "
        "before the next growing season starts in the spring of the following year."
    )
    wrapped = textwrap.fill(para, width=40).replace("The long-running", "The long-\nrunning", 1)
    assert "long-\nrunning" in wrapped
    text = "\n\n".join([wrapped, textwrap.fill(PARAS[0], 40), textwrap.fill(PARAS[1], 40)])
    assert text_blocks(text)[0].text == para


def test_list_items_are_their_own_blocks() -> None:
    text = PARAS[0] + "\n- first point\n- second point\n" + PARAS[1]
    kinds = [(b.kind, b.text) for b in text_blocks(text)]
    assert ("li", "- first point") in kinds and ("li", "- second point") in kinds


def test_cut_points_prefer_sentence_ends() -> None:
    sentence = "This sentence has exactly eight words in it. "
    raw = sentence * 200
    cuts = cut_points(raw)
    assert cuts
    for cut in cuts:
        assert raw[cut - 2 : cut] == ". "
    pieces = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]
    assert max(len(p) for p in pieces) <= MAX_BLOCK_CHARS


def test_cut_points_fall_back_to_spaces_then_hard_cuts() -> None:
    words = "lorem " * 2000
    assert all(words[c - 1] == " " for c in cut_points(words))
    solid = "x" * 10_000
    assert cut_points(solid) == [3000, 6000, 9000]


def test_long_single_line_is_split_with_spans(tmp_path: Path) -> None:
    rng = random.Random(5)
    vocab = [
        "talks",
        "minister",
        "border",
        "water",
        "dam",
        "agreement",
        "officials",
        "river",
        "farmers",
        "summer",
    ]
    sentences = []
    for _ in range(2000):
        sentence = " ".join(rng.choice(vocab) for _ in range(rng.randint(6, 20)))
        sentences.append(sentence.capitalize() + ".")
    text = " ".join(sentences)
    blocks = split_long(text_blocks(text), text)
    assert len(blocks) > len(text) // MAX_BLOCK_CHARS
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert " ".join(b.text for b in blocks) == text
    for block in blocks:
        assert text[block.span[0] : block.span[1]].strip() == block.text


def test_five_megabyte_single_line_loads_in_manageable_paragraphs() -> None:
    """BAD_INPUTS row 8."""
    rng = random.Random(8)
    vocab = [f"w{i}" for i in range(5000)]
    out: list[str] = []
    size = 0
    while size < 5 * 1024 * 1024:
        sentence = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 30))) + ". "
        out.append(sentence.capitalize())
        size += len(sentence)
    article = load_bytes("".join(out).encode(), name="one-line.txt")
    assert len(article.paragraphs) > 1000
    assert max(len(p.text) for p in article.paragraphs) <= MAX_BLOCK_CHARS


def test_seed_style_text_through_load_text(seed: Callable[[str], Path]) -> None:
    text = seed("002").read_text(encoding="utf-8")
    article = load_text(text)
    assert article.title.startswith("Ukraine-Russia peace talks")
    assert article.path is None
    assert article.name == article.title
