"""The loaded articles: how they come in, the list that shows them, what changes on disk.

Owns: :class:`~.entries.Entry` and the :class:`~.article_model.ArticleTableModel` every feature
reads; bringing articles in (open, drop, paste, recent files, samples, web addresses and feeds),
loading them in the background, pasted texts kept as files; the list (view, filter, "copy of"
badges); files watched on disk; the Problems panel; :mod:`.background_set`, the "recompute over
the loaded articles" mechanism the Overview and facts share.

May import: ``common`` and ``newsreader.core``.
Its doors (what other features may import): ``entries``, ``article_model``, ``background_set``,
``article_list``.
"""
