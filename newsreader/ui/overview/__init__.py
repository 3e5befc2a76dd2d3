"""Every loaded article against every other: the similarity map and the list of copies.

Owns: :class:`~.controller.OverviewController` (the corpus overview in the background,
recomputed as the list changes, the list's "copy of" badges); what the map draws and says
(:mod:`.data`, :mod:`.text`: no widgets); the heatmap widget and its geometry, headers, painting
and legend; the copy list (:mod:`.pairs`); the Overview page and its state page.

May import: ``common``, ``library`` (its doors) and ``newsreader.core``.
Nothing outside ``shell`` imports it.
"""
