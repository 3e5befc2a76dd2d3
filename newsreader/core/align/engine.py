"""The alignment pipeline: features → candidate sentence pairs → sentence evidence → paragraph links."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsreader.core.align.candidates import candidate_pairs
from newsreader.core.align.evidence import Tuning, match_units
from newsreader.core.align.features import build
from newsreader.core.align.gaps import fill_gaps
from newsreader.core.align.links import build_alignment
from newsreader.core.align.model import Alignment, Cancelled
from newsreader.core.article import Article

Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]

# Share of the progress bar each stage takes.
_STAGES = (("features", 0.15), ("candidates", 0.55), ("evidence", 0.15), ("links", 0.15))


def align(
    left: Article,
    right: Article,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Alignment:
    """Align the paragraphs of ``left`` and ``right`` (see :func:`align_texts`)."""
    return align_texts(
        left.paragraph_texts(), right.paragraph_texts(), progress=progress, cancelled=cancelled
    )


def align_texts(
    left_paragraphs: Sequence[str],
    right_paragraphs: Sequence[str],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    tuning: Tuning | None = None,
) -> Alignment:
    """Link the paragraphs of two texts that say the same thing, in any order, many-to-many.

    ``progress`` receives a fraction 0-1 now and then; when ``cancelled()`` turns True the work stops
    with :class:`Cancelled`. Blank paragraphs are never linked.
    """
    tuning = tuning or Tuning()
    left, right = list(left_paragraphs), list(right_paragraphs)
    report = _Reporter(progress, cancelled)
    report.stage(0)
    lside, rside = build(left, right, report.checkpoint(0))
    report.stage(1)
    pairs = candidate_pairs(
        lside.matrix,
        rside.matrix,
        floor=tuning.floor,
        top_k=tuning.top_k,
        progress=report.within(1),
        cancelled=cancelled,
    )
    report.stage(2)
    matches = fill_gaps(lside, rside, match_units(lside, rside, pairs, tuning, cancelled), tuning)
    report.stage(3)
    result = build_alignment(lside, rside, matches, report.checkpoint(3))
    report.done()
    return result


class _Reporter:
    """Turns stage-local progress into overall progress and checks for cancellation."""

    def __init__(self, progress: Progress | None, cancelled: IsCancelled | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._starts = [sum(share for _, share in _STAGES[:k]) for k in range(len(_STAGES))]

    def stage(self, k: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
        if self._progress is not None:
            self._progress(self._starts[k])

    def checkpoint(self, k: int) -> Progress:
        """Progress within stage ``k`` that also raises :class:`Cancelled` when asked to stop."""
        start, share = self._starts[k], _STAGES[k][1]

        def check(fraction: float) -> None:
            if self._cancelled is not None and self._cancelled():
                raise Cancelled
            if self._progress is not None:
                self._progress(start + share * fraction)

        return check

    def within(self, k: int) -> Progress | None:
        if self._progress is None:
            return None
        start, share, report = self._starts[k], _STAGES[k][1], self._progress
        return lambda fraction: report(start + share * fraction)

    def done(self) -> None:
        if self._progress is not None:
            self._progress(1.0)
