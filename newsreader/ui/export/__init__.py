"""File › Export…: the compared pair written to one HTML (or Markdown, CSV, JSON) file.

Owns: :class:`~.action.ExportController` (the action, the save dialog, remembered folder and
format, outcome messages) and :mod:`.job`, its worker side (facts, alignment if missing, the
report, an atomic write).

May import: ``common``, ``compare`` (its doors) and ``newsreader.core``.
Nothing outside ``shell`` imports it.
"""
