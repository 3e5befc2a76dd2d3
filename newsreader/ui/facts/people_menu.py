"""Merging and splitting people from the facts sidebar's context menu.

"Same person as…" lists the other canonical people, the most similar names first; "Split … from …"
takes a spelling out of a canonical person (the spelling this outlet uses, else any other full
spelling). Both go through the :class:`FactsController`, which re-runs only the cross-article
step with the new :class:`NameOverrides`. The choices are plain functions, tested without menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from newsreader.core.facts import CanonicalPerson, FactSet
from newsreader.core.text import fold
from newsreader.ui.common.visible import visible
from newsreader.ui.facts.tree import Node

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from newsreader.ui.facts.controller import FactsController

MAX_CANDIDATES = 25
NAME_LIMIT = 60


def merge_candidates(
    person: CanonicalPerson, people: list[CanonicalPerson]
) -> list[CanonicalPerson]:
    """The other people, the most similar names first (then by name)."""
    others = [p for p in people if p.id != person.id]
    return sorted(
        others, key=lambda p: (-fuzz.token_set_ratio(fold(p.name), fold(person.name)), p.name)
    )[:MAX_CANDIDATES]


def split_choices(person: CanonicalPerson, written: str = "") -> list[str]:
    """Spellings that can be taken out of ``person``: ``written`` alone if it differs from the
    canonical name, else every other full spelling (a surname alone follows its full name)."""
    if written and fold(written) != fold(person.name):
        return [written]
    return [
        v
        for v in dict.fromkeys(person.variants)
        if len(v.split()) > 1 and fold(v) != fold(person.name)
    ]


def add_people_actions(
    menu: QMenu, node: Node, factset: FactSet, controller: FactsController
) -> None:
    """Add "Same person as…" / "Split … from …" for the person ``node`` is about, if any."""
    person = factset.person(node.person_id) if node.person_id else None
    if person is not None:
        menu.addSeparator()
        name = _label(person.name)
        own = node.written or person.name
        header = menu.addAction(_label(own))
        header.setEnabled(False)
        same = menu.addMenu("Same Person as")
        same.setObjectName("sameAsMenu")
        same.setToolTipsVisible(True)
        for other in merge_candidates(person, factset.people):
            action = same.addAction(f"{_label(other.name)} ({_outlets(other)})")
            action.setToolTip(f"Treat {own} and {other.name} as one person in every outlet")
            action.triggered.connect(lambda _=False, a=own, b=other.name: controller.merge(a, b))
        same.setEnabled(bool(same.actions()))
        choices = split_choices(person, node.written)
        if len(choices) == 1:
            action = menu.addAction(f"Split “{_label(choices[0])}” from {name}")
            action.setObjectName("splitAction")
            action.triggered.connect(lambda _=False, n=choices[0]: controller.split(n))
        elif choices:
            split = menu.addMenu(f"Split from {name}")
            split.setObjectName("splitMenu")
            for spelling in choices:
                split.addAction(_label(spelling)).triggered.connect(
                    lambda _=False, n=spelling: controller.split(n)
                )
        else:
            action = menu.addAction(f"Split from {name}")
            action.setEnabled(False)
            action.setToolTip("Every outlet spells this person the same way")
    overrides = controller.overrides
    if overrides.merges or overrides.splits:
        menu.addSeparator()
        menu.addAction("Forget All Name Merges and Splits", controller.reset_overrides)


def _label(text: str) -> str:
    """A name made visible for a menu ("&" would otherwise mark a shortcut key)."""
    return visible(text, NAME_LIMIT).replace("&", "&&")


def _outlets(person: CanonicalPerson) -> str:
    n = len(person.articles)
    return f"{n} {'outlet' if n == 1 else 'outlets'}"
