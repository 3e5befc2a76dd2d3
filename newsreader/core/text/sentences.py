"""Sentence spans of a paragraph.

Sentence splitting is rule based (no model): split after ``.``, ``!`` or ``?`` (optionally followed by
closing quotes/brackets) when the next non-space character starts a new sentence, except after common
abbreviations, initials and inside decimal numbers.
"""

from __future__ import annotations

import re

# Titles and abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "rep",
        "sen",
        "gov",
        "pres",
        "rev",
        "hon",
        "no",
        "nos",
        "vol",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``; whitespace around sentences is excluded."""
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if end <= start:
            continue
        nxt = _skip_space(text, end)
        if nxt < len(text) and not _starts_sentence(text[nxt]):
            continue
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        spans.append((start, end))
        start = nxt
    if start < len(text):
        end = len(text.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘«([—–-"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    token = text[i:dot].lower()
    if not token:
        return False
    if len(token) == 1 and text[i].isupper():  # an initial: "George W. Bush"
        return True
    return token in _ABBREVIATIONS
