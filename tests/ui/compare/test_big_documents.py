"""A huge article never freezes the window (issue 13, point 8; BAD_INPUTS 8): the pane fills a big
document in steps, block by block as the small path would, and long work runs off the GUI thread."""

from __future__ import annotations

from newsreader.core.ingest import load_text
from newsreader.ui.compare import pane_fill
from newsreader.ui.compare.pane import ArticlePane
from newsreader.ui.compare.render import render_article
from tests.helpers.threads import ran_off_the_gui_thread, record_threads
from tests.ui.conftest import write

SENTENCE = "Talks on the dam resumed on Thursday while farmers waited for water, officials said. "


def big_article(characters: int, name: str = "big"):
    # One line, as a 5 MB single-line file arrives: the loader cuts it at sentence ends.
    return load_text(SENTENCE * (characters // len(SENTENCE)), name=name)


def blocks(pane: ArticlePane) -> list[str]:
    out, block = [], pane.document().begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def test_a_big_document_arrives_in_steps_one_block_per_paragraph(qtbot) -> None:
    article = big_article(3 * pane_fill.BIG_HTML)
    pane = ArticlePane("left")
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    pane.set_content(article)
    assert pane.filler.filling  # the rest comes from the event loop, not in one long call
    first = len(blocks(pane))
    assert 0 < first < len(article.paragraphs)
    qtbot.waitUntil(lambda: not pane.filler.filling, timeout=30000)
    assert blocks(pane) == [" ".join(p.shown.split()) for p in article.paragraphs]
    assert pane.paragraph_range(len(article.paragraphs) - 1) is not None


def test_a_small_document_is_set_at_once(qtbot) -> None:
    article = big_article(pane_fill.BIG_HTML // 10)
    pane = ArticlePane("left")
    qtbot.addWidget(pane)
    pane.set_content(article)
    assert not pane.filler.filling
    assert len(blocks(pane)) == len(article.paragraphs)


def test_a_new_article_replaces_one_still_filling(qtbot) -> None:
    pane = ArticlePane("left")
    qtbot.addWidget(pane)
    pane.set_content(big_article(3 * pane_fill.BIG_HTML))
    assert pane.filler.filling
    small = load_text("Only this.\n\nAnd this.", name="small")
    pane.set_content(small)
    assert not pane.filler.filling
    qtbot.wait(50)  # the old document's steps would have arrived by now
    assert blocks(pane) == ["Only this.", "And this."]


def test_rendering_keeps_one_part_per_block() -> None:
    article = big_article(50_000)
    rendered = render_article(article)
    assert len(rendered.parts) == len(rendered.blocks) == len(article.paragraphs)


def test_loading_and_aligning_a_huge_pair_run_off_the_gui_thread(
    qtbot, window, tmp_path, monkeypatch, wait_aligned
) -> None:
    from newsreader.core import align
    from newsreader.ui.library import loading

    loaded = record_threads(monkeypatch, loading, "load_many")
    aligned = record_threads(monkeypatch, align, "align")  # (the pair imports it in the worker)
    left = write(tmp_path, "left.txt", SENTENCE * 6000)  # ~500 KB on one line each
    right = write(tmp_path, "right.txt", SENTENCE.replace("dam", "river") * 6000)
    with qtbot.waitSignal(window.loader.loaded, timeout=60000):
        window.open_paths([left, right])
    wait_aligned(window, timeout=120000)
    assert ran_off_the_gui_thread(loaded) and ran_off_the_gui_thread(aligned)
    qtbot.waitUntil(lambda: not window.compare.left_pane.filler.filling, timeout=60000)
