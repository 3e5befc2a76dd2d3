"""The comparison as plain data for the renderers: metadata, paragraphs with tiers, links and diffs.

Everything a template needs is computed here, so the HTML and Markdown renderers only lay it out.
All strings are still raw (untrusted) text: escaping is the renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsreader import __version__
from newsreader.core.align import Alignment, Kind, Link
from newsreader.core.align.wordmarks import best_link, word_marks
from newsreader.core.article import Article
from newsreader.core.export.facts_view import FactsView, build_facts_view
from newsreader.core.export.palette import PALETTE, TIERS, Tier, TierStyle
from newsreader.core.export.safe import clean_text, safe_href, visible
from newsreader.core.export.segments import Segment, cut
from newsreader.core.visible import Hidden, with_marks


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    letter: str  # "A" or "B"
    outlet: str
    title: str
    author: str
    published: str
    published_source: str
    url: str
    url_href: str | None  # only for absolute http(s) URLs
    file_name: str
    content_hash: str
    format: str
    encoding: str
    paragraph_count: int
    word_count: int
    warnings: tuple[str, ...]

    @property
    def heading(self) -> str:
        """Outlet and title (or the file name) on one line."""
        who = self.outlet or self.file_name or "Untitled"
        return f"{who} — {self.title}" if self.title else who


@dataclass(frozen=True, slots=True)
class MatchRef:
    """A link from a paragraph to one paragraph of the other article."""

    letter: str  # the other article's letter
    number: int  # 1-based paragraph number in the other article
    anchor: str
    kind: Kind
    score: int
    moved: bool

    @property
    def label(self) -> str:
        return f"{self.letter}¶{self.number}"


@dataclass(frozen=True, slots=True)
class ParaView:
    letter: str
    number: int  # 1-based
    anchor: str
    tier: Tier
    segments: tuple[Segment, ...]
    matches: tuple[MatchRef, ...]
    moved: bool

    @property
    def label(self) -> str:
        return f"{self.letter}¶{self.number}"

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    @property
    def has_changes(self) -> bool:
        return any(s.changed for s in self.segments)


@dataclass(frozen=True, slots=True)
class SideView:
    meta: ArticleMeta
    paragraphs: tuple[ParaView, ...]

    @property
    def letter(self) -> str:
        return self.meta.letter

    def tier_count(self, tier: Tier) -> int:
        return sum(1 for p in self.paragraphs if p.tier == tier)


@dataclass(frozen=True, slots=True)
class LegendEntry:
    style: TierStyle
    left_count: int
    right_count: int


@dataclass(frozen=True, slots=True)
class Comparison:
    left: SideView
    right: SideView
    similarity: int  # 0-100
    left_in_right: int  # percent
    right_in_left: int  # percent
    link_count: int
    legend: tuple[LegendEntry, ...]
    exported_at: datetime
    app_version: str
    facts: FactsView | None

    @property
    def title(self) -> str:
        return f"{self.left.meta.heading} ↔ {self.right.meta.heading}"

    @property
    def exported_at_text(self) -> str:
        return self.exported_at.strftime("%Y-%m-%d %H:%M %Z").strip()

    @property
    def exported_at_iso(self) -> str:
        return self.exported_at.isoformat(timespec="seconds")


def anchor(letter: str, number: int) -> str:
    """The in-page id of a paragraph: generated here, never taken from article text."""
    return f"{letter}{number}"


def article_meta(article: Article, letter: str) -> ArticleMeta:
    return ArticleMeta(
        letter=letter,
        outlet=visible(article.outlet),
        title=visible(article.title),
        author=visible(article.author),
        published=visible(article.published),
        published_source=visible(article.published_source),
        url=visible(article.url),
        url_href=safe_href(article.url),
        file_name=visible(article.path.name) if article.path is not None else "",
        content_hash=visible(article.id),
        format=visible(article.format),
        encoding=visible(article.encoding),
        paragraph_count=len(article.paragraphs),
        word_count=article.word_count,
        warnings=tuple(visible(w) for w in article.warnings),
    )


def _valid_links(alignment: Alignment, n_left: int, n_right: int) -> list[Link]:
    return [
        link
        for link in alignment.links
        if 0 <= link.left < n_left and 0 <= link.right < n_right and link.kind in PALETTE
    ]


def _side(article: Article, letter: str, other: str, links: list[Link], is_left: bool) -> SideView:
    by_para: dict[int, list[Link]] = {}
    for link in links:
        by_para.setdefault(link.left if is_left else link.right, []).append(link)
    paras = []
    for i, para in enumerate(article.paragraphs):
        text = clean_text(para.text)
        mine = sorted(by_para.get(i, []), key=lambda lk: lk.right if is_left else lk.left)
        refs = tuple(
            MatchRef(
                letter=other,
                number=(lk.right if is_left else lk.left) + 1,
                anchor=anchor(other, (lk.right if is_left else lk.left) + 1),
                kind=lk.kind,
                score=round(lk.score),
                moved=lk.moved,
            )
            for lk in mine
        )
        tier: Tier = "only"
        parts = [Segment(text)]
        best = best_link(mine)
        if best is not None:
            tier = best.kind
            parts = cut(text, word_marks(text, best, "left" if is_left else "right"))
        if para.hidden:
            parts = _with_marks(parts, text, para.hidden)
        paras.append(
            ParaView(
                letter=letter,
                number=i + 1,
                anchor=anchor(letter, i + 1),
                tier=tier,
                segments=tuple(parts),
                matches=refs,
                moved=any(lk.moved for lk in mine),
            )
        )
    return SideView(article_meta(article, letter), tuple(paras))


def _with_marks(parts: list[Segment], text: str, hidden: Hidden) -> list[Segment]:
    """The segments of ``text`` with its hidden format characters shown as marks where they were."""
    out: list[Segment] = []
    pos = 0
    for part in parts:
        end = pos + len(part.text)
        out.append(Segment(with_marks(text, hidden, pos, end), part.changed))
        pos = end
    return out


def _percent(share: float) -> int:
    return round(100 * max(0.0, min(1.0, share)))


def build_comparison(
    left: Article,
    right: Article,
    alignment: Alignment,
    facts: dict[str, Any] | None = None,
    *,
    exported_at: datetime | None = None,
    app_version: str = __version__,
) -> Comparison:
    """Everything the report shows, computed once."""
    links = _valid_links(alignment, len(left.paragraphs), len(right.paragraphs))
    lside = _side(left, "A", "B", links, is_left=True)
    rside = _side(right, "B", "A", links, is_left=False)
    legend = tuple(LegendEntry(PALETTE[t], lside.tier_count(t), rside.tier_count(t)) for t in TIERS)
    return Comparison(
        left=lside,
        right=rside,
        similarity=round(max(0.0, min(100.0, alignment.similarity))),
        left_in_right=_percent(alignment.left_in_right),
        right_in_left=_percent(alignment.right_in_left),
        link_count=len(links),
        legend=legend,
        exported_at=exported_at or datetime.now().astimezone(),
        app_version=app_version,
        facts=build_facts_view(facts, left, right) if facts is not None else None,
    )
