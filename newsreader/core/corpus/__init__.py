"""Many-article overview: similarity map, copy/derivation pairs with kind and direction, copy families,
story clusters, duplicates. The copy judgement of one pair (:mod:`.relation`) is shared with
``newsreader compare`` through :func:`pair_verdict`.

``from newsreader.core.corpus import overview, Overview`` is the public entry point; the pure inner
functions (``sketch_sentences``, ``build_matrices``, ``pair_block``, ``order_evidence``) are exported for
batch runs on other engines (``docs/scaling.md``).
"""

from newsreader.core.corpus.export import overview_json
from newsreader.core.corpus.matrix import Matrices, build_matrices, pair_block
from newsreader.core.corpus.model import DerivedPair, Overview
from newsreader.core.corpus.overview import (
    overview,
    overview_of_sketches,
    pair_verdict,
    sketch_article,
)
from newsreader.core.corpus.refine import align_derived
from newsreader.core.corpus.sketch import Sketch, sketch_sentences, sketch_text
from newsreader.core.corpus.stories import story_clusters_of
from newsreader.core.corpus.structure import order_evidence

__all__ = [
    "DerivedPair",
    "Matrices",
    "Overview",
    "Sketch",
    "align_derived",
    "build_matrices",
    "order_evidence",
    "overview",
    "overview_json",
    "overview_of_sketches",
    "pair_block",
    "pair_verdict",
    "sketch_article",
    "sketch_sentences",
    "sketch_text",
    "story_clusters_of",
]
