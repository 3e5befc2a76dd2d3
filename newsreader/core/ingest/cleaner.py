"""Deciding what each block is: title, metadata line, page furniture, or article body.

Context matters as much as the line itself. The body runs from the first to the last *substantial*
block (a real sentence of some length), cut short where other stories' teasers follow the article
(:mod:`~newsreader.core.ingest.article_end`); before it is the header zone (menus, headline,
byline, date, kickers), after it the footer zone (author line, "About Us", bios, related lists,
share buttons). The headline is chosen by :mod:`~newsreader.core.ingest.title`.

- Any block a context-free rule in :mod:`~newsreader.core.ingest.rules` recognises is furniture,
  wherever it is; a section label ("Related stories") also takes the list that follows it.
- Header zone: bylines, date lines, signature lines ("Outlet | date | By X"), name lines and
  "Origin:"-style labels are metadata; other very short lines are kickers; longer ones (a
  standfirst) are body. Above the headline (where a copied page has its menu) a bare name is
  neither author nor outlet, and below it a name the headline contains is its subject.
- Body zone: everything not recognised as furniture is body, short subheadings included.
- Footer zone: short sentences straight after the body still belong to it; from the first line
  that is not a sentence on, everything is dropped, with author and outlet names taken as
  metadata. Outlet self-descriptions and author bios only count as furniture here (in the body
  they are text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsreader.core.ingest import meta_lines, names, rules
from newsreader.core.ingest.article_end import trim_end
from newsreader.core.ingest.blocks import Block
from newsreader.core.ingest.metadata import Candidates
from newsreader.core.ingest.title import find_title
from newsreader.core.text import STOPWORDS, fold

BODY, TITLE, META, FURNITURE = "body", "title", "meta", "furniture"

# Furniture that starts lists of other stories (whose names and outlets are not this article's).
_LIST_REASONS = frozenset(
    {
        "section label",
        "cross-link",
        "time-stamped list item",
        "navigation",
        "list under a section label",
    }
)

EARLY_BYLINE_BLOCKS = 120  # how far down a copied page the byline is looked for

_BULLET_START = re.compile(r"^(?:[-*•·▪◦‣–—+]|\d{1,3}[.)])\s")


@dataclass(slots=True)
class Cleaned:
    roles: list[str]
    reasons: list[str]
    title: str = ""
    about: list[int] = field(default_factory=list)  # blocks dropped as self-descriptions/bios


def clean(
    blocks: list[Block],
    cands: Candidates,
    *,
    title_hint: str = "",
    heading_title: bool = False,
) -> Cleaned:
    """Roles for ``blocks`` (``body``/``title``/``meta``/``furniture``); metadata goes to ``cands``."""
    n = len(blocks)
    reasons: list[str] = [rules.furniture_reason(b) or "" for b in blocks]
    roles = [""] * n
    _mark_repeats(blocks, reasons)
    meta_lines.collect_urls(blocks, reasons, cands)

    # Header metadata found so far tells the bio rule whose bio to look for.
    header_author = _early_author(blocks, reasons)
    tailable = _tailable(blocks, reasons, header_author)
    substantial = [
        not reasons[i] and i not in tailable and _is_substantial(b) for i, b in enumerate(blocks)
    ]
    if not any(substantial):
        return _no_structure(blocks, reasons, cands, title_hint)
    first = substantial.index(True)
    last = n - 1 - substantial[::-1].index(True)
    last = trim_end(blocks, reasons, substantial, first, last)

    title_index = find_title(blocks, reasons, first, title_hint, heading_title)
    title = blocks[title_index].text if title_index is not None else title_hint
    if title_index is not None:
        roles[title_index] = TITLE

    # Header zone.
    i = 0
    while i < first:
        if roles[i]:
            i += 1
            continue
        if reasons[i]:
            roles[i] = FURNITURE
        else:
            above = title_index is not None and i < title_index
            masthead = i <= 1 or (title_index is not None and i >= title_index - 1)
            roles[i] = meta_lines.header_line(
                blocks,
                reasons,
                roles,
                i,
                cands,
                footer=False,
                names_ok=not above,
                outlet_ok=not above or masthead,
                title=title,
            )
            if roles[i] == BODY and above:
                roles[i], reasons[i] = FURNITURE, "above the headline"
        i += 1

    # Body zone.
    meta_lines.dateline(blocks[first].text, cands)
    in_list = False
    for i in range(first, last + 1):
        block = blocks[i]
        if reasons[i]:
            roles[i] = FURNITURE
            in_list = reasons[i] in ("section label", "cross-link")
            continue
        if (
            in_list
            and (block.kind == "li" or not rules.ends_sentence(block.text))
            and not substantial[i]
        ):
            roles[i], reasons[i] = FURNITURE, "list under a section label"
            continue
        in_list = False
        if _lone_word(block) and not _section_heading(blocks, i):
            roles[i], reasons[i] = FURNITURE, "a single word between paragraphs"
            continue
        # A list item ("* IVORY COAST – Prime Minister X") is never a byline.
        info = block.kind != "li" and meta_lines.meta_in_body(block.text, cands)
        roles[i] = META if info else BODY

    # Footer zone: sentences straight after the body are still body, and so is the list a
    # body's last paragraph announces ("Following are the delegations taking part:") and a last
    # paragraph cut off in mid-sentence (an excerpt, a paywall), after a photo caption too.
    i = last + 1
    listing = _ANNOUNCES_LIST.search(blocks[last].text) is not None
    while (
        i < n
        and not reasons[i]
        and i not in tailable
        and (
            rules.ends_sentence(blocks[i].text)
            or (listing and _list_line(blocks, i))
            or _cut_short(blocks[i])
        )
    ):
        if meta_lines.meta_in_body(blocks[i].text, cands):
            roles[i] = META
        else:
            roles[i] = BODY
        i += 1
    # A bare name in the footer is the author (or outlet) only near the end of the body and
    # before any list of other stories, where names belong to other articles.
    tail_start, in_lists = i, False
    for j in range(i, n):
        if roles[j]:
            continue
        if j in tailable:
            roles[j] = FURNITURE
            reasons[j] = reasons[j] or tailable[j]
            meta_lines.about_metadata(blocks[j].text, tailable[j], cands)
        elif reasons[j]:
            roles[j] = FURNITURE
            in_lists = in_lists or reasons[j] in _LIST_REASONS
            meta_lines.furniture_metadata(blocks[j].text, reasons[j], cands)
        else:
            trust = not in_lists and j - tail_start <= 3
            roles[j] = meta_lines.header_line(
                blocks, reasons, roles, j, cands, footer=True, trust=trust
            )
            if roles[j] == BODY:
                roles[j], reasons[j] = FURNITURE, "after the end of the article"
    for j in range(first):
        if reasons[j]:
            meta_lines.furniture_metadata(blocks[j].text, reasons[j], cands)
    return Cleaned(roles, reasons, title, sorted(tailable))


# -- zones --------------------------------------------------------------------------------------


def _is_substantial(block: Block) -> bool:
    if block.kind in ("h", "caption"):
        return False
    words = len(block.text.split())
    if words >= 30:
        return True
    if block.text.rstrip("\"'”’»)").endswith(("?", "!", "...", "…")):
        return words >= 16  # a shorter question, exclamation or teaser may be a headline
    return words >= 8 and (rules.ends_sentence(block.text) or block.text.endswith(":"))


def _no_structure(
    blocks: list[Block], reasons: list[str], cands: Candidates, title_hint: str
) -> Cleaned:
    """No block reads like article prose: keep every line that is not furniture as body."""
    roles = [FURNITURE if r else BODY for r in reasons]
    for i, block in enumerate(blocks):
        if roles[i] == BODY and names.parse_byline(block.text):
            roles[i] = META
            meta_lines.meta_in_body(block.text, cands)
    return Cleaned(roles, reasons, title_hint)


# -- helpers ----------------------------------------------------------------------------------


def _mark_repeats(blocks: list[Block], reasons: list[str]) -> None:
    """A short line seen before ("Loading...", a repeated headline) is furniture the second time.

    Long paragraphs are left alone: repeated text in an article body is the author's business.
    """
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        if len(block.text) > 200:
            continue
        key = fold(block.text)
        if key in seen and not reasons[i]:
            reasons[i] = "repeated line"
        seen.add(key)


def _lone_word(block: Block) -> bool:
    """One word on its own in the body (a photographer's name, "Video"); headings are kept."""
    return (
        block.kind not in ("h", "li")
        and len(block.text.split()) == 1
        and not rules.ends_sentence(block.text)
    )


def _section_heading(blocks: list[Block], i: int) -> bool:
    """ "ATTENDING", "ABSENT" above a list: a word in capitals followed by list items or by
    labelled lines ("IRAN – boycott")."""
    text = blocks[i].text.strip()
    if not (len(text) > 2 and text.isupper() and text.isalpha()):
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and (nxt.kind == "li" or _LABELLED.match(nxt.text) is not None)


def _cut_short(block: Block) -> bool:
    """A paragraph of prose that stops in mid-sentence: long, in sentence case, ending on a word —
    not a headline, a caption or a list of links."""
    if block.kind in ("h", "caption", "li"):
        return False
    words = block.text.split()
    if len(words) < CUT_SHORT_WORDS or not block.text.rstrip()[-1:].isalnum():
        return False
    # sentence case: lower-case words that are not function words ("absentees included"); a
    # title-case headline capitalizes every one of them
    lower = [w for w in words if w[:1].islower() and w.lower().strip(".,;:") not in STOPWORDS]
    return len(lower) >= 2


def _list_line(blocks: list[Block], i: int) -> bool:
    """A list item, a labelled line ("PERU – Foreign Minister X") or a heading in capitals."""
    text = blocks[i].text.strip()
    return (
        blocks[i].kind == "li"
        or _LABELLED.match(text) is not None
        or (text.isupper() and len(text.split()) <= 5)
    )


CUT_SHORT_WORDS = 12  # a last paragraph cut in mid-sentence is kept from this many words

_ANNOUNCES_LIST = re.compile(
    r"(?::\s*$|\b(?:following (?:is|are)|here (?:is|are)|the following|below)\b)", re.IGNORECASE
)
_LABELLED = re.compile(r"^[\s*•-]*[A-Z][A-Z .'&-]{1,40}\s*[–—:-]\s")


def _early_author(blocks: list[Block], reasons: list[str]) -> str:
    """The byline's name, for recognising the author's bio: an explicit byline ("By ...", a
    signature line) anywhere in the first part of the text (a whole copied page has a long menu
    above it), else a bare name line among the first few lines."""
    bare = ""
    for i, block in enumerate(blocks[:EARLY_BYLINE_BLOCKS]):
        if reasons[i] or len(block.text.split()) > meta_lines.MAX_COMPOUND_WORDS:
            continue
        byline = names.parse_byline(block.text)
        if byline:
            return byline.author
        probe = Candidates()
        if meta_lines.compound_line(block.text, probe, footer=False) and probe.authors:
            return probe.best_author()
        if (
            not bare
            and 0 < i < 12
            and (names.is_person_name(block.text) or names.parse_name_line(block.text))
        ):
            bare = block.text
    return bare


def _tailable(blocks: list[Block], reasons: list[str], author: str) -> dict[int, str]:
    """Blocks that are furniture if they come after the article: self-descriptions, bios, and the
    paragraphs under an "About us" heading."""
    out: dict[int, str] = {}
    about_left = 0
    for i, block in enumerate(blocks):
        if reasons[i]:
            about_left = 3 if block.text.lower().startswith(("about", "who we are")) else 0
            continue
        if rules.self_description(block.text):
            out[i] = "outlet self-description"
        elif rules.author_bio(block.text, author):
            out[i] = "author bio"
        elif about_left:
            out[i] = "under an “About” heading"
        if block.kind == "h":
            about_left = 0
        elif about_left:
            about_left -= 1
    return out
