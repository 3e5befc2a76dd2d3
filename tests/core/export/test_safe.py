"""Which URLs may become links; control and bidi characters made visible."""

from __future__ import annotations

import pytest

from newsreader.core.export.safe import clean_text, safe_href, visible


@pytest.mark.parametrize(
    "url",
    [
        "https://harbourtimes.example/world/2025/09/11/talks",
        "http://example.org/a?b=c&d=e#f",
        "HTTPS://EXAMPLE.ORG/",
        'https://example.org/"><script>alert(1)</script>',  # escaped in the attribute
    ],
)
def test_http_urls_may_be_links(url: str) -> None:
    assert safe_href(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "../x.png",
        "//evil.example/x",
        "/relative/path",
        "https:",
        "https:///no-host",
        "https://exa mple.org/",
        "https://example.org/\u202etxt.exe",
        "https:\\\\evil.example",
        "http://[::1",  # urlsplit raises
        "https://example.org/" + "a" * 3000,
    ],
)
def test_other_urls_are_text_only(url: str) -> None:
    assert safe_href(url) is None


def test_visible_escapes_controls_and_bidi_overrides() -> None:
    assert visible("evil\u202egnp.exe") == "evil⟨U+202E⟩gnp.exe"
    assert visible("two\nlines\x00") == "two↵lines⟨U+0000⟩"
    assert visible("Zürich — “ok”") == "Zürich — “ok”"


def test_clean_text_replaces_controls_and_lone_surrogates() -> None:
    assert clean_text("a\x00b\x1bc\ud800d") == "a\ufffdb\ufffdc\ufffdd"
    assert clean_text("tab\tand\nnewline") == "tab\tand\nnewline"
