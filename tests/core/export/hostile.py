"""Hostile articles (BAD_INPUTS rows 11-15, 18) in every input format, and checks that an export is inert.

``write_hostile_inputs(folder, url)`` writes one .txt, one .md and one .html file whose titles, file
names, metadata and bodies try to run script, load remote or local resources, submit forms and
plant ``javascript:``/``data:`` links; every remote target points at ``url`` (a test server that counts
hits). The same ordinary sentences appear in all three, so the alignment links their paragraphs and
inline diffs cut through the hostile text.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from newsreader.core.export.safe import safe_href

# Shared prose, so the hostile files align with each other.
PROSE = [
    "Delegations from the two coastal states met in the harbour city on Thursday for their first "
    "direct talks in four years, hoping to settle a long quarrel over the river dam.",
    "The foreign minister led the delegation, joined by the water commissioner and the agriculture "
    "minister, while the president stayed at home.",
    "Officials said the meeting would continue on Friday if both sides agreed on an agenda.",
]


def payloads(url: str) -> list[str]:
    """Active HTML an attacker would plant (rows 11-15)."""
    return [
        f'<script>document.title="PWNED";fetch("{url}/script-inline")</script>',
        f'<script src="{url}/script-src.js"></script>',
        f'<img src="x" onerror="fetch(\'{url}/onerror\')">',
        f'<iframe src="{url}/iframe"></iframe>',
        f'<form action="{url}/form" method="post"><input name="q" value="x"><button>Go</button></form>',
        f'<img src="{url}/remote-img.png" alt="remote">',
        f'<link rel="stylesheet" href="{url}/remote.css">',
        f'<style>@import url("{url}/import.css"); body {{ background: url("{url}/bg.png") }}</style>',
        '<img src="file:///etc/newsreader-secret.png"><img src="../x.png">',
        f"<a href=\"javascript:fetch('{url}/js-link')\">click me</a>",
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
        f"<svg onload=\"fetch('{url}/svg')\"></svg>",
        f'<object data="{url}/object"></object><embed src="{url}/embed">',
        f'<meta http-equiv="refresh" content="0;url={url}/refresh">',
        f'<base href="{url}/">',
        f'<video poster="{url}/poster.png"></video>',
    ]


def hostile_title(url: str) -> str:
    """Row 18: a title that tries to close <title> and open a script, then an attribute breakout."""
    return f"</title><script>fetch('{url}/title')</script>\"><img src=x onerror=fetch('{url}/t2')>"


# Row 18/31: file names that try to break out of markup, with a right-to-left override.
HOSTILE_STEMS = {
    "txt": 'plain"><img src=x onerror=alert(1)>',
    "md": "notes<svg onload=alert(1)>\u202egpj",
    "html": "page'><script>alert(1)<",
}


def _txt(url: str) -> str:
    body = [hostile_title(url), ""]
    for prose, payload in zip(PROSE, payloads(url)[:3], strict=True):
        body += [f"{prose} {payload}", ""]
    body.append("Further reading: " + " ".join(payloads(url)[3:]))
    return "\n".join(body) + "\n"


def _md(url: str) -> str:
    body = [f"# {hostile_title(url)}", ""]
    for prose in PROSE:
        body += [prose, ""]
    body += [
        f"[click](javascript:fetch('{url}/md-js'))",
        "",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "",
        f"![remote image]({url}/md-img.png) ![local](file:///etc/passwd) ![up](../x.png)",
        "",
        f"<{url}/autolink> and [ref link][r]",
        "",
        f"[r]: javascript:fetch('{url}/md-ref')",
        "",
        *payloads(url),
        "",
    ]
    return "\n".join(body)


def _html(url: str) -> str:
    escaped_title = (
        hostile_title(url).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    )
    attr_title = escaped_title.replace('"', "&quot;")
    active = "\n".join(payloads(url))
    paragraphs = "\n".join(
        f"<p>{prose} {p}</p>" for prose, p in zip(PROSE, payloads(url), strict=False)
    )
    return f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>{escaped_title}</title>
<meta property="og:title" content="{attr_title}">
<meta property="og:site_name" content="Evil &lt;b onmouseover=alert(1)&gt;Times">
<meta name="author" content="&quot;&gt;&lt;script&gt;fetch('{url}/author')&lt;/script&gt;">
<meta property="og:url" content="javascript:fetch('{url}/og-url')">
<link rel="canonical" href="javascript:fetch('{url}/canonical')">
<link rel="stylesheet" href="{url}/head.css">
<script src="{url}/head.js"></script>
</head>
<body onload="fetch('{url}/body-onload')">
<article>
<h1>{escaped_title}</h1>
{paragraphs}
<p>More of the same story follows here. {active}</p>
</article>
</body></html>
"""


def write_hostile_inputs(folder: Path, url: str) -> dict[str, Path]:
    """Write the three hostile files into ``folder``; returns them by format."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for fmt, make in (("txt", _txt), ("md", _md), ("html", _html)):
        path = folder / f"{HOSTILE_STEMS[fmt]}.{fmt}"
        path.write_text(make(url), encoding="utf-8")
        out[fmt] = path
    return out


# -- checking an export ------------------------------------------------------------------------

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "footer", "main", "nav", "section",
    "h1", "h2", "h3", "h4", "p", "div", "span", "ul", "li", "dl", "dt", "dd", "a", "time", "code",
    "del", "ins", "table", "thead", "tbody", "tr", "th", "td", "strong", "q", "br",
}  # fmt: skip
ALLOWED_ATTRS = {
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "rel", "title",
    "aria-label", "datetime", "data-tier", "dir", "scope",
}  # fmt: skip
REQUIRED_CSP = ("default-src 'none'", "style-src 'unsafe-inline'", "img-src data:")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.style = ""
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("style", "title"):
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1] == "style":
            self.style += data
        else:
            self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def inert_problems(html: str) -> list[str]:
    """Everything in ``html`` that could run, load or submit anything; [] when inert."""
    doc = parse(html)
    problems = []
    ids = {attrs["id"] for _, attrs in doc.elements if "id" in attrs}
    styles = metas = 0
    for tag, attrs in doc.elements:
        if tag not in ALLOWED_TAGS:
            problems.append(f"element <{tag}>")
        styles += tag == "style"
        metas += tag == "meta"
        for name, value in attrs.items():
            if name not in ALLOWED_ATTRS:
                problems.append(f"attribute {name}= on <{tag}>")
            if name == "href":
                if value.startswith("#"):
                    if value[1:] not in ids:
                        problems.append(f"dangling anchor {value}")
                elif safe_href(value) is None or tag != "a":
                    problems.append(f"link {value!r} on <{tag}>")
            if name == "http-equiv" and value.lower() not in ("content-security-policy",):
                problems.append(f"meta http-equiv={value}")
    if styles != 1:
        problems.append(f"{styles} <style> elements, expected our one")
    if metas != 6:
        problems.append(f"{metas} <meta> elements, expected our six")
    csp = [
        a.get("content", "")
        for t, a in doc.elements
        if a.get("http-equiv", "").lower() == "content-security-policy"
    ]
    if len(csp) != 1 or not all(d in csp[0] for d in REQUIRED_CSP):
        problems.append(f"Content-Security-Policy missing or weak: {csp}")
    lowered = html.lower()
    for needle in (
        "<script",
        "<iframe",
        "<img",
        "<form",
        "<svg",
        "<object",
        "<embed",
        "<link",
        "<base",
        "url(",
    ):
        if needle in lowered and needle != "url(":
            problems.append(f"raw {needle} in the page")
    return problems
