"""A synthetic news corpus with planted copies, for ``bench_overview.py`` (and nothing else).

Articles of ~700 words in ~35 sentences are drawn from a Zipf-distributed vocabulary of invented words,
with English function words in their usual proportion. Articles come in stories (shared names, places,
numbers and topic words); a share of them are planted copies of another article of their story:
``verbatim`` (a few words edited, the end cut), ``rewrite`` (a third of the content words replaced,
order kept) or ``translated`` (names misspelled, a quarter of the words replaced).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from newsreader.core.article import Article, Paragraph, content_id

_FUNCTION_WORDS = (
    "the of and to a in that is was he for it with as his on be at by had are but from or have an "
    "they which one you were her all she there would their we him been has when who will more no if "
    "out so up said what its about than into them can only other new some could time these two may "
    "then do first any my now such like our over also did after should made"
)
_SYLLABLES = "ka lo mi ne ru sa te vo da pe li ro na go bi zu fe ha ki mo"
FUNCTION = tuple(_FUNCTION_WORDS.split())
SYLLABLES = tuple(_SYLLABLES.split())


@dataclass(frozen=True, slots=True)
class Planted:
    source: int
    copy: int
    kind: str  # verbatim | rewrite | translated


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def make_corpus(
    n: int, *, seed: int = 1, copy_share: float = 0.15, words: int = 700
) -> tuple[list[Article], list[Planted]]:
    rng = random.Random(seed)
    vocab = list(dict.fromkeys(_word(rng, rng.randint(2, 4)) for _ in range(40_000)))
    weights = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(vocab))))
    names = [_word(rng, rng.randint(2, 3)).capitalize() for _ in range(4000)]
    n_stories = max(1, n // 6)
    stories = [
        (
            rng.sample(vocab[200:8000], 20),
            rng.sample(names, 8),
            [str(rng.randint(2, 999)) for _ in range(4)],
        )
        for _ in range(n_stories)
    ]
    texts: list[list[list[str]]] = []  # article -> paragraphs -> sentences
    story_of: list[int] = []
    planted: list[Planted] = []
    for i in range(n):
        story = rng.randrange(n_stories)
        candidates = [j for j in range(max(0, i - 400), i) if story_of[j] == story]
        if candidates and rng.random() < copy_share:
            source = rng.choice(candidates)
            kind = rng.choice(("verbatim", "rewrite", "translated"))
            texts.append(_copy(rng, texts[source], kind, vocab, weights))
            story_of.append(story)
            planted.append(Planted(source, i, kind))
            continue
        sentences = _report(rng, words, (vocab, weights), stories[story])
        texts.append(_paragraphs(rng, sentences))
        story_of.append(story)
    return [_article(i, paragraphs) for i, paragraphs in enumerate(texts)], planted


def _copy(rng, source, kind, vocab, weights):
    sentences = [s.split() for paragraph in source for s in paragraph]
    if kind == "verbatim":
        keep = max(3, int(len(sentences) * rng.uniform(0.7, 1.0)))
        out = [
            [w if rng.random() > 0.02 else rng.choice(vocab) for w in s] for s in sentences[:keep]
        ]
    elif kind == "rewrite":
        out = [[_swap(rng, w, 0.35, vocab, weights) for w in s] for s in sentences]
    else:
        out = [
            [
                _misspell(rng, w) if w[:1].isupper() else _swap(rng, w, 0.25, vocab, weights)
                for w in s
            ]
            for s in sentences
        ]
    return _paragraphs(rng, [" ".join(s) for s in out])


def _swap(rng, word, share, vocab, weights):
    if word in FUNCTION or word[:1].isdigit() or rng.random() > share:
        return word
    return rng.choices(vocab, cum_weights=weights)[0]


def _misspell(rng, word):
    if len(word) < 4 or rng.random() < 0.3:
        return word
    k = rng.randrange(1, len(word) - 1)
    return word[:k] + rng.choice("aeiouyk") + word[k + 1 :]


def _paragraphs(rng, sentences):
    out, k = [], 0
    while k < len(sentences):
        size = rng.randint(2, 4)
        chunk = sentences[k : k + size]
        out.append([_sentence(s) for s in chunk])
        k += size
    return out


def _sentence(words) -> str:
    if isinstance(words, str):
        return words
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def _article(i: int, paragraphs: list[list[str]]) -> Article:
    texts = [" ".join(p) for p in paragraphs]
    body = "\n\n".join(texts)
    out, pos = [], 0
    for index, text in enumerate(texts):
        out.append(Paragraph.make(index, text, (pos, pos + len(text))))
        pos += len(text) + 2
    return Article(
        id=content_id(body.encode()),
        path=None,
        format="txt",
        encoding="utf-8",
        text=body,
        title=f"Synthetic article {i}",
        paragraphs=out,
    )


def make_wire_corpus(
    n: int, *, seed: int = 2, stories: int = 12, words: int = 500
) -> tuple[list[Article], list[Planted]]:
    """A wire-shaped corpus: few stories, each an agency original syndicated many times.

    Per story: one original; most other articles are lightly edited copies of it (a few words
    changed, the end cut, sometimes a sentence of their own added at the top) or of an earlier copy
    (copies of copies), a few are rewrites; the rest are independent reports of the same story.
    ``Planted`` names each copy's parent (the original or the copy it was made from).
    """
    rng = random.Random(seed)
    vocab = list(dict.fromkeys(_word(rng, rng.randint(2, 4)) for _ in range(40_000)))
    weights = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(vocab))))
    names = [_word(rng, rng.randint(2, 3)).capitalize() for _ in range(4000)]
    specs = [
        (
            rng.sample(vocab[200:8000], 20),
            rng.sample(names, 8),
            [str(rng.randint(2, 999)) for _ in range(4)],
        )
        for _ in range(stories)
    ]
    texts: list[list[list[str]]] = []
    planted: list[Planted] = []
    members: dict[int, list[int]] = {}
    for i in range(n):
        story = i % stories
        topic = specs[story][0]
        own = members.setdefault(story, [])
        roll = rng.random()
        if own and roll < 0.8:
            parent = own[0] if rng.random() < 0.7 else rng.choice(own)
            kind = "verbatim" if roll < 0.7 else "rewrite"
            texts.append(_light_copy(rng, texts[parent], (vocab, weights), topic, kind))
            planted.append(Planted(parent, i, kind))
        else:
            texts.append(_paragraphs(rng, _report(rng, words, (vocab, weights), specs[story])))
        own.append(i)
    return [_article(i, paragraphs) for i, paragraphs in enumerate(texts)], planted


def _report(rng, words, lexicon, spec):
    """Sentences of an independent report: Zipf words, function words, the story's topic words,
    names and numbers."""
    vocab, weights = lexicon
    topic, who, numbers = spec
    sentences = []
    for _ in range(words // 20):
        body = rng.choices(vocab, cum_weights=weights, k=20)
        for k in range(20):
            r = rng.random()
            if r < 0.45:
                body[k] = rng.choice(FUNCTION)
            elif r < 0.52:
                body[k] = rng.choice(topic)
            elif r < 0.56:
                body[k] = rng.choice(who)
            elif r < 0.57:
                body[k] = rng.choice(numbers)
        sentences.append(body)
    return sentences


def _light_copy(rng, source, lexicon, topic, kind):
    vocab, weights = lexicon
    sentences = [s.split() for paragraph in source for s in paragraph]
    keep = max(4, int(len(sentences) * rng.uniform(0.6, 1.0)))
    share = 0.03 if kind == "verbatim" else 0.35
    out = [[_swap(rng, w, share, vocab, weights) for w in s] for s in sentences[:keep]]
    if rng.random() < 0.3:
        intro = [
            rng.choice(topic) if rng.random() < 0.3 else rng.choice(FUNCTION) for _ in range(12)
        ]
        out.insert(0, intro)
    return _paragraphs(rng, [" ".join(s) for s in out])
