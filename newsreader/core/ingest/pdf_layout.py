"""A PDF's positioned text lines to paragraphs in reading order, with page furniture set apart.

Pure functions of the lines :mod:`~newsreader.core.ingest.pdf_extract` reads (no pdfminer here):

1. **Furniture**: page numbers ("3", "Page 3 of 8", "- 3 -") at the top or bottom of a page, and
   running headers and footers — a line near the top or bottom edge that recurs, digits aside and
   at the same height, on at least half of the pages (two at least). A single page only loses its page number: one page
   cannot show what runs on every page, and precision comes first.
2. **Columns**: a gutter is a vertical strip inside the text area that (almost) no narrow line
   crosses, with text on both sides; lines that cross it (a headline over both columns) split the
   page into bands, read top to bottom, each band column by column.
3. **Paragraphs**: within a column, a new paragraph starts after extra vertical space, at a change
   of font size, at an indented first line, or after a short line ending a sentence. Lines are
   joined with spaces; a word hyphenated at a line end is rejoined (the hyphen kept only when the
   document writes that word with a hyphen elsewhere, or the second part is capitalised). A
   paragraph cut by a column or page break is continued when it stops mid-sentence and the next
   one starts in lower case.
4. **Headings**: lines clearly larger than the body text (the title: the largest on the first page),
   and short bold lines standing alone.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

EDGE = 0.12  # top and bottom share of the page where headers, footers and page numbers live
NARROW = 0.6  # lines narrower than this share of the text area can belong to a column
HEADING = 1.25  # a line this much larger than the body text is a heading

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?"
    r"(?:\s*(?:/|of|de|sur|von)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_HYPHEN_END = re.compile(r"[^\W\d_][-\u00ad]$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[-\u00ad]$")
_WORD_AFTER = re.compile(r"^([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float
    bold: bool = False

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(slots=True)
class Page:
    width: float
    height: float
    lines: list[Line]
    images: int = 0


@dataclass(slots=True)
class Paragraph:
    text: str
    size: float
    page: int
    kind: str = "p"  # "p" or "h"
    level: int = 0
    bold: bool = False


@dataclass(slots=True)
class Layout:
    paragraphs: list[Paragraph] = field(default_factory=list)
    furniture: list[tuple[int, str]] = field(default_factory=list)  # (page, line) in page order
    title: str = ""
    order: list[str] = field(default_factory=list)  # paragraphs and furniture in document order
    body_size: float = 0.0


def page_from(raw: dict) -> Page:
    """A :class:`Page` from the worker's plain data."""
    lines = [
        Line(float(x0), float(y0), float(x1), float(y1), str(text), float(size), bool(bold))
        for x0, y0, x1, y1, text, size, bold in raw["lines"]
    ]
    return Page(float(raw["width"]), float(raw["height"]), lines, int(raw.get("images", 0)))


def lay_out(pages: Sequence[Page]) -> Layout:
    """Paragraphs, furniture, title and document order of ``pages``."""
    layout = Layout()
    all_lines = [ln for page in pages for ln in page.lines]
    if not all_lines:
        return layout
    layout.body_size = body_size(all_lines)
    skip = furniture(pages)
    vocabulary = _hyphenated_words(all_lines)
    pieces: list[tuple[int, list[Paragraph], list[str], list[str]]] = []
    for number, page in enumerate(pages):
        body = [ln for k, ln in enumerate(page.lines) if (number, k) not in skip]
        edge = [(k, ln) for k, ln in enumerate(page.lines) if (number, k) in skip]
        top = [
            ln.text for _, ln in sorted(edge, key=lambda e: -e[1].y1) if ln.middle > page.height / 2
        ]
        bottom = [
            ln.text
            for _, ln in sorted(edge, key=lambda e: -e[1].y1)
            if ln.middle <= page.height / 2
        ]
        layout.furniture.extend((number, text) for text in top + bottom)
        paragraphs: list[Paragraph] = []
        for segment in reading_order(body):
            paragraphs.extend(_paragraphs(segment, number, vocabulary))
        pieces.append((number, paragraphs, top, bottom))
    where = -1  # the place of the last paragraph in ``order``
    for _number, paragraphs, top, bottom in pieces:
        layout.order.extend(top)
        for paragraph in paragraphs:
            previous = layout.paragraphs[-1] if layout.paragraphs else None
            if previous is not None and _continues(previous, paragraph):
                previous.text = _join(previous.text, paragraph.text, vocabulary)
                layout.order[where] = previous.text
                continue
            layout.paragraphs.append(paragraph)
            layout.order.append(paragraph.text)
            where = len(layout.order) - 1
        layout.order.extend(bottom)
    _mark_headings(layout)
    return layout


def body_size(lines: Iterable[Line]) -> float:
    """The font size most of the text is set in (weighted by characters)."""
    counts: Counter[float] = Counter()
    for ln in lines:
        counts[round(ln.size * 2) / 2] += len(ln.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def furniture(pages: Sequence[Page]) -> set[tuple[int, int]]:
    """(page, line) of every page number, running header and running footer."""
    found: set[tuple[int, int]] = set()
    shapes: dict[str, set[int]] = {}
    edges: list[tuple[int, int, str]] = []
    for number, page in enumerate(pages):
        for k, ln in enumerate(page.lines):
            if EDGE * page.height < ln.middle < (1 - EDGE) * page.height:
                continue
            if _PAGE_NUMBER.match(ln.text):
                found.add((number, k))
                continue
            # Same words (digits aside) at the same height: what a running header or footer is.
            shape = re.sub(r"\d+", "#", " ".join(ln.text.lower().split())) + f"@{ln.middle / 4:.0f}"
            shapes.setdefault(shape, set()).add(number)
            edges.append((number, k, shape))
    needed = max(2, (len(pages) + 1) // 2)
    for number, k, shape in edges:
        if len(shapes[shape]) >= needed:
            found.add((number, k))
    return found


def reading_order(lines: list[Line]) -> list[list[Line]]:
    """``lines`` of one page as segments (a column's run of lines, or lines spanning columns),
    in reading order."""
    if not lines:
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    gutters = _gutters(lines, left, right)
    if not gutters:
        return [sorted(lines, key=lambda ln: (-ln.y1, ln.x0))]
    spanning = [ln for ln in lines if any(ln.x0 < g - 1 < g + 1 < ln.x1 for g in gutters)]
    in_columns = [ln for ln in lines if ln not in spanning]
    segments: list[list[Line]] = []
    ceiling = float("inf")
    for cut in [*sorted(spanning, key=lambda ln: -ln.y1), None]:
        floor = cut.middle if cut is not None else float("-inf")
        band = [ln for ln in in_columns if floor < ln.middle < ceiling]
        for c in range(len(gutters) + 1):
            low = gutters[c - 1] if c else float("-inf")
            high = gutters[c] if c < len(gutters) else float("inf")
            col = sorted(
                (ln for ln in band if low <= (ln.x0 + ln.x1) / 2 < high), key=lambda ln: -ln.y1
            )
            if col:
                segments.append(col)
        if cut is not None:
            if segments and segments[-1][-1] in spanning and not band:
                segments[-1].append(cut)  # consecutive full-width lines stay together
            else:
                segments.append([cut])
            ceiling = cut.middle
    return segments


def _gutters(lines: list[Line], left: float, right: float) -> list[float]:
    width = right - left
    narrow = [ln for ln in lines if ln.width < NARROW * width]
    if len(narrow) < 6:
        return []
    bins = int(width) + 2
    cover = [0] * bins
    for ln in narrow:
        for b in range(max(0, int(ln.x0 - left)), min(bins, int(ln.x1 - left) + 1)):
            cover[b] += 1
    allowed = max(1, len(narrow) // 50)
    size = statistics.median(ln.size for ln in narrow)
    gutters: list[float] = []
    start = None
    for b in range(bins + 1):
        free = b < bins and cover[b] <= allowed
        if free and start is None:
            start = b
        elif not free and start is not None:
            centre = left + (start + b) / 2
            wide_enough = b - start >= max(6.0, 0.6 * size)
            inside = left + 0.15 * width < centre < right - 0.15 * width
            if wide_enough and inside:
                before = sum(1 for ln in narrow if ln.x1 <= centre)
                after = sum(1 for ln in narrow if ln.x0 >= centre)
                if before >= 3 and after >= 3:
                    gutters.append(centre)
            start = None
    return gutters


def _paragraphs(segment: list[Line], page: int, vocabulary: set[str]) -> list[Paragraph]:
    out: list[Paragraph] = []
    pitches = [
        a.y0 - b.y0
        for a, b in itertools.pairwise(segment)
        if abs(a.size - b.size) < 0.5 and 0 < a.y0 - b.y0 < 3 * a.size
    ]
    pitch = statistics.median(pitches) if pitches else 1.2 * segment[0].size
    col_left = min(ln.x0 for ln in segment)
    col_right = max(ln.x1 for ln in segment)
    previous: Line | None = None
    for ln in segment:
        if previous is None or _breaks(previous, ln, pitch, (col_left, col_right)):
            out.append(Paragraph(ln.text, ln.size, page, bold=ln.bold))
        else:
            last = out[-1]
            last.text = _join(last.text, ln.text, vocabulary)
            last.bold = last.bold and ln.bold
        previous = ln
    return out


def _breaks(prev: Line, ln: Line, pitch: float, edges: tuple[float, float]) -> bool:
    col_left, col_right = edges
    col_width = max(1.0, col_right - col_left)
    gap = prev.y0 - ln.y0
    if gap <= 0 or gap > 1.45 * pitch:
        return True
    if abs(ln.size - prev.size) > 0.15 * max(ln.size, prev.size):
        return True
    if prev.bold != ln.bold and len(prev.text.split()) <= 12:
        return True
    indent = ln.x0 - col_left
    if indent > 0.8 * ln.size and prev.x0 - col_left < 0.5 * ln.size and indent < 0.25 * col_width:
        return True
    short = prev.x1 < col_right - max(0.15 * col_width, 3 * prev.size)
    return short and bool(_SENTENCE_END.search(prev.text))


def _continues(prev: Paragraph, nxt: Paragraph) -> bool:
    """``nxt`` (after a column or page break) finishes the sentence ``prev`` left open."""
    if prev.kind == "h" or abs(prev.size - nxt.size) > 0.15 * max(prev.size, nxt.size):
        return False
    if _SENTENCE_END.search(prev.text):
        return False
    first = nxt.text[:1]
    return first.islower() or bool(_HYPHEN_END.search(prev.text))


def _join(text: str, line: str, vocabulary: set[str]) -> str:
    before = _WORD_BEFORE.search(text)
    after = _WORD_AFTER.match(line)
    if before and after:
        head, tail = before.group(1), after.group(1)
        keep = tail[:1].isupper() or f"{head}-{tail}".lower() in vocabulary
        return text[:-1] + ("-" if keep else "") + line
    return f"{text} {line}"


def _hyphenated_words(lines: Iterable[Line]) -> set[str]:
    """Hyphenated compounds the document writes inside a line ("cease-fire")."""
    found: set[str] = set()
    for ln in lines:
        found.update(m.lower() for m in re.findall(r"[^\W\d_]+-[^\W\d_]+", ln.text))
    return found


def _mark_headings(layout: Layout) -> None:
    body = layout.body_size
    if not body:
        return
    sizes = sorted({p.size for p in layout.paragraphs if p.size >= HEADING * body}, reverse=True)
    for p in layout.paragraphs:
        words = len(p.text.split())
        if p.size >= HEADING * body and words <= 40:
            p.kind, p.level = "h", min(3, sizes.index(p.size) + 1)
        elif p.bold and words <= 15 and not _SENTENCE_END.search(p.text):
            p.kind, p.level = "h", 3
    first_page = [p for p in layout.paragraphs if p.page == layout.paragraphs[0].page]
    large = [p for p in first_page if p.kind == "h" and p.size >= HEADING * body]
    if large:
        layout.title = max(large, key=lambda p: p.size).text
