"""The UI packages keep to their lanes, as tests/core/test_layering.py keeps core free of Qt.

``newsreader/ui`` is grouped by feature. What each package may import is declared here once and
said again in its ``__init__`` docstring (docs/architecture.md draws it):

- ``common`` imports no other UI package;
- a feature imports ``common``, the features below it — library < compare < facts, export;
  library < overview — and ``newsreader.core``; from another feature only its doors (the modules
  listed in ``DOORS``), never its insides;
- ``shell`` composes everything and may import any module; nothing imports ``shell``.

Every import counts, also the ones inside functions and under ``TYPE_CHECKING`` (they are how the
window defers the engines: a lazy import is still a dependency).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "newsreader" / "ui"
PACKAGES = ("common", "library", "compare", "overview", "facts", "export", "shell")
MAY_IMPORT: dict[str, frozenset[str]] = {
    "common": frozenset(),
    "library": frozenset({"common"}),
    "compare": frozenset({"common", "library"}),
    "overview": frozenset({"common", "library"}),
    "facts": frozenset({"common", "library", "compare"}),
    "export": frozenset({"common", "compare"}),
    "shell": frozenset(PACKAGES) - {"shell"},
}
# The modules of a feature that other features may import. ``common`` is all doors; ``shell``
# (which may import anything) is not bound by them.
DOORS: dict[str, frozenset[str]] = {
    "library": frozenset({"entries", "article_model", "background_set", "article_list"}),
    "compare": frozenset({"pair", "view"}),
}
MAX_MODULES = 20


def imported_modules(source: str, package: str) -> list[str]:
    """Every ``newsreader.ui`` module that ``source`` (a module of ``package``) imports, dotted.

    ``from newsreader.ui.facts import tree`` gives ``newsreader.ui.facts.tree``; relative imports
    are resolved against the package.
    """
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = ["newsreader", "ui", package][: 3 - (node.level - 1)]
                base = ".".join([*parent, *([base] if base else [])])
            found.extend(f"{base}.{alias.name}" for alias in node.names)
    return [name for name in found if name.startswith("newsreader.ui.")]


def offences(package: str, imported: str) -> str:
    """Why ``package`` may not import the module ``imported`` ("" when it may)."""
    parts = imported.split(".")[2:]  # newsreader.ui.<target>[.<module>[.<name>]]
    target = parts[0]
    if target == package:
        return ""
    if target not in PACKAGES:
        return f"imports {imported}: not in a declared UI package"
    if target not in MAY_IMPORT[package]:
        return f"imports {imported}: {package} may not import {target}"
    if package == "shell" or target not in DOORS:
        return ""
    module = parts[1] if len(parts) > 1 else ""
    if module not in DOORS[target]:
        doors = ", ".join(sorted(DOORS[target]))
        return f"imports {imported}: inside {target} (its doors: {doors})"
    return ""


def modules_of(package: str) -> list[Path]:
    return sorted(p for p in (UI / package).rglob("*.py") if p.name != "__init__.py")


def test_every_ui_module_is_in_a_declared_package():
    loose = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    folders = sorted(p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert loose == []
    assert folders == sorted(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_package_holds_more_than_twenty_modules(package):
    assert 0 < len(modules_of(package)) <= MAX_MODULES


@pytest.mark.parametrize("package", PACKAGES)
def test_packages_import_only_what_they_may(package):
    found = [
        f"{path.relative_to(UI)} {why}"
        for path in modules_of(package)
        for name in imported_modules(path.read_text(encoding="utf-8"), package)
        if (why := offences(package, name))
    ]
    assert found == []


def test_the_features_do_use_each_other_only_through_doors():
    """The scan sees the real ties (so the test above is not passing on nothing)."""
    ties = {
        (package, name.split(".")[2])
        for package in PACKAGES
        for path in modules_of(package)
        for name in imported_modules(path.read_text(encoding="utf-8"), package)
    }
    assert {("facts", "library"), ("facts", "compare"), ("export", "compare")} <= ties
    assert {("overview", "library"), ("shell", "facts"), ("compare", "common")} <= ties


@pytest.mark.parametrize(
    ("package", "source", "allowed"),
    [
        ("overview", "from newsreader.ui.library.entries import Entry", True),
        ("overview", "from newsreader.ui.library.loading import LoadController", False),
        ("overview", "from newsreader.ui.facts.tree import row_title", False),
        ("overview", "from newsreader.ui.library import entries", True),
        ("overview", "from newsreader.ui.library import loading", False),
        ("common", "from newsreader.ui.library.entries import Entry", False),
        ("library", "from newsreader.ui.shell.main_window import MainWindow", False),
        ("facts", "def later():\n    from newsreader.ui.compare.pane import ArticlePane", False),
        ("facts", "from .tree import row_title", True),
        ("facts", "from ..overview import data", False),
        ("export", "import newsreader.ui.compare.pair", True),
        ("shell", "from newsreader.ui.facts.tree import row_title", True),
        ("library", "from newsreader.ui.colours import theme", False),
    ],
)
def test_the_rule_reads_imports_as_meant(package, source, allowed):
    why = [w for name in imported_modules(source, package) if (w := offences(package, name))]
    assert (why == []) is allowed, why


@pytest.mark.parametrize("package", PACKAGES)
def test_each_package_says_what_it_owns_and_may_import(package):
    doc = ast.get_docstring(ast.parse((UI / package / "__init__.py").read_text(encoding="utf-8")))
    assert doc and "Owns:" in doc
    said = re.search(r"May import:(.*?)\.(?:\n|$)", doc, re.S)
    assert said, "the docstring says what the package may import"
    named = set(re.findall(r"``(\w+)``", said.group(1))) & set(PACKAGES)
    assert named == MAY_IMPORT[package]
    doors = re.search(r"Its doors[^:]*:(.*?)\.(?:\n|$)", doc, re.S)
    listed = set(re.findall(r"``(\w+)``", doors.group(1))) if doors else set()
    assert listed == DOORS.get(package, set())
