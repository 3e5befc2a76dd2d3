"""The standalone HTML report: one file, no script, no remote resource, every value escaped.

Rendering goes through Jinja2 with autoescape on for every template (no string-built HTML), and
:data:`CSP` forbids everything a hostile string could try to load even if escaping ever failed.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from newsreader.core.export.context import Comparison
from newsreader.core.export.palette import (
    DARK_BASE,
    DARK_TEXT,
    LIGHT_BASE,
    LIGHT_TEXT,
    PALETTE,
    TIERS,
)

# The page's Content-Security-Policy: nothing may load or run, styles only from the page itself.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("newsreader.core.export", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_comparison_html(comparison: Comparison) -> str:
    template = environment().get_template("report.html.j2")
    return template.render(
        c=comparison,
        csp=CSP,
        palette=[PALETTE[t] for t in TIERS],
        styles=PALETTE,
        page={
            "light_base": LIGHT_BASE,
            "light_text": LIGHT_TEXT,
            "dark_base": DARK_BASE,
            "dark_text": DARK_TEXT,
        },
    )
