"""The exported report in a real headless Chromium: inert, no network, highlights and anchors work.

Screenshots land in ``artifacts/`` (git-ignored) for a human to look at.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsreader.core.align import align
from newsreader.core.export import PALETTE, render_export, write_atomic
from newsreader.core.export.palette import DARK_BASE, LIGHT_BASE
from newsreader.core.ingest import load_path
from tests.browser.cdp import Browser, Page
from tests.browser.conftest import HitServer
from tests.core.export.hostile import payloads, write_hostile_inputs

pytestmark = pytest.mark.browser

ACTIVE = "script, iframe, img, form, object, embed, link, base, svg, video, audio, input, button"


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def _settle(page: Page) -> None:
    """Let anything the page might still start (timers, late loads) have its turn."""
    page.evaluate("new Promise(r => requestAnimationFrame(() => setTimeout(r, 150)))")


def _export(folder: Path, left: Path, right: Path, name: str, facts: Any = None) -> Path:
    a, b = load_path(left), load_path(right)
    return write_atomic(folder / name, render_export("html", a, b, align(a, b), facts))


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    p = browser.new_page(1280, 800)
    yield p
    p.close()


@pytest.fixture
def samples_report(tmp_path: Path, samples_dir: Path) -> Path:
    return _export(
        tmp_path, samples_dir / "meridian-herald.txt", samples_dir / "globe-newsflash.txt", "r.html"
    )


def test_hostile_exports_run_nothing_and_load_nothing(
    page: Page, server: HitServer, tmp_path: Path, artifacts: Path
) -> None:
    files = write_hostile_inputs(tmp_path / "in", server.url)
    for a, b in itertools.permutations(["txt", "md", "html"], 2):
        report = _export(tmp_path, files[a], files[b], f"{a}-{b}.html")
        page.goto(report.as_uri())
        # Before anything of ours is evaluated: the page parsed no script at all.
        assert page.events("Debugger.scriptParsed") == [], f"{a}/{b}: a script was parsed"
        title = page.evaluate("document.title")
        _settle(page)
        requests = [e["request"]["url"] for e in page.events("Network.requestWillBeSent")]
        assert requests == [report.as_uri()], f"{a}/{b}: requests {requests}"
        assert page.evaluate(f"document.querySelectorAll({ACTIVE!r}).length") == 0
        assert page.evaluate("document.title") == title and "PWNED" not in title
        refused = [e for e in page.events("Log.entryAdded") if "Refused" in e["entry"]["text"]]
        assert refused == [], "nothing even tried to load"
        assert page.evaluate("[...document.links].every(l => /^(https?:|file:.*#)/.test(l.href))")
    assert server.hits == [], f"the page reached the network: {server.hits}"
    page.screenshot(artifacts / "export-hostile.png")


def test_the_harness_notices_scripts_and_requests(
    page: Page, server: HitServer, tmp_path: Path
) -> None:
    """Control: the same payloads in an unsafe page do run and do reach the server."""
    unsafe = tmp_path / "unsafe.html"
    active = [p for p in payloads(server.url) if "refresh" not in p]  # stay on the page
    unsafe.write_text("<!DOCTYPE html><title>t</title><body>" + "".join(active))
    before = len(server.hits)
    page.goto(unsafe.as_uri())  # the load event waits for the images, frames and scripts
    assert page.events("Debugger.scriptParsed"), "the control page's script ran"
    assert len(server.hits) > before, "the control page reached the server"
    del server.hits[before:]


def test_highlights_use_the_palette(page: Page, samples_report: Path) -> None:
    page.emulate(dark=False)
    page.goto(samples_report.as_uri())
    for tier, style in PALETTE.items():
        found = page.evaluate(
            f"""(() => {{
              const el = document.querySelector('.pane .tier-{tier}');
              const sw = document.querySelector('.legend .swatch.tier-{tier}');
              return [el && getComputedStyle(el).backgroundColor,
                      el && getComputedStyle(el).borderLeftColor,
                      getComputedStyle(sw).backgroundColor];
            }})()"""
        )
        assert found[2] == _rgb(style.light.mark), tier
        if found[0] is not None:
            assert found[:2] == [_rgb(style.light.background), _rgb(style.light.border)], tier
    changed = page.evaluate(
        "(() => { const d = document.querySelector('.tier-edited del.changed');"
        " return d && getComputedStyle(d).backgroundColor; })()"
    )
    assert changed == _rgb(PALETTE["edited"].light.mark)
    page.emulate(dark=True)
    dark = page.evaluate(
        "[getComputedStyle(document.documentElement).backgroundColor,"
        " getComputedStyle(document.querySelector('.pane .tier-edited')).backgroundColor]"
    )
    assert dark == [_rgb(DARK_BASE), _rgb(PALETTE["edited"].dark.background)]
    page.emulate(dark=False)


def _box(page: Page, selector: str) -> dict[str, float]:
    return page.evaluate(
        f"(() => {{ const r = document.querySelector({selector!r}).getBoundingClientRect();"
        " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
        " x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"
    )


def _visible(page: Page, anchor: str) -> bool:
    """The paragraph's top line is inside the viewport and inside its own (scrolling) pane."""
    return page.evaluate(
        f"""(() => {{
          const el = document.getElementById({anchor!r});
          const r = el.getBoundingClientRect(), p = el.closest('.pane').getBoundingClientRect();
          return r.top >= Math.max(0, p.top) - 1 && r.top + 20 <= Math.min(innerHeight, p.bottom);
        }})()"""
    )


def test_following_anchors_scrolls_there_and_back(
    page: Page, samples_report: Path, artifacts: Path
) -> None:
    page.set_viewport(1280, 700)
    page.goto(samples_report.as_uri())
    # A jump from A to a B paragraph that is out of sight: it must come into view.
    links = page.evaluate(
        "[...document.querySelectorAll('#pane-A a.match')].map(a => [a.closest('.para').id, a.getAttribute('href').slice(1)])"
    )
    hidden = [(src, dst) for src, dst in links if not _visible(page, dst)]
    assert hidden, "some match starts out of sight"
    src, dst = hidden[-1]
    page.evaluate(f"document.getElementById({src!r}).scrollIntoView()")
    link = _box(page, f"#{src} a.match[href='#{dst}']")
    page.click(link["x"], link["y"])
    assert page.evaluate("location.hash") == f"#{dst}"
    assert _visible(page, dst)
    assert (
        page.evaluate(f"getComputedStyle(document.getElementById({dst!r})).outlineStyle") == "solid"
    )
    assert _visible(page, src), "the other pane stays where the reader was"
    page.screenshot(artifacts / "export-anchor.png")
    # And back again from the target paragraph, with the source scrolled out of sight.
    page.evaluate(
        f"""(() => {{ const el = document.getElementById({src!r}), pane = el.closest('.pane');
          pane.scrollTop = el.offsetTop - pane.offsetTop > pane.clientHeight ? 0 : 1e6; }})()"""
    )
    assert not _visible(page, src)
    back = _box(page, f"#{dst} a.match[href='#{src}']")
    page.click(back["x"], back["y"])
    assert page.evaluate("location.hash") == f"#{src}"
    assert _visible(page, src)


def test_narrow_screens_stack_the_articles(
    page: Page, samples_report: Path, artifacts: Path
) -> None:
    page.set_viewport(480, 900)
    page.goto(samples_report.as_uri())
    a, b = _box(page, "#pane-A"), _box(page, "#pane-B")
    assert b["top"] >= a["bottom"] and abs(a["left"] - b["left"]) < 1
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    page.screenshot(artifacts / "export-narrow.png")


def test_print_shows_everything(page: Page, samples_report: Path, tmp_path: Path) -> None:
    page.goto(samples_report.as_uri())
    page.emulate(media="print")
    styles = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.pane'));"
        " return [s.overflowY, s.maxHeight]; })()"
    )
    page.emulate(media="")
    assert styles == ["visible", "none"]
    pdf = page.send("Page.printToPDF", {"printBackground": True})["data"]
    assert len(pdf) > 1000


def test_screenshot_of_the_samples(page: Page, samples_report: Path, artifacts: Path) -> None:
    page.goto(samples_report.as_uri())
    light = _colours(page.screenshot(artifacts / "export-samples.png"))
    page.emulate(dark=True)
    dark = _colours(page.screenshot(artifacts / "export-samples-dark.png"))
    page.emulate(dark=False)
    # The page is drawn: its base colour is the most common, the samples' edited paragraphs are
    # filled in their tier's colour, and there is text (dark on light, light on dark).
    assert light.most_common(1)[0][0] == _pixel(LIGHT_BASE)
    assert dark.most_common(1)[0][0] == _pixel(DARK_BASE)
    total = sum(light.values())
    for scheme, counts in (("light", light), ("dark", dark)):
        fill = counts[_pixel(getattr(PALETTE["edited"], scheme).background)]
        assert fill > 0.05 * total, f"{scheme}: edited paragraphs not filled"
        text = sum(n for c, n in counts.items() if (sum(c) < 240) == (scheme == "light"))
        assert text > 0.01 * total, f"{scheme}: no text drawn"


def _colours(png: Path) -> Counter[tuple[int, int, int]]:
    """How many pixels of each colour a screenshot has (every other pixel, each way)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull() and image.width() > 400 and image.height() > 300
    counts: Counter[tuple[int, int, int]] = Counter()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            counts[(c.red(), c.green(), c.blue())] += 1
    return counts


def _pixel(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


@pytest.mark.seeds
def test_screenshot_of_seeds_002_004(
    page: Page, seed: Callable[[str], Path], tmp_path: Path, artifacts: Path
) -> None:
    report = _export(tmp_path, seed("002"), seed("004"), "seeds.html")
    page.goto(report.as_uri())
    assert page.events("Debugger.scriptParsed") == []
    page.screenshot(artifacts / "export-seeds-002-004.png")
