"""Headless sub-commands of the ``newsreader`` entry point, one module each.

Each module defines ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
"""

# Order is the order in --help.
COMMANDS: tuple[str, ...] = ("info", "compare", "facts", "overview", "export", "feed")
