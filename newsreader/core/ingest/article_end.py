"""Where the article ends when the page goes on with other stories.

The body zone first runs to the last *substantial* block, but pages often end with teasers for
other stories that are themselves sentences ("Other columns", a headline, a one-paragraph
summary, the next headline ...) or with a promotional sentence far below the article. Two signs
end the article earlier:

- a section label ("More stories", "Related coverage", "Most read") once most of the article's
  text is above it, with no run of consecutive paragraphs below it (an article that goes on has
  paragraphs that follow one another; teasers alternate with their headlines);
- a long stretch of lines that are not paragraphs (share buttons, an author box, a list of
  headlines) followed by a little text that, again, has no run of consecutive paragraphs.

List items (bullets) never count towards such a stretch, so a list inside the article does not end it.
"""

from __future__ import annotations

import re

from newsreader.core.ingest.blocks import Block

END_SHARE = 0.6  # a section label ends the article once this share of its text is above it
GAP = 4  # this many non-paragraph lines in a row separate the article from what follows
SMALL_TAIL = 0.25  # text after such a gap, relative to the article, that can be cut
RUN_WORDS = 20  # two consecutive paragraphs of at least this many words: the article goes on

_BULLET = re.compile(r"^(?:[-*•·▪◦‣–—+]|\d{1,3}[.)])\s")
END_LABELS = frozenset({"section label"})


def trim_end(
    blocks: list[Block], reasons: list[str], substantial: list[bool], first: int, last: int
) -> int:
    """The index of the article's last block (``last`` when nothing below it is cut)."""
    words = [len(b.text.split()) if substantial[i] else 0 for i, b in enumerate(blocks)]
    total = sum(words[first : last + 1])
    if not total:
        return last
    runs_below = _runs_below(blocks, substantial, first, last)
    above = 0
    for i in range(first, last + 1):
        if reasons[i] in END_LABELS and above >= END_SHARE * total and not runs_below[i - first]:
            return _last_substantial(substantial, first, i - 1)
        above += words[i]
    return _trim_after_gap(blocks, substantial, words, first, last)


def _trim_after_gap(
    blocks: list[Block], substantial: list[bool], words: list[int], first: int, last: int
) -> int:
    segments: list[tuple[int, int]] = []
    start, end, gap = first, first, 0
    for i in range(first, last + 1):
        if substantial[i]:
            if gap >= GAP:
                segments.append((start, end))
                start = i
            end, gap = i, 0
        elif not _is_list_item(blocks[i]):
            gap += 1
    segments.append((start, end))
    sizes = [sum(words[a : b + 1]) for a, b in segments]
    main = max(range(len(segments)), key=lambda k: sizes[k])
    for k in range(main + 1, len(segments)):
        a, b = segments[k]
        if sizes[k] < SMALL_TAIL * sizes[main] and not _has_run(blocks, substantial, a, b):
            return segments[k - 1][1]
    return last


def _runs_below(blocks: list[Block], substantial: list[bool], first: int, last: int) -> list[bool]:
    """For each block from ``first``: is there a run of paragraphs below it (up to ``last``)?"""
    out = [False] * (last - first + 1)
    found = False
    for j in range(last - 1, first - 1, -1):
        out[j - first] = found
        if _is_run(blocks, substantial, j):
            found = True
    return out


def _is_run(blocks: list[Block], substantial: list[bool], j: int) -> bool:
    return (
        substantial[j]
        and substantial[j + 1]
        and len(blocks[j].text.split()) >= RUN_WORDS
        and len(blocks[j + 1].text.split()) >= RUN_WORDS
    )


def _has_run(blocks: list[Block], substantial: list[bool], start: int, end: int) -> bool:
    """Two consecutive substantial paragraphs of some length between ``start`` and ``end``."""
    return any(_is_run(blocks, substantial, j) for j in range(start, end))


def _last_substantial(substantial: list[bool], first: int, upto: int) -> int:
    for j in range(upto, first - 1, -1):
        if substantial[j]:
            return j
    return first


def _is_list_item(block: Block) -> bool:
    return block.kind == "li" or bool(_BULLET.match(block.text))
