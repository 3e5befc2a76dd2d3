"""Which columns the fact grid shows when hundreds of outlets are loaded (plain data, no Qt).

Outlets of one story (the Overview's story clusters, once it has run) collapse into one column
per story, whose cells say what most of them state and how many ("Attending · 5 of 7 · 1
differs", red when any of them is the odd one out); outlets whose story is not known collapse when
they state the same thing on every shown row (copies of one wire story, or outlets that mention
none of these facts). The outlets shown in the panes always keep their own column. A collapsed
column can be expanded on demand. Outlets can be filtered by name and sorted
(by name, by how many facts they state, by how often they are the odd one out). Each row also gets
its counts across the outlets shown: "31 outlets: attending · 2: not attending".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsreader.core.text import fold

SORTS = {
    "stated": "Most facts first",
    "conflicts": "Odd ones out first",
    "name": "By name",
    "loaded": "As loaded",
}


class _Cell:  # the shape of core.facts.Cell this module reads
    state: str
    value: str


class _Row:  # the shape of core.facts.FactRow this module reads
    cells: Sequence[_Cell]


@dataclass(frozen=True, slots=True)
class Column:
    """One grid column: one outlet, or several that say the same (``members``, article indices)."""

    members: tuple[int, ...]
    expanded_from: tuple[int, ...] = ()  # the group this outlet was expanded out of
    story: str = ""  # the story's name when the group is a story

    @property
    def first(self) -> int:
        return self.members[0]

    @property
    def grouped(self) -> bool:
        return len(self.members) > 1


def statement(rows: Sequence[_Row], article: int) -> tuple[str, ...]:
    """What ``article`` states across ``rows`` (its value, or "" where it says nothing)."""
    return tuple(r.cells[article].value if r.cells[article].state != "absent" else "" for r in rows)


def sort_key(
    rows: Sequence[_Row], labels: Sequence[str], how: str
) -> Callable[[int], tuple[object, ...]]:
    def stated(i: int) -> int:
        return sum(1 for r in rows if r.cells[i].state != "absent")

    def conflicts(i: int) -> int:
        return sum(1 for r in rows if r.cells[i].state == "conflict")

    if how == "name":
        return lambda i: (fold(labels[i]), i)
    if how == "stated":
        return lambda i: (-stated(i), fold(labels[i]), i)
    if how == "conflicts":
        return lambda i: (-conflicts(i), -stated(i), fold(labels[i]), i)
    return lambda i: (i,)


def columns(
    rows: Sequence[_Row],
    labels: Sequence[str],
    *,
    pinned: Sequence[int] = (),
    text: str = "",
    sort: str = "stated",
    collapse: bool = True,
    expanded: frozenset[tuple[int, ...]] = frozenset(),
    story: Callable[[int], str] | None = None,
) -> list[Column]:
    """The grid's outlet columns, in order: the pinned (compared) outlets, then the others.

    ``text`` keeps the outlets whose label contains it (case and accents ignored); ``expanded``
    holds the member tuples of groups the user opened.
    """
    wanted = fold(text.strip())
    shown = [i for i in range(len(labels)) if not wanted or wanted in fold(labels[i])]
    key = sort_key(rows, labels, sort)
    first = [i for i in pinned if i in shown]
    rest = sorted((i for i in shown if i not in first), key=key)
    out = [Column((i,)) for i in first]
    if not collapse:
        return out + [Column((i,)) for i in rest]
    groups: dict[tuple[object, ...], list[int]] = {}
    for i in rest:
        name = story(i) if story else ""
        groups.setdefault(("story", name) if name else ("same", statement(rows, i)), []).append(i)
    for group_key, members in sorted(groups.items(), key=lambda g: key(g[1][0])):
        group = tuple(members)
        name = str(group_key[1]) if group_key[0] == "story" else ""
        if len(group) > 1 and group in expanded:
            out.extend(Column((i,), group, name) for i in group)
        else:
            out.append(Column(group, (), name if len(group) > 1 else ""))
    return out


@dataclass(frozen=True, slots=True)
class Summary:
    """What the outlets of a collapsed column state on one row."""

    state: str  # conflict when any of them is the odd one out, else agree, else absent
    value: str  # the value most of them state ("" when none says anything)
    count: int  # how many side with the others (spelling variants of one value count alike)
    others: int  # how many are the odd one out
    members: int
    tally: tuple[tuple[str, int], ...]  # every value with its count, most common first


def summarize(row: _Row, members: Sequence[int]) -> Summary:
    tally = Counter(row.cells[i].value for i in members if row.cells[i].state != "absent")
    states = {row.cells[i].state for i in members}
    state = "conflict" if "conflict" in states else "agree" if "agree" in states else "absent"
    common = tally.most_common()
    agreeing = Counter(row.cells[i].value for i in members if row.cells[i].state == "agree")
    value = (agreeing or tally).most_common(1)[0][0] if tally else ""
    count = sum(agreeing.values()) if agreeing else tally.get(value, 0)
    others = sum(1 for i in members if row.cells[i].state == "conflict")
    return Summary(state, value, count, others, len(members), tuple(common))


def counts(row: _Row, shown: Sequence[int], value_text: Callable[[str], str]) -> str:
    """ "31 outlets: attending · 2: not attending · 5: not stated" over the outlets ``shown``."""
    tally = Counter(
        value_text(row.cells[i].value) if row.cells[i].state != "absent" else "" for i in shown
    )
    silent = tally.pop("", 0)
    parts = [
        f"{n} {'outlet' if n == 1 else 'outlets'}: {value}" if k == 0 else f"{n}: {value}"
        for k, (value, n) in enumerate(tally.most_common())
    ]
    if silent:
        parts.append(f"{silent}: not stated" if parts else f"{silent} outlets: not stated")
    return " · ".join(parts)
