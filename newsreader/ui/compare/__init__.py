"""Two articles side by side: the compared pair, its panes, the bands between them.

Owns: :class:`~.pair.PairController` (which two entries, their alignment in a worker, cached);
:class:`~.view.CompareView` (headers, the two panes, gutter, find bar, summary); one pane
(generated HTML, paragraph geometry, tiers, word marks, filling big documents in steps); the gutter
and its link blocks; synchronized scrolling; navigation between linked and unmatched paragraphs.

May import: ``common``, ``library`` (its doors) and ``newsreader.core``.
Its doors (what other features may import): ``pair``, ``view``.
"""
