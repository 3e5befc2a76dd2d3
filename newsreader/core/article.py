"""The article data model: what every other part of newsreader reads.

Plain dataclasses, no Qt. An :class:`Article` is built once by :mod:`newsreader.core.ingest`
and treated as immutable afterwards.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from newsreader.core.text import split_sentences
from newsreader.core.visible import Hidden, neutralise, with_marks

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph.

    ``span`` is the paragraph's character range in :attr:`Article.text` (the decoded source text;
    for HTML and Markdown, the extracted plain text). ``sentences`` are ranges relative to ``text``.

    ``text`` is what every engine reads: the source's invisible format characters (bidi controls,
    zero-width characters) are taken out by :meth:`make`, and ``hidden`` says where they were, so
    the panes and the export show them as visible marks (:func:`~newsreader.core.visible.with_marks`).
    """

    index: int
    text: str
    span: Span
    sentences: tuple[Span, ...] = ()
    words: int = -1  # the word count, computed once (lists sort and headers show it often)
    hidden: Hidden = ()  # (offset in text, format characters taken out there)

    def __post_init__(self) -> None:
        if self.words < 0:
            object.__setattr__(self, "words", len(self.text.split()))

    @classmethod
    def make(cls, index: int, text: str, span: Span) -> Paragraph:
        """The paragraph of source ``text``, neutralised: the one place body text enters the model."""
        clean, hidden = neutralise(text)
        if hidden:  # taking them out may leave spaces at either end
            lead = len(clean) - len(clean.lstrip())
            clean = clean.strip()
            hidden = tuple((min(max(0, at - lead), len(clean)), run) for at, run in hidden)
        return cls(index, clean, span, tuple(split_sentences(clean)), hidden=hidden)

    @property
    def shown(self) -> str:
        """The text as the panes and the export show it: format characters as visible marks."""
        return with_marks(self.text, self.hidden)

    def sentence_texts(self) -> list[str]:
        return [self.text[a:b] for a, b in self.sentences]


@dataclass(slots=True)
class Article:
    """A cleaned article.

    ``id`` is the content hash (hex) of the raw bytes; two files with the same bytes are one article.
    ``published`` is an ISO date (``YYYY-MM-DD``) or ``""``; ``published_source`` says where it came
    from (``"meta"``, ``"text"``, ``"url"``, ``"htmldate"``) or explains why it is unknown.
    ``removed`` keeps every line the cleaner dropped as boilerplate, in order, so nothing is lost.
    """

    id: str
    path: Path | None
    format: str
    encoding: str
    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    published_source: str = ""
    url: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_name: str = ""  # for text without a file (pasted, dropped): the name it was given

    @property
    def name(self) -> str:
        """A short human name: the file name, else the title, else the name it was given."""
        if self.path is not None:
            return self.path.name
        return self.title or self.source_name or "Untitled"

    @property
    def label(self) -> str:
        """Outlet (or file name) and title, for lists and headers."""
        who = self.outlet or self.name
        return f"{who} — {self.title}" if self.title else who

    @property
    def word_count(self) -> int:
        return sum(p.words for p in self.paragraphs)

    @property
    def is_empty(self) -> bool:
        return not self.paragraphs

    def paragraph_texts(self) -> list[str]:
        return [p.text for p in self.paragraphs]


def content_id(data: bytes) -> str:
    """The article id for raw content: a short SHA-256 (collisions are not a concern at 64 bits)."""
    return hashlib.sha256(data).hexdigest()[:16]
