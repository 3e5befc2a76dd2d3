"""File > Export…: enabled with a pair, the dialog, every format, cancel and failures, off the GUI thread."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import textwrap
import threading
from pathlib import Path

import lxml.html
import pytest
from PySide6.QtCore import QSaveFile, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from newsreader.core.align import align
from newsreader.core.export import CSV_COLUMNS, FactsUnavailable
from newsreader.core.ingest import load_path
from newsreader.ui.common.messages import ERROR, INFO
from newsreader.ui.common.paths import SAMPLES
from newsreader.ui.common.settings import EXPORT_FOLDER, EXPORT_FORMAT
from newsreader.ui.export import job as export_job
from newsreader.ui.export.action import DISABLED_TIP, FILTERS
from newsreader.ui.export.job import ExportRequest, run_export
from newsreader.ui.library.entries import file_key
from newsreader.ui.shell.app import DEMO_PAIR
from tests.core.export.conftest import sample_facts
from tests.core.export.test_html import check_report
from tests.helpers.tmpfs import run_in_tmpfs

HAS_FACTS_ENGINE = importlib.util.find_spec("newsreader.core.facts") is not None
OLD = b"an older export that must survive\n"


@pytest.fixture
def compared(window, load, wait_aligned):
    """The window showing the demo pair (the original report and its paraphrase), aligned."""
    paths = [SAMPLES / name for name in DEMO_PAIR]
    load(window, paths)
    window.pair.set_pair(*(file_key(p) for p in paths))
    wait_aligned(window)
    return window


@pytest.fixture
def fake_facts(monkeypatch):
    """A facts engine that answers with a fixed dict for the pair (the real one may be absent)."""
    monkeypatch.setattr(
        export_job, "analyze_facts", lambda articles: sample_facts(articles[0], articles[-1])
    )


def export(qtbot, window, path: Path, fmt=None):
    """Export to ``path`` without the dialog; wait for the outcome; return the message posted."""
    with qtbot.waitSignal(window.messages.posted, timeout=20000) as blocker:
        task = window.exporter.export_to(path, fmt)
        assert task is not None
    qtbot.waitUntil(lambda: not window.runner.active(), timeout=5000)
    return blocker.args[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_action_follows_the_pair(qtbot, window, load) -> None:
    action = window.actions.export
    assert not action.isEnabled()
    assert DISABLED_TIP in action.toolTip() and "Ctrl+E" in action.toolTip()
    action.trigger()  # disabled: nothing happens
    assert window.runner.active() == []
    load(window, [SAMPLES / DEMO_PAIR[0]])
    assert window.pair.left_key and not window.pair.right_key
    assert not action.isEnabled()
    load(window, [SAMPLES / DEMO_PAIR[1]])
    assert window.pair.left_key and window.pair.right_key
    assert action.isEnabled()
    assert "HTML report" in action.toolTip() and DISABLED_TIP not in action.toolTip()
    window.remove([window.pair.right_key])
    assert not action.isEnabled() and DISABLED_TIP in action.statusTip()


def test_export_html_through_the_dialog(qtbot, compared, tmp_path, monkeypatch) -> None:
    window, out = compared, tmp_path / "out"
    out.mkdir()
    asked: list[tuple[str, str, str]] = []

    def fake_dialog(parent, caption, start, filters, selected):
        asked.append((start, filters, selected))
        return str(out / "demo report"), FILTERS["html"]  # no suffix: the filter's is added

    threads: list[bool] = []
    real_save = export_job.save

    def watched_save(path, data, ctx):
        threads.append(threading.current_thread() is threading.main_thread())
        real_save(path, data, ctx)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(export_job, "save", watched_save)
    with qtbot.waitSignal(window.exporter.exported, timeout=20000) as blocker:
        window.actions.export.trigger()
        assert [t.label for t in window.runner.active()] == ["Exporting demo report.html"]
    result = blocker.args[0]
    target = out / "demo report.html"
    assert result.path == target and threads == [False]
    start, filters, selected = asked[0]
    left, right = (
        window.model.find(k).article for k in (window.pair.left_key, window.pair.right_key)
    )
    assert Path(start).name == "meridian-herald-vs-harbour-times.html"
    assert (
        all(f in filters for f in ("HTML", "Markdown", "CSV", "JSON"))
        and selected == FILTERS["html"]
    )
    html = target.read_text(encoding="utf-8")
    check_report(html, left, right, window.compare.alignment)  # both articles, tiers, anchors
    doc = lxml.html.document_fromstring(html)
    for card, article in (("meta-A", left), ("meta-B", right)):
        assert article.title in doc.get_element_by_id(card).text_content()
    assert leftovers(out) == ["demo report.html"]
    # Where it went: the status bar, and buttons to open it.
    assert str(target) in window.status.currentMessage()
    assert window.exporter.done_bar.isVisible()
    assert window.exporter.done_bar.open_button.text() == "Open in Browser"
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    window.exporter.done_bar.open_button.click()
    window.exporter.done_bar.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(target), str(out)]
    # The folder and format are remembered: the next dialog starts there.
    assert window.settings.get(EXPORT_FOLDER) == str(out)
    assert window.settings.get(EXPORT_FORMAT) == "html"

    def closed_dialog(parent, caption, start, filters, selected):
        asked.append((start, filters, selected))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(closed_dialog))
    assert window.exporter.start() is None  # the dialog was closed: nothing runs
    assert Path(asked[-1][0]).parent == out and window.runner.active() == []


def test_a_suffixless_name_never_replaces_a_file_unasked(
    qtbot, compared, tmp_path, monkeypatch
) -> None:
    existing = tmp_path / "notes.md"
    existing.write_bytes(OLD)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a: (str(tmp_path / "notes"), FILTERS["md"])),
    )
    questions: list[str] = []

    def refuse(parent, title, text, *rest):
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(refuse))
    assert compared.exporter.start() is None
    assert "notes.md" in questions[0] and existing.read_bytes() == OLD
    assert compared.runner.active() == []


@pytest.mark.usefixtures("fake_facts")
def test_markdown_has_both_articles_links_and_facts(qtbot, compared, tmp_path) -> None:
    target = tmp_path / "notes.markdown"
    message = export(qtbot, compared, target)
    assert message.severity == INFO and "Markdown" in message.text
    text = target.read_text(encoding="utf-8")
    left, right = (
        compared.model.find(k).article for k in (compared.pair.left_key, compared.pair.right_key)
    )
    assert text.startswith("# Comparison:")
    assert left.title in text and right.title in text
    for link in compared.compare.alignment.links:
        assert f"A¶{link.left + 1} ↔ B¶{link.right + 1}" in text
    assert "Tomas Halberg" in text and "attendance of Tomas Halberg" in text  # facts, discrepancy


@pytest.mark.usefixtures("fake_facts")
def test_facts_csv_and_json(qtbot, compared, tmp_path) -> None:
    export(qtbot, compared, tmp_path / "facts.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "facts.csv").read_text(encoding="utf-8"))))
    assert rows and set(rows[0]) == set(CSV_COLUMNS)
    files = {row["file"] for row in rows}
    assert {"meridian-herald.txt", "harbour-times.html"} <= {Path(f).name for f in files}
    export(qtbot, compared, tmp_path / "facts.json")
    data = json.loads((tmp_path / "facts.json").read_text(encoding="utf-8"))
    paths = [Path(a["path"]).name for a in data["articles"]]
    assert "meridian-herald.txt" in paths and "harbour-times.html" in paths
    assert data["discrepancies"]


@pytest.mark.usefixtures("fake_facts")
def test_html_carries_both_articles_facts(qtbot, compared, tmp_path) -> None:
    export(qtbot, compared, tmp_path / "r.htm")
    doc = lxml.html.document_fromstring((tmp_path / "r.htm").read_text(encoding="utf-8"))
    assert (
        doc.get_element_by_id("facts-A") is not None
        and doc.get_element_by_id("facts-B") is not None
    )
    assert "attendance of Tomas Halberg" in doc.get_element_by_id("facts").text_content()


def test_without_a_facts_engine(qtbot, compared, tmp_path, monkeypatch) -> None:
    def missing(articles):
        raise FactsUnavailable("facts are not available: this installation has no facts engine")

    monkeypatch.setattr(export_job, "analyze_facts", missing)
    message = export(qtbot, compared, tmp_path / "report.html")
    assert message.severity == INFO and "facts are not included" in message.text
    assert (tmp_path / "report.html").is_file()
    target = tmp_path / "facts.json"
    target.write_bytes(OLD)
    message = export(qtbot, compared, target)
    assert message.severity == ERROR and message.path == target
    assert "facts are not available" in message.text and "unchanged" in message.text
    assert target.read_bytes() == OLD


def test_the_real_facts_engine_or_a_clear_refusal(qtbot, compared, tmp_path) -> None:
    target = tmp_path / "facts.csv"
    message = export(qtbot, compared, target)
    if HAS_FACTS_ENGINE:
        assert message.severity == INFO
        assert set(next(csv.DictReader(io.StringIO(target.read_text("utf-8"))))) == set(CSV_COLUMNS)
    else:
        assert message.severity == ERROR and "facts are not available" in message.text
        assert not target.exists()


@pytest.mark.parametrize("stage", ["rendering", "writing"])
def test_cancel_keeps_the_older_file(qtbot, compared, tmp_path, monkeypatch, stage) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(OLD)
    entered, release = threading.Event(), threading.Event()

    def hold(real):
        def held(*args, **kwargs):
            result = real(*args, **kwargs)
            if not entered.is_set():
                entered.set()
                release.wait(20)  # the worker waits for the test, never the GUI thread
            return result

        return held

    if stage == "rendering":
        monkeypatch.setattr(export_job, "render_export", hold(export_job.render_export))
    else:  # cancelled after the first piece is written to the temporary file
        monkeypatch.setattr(export_job, "CHUNK", 1024)
        monkeypatch.setattr(QSaveFile, "write", hold(QSaveFile.write))
    with qtbot.waitSignal(compared.messages.posted, timeout=20000) as blocker:
        task = compared.exporter.export_to(target)
        qtbot.waitUntil(entered.is_set, timeout=20000)
        assert compared.status.shown_task() is task
        assert compared.exporter.export_to(tmp_path / "other.html") is None  # one at a time
        compared.status.cancel_button.click()  # the status bar's Cancel
        release.set()
    assert task.outcome == "cancelled"
    assert blocker.args[0].severity == INFO and "cancelled" in blocker.args[0].text
    assert "unchanged" in blocker.args[0].text
    assert target.read_bytes() == OLD and leftovers(tmp_path) == ["home", "report.html"]
    assert not compared.exporter.done_bar.isVisible()


def test_a_failed_commit_keeps_the_older_file(qtbot, compared, tmp_path, monkeypatch) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(OLD)
    monkeypatch.setattr(QSaveFile, "commit", lambda self: False)
    message = export(qtbot, compared, target)
    assert message.severity == ERROR and message.path == target
    assert str(target) in message.text and "unchanged" in message.text
    assert target.read_bytes() == OLD and leftovers(tmp_path) == ["home", "report.html"]
    assert compared.problems.count() == 1  # listed in the Problems dock
    assert "Error" in compared.status.currentMessage()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder(qtbot, compared, tmp_path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "report.html"
    target.write_bytes(OLD)
    folder.chmod(0o555)
    try:
        message = export(qtbot, compared, target)
    finally:
        folder.chmod(0o755)
    assert message.severity == ERROR and "no permission to write" in message.text
    assert "unchanged" in message.text and target.read_bytes() == OLD


# The QSaveFile writer on a small private tmpfs (root, in its own mount namespace), so the disk is
# really full or read-only; the tmpfs vanishes with the child, which reports what it saw.
SAVE_IN_TMPFS = textwrap.dedent(
    """
    import json, os, sys
    from newsreader.core.export import ExportError
    from newsreader.ui.export.job import save

    class Ctx:
        def check(self): pass
        def progress(self, *args): pass

    path = sys.argv[1]
    try:
        save(__import__("pathlib").Path(path), b"n" * (256 * 1024), Ctx())
        reason = None
    except ExportError as exc:
        reason = exc.reason
    print(json.dumps({"reason": reason, "old": open(path, "rb").read().decode(),
                      "files": sorted(os.listdir(os.path.dirname(path)))}))
    """
)


@pytest.mark.parametrize(("mode", "expected"), [("rw", "disk is full"), ("ro", "read-only disk")])
def test_full_or_read_only_disk_for_real(tmp_path, mode, expected) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    outcome = run_in_tmpfs(tmp_path, OLD, mode, SAVE_IN_TMPFS, env=env)
    assert expected in str(outcome["reason"]) and "unchanged" in str(outcome["reason"])
    assert outcome["old"] == OLD.decode() and outcome["files"] == ["report.html"]


def test_a_missing_folder_is_named(qtbot, compared, tmp_path) -> None:
    target = tmp_path / "gone" / "report.html"
    message = export(qtbot, compared, target)
    assert message.severity == ERROR and "does not exist" in message.text
    assert "nothing was written" in message.text and not target.parent.exists()


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda p, mp: None, "does not exist"),
        (lambda p, mp: p.parent.mkdir() or p.mkdir(), "a folder already has that name"),
        (lambda p, mp: p.parent.write_text("x"), "is not a folder"),
        (
            lambda p, mp: (
                p.parent.mkdir() or mp.setattr(export_job, "_read_only_disk", lambda f: True)
            ),
            "read-only disk",
        ),
        (
            lambda p, mp: p.parent.mkdir() or mp.setattr(export_job, "_free_space", lambda f: 10),
            "disk is full",
        ),
        (lambda p, mp: p.parent.mkdir(), "the device said no"),
    ],
)
def test_why_not_written(tmp_path, monkeypatch, setup, expected) -> None:
    path = tmp_path / "folder" / "report.html"
    setup(path, monkeypatch)
    reason = export_job.why_not_written(path, 1000, "the device said no")
    assert expected in reason
    assert "try again" in reason


def test_a_pair_still_aligning_is_aligned_for_the_export(qtbot, window, tmp_path) -> None:
    left, right = (load_path(SAMPLES / name) for name in DEMO_PAIR)
    request = ExportRequest(left, right, None, "html", tmp_path / "r.html")
    with qtbot.waitSignal(window.runner.task_finished, timeout=20000):
        task = window.runner.run(lambda ctx: run_export(request, ctx), label="Exporting")
    assert task.outcome == "succeeded"
    check_report(request.path.read_text(encoding="utf-8"), left, right, align(left, right))


def test_export_onto_a_named_pipe_or_link_is_refused(qtbot, compared, tmp_path) -> None:
    """A FIFO or symbolic link at the chosen name is left alone (issue 13, point 10)."""
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    message = export(qtbot, compared, fifo)
    assert message.severity == ERROR and "named pipe" in message.text
    assert fifo.is_fifo()
    target = tmp_path / "target.html"
    target.write_bytes(OLD)
    link = tmp_path / "link.html"
    link.symlink_to(target)
    message = export(qtbot, compared, link)
    assert message.severity == ERROR and "symbolic link" in message.text
    assert link.is_symlink() and target.read_bytes() == OLD


def test_the_app_cleans_a_stale_part_file_too(qtbot, compared, tmp_path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    stale = folder / ".report.html.abcdefgh.part"
    stale.write_bytes(b"half an export")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    message = export(qtbot, compared, folder / "report.html")
    assert message.severity == INFO
    assert leftovers(folder) == ["report.html"]
