"""The desktop app: PySide6 widgets, Qt models, actions and background workers, thin over core.

Grouped by what the user sees, one package per feature (docs/architecture.md draws it):

    shell/     the application and its main window: composes every feature, session, settings files
    library/   the loaded articles: bringing them in, their list and model, files changing on disk
    compare/   two articles side by side: panes, gutter bands, sync scrolling, find, the pair
    overview/  every article against every other: the similarity map and the list of copies
    facts/     what each outlet states: the sidebar, the Fact Grid, merging and splitting names
    export/    File › Export…: the dialog and its worker
    common/    what every feature uses: background work, messages, settings, colours, icons

Each package's docstring says what it owns and what it may import; ``tests/ui/test_layering.py``
enforces it. In short: ``common`` imports no other UI package; a feature imports ``common``, the
features below it (library < compare < facts, export; library < overview) only through their doors,
and ``core``; only ``shell`` imports everything, and nothing imports ``shell``.
"""
