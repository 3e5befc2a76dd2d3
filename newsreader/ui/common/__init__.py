"""What every UI feature uses; no feature of its own.

Owns: the one way to run background work (:mod:`.worker`), the one path for user messages
(:mod:`.messages`), every setting declared once (:mod:`.settings`), where things are
(:mod:`.paths`), the base of the flat table models (:mod:`.table_model`), icons, the
palette-derived colours of every feature (tiers, facts, the heatmap's ramp and copy marks, and the
:mod:`.contrast` arithmetic they share), the notice bar widget, and :mod:`.visible` (untrusted
strings made safe to show).

May import: ``newsreader.core`` only — no other UI package.
"""
