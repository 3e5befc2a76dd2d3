"""Keeps the overview of the loaded articles up to date: computed in the background, debounced.

Any change to the list (articles added, removed, reloaded) restarts a short timer; when it fires and
the set of articles (keys and content ids) differs from the one last computed, a new overview starts
through the window's :class:`TaskRunner` and an older one still running is cancelled (the mechanism
is :mod:`newsreader.ui.library.background_set`'s). The result also gives the article list its "Copy
of" badges. A second, cheaper task then refines the copy pairs with the alignment engine (paragraph
links for the tooltips); cancelling it loses nothing.

A cancelled overview stays cancelled for that set of articles until :meth:`recompute` (the view's
"Compute again") or until the set changes.

Signals:
    state_changed(str): one of :data:`STATES`.
    progressed(float, str): the running overview's progress (0..1) and what it is doing.
    result_changed(object): the :class:`OverviewResult` now current (None when there is none).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer

from newsreader.core.article import Article
from newsreader.core.corpus import Overview, align_derived, overview
from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.visible import visible
from newsreader.ui.common.worker import Task, TaskContext, TaskRunner
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
from newsreader.ui.overview.data import OverviewResult, build_heatmap
from newsreader.ui.overview.text import badges

FEW = "few"
STATES = (FEW, COMPUTING, READY, CANCELLED, FAILED)
DEBOUNCE_MS = 350
REFINE_DELAY_MS = 500  # the new map is painted before the refinement competes for the GIL
LABEL_LIMIT = 160


def label_of(entry: Entry) -> str:
    label = entry.short_label
    if entry.title and entry.title != label:
        label = f"{label} — {entry.title}"
    return visible(label, LABEL_LIMIT)


def compute(
    ctx: TaskContext,
    articles: list[Article],
    *,
    keys: list[str],
    labels: list[str],
    short: list[str],
    signature: Signature,
    names: list[str] | None = None,
) -> OverviewResult:
    """Worker side: the overview and its heatmap (never touches widgets)."""
    text = f"Comparing {len(articles):,} articles…"
    result = overview(
        articles, progress=lambda f: ctx.progress(0.92 * f, text), cancelled=ctx.cancelled
    )
    ctx.progress(0.95, "Drawing the similarity map…")
    heatmap = build_heatmap(result, labels, short)
    ctx.check()
    return OverviewResult(keys, labels, short, result, heatmap, signature, names or [])


def refine(ctx: TaskContext, result: Overview, articles: list[Article]) -> Overview:
    """Worker side: paragraph links of the copy pairs, on a copy of the overview."""
    copied = replace(result, derived=list(result.derived))
    return align_derived(
        copied,
        articles,
        progress=lambda f: ctx.progress(f, "Linking the paragraphs of copies…"),
        cancelled=ctx.cancelled,
    )


class OverviewController(BackgroundSetController):
    failure_text = "The overview could not be computed"
    result: OverviewResult | None

    def __init__(
        self,
        model: ArticleTableModel,
        runner: TaskRunner,
        messages: MessageHub,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(
            model, runner, messages, parent, debounce_ms=debounce_ms, state=FEW, wanted=()
        )
        self.refine_task: Task | None = None

    # --- computing -----------------------------------------------------------------------------
    def _stop(self) -> None:
        super()._stop()
        if self.refine_task is not None and not self.refine_task.done:
            self.refine_task.cancel()
        self.refine_task = None

    def _begin(self, entries: list[Entry], signature: Signature, generation: int) -> None:
        if len(entries) < 2:
            self._publish(None)
            self._set_state(FEW)
            return
        self._drop_stale_badges({e.key for e in entries})
        articles = [e.article for e in entries if e.article is not None]
        keys = [e.key for e in entries]
        labels = [label_of(e) for e in entries]
        short = [visible(e.short_label, LABEL_LIMIT) for e in entries]
        names = [visible(e.name, LABEL_LIMIT) for e in entries]
        self._run(
            lambda ctx: compute(
                ctx,
                articles,
                keys=keys,
                labels=labels,
                short=short,
                signature=signature,
                names=names,
            ),
            label=f"Overview of {len(entries):,} articles",
            text=f"Comparing {len(entries):,} articles…",
            succeeded=lambda result: self._on_computed(result, articles, generation),
        )

    def _on_computed(
        self, result: OverviewResult, articles: list[Article], generation: int
    ) -> None:
        if generation != self._generation:
            return
        self._publish(result)
        self._set_state(READY)
        if any(d.direct for d in result.overview.derived):
            QTimer.singleShot(REFINE_DELAY_MS, self, lambda: self._refine(articles, generation))

    def _refine(self, articles: list[Article], generation: int) -> None:
        result = self.result
        if generation != self._generation or result is None:
            return
        direct = sum(1 for d in result.overview.derived if d.direct)
        self.refine_task = self.runner.run(
            lambda ctx: refine(ctx, result.overview, articles),
            label=f"Linking the paragraphs of {direct} copies",
        )
        self.refine_task.succeeded.connect(
            lambda refined: self._on_refined(refined, result, generation)
        )

    def _on_refined(self, refined: Overview, base: OverviewResult, generation: int) -> None:
        if generation == self._generation and self.result is base:
            self._publish(base.with_overview(refined))

    # --- publishing ----------------------------------------------------------------------------
    def _publish(self, result: OverviewResult | None) -> None:
        self.result = result
        self.model.set_badges(badges(result) if result is not None else {})
        self.result_changed.emit(result)

    def _drop_stale_badges(self, present: set[str]) -> None:
        """Badges naming an article that is gone are dropped at once, before the new overview."""
        result = self.result
        if result is None:
            return
        gone = {i for i, key in enumerate(result.keys) if key not in present}
        if not gone:
            return
        kept = {}
        for i, key in enumerate(result.keys):
            sources = [d.source for d in result.overview.sources_of(i)]
            if key in present and sources and not gone.intersection(sources):
                kept[key] = self.model.badge(key)
        self.model.set_badges(kept)
