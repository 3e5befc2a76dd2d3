"""Loading files and pasted text in the background, into the article list.

Paths are expanded by core's ``collect_files`` (folders recursive, no link following, caps) and read
by ``load_many`` in a worker task, with progress and cancel in the status bar. Failed files become
rows whose status says why, and each problem is posted to the message hub (status bar + problems
panel). A file whose content is already loaded under another name is reported, not added twice.

Signals:
    loaded(object): a :class:`LoadOutcome` after its entries were added to the model.
    reloaded(list): keys of entries replaced by a reload.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from newsreader.core.align import Cancelled
from newsreader.ui.common.messages import MessageHub
from newsreader.ui.common.worker import Task, TaskContext, TaskRunner
from newsreader.ui.library.article_model import ArticleTableModel
from newsreader.ui.library.entries import Entry, file_key, pasted_key, stamp_of
from newsreader.ui.library.pasted_store import PastedStore

if TYPE_CHECKING:  # the readers are imported in the worker, on first use (a quick start-up)
    from newsreader.core.ingest import LoadReport
    from newsreader.core.ingest.feed_reader import Feed
    from newsreader.core.ingest.loader import LoadFailure

CHUNK = 25  # files per load_many call: cancelling keeps the chunks already loaded


@dataclass(slots=True)
class LoadOutcome:
    entries: list[Entry] = field(default_factory=list)  # loaded and failed files, in order
    skipped: list[LoadFailure] = field(default_factory=list)  # not opened (links, FIFOs, caps)
    duplicates: list[tuple[Path, str]] = field(default_factory=list)  # (path, id already loaded)
    truncated: bool = False
    cancelled: bool = False
    requested: int = 0  # files found after expanding folders
    added: list[Entry] = field(default_factory=list)  # entries actually added to the model
    feeds: list[tuple[Path, Feed]] = field(default_factory=list)  # news feeds: items to pick from


# The readers (trafilatura, lxml, markdown …) are imported on first use, in the worker: the window
# is painted before any of them loads.
def collect_files(*args: Any, **kwargs: Any) -> Any:
    from newsreader.core.ingest import collect_files

    return collect_files(*args, **kwargs)


def load_many(*args: Any, **kwargs: Any) -> Any:
    from newsreader.core.ingest import load_many

    return load_many(*args, **kwargs)


def load_path(*args: Any, **kwargs: Any) -> Any:
    from newsreader.core.ingest import load_path

    return load_path(*args, **kwargs)


def load_text(*args: Any, **kwargs: Any) -> Any:
    from newsreader.core.ingest import load_text

    return load_text(*args, **kwargs)


def read_files(paths: list[str], ctx: TaskContext) -> LoadOutcome:
    """Worker side: expand folders, load every file, make entries (no Qt objects).

    Files are loaded in chunks so that cancelling keeps what was loaded so far (the outcome says
    it was cancelled) instead of losing it.
    """
    outcome = LoadOutcome()
    ctx.progress(None, "Looking for files…")
    collected = collect_files(paths, cancelled=ctx.cancelled)
    outcome.skipped = list(collected.skipped)
    outcome.truncated = collected.truncated
    outcome.requested = total = len(collected.files)
    for first in range(0, total, CHUNK):
        chunk = collected.files[first : first + CHUNK]
        try:
            report = load_many(
                chunk,
                progress=_chunk_progress(ctx, first, len(chunk), total),
                cancelled=ctx.cancelled,
            )
        except Cancelled:
            outcome.cancelled = True
            break
        _add_report(outcome, chunk, report)
        if ctx.cancelled():
            outcome.cancelled = True
            break
    if total:
        ctx.progress(1.0, f"Loaded {total} file{'s' if total != 1 else ''}")
    return outcome


def _chunk_progress(ctx: TaskContext, first: int, size: int, total: int) -> Callable[..., None]:
    """A ``progress`` for one chunk's ``load_many``, reported as progress over all files.

    Accepts a fraction of the chunk, or (done, count).
    """

    def progress(*args: float) -> None:
        fraction = args[0] / max(1, args[1]) if len(args) == 2 else args[0]
        done = first + round(fraction * size)
        ctx.progress(done / max(1, total), f"Loading files: {done} of {total}")

    return progress


def _add_report(outcome: LoadOutcome, chunk: list[Path], report: LoadReport) -> None:
    failed = {file_key(f.path): f.reason for f in report.failures}
    loaded = {file_key(a.path): a for a in report.articles if a.path is not None}
    for path in chunk:
        key = file_key(path)
        if key in loaded:
            outcome.entries.append(Entry(key, Path(path), loaded[key], stamp=stamp_of(path)))
        elif key in failed:
            outcome.entries.append(Entry(key, Path(path), None, error=failed[key]))
    outcome.duplicates.extend(report.duplicates)
    outcome.feeds.extend(report.feeds)


def read_one(path: Path, encoding: str | None) -> Entry:
    """Worker side: load one file again (optionally with a chosen encoding)."""
    from newsreader.core.ingest import LoadError

    try:
        article = load_path(path, encoding=encoding) if encoding else load_path(path)  # type: ignore[call-arg]
    except LoadError as exc:
        return Entry(file_key(path), path, None, error=exc.reason)
    return Entry(file_key(path), path, article, stamp=stamp_of(path))


class LoadController(QObject):
    loaded = Signal(object)
    reloaded = Signal(list)

    def __init__(
        self,
        model: ArticleTableModel,
        runner: TaskRunner,
        messages: MessageHub,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.runner = runner
        self.messages = messages
        self.pasted_store: PastedStore | None = None  # keeps pasted texts as files when set
        self._pasted_count = 0

    def load_paths(
        self, paths: Iterable[Path | str], then: Callable[[LoadOutcome], None] | None = None
    ) -> Task | None:
        """Load these files and folders (already listed files are skipped)."""
        wanted = [str(p) for p in paths if self.model.find(file_key(p)) is None]
        if not wanted:
            return None
        label = f"Loading {len(wanted)} item{'s' if len(wanted) != 1 else ''}"
        task = self.runner.run(
            lambda ctx: read_files(wanted, ctx),
            label=label,
            on_failure=lambda exc: self.messages.error(f"Loading stopped: {exc}"),
        )
        task.succeeded.connect(lambda outcome: self._on_files_read(outcome, then))
        task.cancelled.connect(lambda: self.messages.info("Loading cancelled."))
        return task

    def load_text(self, text: str, then: Callable[[list[Entry]], None] | None = None) -> Task:
        """Make an article of pasted or dropped text (kept as a file by :attr:`pasted_store`)."""
        self._pasted_count += 1
        name = f"Pasted text {self._pasted_count}"
        store = self.pasted_store

        def work(ctx: TaskContext) -> Entry | str:
            from newsreader.core.ingest import LoadError

            try:
                article = load_text(text, name=name)
            except LoadError as exc:
                return exc.reason
            kept = store.keep(text, article.id) if store and not article.is_empty else None
            return Entry(
                pasted_key(article),
                None,
                article,
                pasted_text=text,
                fallback_name=name,
                pasted_file=kept,
            )

        task = self.runner.run(
            work,
            label="Reading pasted text",
            on_failure=lambda exc: self.messages.error(f"The pasted text could not be read: {exc}"),
        )
        task.succeeded.connect(lambda entry: self._on_text_read(entry, then))
        return task

    def reload(self, keys: Iterable[str], encoding: str | None = None) -> Task | None:
        """Read these entries' files again; a failure keeps the copy in memory."""
        paths = [e.path for e in (self.model.find(k) for k in keys) if e and e.path is not None]
        if not paths:
            return None

        def work(ctx: TaskContext) -> list[Entry]:
            out = []
            for n, path in enumerate(paths):
                ctx.check()
                out.append(read_one(path, encoding))
                ctx.progress((n + 1) / len(paths), f"Reloading {n + 1} of {len(paths)}")
            return out

        task = self.runner.run(work, label="Reloading")
        task.succeeded.connect(self._on_reloaded)
        return task

    # --- main thread ---------------------------------------------------------------------------
    def _on_files_read(
        self, outcome: LoadOutcome, then: Callable[[LoadOutcome], None] | None
    ) -> None:
        known_ids = {e.article.id: e for e in self.model.entries() if e.article is not None}
        fresh: list[Entry] = []
        for entry in outcome.entries:
            if entry.article is not None and entry.article.id in known_ids:
                outcome.duplicates.append((entry.path or Path(entry.key), entry.article.id))
                continue
            if entry.article is not None:
                known_ids[entry.article.id] = entry
            fresh.append(entry)
        outcome.added = self.model.add(fresh)
        self._report(outcome, known_ids)
        self.loaded.emit(outcome)
        if then is not None:
            then(outcome)

    def _report(self, outcome: LoadOutcome, known: dict[str, Entry]) -> None:
        for entry in outcome.added:
            if entry.article is None:
                self.messages.error(f"Not loaded: {entry.error}", entry.path)
            elif entry.article.is_empty:
                self.messages.warning(
                    "Empty: no article text found; it cannot be compared.", entry.path
                )
        for failure in outcome.skipped:
            self.messages.warning(f"Skipped: {failure.reason}", failure.path)
        for path, article_id in outcome.duplicates:
            same = known.get(article_id)
            where = f" as {same.name}" if same is not None else ""
            self.messages.info(f"Already loaded{where} (same content); not added twice.", path)
        if outcome.truncated:
            self.messages.warning(
                f"Only the first {outcome.requested} files were opened (the limit for one drop)."
            )
        # The same files the Problems panel lists for this load, counted the same way.
        failed = sum(1 for e in outcome.added if e.article is None)
        empty = sum(1 for e in outcome.added if e.article is not None and e.article.is_empty)
        ok = len(outcome.added) - failed - empty
        kinds = [
            (failed, "could not be read"),
            (empty, "empty"),
            (len(outcome.skipped), "skipped"),
        ]
        problems = sum(n for n, _ in kinds)
        summary = f"Loaded {ok} article{'s' if ok != 1 else ''}"
        if problems:
            detail = ", ".join(f"{n} {what}" for n, what in kinds if n)
            summary += (
                f"; {problems} file{'s' if problems != 1 else ''} with problems ({detail}; "
                "see Problems)"
            )
        if outcome.cancelled:
            summary += " before loading was cancelled"
        if outcome.added or outcome.cancelled or problems:
            self.messages.info(summary + ".")

    def _on_text_read(self, entry: Entry | str, then: Callable[[list[Entry]], None] | None) -> None:
        if isinstance(entry, str):
            self.messages.warning(f"The text was not added: {entry}.")
            return
        if entry.article is not None and entry.article.is_empty:
            self.messages.warning("The pasted text has no article text; nothing was added.")
            return
        added = self.model.add([entry])
        if not added:
            self.messages.info("This text is already in the list.")
        else:
            self.messages.info(f"Added {entry.name}.")
        if then is not None:
            then(added)

    def _on_reloaded(self, entries: list[Entry]) -> None:
        replaced = []
        for entry in entries:
            old = self.model.find(entry.key)
            if entry.article is None:
                self.messages.error(
                    f"Reload failed: {entry.error}. The copy in memory is kept.", entry.path
                )
                continue
            if old is not None:
                self.model.replace(entry)
                replaced.append(entry.key)
                self.messages.info("Reloaded from disk.", entry.path)
        if replaced:
            self.reloaded.emit(replaced)
