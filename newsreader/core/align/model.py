"""The public result types of the alignment engine: plain, immutable-ish data the UI and export read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]
Kind = Literal["identical", "edited", "paraphrase"]
KINDS: tuple[Kind, ...] = ("identical", "edited", "paraphrase")


class Cancelled(Exception):  # noqa: N818 - reads better at the call site than CancelledError
    """Raised inside long work when the caller's ``cancelled()`` returns True."""


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One inline word-diff operation between a left and a right paragraph.

    ``tag`` is ``equal``, ``replace``, ``delete`` (only in left) or ``insert`` (only in right);
    ``left`` and ``right`` are character ranges in the two paragraphs' texts.
    """

    tag: str
    left: tuple[int, int]
    right: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Link:
    """A left paragraph and a right paragraph that say the same thing.

    ``score`` (0-100) says how close the linked text is: 100 for the same words, around 60-90 for
    edited or machine-rewritten copies, lower for paraphrases. ``moved`` is True when the link is out
    of order relative to the main sequence of links. ``ops`` is the inline word diff of the two
    paragraphs. ``sentences`` lists the matched sentence pairs behind the link, each as
    ``(left range, right range)`` of characters in the two paragraph texts (for highlighting).
    """

    left: int
    right: int
    score: float  # 0-100
    kind: Kind
    moved: bool = False  # out of order relative to the other links
    ops: tuple[DiffOp, ...] = ()
    sentences: tuple[tuple[Span, Span], ...] = ()


@dataclass(slots=True)
class Alignment:
    """All links between two articles, with whole-article figures.

    ``similarity`` (0-100) is the coverage-weighted closeness of the two texts (100: the same text;
    0: nothing in common). ``left_in_right`` is the share of the left article's words in sentences that
    have a counterpart in the right one, and ``right_in_left`` the reverse.
    """

    left_count: int
    right_count: int
    links: list[Link] = field(default_factory=list)
    similarity: float = 0.0  # whole-article similarity, 0-100
    left_in_right: float = 0.0  # share of the left article found in the right, 0-1
    right_in_left: float = 0.0  # share of the right article found in the left, 0-1
    _by_left: dict[int, list[Link]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _by_right: dict[int, list[Link]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _indexed: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)

    def _index(self) -> None:
        # Built once; rebuilt only if ``links`` was replaced or grew (links are never edited in place).
        key = (id(self.links), len(self.links))
        if self._indexed == key and self._by_left is not None:
            return
        by_left: dict[int, list[Link]] = {}
        by_right: dict[int, list[Link]] = {}
        for link in self.links:
            by_left.setdefault(link.left, []).append(link)
            by_right.setdefault(link.right, []).append(link)
        self._by_left, self._by_right, self._indexed = by_left, by_right, key

    def for_left(self, index: int) -> list[Link]:
        """Links of left paragraph ``index``, ordered by right paragraph."""
        self._index()
        assert self._by_left is not None
        return list(self._by_left.get(index, ()))

    def for_right(self, index: int) -> list[Link]:
        """Links of right paragraph ``index``, ordered by left paragraph."""
        self._index()
        assert self._by_right is not None
        return list(self._by_right.get(index, ()))

    def unmatched_left(self) -> list[int]:
        """Left paragraphs with no counterpart ("only in A")."""
        self._index()
        assert self._by_left is not None
        return [i for i in range(self.left_count) if i not in self._by_left]

    def unmatched_right(self) -> list[int]:
        """Right paragraphs with no counterpart ("only in B")."""
        self._index()
        assert self._by_right is not None
        return [j for j in range(self.right_count) if j not in self._by_right]
