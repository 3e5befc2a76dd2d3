"""The real entry point in a subprocess: ``python -m newsreader ARGS...``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str | Path, columns: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line with ``args``; ``columns`` sets the terminal width it sees."""
    env = None if columns is None else {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run(
        [sys.executable, "-m", "newsreader", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
