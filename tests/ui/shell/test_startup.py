"""Start-up imports no engine before the window is painted (timings: scripts/bench_ui.py --startup)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys

ENGINES = (
    "numpy",
    "scipy",
    "trafilatura",
    "jinja2",
    "newsreader.core.facts",
    "newsreader.core.corpus",
    "newsreader.core.ingest",
    "newsreader.core.align.engine",
    "newsreader.core.export",
)

WINDOW = """
import json, os, sys, tempfile
os.environ["NEWSREADER_HOME"] = tempfile.mkdtemp()
from newsreader.ui.shell.app import application, create_window
from newsreader.ui.common.paths import app_dirs
app = application()
window = create_window(app_dirs())
window.show()
before = sorted(m for m in {engines} if m in sys.modules)
window.complete()  # what runs right after the first paint
after = sorted(m for m in {engines} if m in sys.modules)
print(json.dumps([before, after, window.views.widget_of("grid") is window.facts.grid]))
"""


def loaded_after(code: str, env_extra: dict[str, str] | None = None) -> str:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def test_version_imports_no_engine():
    code = (
        "import sys\nfrom newsreader.cli import main\ntry:\n    main(['--version'])\n"
        "except SystemExit:\n    pass\n"
        f"print(sorted(m for m in {ENGINES!r} if m in sys.modules))"
    )
    assert loaded_after(code) == "[]"


def test_help_still_lists_every_command(capsys):
    from newsreader.cli import main
    from newsreader.commands import COMMANDS

    with contextlib.suppress(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(f"newsreader {name}" in out for name in COMMANDS)


def test_the_window_is_built_without_engines_and_completed_after():
    before, after, grid_in_tab = json.loads(loaded_after(WINDOW.format(engines=repr(ENGINES))))
    assert before == []
    assert "newsreader.core.facts" in after  # the facts, overview and export are there now
    assert grid_in_tab
