"""Getting the facts dict for an export from the facts engine, which is optional at import time.

The engine's contract: ``newsreader.core.facts.analyze(articles) -> FactSet`` and
``facts_json(factset) -> dict`` (the ``facts --json`` shape). It is imported only when facts are
asked for, so exports without facts work even where the engine is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from newsreader.core.article import Article


class FactsUnavailable(RuntimeError):  # noqa: N818 - names the situation for the user
    """The facts engine is not part of this installation."""


def analyze_facts(articles: Sequence[Article]) -> dict[str, Any]:
    """Facts of ``articles``, canonicalized across them, as the ``facts --json`` dict."""
    try:
        engine = importlib.import_module("newsreader.core.facts")
    except ModuleNotFoundError as exc:
        if exc.name not in ("newsreader.core.facts", "newsreader.core"):
            raise  # a missing dependency inside the engine is a real error: show it
        raise FactsUnavailable(
            "facts are not available: this installation has no facts engine (newsreader.core.facts)"
        ) from exc
    analyze = getattr(engine, "analyze", None)
    to_json = getattr(engine, "facts_json", None)
    if analyze is None or to_json is None:
        raise FactsUnavailable(
            "facts are not available: newsreader.core.facts lacks analyze() or facts_json()"
        )
    result = to_json(analyze(list(articles)))
    if not isinstance(result, dict):
        raise FactsUnavailable("facts are not available: the facts engine returned no JSON object")
    return result
