"""Text normalisation has one home, ``newsreader.core.text``, as tests/ui/test_layering.py keeps the
UI packages in their lanes: no other module defines a fold, a stemmer, word tokens or a stop-word
list of its own, transliterates or decomposes text for comparing, or copies a word pattern.

The lists with another job (the figure rules' words that cannot head a counted noun, the claim
comparisons' function words) stay in their modules but hold only shared stop words.
"""

from __future__ import annotations

import ast
from pathlib import Path

from newsreader.core.facts import claim_pair, figures
from newsreader.core.text import STOPWORDS, TERM_WORD, WORD

PACKAGE = Path(__file__).resolve().parents[2] / "newsreader"
HOME = PACKAGE / "core" / "text"
OWNED_FUNCTIONS = frozenset(
    {
        "fold",
        "fold_fast",
        "fold_words",
        "folded_words",
        "ascii_fold",
        "stem",
        "words",
        "word_spans",
        "split_sentences",
    }
)
OWNED_PATTERNS = frozenset({WORD.pattern, TERM_WORD.pattern})
NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)


def strays(source: str) -> list[str]:
    """What ``source`` (a module outside ``core/text``) does that only ``core/text`` may do."""
    found: list[str] = []
    tree = ast.parse(source)
    for node in tree.body:  # module level: a nested ``def stem(article)`` names a file stem
        if isinstance(node, ast.FunctionDef) and node.name in OWNED_FUNCTIONS:
            found.append(f"defines {node.name}()")
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name) and "STOPWORD" in target.id.replace("_", ""):
                found.append(f"defines {target.id}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            if "anyascii" in names:
                found.append("imports anyascii")
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "normalize":
            form = node.args[0] if node.args else None
            if isinstance(form, ast.Constant) and form.value in ("NFKD", "NFKC", "NFD"):
                found.append(f"decomposes text ({form.value})")
        elif isinstance(node, ast.Constant) and node.value in OWNED_PATTERNS:
            found.append(f"copies the word pattern {node.value!r}")
    return found


def test_text_normalisation_lives_in_core_text() -> None:
    found = {
        str(path.relative_to(PACKAGE)): got
        for path in sorted(PACKAGE.rglob("*.py"))
        if HOME not in path.parents and (got := strays(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_finds_copies() -> None:
    source = (
        "import re, unicodedata\n"
        "from anyascii import anyascii\n"
        "STOP_WORDS = frozenset()\n"
        f"_W = re.compile({WORD.pattern!r})\n"
        "def stem(word): return word\n"
        "def fold(text): return unicodedata.normalize('NFKD', text)\n"
        "def name(path):\n"
        "    def stem(p): return p\n"  # nested: allowed
        "    return stem(path)\n"
    )
    assert sorted(strays(source)) == sorted(
        [
            "imports anyascii",
            "defines STOP_WORDS",
            f"copies the word pattern {WORD.pattern!r}",
            "defines stem()",
            "defines fold()",
            "decomposes text (NFKD)",
        ]
    )


def test_specialised_word_lists_hold_shared_stop_words() -> None:
    assert figures._STOP - NUMBER_WORDS <= STOPWORDS
    assert claim_pair.FUNCTION_WORDS <= STOPWORDS
