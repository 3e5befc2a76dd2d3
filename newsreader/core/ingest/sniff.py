"""What kind of file this is: binary or text, and if text, plain text, Markdown or HTML.

The content decides; the extension only breaks ties (a ``.html`` file without a single tag is read
as text, a ``.txt`` file that is really a saved web page is read as HTML).
"""

from __future__ import annotations

import re
from typing import Literal

from newsreader.core.ingest.decode import utf16_without_bom

Format = Literal["txt", "md", "html"]

HTML_EXTENSIONS = frozenset(
    {".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".php", ".asp", ".aspx"}
)
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
MD_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})

_SNIFF = 64 * 1024

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|section|table|td|tr|img|script|style|meta|"
    r"link|body|head|html|em|strong|b|i|blockquote|figure|nav|footer|header)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<[a-zA-Z!/][^<>]{0,500}>")

_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[[^\]\n]{1,300}\]\([^)\s]{1,500}(?:\s+\"[^\"\n]*\")?\)")
_MD_EMPHASIS = re.compile(
    r"(?:\*\*|__)[^*_\n]{1,200}(?:\*\*|__)|(?<![*\w])\*[^*\s][^*\n]{0,200}\*(?!\*)"
)
_MD_LIST = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?\S", re.MULTILINE)
_MD_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)", re.MULTILINE)
_MD_SETEXT = re.compile(r"^\S[^\n]*\n[ \t]{0,3}(?:=+|-{3,})[ \t]*$", re.MULTILINE)


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KB (UTF-16/32 text excepted) mean a binary file."""
    head = data[:8192]
    if b"\x00" not in head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return False
    return utf16_without_bom(data) is None


def sniff_format(text: str, suffix: str = "") -> Format:
    """``"html"``, ``"md"`` or ``"txt"`` for decoded ``text``; ``suffix`` is the file extension."""
    suffix = suffix.lower()
    head = text[:_SNIFF]
    if _HTML_START.match(head):
        return "html"
    if suffix in HTML_EXTENSIONS:
        return "html" if _ANY_TAG.search(head) else "txt"
    if suffix in MD_EXTENSIONS:
        return "md"
    plain = suffix in TEXT_EXTENSIONS
    # A .txt file is a web page only when it starts like one; tags inside its text are text.
    if not plain and len(_HTML_TAG.findall(head, 0, 16384)) >= 3:
        return "html"
    if _markdown_score(head, strict=plain) >= 2:
        return "md"
    return "txt"


def _markdown_score(head: str, *, strict: bool) -> int:
    """How many distinct kinds of Markdown syntax the text uses (0 when it has no heading or link)."""
    heading = bool(_MD_HEADING.search(head) or _MD_SETEXT.search(head))
    link = bool(_MD_LINK.search(head))
    if strict:
        first = head.lstrip()[:1]
        if first != "#" and not link:
            return 0
    if not heading and not link:
        return 0
    kinds = [
        heading,
        link,
        bool(_MD_EMPHASIS.search(head)),
        bool(_MD_LIST.search(head)),
        bool(_MD_QUOTE.search(head)),
        bool(_MD_FENCE.search(head)),
    ]
    return sum(kinds)
