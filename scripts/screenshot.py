#!/usr/bin/env python3
"""Render the window with the demo (two bundled samples compared) into docs/screenshot.png.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png] [--size 1440x900] [--dark]
    .venv/bin/python scripts/screenshot.py --overview [FILES...]   # the Overview: docs/overview.png

``--overview`` shows the Overview of the samples (or of FILES, e.g. a folder of articles), hovering
the first copy pair; ``--synthetic N`` overviews N synthetic articles instead.

Runs offscreen unless a display is wanted (``QT_QPA_PLATFORM`` set by the caller), with settings,
session and logs in a temporary folder, so the real user configuration is never touched.

``--facts`` (docs/facts.png) opens the facts sidebar on the demo pair and clicks the first
disagreement card, so its two sentences are highlighted side by side in the panes; ``--fact-grid``
(docs/fact-grid.png) shows the Fact Grid page of all samples (or of FILES, e.g. folders of many
outlets), the list collapsed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--facts", action="store_true", help="the facts sidebar (docs/facts.png)")
    parser.add_argument("--fact-grid", action="store_true", help="the grid (docs/fact-grid.png)")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--scroll", type=float, default=0.0, help="scroll the left pane (0..1)")
    parser.add_argument("--empty", action="store_true", help="the empty window (how to start)")
    parser.add_argument("--overview", action="store_true", help="the Overview (docs/overview.png)")
    parser.add_argument("--synthetic", type=int, default=0, help="overview N synthetic articles")
    parser.add_argument("--zoom", type=float, default=0.0, help="overview zoom steps from fit")
    parser.add_argument("files", nargs="*", type=Path, help="files or folders for --overview")
    args = parser.parse_args()
    if (args.overview or args.synthetic) and args.out == parser.get_default("out"):
        args.out = ROOT / "docs" / "overview.png"
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["NEWSREADER_HOME"] = tempfile.mkdtemp(prefix="newsreader-shot-")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QStyleFactory

    from newsreader.ui.common.paths import app_dirs
    from newsreader.ui.shell.app import application, create_window, open_demo

    app = application()
    app.setStyle(QStyleFactory.create("Fusion"))
    if args.dark:
        app.setPalette(dark_palette(QPalette, QColor))
    window = create_window(app_dirs())
    window.resize(width, height)
    window.show()
    if args.empty:
        return save(window, args.out, width, height)
    if args.overview or args.synthetic:
        return overview_shot(window, args)
    open_demo(window)
    if args.files and args.fact_grid:  # more outlets beside the samples
        window.open_paths(args.files, remember=False)

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        overview_done = not window.overview.pending  # the list's "copy" badges are in
        if window.compare.alignment is not None and not window.runner.active() and overview_done:
            break
        time.sleep(0.01)
    else:
        print("The demo did not finish loading and aligning within 60 s", file=sys.stderr)
        return 1
    window.article_list.select_keys([window.pair.right_key])
    window.compare.left_pane.setFocus()
    bar = window.compare.left_pane.verticalScrollBar()
    bar.setValue(round(bar.maximum() * args.scroll))
    if (args.facts or args.fact_grid) and not facts_shot(window, grid=args.fact_grid):
        return 1
    if args.out == parser.get_default("out") and (args.facts or args.fact_grid):
        args.out = ROOT / "docs" / ("fact-grid.png" if args.fact_grid else "facts.png")
    return save(window, args.out, width, height)


def overview_shot(window, args) -> int:
    """Load the articles, show the Overview, hover its first copy pair, save."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    from newsreader.ui.common.paths import SAMPLES
    from newsreader.ui.overview.controller import READY

    if args.synthetic:
        sys.path.insert(0, str(ROOT / "scripts"))
        from synthetic_corpus import make_corpus

        from newsreader.ui.library.entries import Entry, pasted_key

        articles, _ = make_corpus(args.synthetic)
        window.model.add([Entry(pasted_key(a), None, a) for a in articles])
    else:
        window.open_paths(args.files or sorted(SAMPLES.iterdir()), remember=False)
    window.views.show_overview()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        view = window.overview_view
        if window.overview.state == READY and not window.runner.active() and view.result:
            break
        time.sleep(0.01)
    else:
        print("The overview did not finish within 120 s", file=sys.stderr)
        return 1
    view = window.overview_view
    heatmap = view.heatmap
    if args.zoom:
        heatmap.zoom_by(args.zoom)
    copies = [d for d in view.result.overview.derived if d.direct]
    if copies:  # hover the strongest copy, scrolled into view
        d = max(copies, key=lambda d: d.excess)
        heatmap.ensure_visible(heatmap.position_of(d.copy), heatmap.position_of(d.source))
        center = QPointF(heatmap.cell_rect(d.copy, d.source).center())
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            center,
            heatmap.viewport().mapToGlobal(center),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QCoreApplication.sendEvent(heatmap.viewport(), move)
    window.article_list.view.setFocus()
    return save(window, args.out, *window_size(args))


def window_size(args) -> tuple[int, int]:
    width, height = (int(v) for v in args.size.lower().split("x"))
    return width, height


def save(window, out: Path, width: int, height: int) -> int:
    from PySide6.QtCore import QCoreApplication

    for _ in range(20):
        QCoreApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"Could not write {out}", file=sys.stderr)
        return 1
    print(f"Wrote {out} ({width}x{height})")
    window.close()
    return 0


def dark_palette(QPalette, QColor):  # noqa: N803 - the Qt classes, imported late
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#34363a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3d41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#45484c",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def facts_shot(window, grid: bool) -> bool:
    """Open the facts sidebar (or the grid), wait for the facts, show a disputed fact's evidence."""
    from PySide6.QtCore import QCoreApplication

    from newsreader.ui.facts.controller import READY

    panel = window.facts
    window.splitter.setSizes([400, window.width() - 400])
    (panel.show_grid if grid else panel.show_sidebar)()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if panel.controller.state == READY and not window.runner.active():
            break
        time.sleep(0.01)
    else:
        print("The facts were not read within 60 s", file=sys.stderr)
        return False
    if grid:
        window.show_list(False)  # the grid is a page of its own: the list makes room for it
        model = panel.grid.model
        for row in range(model.rowCount()):
            for column in range(1, model.columnCount()):
                cell = model.cell(row, column)
                if cell is not None and cell.state == "conflict" and cell.evidence is not None:
                    index = model.index(row, column)
                    panel.grid.table.setCurrentIndex(index)  # selected (a click would open it)
                    panel.grid.table.scrollTo(index)
                    return True
        return True
    sidebar = panel.sidebar
    for node in sidebar.model.root.walk():
        if node.kind == "row" and node.card is not None:
            index = sidebar.proxy.mapFromSource(sidebar.model.index_of(node))
            sidebar.tree.setCurrentIndex(index)
            sidebar.tree.scrollTo(index)
            sidebar._on_clicked(index)
            break
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the opened pair aligned, its sentences in place
        QCoreApplication.processEvents()
        if window.compare.alignment is not None and not window.runner.active():
            break
        time.sleep(0.01)
    return True


if __name__ == "__main__":
    sys.exit(main())
