"""What each outlet states: the facts sidebar, the Fact Grid, and the people's merges and splits.

Owns: :class:`~.controller.FactsController` (facts of the loaded articles in the background, the
user's merges and splits); the sidebar (plain :mod:`.tree`, its Qt :mod:`.model`, disagreement
cards, the widget); the grid (which columns, its table model, the widget); the state pages; the
"Same person as…" menu; :class:`~.panel.FactsPanel`, which puts them in the window and leads a
clicked fact to its sentence in the panes.

May import: ``common``, ``library`` and ``compare`` (their doors) and ``newsreader.core``.
Nothing outside ``shell`` imports it.
"""
