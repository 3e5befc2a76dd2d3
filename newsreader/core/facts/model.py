"""Plain data for facts: what one article states, and what the loaded set agrees or disagrees on.

Every fact item carries :class:`Evidence`: the paragraph index and the character span of its evidence
sentence inside that paragraph's text, plus the sentence text, so a view can scroll to it and
highlight it and an export can quote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["attending", "not_attending", "conditional", "unknown"]
STATUSES: tuple[Status, ...] = ("attending", "not_attending", "conditional", "unknown")
STATUS_LABELS: dict[str, str] = {
    "attending": "Attending",
    "not_attending": "Not attending",
    "conditional": "Conditional",
    "unknown": "Not stated",
}
CellState = Literal["agree", "conflict", "absent"]
SURE = 0.8  # attendance below this confidence is shown as inferred, not stated


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence in one paragraph: ``paragraph`` index, ``start``/``end`` in that paragraph's text."""

    paragraph: int
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"paragraph": self.paragraph, "span": [self.start, self.end], "text": self.text}


@dataclass(frozen=True, slots=True)
class Role:
    """A role or title stated for a person ("Deputy Defence Minister", "senior consultant at ...").

    ``title`` is the normalized office ("deputy defence minister") used for comparisons; ``party``
    the country or organization the role belongs to when the text says so; ``office`` is True for
    offices one person holds (minister, president, secretary ...) as opposed to descriptions
    (adviser, analyst); ``former`` for past roles.
    """

    text: str
    title: str
    party: str | None
    office: bool
    former: bool
    evidence: Evidence
    bare: str = ""  # the role as written without its party ("Prime Minister")

    @property
    def display(self) -> str:
        return self.bare or self.text


@dataclass(frozen=True, slots=True)
class AttendanceCue:
    """One statement about whether a person takes part (the person's final status combines them)."""

    status: Status
    cue: str
    evidence: Evidence
    leads: bool = False  # leads the delegation
    delegation: str | None = None  # party of the delegation when the text names it
    # How surely the sentence states it: 0.9 said outright ("will attend"), 0.7 inferred from
    # presence ("said at the summit", a title at the event), 0.6 said inside a quotation.
    confidence: float = 0.9
    final: bool = False  # "ultimately", "in the end": overrides what the article said before


@dataclass(slots=True)
class Person:
    """A person named in one article.

    ``name`` is the fullest spelling in the article; ``variants`` every spelling as written
    (including surname-only mentions). ``canonical`` and ``person_id`` are filled by
    :func:`~newsreader.core.facts.analyze` with the name shared across the loaded set.
    """

    name: str
    variants: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    attendance: Status = "unknown"
    cues: list[AttendanceCue] = field(default_factory=list)
    party: str | None = None
    mentions: list[Evidence] = field(default_factory=list)
    canonical: str = ""
    person_id: str = ""
    kind: str = "person"  # "party": a country or organization whose attendance is stated

    @property
    def display(self) -> str:
        return self.canonical or self.name

    @property
    def is_party(self) -> bool:
        return self.kind == "party"

    @property
    def evidence(self) -> Evidence | None:
        """The evidence for the attendance status, else the first mention."""
        for cue in self.cues:
            if cue.status == self.attendance:
                return cue.evidence
        return self.mentions[0] if self.mentions else None

    @property
    def leads(self) -> bool:
        return any(c.leads for c in self.cues if c.status == "attending")

    @property
    def confidence(self) -> float:
        """How surely the article states the status: the best of the cues that give it."""
        return max((c.confidence for c in self.cues if c.status == self.attendance), default=0.0)

    @property
    def unsure(self) -> bool:
        """The status is inferred rather than stated: show it as uncertain."""
        return self.attendance != "unknown" and self.confidence < SURE

    def office_titles(self) -> list[Role]:
        return [r for r in self.roles if r.office and not r.former]


@dataclass(frozen=True, slots=True)
class Demand:
    """One position of a party: what it asks for (``kind`` "demand"), puts forward ("proposal")
    or turns down ("rejection"). ``party`` is a country/organization, a group as written ("the
    union") or a person's name.

    ``speaker``: who states it when not the narrator (the quotation's speaker, "according to
    X", "X said that ..."); ``polarity``: "for" (the party wants it) or "against" (it rejects
    it); ``confidence`` 0..1, below :data:`UNSURE` shown as uncertain.
    """

    party: str
    text: str
    cue: str
    evidence: Evidence
    party_is_person: bool = False
    via_speaker: bool = False  # "we ..." inside a quotation: the party is its speaker
    speaker: str | None = None
    polarity: str = "for"
    confidence: float = 1.0
    kind: str = "demand"

    @property
    def unsure(self) -> bool:
        return self.confidence < UNSURE

    @property
    def label(self) -> str:
        """ "Russia: a ceasefire", with who said so and "(uncertain)" when that applies."""
        said = (
            f" (according to {self.speaker})" if self.speaker and self.speaker != self.party else ""
        )
        return f"{self.party}: {self.text}{said}" + (" (uncertain)" if self.unsure else "")


UNSURE = 0.7  # positions with a lower confidence are shown as uncertain


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words with their speaker (None when the text does not say).

    ``span`` is the quoted text's range in the first paragraph; ``parts`` every paragraph the quote
    runs through, stitched; ``evidence`` the sentence where it starts.
    """

    speaker: str | None
    text: str
    evidence: Evidence
    span: tuple[int, int]
    parts: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class DateFact:
    """A date as written; ``value`` is ISO (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) or "" if unknown."""

    text: str
    value: str
    relative: bool
    evidence: Evidence

    @property
    def display(self) -> str:
        if self.value and self.value != self.text:
            return f"{self.text} ({self.value})"
        return self.text


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with its unit ("30-day", "1,000 prisoners", "less than two hours").

    ``value`` is the number (None when vague, e.g. "thousands"); ``unit`` normalized ("day",
    "percent", "prisoner"); ``qualifier`` a comparison ("less than", "about"); ``context`` the
    content words of the phrase around it, used to match figures across outlets.
    """

    text: str
    value: float | None
    unit: str
    qualifier: str
    context: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class FactItem:
    """Any fact reduced to what a view needs: its kind, a one-line label and its evidence."""

    kind: str  # attendance / role / demand / proposal / rejection / quote / figure / date / place
    label: str
    evidence: Evidence


@dataclass(slots=True)
class ArticleFacts:
    """Everything extracted from one article."""

    path: str | None
    name: str
    outlet: str
    title: str
    author: str
    published: str
    people: list[Person] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    proposals: list[Demand] = field(default_factory=list)
    rejections: list[Demand] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # parties the article mentions
    words: frozenset[str] = frozenset()  # content-word stems, to decide what a story covers
    paragraphs: tuple[str, ...] = ()  # the paragraph texts (evidence offsets refer to them)

    def items(self) -> list[FactItem]:
        """Every fact with its evidence, in text order (for highlighting a pane or an export)."""
        out: list[FactItem] = []
        for p in self.people:
            for c in p.cues:
                out.append(
                    FactItem("attendance", f"{p.display}: {STATUS_LABELS[c.status]}", c.evidence)
                )
            out.extend(FactItem("role", f"{p.display}: {r.text}", r.evidence) for r in p.roles)
        out.extend(FactItem("demand", d.label, d.evidence) for d in self.demands)
        out.extend(FactItem("proposal", d.label, d.evidence) for d in self.proposals)
        out.extend(FactItem("rejection", d.label, d.evidence) for d in self.rejections)
        out.extend(
            FactItem("quote", f"{q.speaker or '?'}: {q.text}", q.evidence) for q in self.quotes
        )
        out.extend(FactItem("figure", x.text, x.evidence) for x in self.figures)
        out.extend(FactItem("date", d.display, d.evidence) for d in self.dates)
        out.extend(FactItem("place", p.name, p.evidence) for p in self.places)
        return sorted(out, key=lambda i: (i.evidence.paragraph, i.evidence.start))

    def by_status(self, status: Status) -> list[Person]:
        return [p for p in self.people if p.attendance == status]

    def person(self, name: str) -> Person | None:
        """The person with this name (as written, any variant, or canonical)."""
        for p in self.people:
            if name in (p.name, p.canonical) or name in p.variants:
                return p
        return None


@dataclass(slots=True)
class CanonicalPerson:
    """One person across the loaded set."""

    id: str
    name: str
    variants: list[str]
    articles: list[int]
    party: str | None = None


@dataclass(slots=True)
class NameOverrides:
    """The user's merges and splits of people; plain data that round-trips through JSON.

    ``merges``: groups of names (as written, any spelling) that are one person. ``splits``: names
    that are a person of their own, never merged automatically with another.
    """

    merges: list[list[str]] = field(default_factory=list)
    splits: list[str] = field(default_factory=list)

    def merge(self, *names: str) -> None:
        group = [n for n in dict.fromkeys(names) if n]
        if len(group) < 2:
            return
        self.splits = [s for s in self.splits if s not in group]
        self.merges = [m for m in self.merges if not set(m) & set(group)] + [
            sorted({*group, *(n for m in self.merges if set(m) & set(group) for n in m)})
        ]

    def split(self, name: str) -> None:
        self.merges = [kept for m in self.merges if len(kept := [n for n in m if n != name]) > 1]
        if name not in self.splits:
            self.splits.append(name)

    def to_json(self) -> dict[str, Any]:
        return {"merges": [list(m) for m in self.merges], "splits": list(self.splits)}

    @classmethod
    def from_json(cls, data: Any) -> NameOverrides:
        if not isinstance(data, dict):
            return cls()
        merges = [
            [str(n) for n in m if isinstance(n, str)]
            for m in data.get("merges", [])
            if isinstance(m, list)
        ]
        splits = [str(s) for s in data.get("splits", []) if isinstance(s, str)]
        return cls([m for m in merges if len(m) > 1], splits)


@dataclass(frozen=True, slots=True)
class Cell:
    """One article's value for a fact row."""

    state: CellState
    value: str = ""
    evidence: Evidence | None = None


@dataclass(slots=True)
class FactRow:
    """A canonical fact compared across the articles (one cell per article, in article order).

    ``kind``: ``attendance``, ``title``, ``role``, ``leader``, ``figure`` or ``demands``.
    ``subject``: the canonical person or party the row is about.
    """

    key: str
    label: str
    kind: str
    subject: str
    cells: list[Cell]
    conflict: bool = False
    detail: str = ""  # for conflicts: "different people", "spelling", "different values" ...

    def stated(self) -> list[int]:
        return [i for i, c in enumerate(self.cells) if c.state != "absent"]


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Outlets disagree: ``values`` maps article index → value as that article states it.

    ``kind`` is one of :data:`DISAGREEMENT_KINDS`; ``confidence`` (0-1) how sure the engine is
    that the outlets really say different things about one thing; ``evidence`` each article's
    sentence and ``marks`` the character ranges of the differing words in it; ``pair`` the two
    articles whose sentences show it best (to open side by side); ``story`` the story (index in
    :attr:`FactSet.stories`) it belongs to; ``variants`` spellings the engine took as one name
    (shown as variants, never as the conflict).
    """

    topic: str
    kind: str
    detail: str
    values: dict[int, str]
    evidence: dict[int, Evidence]
    row: str
    confidence: float = 1.0
    marks: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    pair: tuple[int, int] | None = None
    story: int = -1
    variants: tuple[str, ...] = ()


DISAGREEMENT_KINDS = (
    "number",
    "date",
    "person",
    "office",
    "attendance",
    "negation",
    "agent",
    "quote",
)


@dataclass(frozen=True, slots=True)
class Omission:
    """A fact some outlets state and others (covering the same story) leave out."""

    topic: str
    kind: str
    stated_in: tuple[int, ...]
    missing_in: tuple[int, ...]
    row: str


@dataclass(slots=True)
class FactSet:
    """Facts for a loaded set of articles, canonicalized together and compared."""

    articles: list[ArticleFacts]
    people: list[CanonicalPerson] = field(default_factory=list)
    rows: list[FactRow] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    omissions: list[Omission] = field(default_factory=list)
    overrides: NameOverrides = field(default_factory=NameOverrides)
    stories: list[list[int]] = field(default_factory=list)  # articles compared together
    scope: str = "story"  # "story": stories found by the engine; "all": the user's one story

    def label(self, index: int) -> str:
        a = self.articles[index]
        return a.outlet or a.name

    def person(self, person_id: str) -> CanonicalPerson | None:
        return next((p for p in self.people if p.id == person_id), None)

    def index_of(self, path: str) -> int | None:
        """The article index for a path (or name, for pasted text)."""
        return next((i for i, a in enumerate(self.articles) if path in (a.path, a.name)), None)
