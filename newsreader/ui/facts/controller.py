"""Keeps the facts of the loaded articles up to date: computed in the background, debounced.

The facts are read for every loaded article at once, so people are canonicalized and outlets
compared across the whole set (the sidebar then shows the compared and selected ones, the grid all
of them). Any change to the list restarts a short timer; when it fires and the set of articles
(keys and content ids) differs from the one last computed, a task runs through the window's
:class:`TaskRunner` (progress and Cancel in the status bar); an older one still running is
cancelled and its late result ignored (the mechanism is
:mod:`newsreader.ui.library.background_set`'s).
Nothing is computed while no facts view is open (:meth:`set_active`): opening one computes what is
missing.

Each article's own facts (``extract_facts``) are kept per content id, so a new article costs only
its own reading, and merging or splitting people (:meth:`merge`, :meth:`split`) re-runs only the
cross-article step (``analyze_facts``) with the new :class:`NameOverrides`, also in the background;
so does :meth:`set_scope` (compare within each story, or the whole set as one story).

Signals:
    state_changed(str): one of :data:`STATES`.
    progressed(float, str): the running task's progress (0..1) and what it is doing.
    result_changed(object): the :class:`FactsResult` now current (None when there is none).
    overrides_changed(): the user's merges and splits changed (the session keeps them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from newsreader.core.article import Article
from newsreader.core.facts import (
    ArticleFacts,
    FactSet,
    NameOverrides,
    analyze_facts,
    extract_facts,
    facts_json,
)
from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.worker import TaskContext, TaskRunner
from newsreader.ui.library.article_model import ArticleTableModel
from newsreader.ui.library.background_set import (
    CANCELLED,
    COMPUTING,
    FAILED,
    READY,
    BackgroundSetController,
    Signature,
)
from newsreader.ui.library.entries import Entry

EMPTY, NO_FACTS = "empty", "no_facts"
STATES = (EMPTY, COMPUTING, READY, NO_FACTS, CANCELLED, FAILED)
DEBOUNCE_MS = 300


@dataclass(frozen=True, slots=True)
class FactsResult:
    """A :class:`FactSet` and the entry key of each of its articles (same order)."""

    keys: tuple[str, ...]
    factset: FactSet
    signature: Signature

    def index_of(self, key: str) -> int | None:
        try:
            return self.keys.index(key)
        except ValueError:
            return None

    @property
    def has_facts(self) -> bool:
        return any(a.items() for a in self.factset.articles)


def copy_overrides(overrides: NameOverrides) -> NameOverrides:
    return NameOverrides.from_json(overrides.to_json())


def compute(
    ctx: TaskContext,
    articles: list[Article],
    known: dict[str, ArticleFacts],
    overrides: NameOverrides,
    scope: str = "story",
) -> tuple[FactSet, dict[str, ArticleFacts]]:
    """Worker side: read the articles not in ``known``, then compare the set (never touches widgets).

    Returns the fact set and every article's own facts by content id (``known`` is not modified).
    """
    fresh: dict[str, ArticleFacts] = {}
    missing = [a for a in articles if a.id not in known]
    for n, article in enumerate(missing):
        ctx.check()
        ctx.progress(0.9 * n / len(missing), f"Reading facts: {n + 1:,} of {len(missing):,}…")
        fresh[article.id] = extract_facts(article, cancelled=ctx.cancelled)
    ctx.check()
    ctx.progress(0.9, "Comparing the outlets' facts…")
    own = {**known, **fresh}
    factset = analyze_facts(
        [own[a.id] for a in articles],
        overrides=overrides,
        scope=scope,
        cancelled=ctx.cancelled,
        progress=lambda f: ctx.progress(0.9 + 0.09 * f, "Comparing the outlets' claims…"),
    )
    ctx.check()
    return factset, {a.id: own[a.id] for a in articles}


class FactsController(BackgroundSetController):
    overrides_changed = Signal()

    failure_text = "The facts could not be read"
    result: FactsResult | None

    def __init__(
        self,
        model: ArticleTableModel,
        runner: TaskRunner,
        messages: MessageHub,
        parent: QObject | None = None,
        debounce_ms: int | None = None,
    ) -> None:
        super().__init__(
            model,
            runner,
            messages,
            parent,
            debounce_ms=DEBOUNCE_MS if debounce_ms is None else debounce_ms,
            state=EMPTY,
            active=False,
        )
        self.overrides = NameOverrides()
        self.scope = "story"  # "all": the user takes the loaded set as one story
        self._own: dict[str, ArticleFacts] = {}  # each article's facts by content id, untouched

    # --- people --------------------------------------------------------------------------------
    def merge(self, *names: str) -> None:
        """These spellings are one person (the user said so)."""
        overrides = copy_overrides(self.overrides)
        overrides.merge(*names)
        self.set_overrides(overrides)

    def split(self, name: str) -> None:
        """This spelling is a person of its own."""
        overrides = copy_overrides(self.overrides)
        overrides.split(name)
        self.set_overrides(overrides)

    def set_scope(self, scope: str) -> None:
        """Compare articles of the same story only ("story"), or all as one story ("all")."""
        if scope == self.scope or scope not in ("story", "all"):
            return
        self.scope = scope
        if self.result is not None or self.pending:
            self.recompute()

    def reset_overrides(self) -> None:
        self.set_overrides(NameOverrides())

    def set_overrides(self, overrides: NameOverrides) -> None:
        """Use these merges and splits from now on; a shown result is compared again."""
        if overrides.to_json() == self.overrides.to_json():
            return
        self.overrides = overrides
        self.overrides_changed.emit()
        if self.result is not None or self.pending:
            self.recompute()

    # --- reuse ---------------------------------------------------------------------------------
    def export_facts(self, articles: Sequence[Article]) -> Callable[[], dict[str, Any]] | None:
        """The facts document for ``articles`` from facts already read (None if any is missing).

        The returned function runs the cross-article step with the user's merges and splits; it
        is meant for a worker thread (it only reads the kept facts).
        """
        own = [self._own.get(a.id) for a in articles]
        if not own or any(f is None for f in own):
            return None
        found = [f for f in own if f is not None]
        overrides = copy_overrides(self.overrides)
        scope = self.scope
        return lambda: facts_json(analyze_facts(found, overrides=overrides, scope=scope))

    # --- computing -----------------------------------------------------------------------------
    def _begin(self, entries: list[Entry], signature: Signature, generation: int) -> None:
        if not entries:
            self._own.clear()
            self._publish(None)
            self._set_state(EMPTY)
            return
        articles = [e.article for e in entries if e.article is not None]
        keys = tuple(e.key for e in entries)
        ids = {a.id for a in articles}
        self._own = {i: f for i, f in self._own.items() if i in ids}  # articles gone: forgotten
        known = dict(self._own)
        overrides = copy_overrides(self.overrides)
        scope = self.scope
        missing = sum(1 for a in articles if a.id not in known)
        label = (
            f"Reading the facts of {missing:,} articles"
            if missing
            else f"Comparing the facts of {len(articles):,} articles"
        )
        self._run(
            lambda ctx: compute(ctx, articles, known, overrides, scope),
            label=label,
            text=label + "…",
            succeeded=lambda out: self._on_computed(out, keys, signature, generation),
        )

    def _on_computed(
        self,
        out: tuple[FactSet, dict[str, ArticleFacts]],
        keys: tuple[str, ...],
        signature: Signature,
        generation: int,
    ) -> None:
        factset, own = out
        self._own.update(own)  # kept even when superseded: the next run reuses what was read
        if generation != self._generation:
            return
        result = FactsResult(keys, factset, signature)
        self._publish(result)
        self._set_state(READY if result.has_facts else NO_FACTS)
