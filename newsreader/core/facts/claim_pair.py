"""What every comparison of two claim sentences shares: the :class:`Finding` it gives, the pair
being compared (:class:`Context`: the word diff, how many words the sentences share, the base
confidence), and the folded words of a sentence.

Confidence: a pair the engine's reading tuning matches (the same sentence copied or rewritten)
starts at :data:`BASE_CLOSE`, a looser pair at :data:`BASE_LOOSE`; the share of words the two
sentences have in common adds up to 0.2, and each comparison adds what else supports it (other
slots that agree, the two values sitting in one changed stretch of the diff).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from newsreader.core.align import DiffOp
from newsreader.core.align.diff import diff_tokens
from newsreader.core.facts.claim_slots import Slots
from newsreader.core.facts.claims import ClaimPair
from newsreader.core.facts.lexicon import word_set
from newsreader.core.text import WORD  # noqa: F401 (the claim modules read it here)

Span = tuple[int, int]

BASE_LOOSE = 0.45  # a pair found by the looser claim matcher
BASE_CLOSE = 0.65  # a copy or close rewrite
SIMILAR_WORDS = 0.5  # word overlap for slots that need near-identical sentences

FUNCTION_WORDS = word_set(
    """a an the of to in on at for and or but by with from as is are was were be been that this
    these those it its their his her they he she we our which who what when where while than
    then there here has have had will would could should may might also said says over some
    any more most into about after before during since until per just other such""",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One slot of one claim pair: ``agree`` or not, with each side's value and where it is
    written (``left_span`` / ``right_span`` in the sentence texts)."""

    kind: str
    agree: bool
    pair: ClaimPair
    left: str
    right: str
    left_span: Span | None
    right_span: Span | None
    slot: str  # what the values are values of: findings of one slot group together
    topic: str
    confidence: float
    detail: str = ""
    left_marks: tuple[Span, ...] = ()
    right_marks: tuple[Span, ...] = ()


@dataclass(slots=True)
class Context:
    pair: ClaimPair
    a: Slots
    b: Slots
    ops: tuple[DiffOp, ...]
    words: float  # share of words in common (0-1)
    base: float

    def same_op(self, left: Span, right: Span) -> bool:
        """Whether the two ranges touch one changed stretch of the word diff."""
        return any(
            op.tag != "equal" and touches(left, op.left) and touches(right, op.right)
            for op in self.ops
        )

    def confidence(self, *bonuses: float) -> float:
        return min(0.95, self.base + 0.2 * self.words + sum(bonuses))


def touches(span: Span, op: Span) -> bool:
    """A range overlaps a diff range (an empty diff range: the range starts where it is)."""
    if op[0] == op[1]:
        return span[0] <= op[0] <= span[1]
    return span[0] < op[1] and op[0] < span[1]


def keys(text: str) -> tuple[str, ...]:
    """The sentence's words folded for comparing (cached with the word diff's tokens)."""
    return diff_tokens(text)[1]


def same_words(left: str, right: str) -> bool:
    return keys(left) == keys(right)


def word_share(left: str, right: str) -> float:
    lw, rw = keys(left), keys(right)
    if not lw or not rw:
        return 0.0
    return float(Indel.normalized_similarity(lw, rw))


@lru_cache(maxsize=8192)
def content(text: str) -> frozenset[str]:
    return frozenset(w for w in keys(text) if w not in FUNCTION_WORDS and len(w) > 2)


def find(text: str, part: str) -> Span | None:
    at = text.find(part)
    return (at, at + len(part)) if at >= 0 else None


def topic_words(ctx: Context) -> str:
    shared = content(ctx.a.text) & content(ctx.b.text)
    words = [w for w in keys(ctx.a.text) if w in shared]
    return " ".join(list(dict.fromkeys(words))[:4]) or "statement"
