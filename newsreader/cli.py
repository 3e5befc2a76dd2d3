"""The ``newsreader`` entry point: the desktop app by default, sub-commands for headless use."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from newsreader import __version__
from newsreader.commands import COMMANDS
from newsreader.gc_policy import tune_gc


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"newsreader.commands.{name}")


class _GuiParser(argparse.ArgumentParser):
    """The top-level parser; its list of commands imports them (and their engines) only for --help."""

    def format_help(self) -> str:
        lines = "\n".join(f"  newsreader {name:<9} {_command(name).HELP}" for name in COMMANDS)
        self.epilog = f"headless commands (newsreader COMMAND --help for more):\n{lines}"
        return super().format_help()


def _gui_parser() -> argparse.ArgumentParser:
    parser = _GuiParser(
        prog="newsreader",
        description="Compare how different outlets report the same event.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="article files to open")
    parser.add_argument("--demo", action="store_true", help="open the bundled sample articles")
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        module = _command(argv[0])
        parser = argparse.ArgumentParser(prog=f"newsreader {argv[0]}", description=module.HELP)
        module.add_arguments(parser)
        args = parser.parse_args(argv[1:])
        tune_gc()  # as the app: fewer full collections over large article sets
        try:
            return int(module.run(args))
        except BrokenPipeError:  # `newsreader info ... | head`
            sys.stderr.close()
            return 0
    args = _gui_parser().parse_args(argv)
    from newsreader.ui.shell.app import run_app  # Qt is imported only for the GUI

    return run_app(files=args.files, demo=args.demo)
