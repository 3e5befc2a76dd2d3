"""The application and its main window: what composes the features and keeps the session.

Owns: start-up (:mod:`.app`: logging, crash dialog, settings, session, the window; the start-up
probe and the X11 library check), :class:`~.main_window.MainWindow` (wiring only: it builds the
Overview, facts and export right after the first paint), every action with its menus and toolbar,
the view tabs, the status bar, the empty state, the session (its data, its lock, unreadable INI
files set aside, applying it to a window), the crash dialog and the log.

May import: every UI package (``common``, ``library``, ``compare``, ``overview``, ``facts``,
``export``), any of their modules, and ``newsreader.core``. No UI package imports it.
"""
