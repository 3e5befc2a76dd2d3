"""Synthetic articles for alignment tests and benchmarks: no real text, deterministic from a seed.

Words are made of syllables and drawn from a Zipf-like distribution, so a few content words are
common and most are rare, as in news text; English function words, capitalized names and numbers
are mixed in. Edits model what outlets do to each other's copy: substitute words, drop, insert,
move, split and merge paragraphs.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

_SYLLABLE_TEXT = """ka lo mer ti van su rel dor pa ne shi gul tam or vis ben ru cha del fon ix
mo ta zer bri lan ku sor pe gan til wor ste hal ji mun ra ek dro"""
_FUNCTION_TEXT = """the of and to in a that for on with as by at from is was it its his her their
which who has had have will would not but also after before when while this"""
_SYLLABLES = _SYLLABLE_TEXT.split()
_FUNCTION = _FUNCTION_TEXT.split()


@dataclass
class Lexicon:
    """A made-up language: common and rare content words, names, and how often each is used."""

    words: list[str]
    names: list[str]
    cum_weights: list[float]  # cumulative Zipf-like weights of ``words``

    @classmethod
    def make(cls, size: int = 6000, names: int = 300, seed: int = 0) -> Lexicon:
        rng = random.Random(seed)
        seen: set[str] = set(_FUNCTION)
        words: list[str] = []
        while len(words) < size + names:
            word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                words.append(word)
        cum = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(size)))
        return cls(words[:size], [w.capitalize() for w in words[size:]], cum)

    def content_word(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.cum_weights)[0]


class Writer:
    """Generates sentences, paragraphs and articles in a lexicon."""

    def __init__(self, lexicon: Lexicon, seed: int) -> None:
        self.lex = lexicon
        self.rng = random.Random(seed)

    def word(self) -> str:
        roll = self.rng.random()
        if roll < 0.40:
            return self.rng.choice(_FUNCTION)
        if roll < 0.47:
            return self.rng.choice(self.lex.names)
        if roll < 0.50:
            return str(self.rng.randint(2, 2030))
        return self.lex.content_word(self.rng)

    def sentence(self, low: int = 12, high: int = 26) -> str:
        words = [self.word() for _ in range(self.rng.randint(low, high))]
        words[0] = words[0][0].upper() + words[0][1:]
        return " ".join(words) + "."

    def paragraph(self, low: int = 2, high: int = 5) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def article(self, words: int) -> list[str]:
        out: list[str] = []
        total = 0
        while total < words:
            para = self.paragraph()
            out.append(para)
            total += len(para.split())
        return out


def substitute(text: str, share: float, writer: Writer) -> str:
    """Replace ``share`` of the content words (not function words) with other words."""
    words = text.split()
    content = [k for k, w in enumerate(words) if w.lower().strip(".") not in _FUNCTION]
    rng = writer.rng
    for k in rng.sample(content, round(share * len(content))):
        end = "." if words[k].endswith(".") else ""
        new = writer.lex.content_word(rng)
        words[k] = (new.capitalize() if words[k][0].isupper() else new) + end
    return " ".join(words)


def sentences(paragraph: str) -> list[str]:
    """The sentences of a synthetic paragraph (they all end with a full stop)."""
    return [s.strip() + "." for s in paragraph.split(".") if s.strip()]
