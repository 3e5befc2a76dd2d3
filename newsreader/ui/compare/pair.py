"""Which two entries are compared, and their alignment (computed in a worker, cached).

Choosing a pair shows the two articles at once and starts ``align`` in the background; a newer
choice cancels an older alignment and its late result is ignored. Alignments are cached per pair of
article ids; swapping sides mirrors the cached one instead of aligning again.

Signals:
    pair_changed(str, str): the left and right entry keys ("" for none).
    aligned(object): the :class:`Alignment` now shown.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from newsreader.core.align import Alignment, DiffOp
from newsreader.core.article import Article
from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.worker import Task, TaskContext, TaskRunner
from newsreader.ui.compare.view import CompareView
from newsreader.ui.library.article_model import ArticleTableModel

CACHE_SIZE = 24
_MIRROR_TAG = {"insert": "delete", "delete": "insert"}


def mirror(alignment: Alignment) -> Alignment:
    """The same alignment seen from the other side (left and right exchanged)."""
    links = [
        replace(
            k,
            left=k.right,
            right=k.left,
            ops=tuple(DiffOp(_MIRROR_TAG.get(op.tag, op.tag), op.right, op.left) for op in k.ops),
            sentences=tuple((b, a) for a, b in k.sentences),
        )
        for k in alignment.links
    ]
    return Alignment(
        alignment.right_count,
        alignment.left_count,
        links,
        alignment.similarity,
        alignment.right_in_left,
        alignment.left_in_right,
    )


class PairController(QObject):
    pair_changed = Signal(str, str)
    aligned = Signal(object)

    def __init__(
        self,
        model: ArticleTableModel,
        view: CompareView,
        runner: TaskRunner,
        messages: MessageHub,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.view, self.runner, self.messages = model, view, runner, messages
        self.left_key = ""
        self.right_key = ""
        self.task: Task | None = None
        self._cache: OrderedDict[tuple[str, str], Alignment] = OrderedDict()
        self._generation = 0

    # --- choosing ------------------------------------------------------------------------------
    def set_pair(self, left_key: str, right_key: str) -> None:
        left, right = self._usable(left_key), self._usable(right_key)
        self.left_key = left_key if left else ""
        self.right_key = right_key if right else ""
        self._show()

    def set_side(self, side: str, key: str) -> None:
        if side == "left":
            self.set_pair(key, self.right_key)
        else:
            self.set_pair(self.left_key, key)

    def swap(self) -> None:
        if self.left_key or self.right_key:
            self.set_pair(self.right_key, self.left_key)

    def fill_empty(self) -> None:
        """Give an empty side the first usable entries that are not shown yet."""
        usable = [e.key for e in self.model.entries() if e.comparable]
        left, right = self.left_key, self.right_key
        if not left:
            left = next((k for k in usable if k != right), "")
        if not right:
            right = next((k for k in usable if k not in (left,)), "")
        if (left, right) != (self.left_key, self.right_key):
            self.set_pair(left, right)

    def entries_removed(self, keys: list[str]) -> None:
        if self.left_key in keys or self.right_key in keys:
            self.set_pair(
                "" if self.left_key in keys else self.left_key,
                "" if self.right_key in keys else self.right_key,
            )
            self.fill_empty()

    def entries_replaced(self, keys: list[str]) -> None:
        """These entries were reloaded: show and align the new content if it is on screen."""
        if self.left_key in keys or self.right_key in keys:
            self._show()
        else:
            self.view.refresh_headers()

    # --- aligning ------------------------------------------------------------------------------
    def _usable(self, key: str) -> bool:
        entry = self.model.find(key) if key else None
        return entry is not None and entry.comparable

    def _show(self) -> None:
        left = self.model.find(self.left_key) if self.left_key else None
        right = self.model.find(self.right_key) if self.right_key else None
        self._generation += 1
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.task = None
        self.view.set_pair(left, right)
        self.model.set_sides(self.left_key, self.right_key)
        self.pair_changed.emit(self.left_key, self.right_key)
        if left is None or right is None or left.article is None or right.article is None:
            return
        a, b = left.article, right.article
        cached = self._cached(a, b)
        if cached is not None:
            self.view.set_alignment(cached)
            self.aligned.emit(cached)
            return
        self.view.set_status("Aligning…")
        generation = self._generation
        self.task = self.runner.run(
            lambda ctx: _align(a, b, ctx),
            label=f"Aligning {left.short_label} and {right.short_label}",
            on_failure=lambda exc: self._on_failed(exc, generation),
        )
        self.task.succeeded.connect(lambda result: self._on_aligned(result, a, b, generation))
        self.task.cancelled.connect(lambda: self._on_cancelled(generation))

    def _cached(self, a: Article, b: Article) -> Alignment | None:
        found = self._cache.get((a.id, b.id))
        if found is None and (b.id, a.id) in self._cache:
            found = mirror(self._cache[(b.id, a.id)])
            self._remember(a, b, found)
        if found is not None:
            self._cache.move_to_end((a.id, b.id))
        return found

    def _remember(self, a: Article, b: Article, alignment: Alignment) -> None:
        self._cache[(a.id, b.id)] = alignment
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _on_aligned(self, alignment: Alignment, a: Article, b: Article, generation: int) -> None:
        self._remember(a, b, alignment)
        if generation != self._generation:
            return
        self.view.set_alignment(alignment)
        self.aligned.emit(alignment)

    def _on_failed(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            self.view.set_status("Alignment failed")
        self.messages.error(f"The two articles could not be aligned: {exc}")

    def _on_cancelled(self, generation: int) -> None:
        if generation == self._generation:
            self.view.set_status("Alignment cancelled: choose the pair again to retry")


def _align(left: Article, right: Article, ctx: TaskContext) -> Alignment:
    from newsreader.core.align import align  # the engine loads in the worker, on first use

    return align(
        left,
        right,
        progress=lambda f: ctx.progress(f, "Aligning paragraphs…"),
        cancelled=ctx.cancelled,
    )
