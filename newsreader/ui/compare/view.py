"""The comparison: two pane headers, two panes, the gutter between them, a find bar and a summary.

It shows a pair of entries and, once the alignment arrives, their links: paragraph highlights by
tier, bands in the gutter, synchronized scrolling. Clicking a paragraph (or a band) brings its match
level with it and flashes it; navigation steps through linked or unmatched paragraphs of the side
that has the focus. :meth:`show_sentence` brings a sentence into view, highlighted (a fact's
evidence).

Signals:
    picked(str, str): a pane's picker chose an entry (side, key).
    swap_requested(): the swap button was pressed.
    zoom_requested(int): Ctrl+wheel over a pane asked for a zoom step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.align import Alignment, Link
from newsreader.ui.common.colors import TIER_NAMES, TIERS
from newsreader.ui.common.icons import icon
from newsreader.ui.common.notice_bar import NoticeBar
from newsreader.ui.common.visible import html_text
from newsreader.ui.compare.findbar import FindBar
from newsreader.ui.compare.gutter import LinkGutter
from newsreader.ui.compare.link_blocks import Block
from newsreader.ui.compare.marks import SIDES, LinkIndex, Side, other, partner, side_marks
from newsreader.ui.compare.navigation import step
from newsreader.ui.compare.pane import ArticlePane
from newsreader.ui.compare.pane_header import PaneHeader
from newsreader.ui.compare.syncscroll import Anchor, ScrollSync, anchor_points, monotone_links
from newsreader.ui.library.entries import Entry

PLACEHOLDERS = {
    "left": "Choose an article for this side: select it in the list, or use the picker above.",
    "right": "Choose a second article to compare: select two articles in the list, "
    "or use the picker above.",
}
NAV_FRACTION = 0.25  # navigation puts the target paragraph this far down the view


class CompareView(QWidget):
    picked = Signal(str, str)
    swap_requested = Signal()
    zoom_requested = Signal(int)

    def __init__(self, picker_model: QSortFilterProxyModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.entries: dict[Side, Entry | None] = {"left": None, "right": None}
        self.alignment: Alignment | None = None
        self.index: LinkIndex | None = None
        self.word_diff = True
        self.show_removed = False
        self.active_side: Side = "left"
        self.status_text = ""
        self.relation_text = ""  # the overview's verdict on the pair (set_relation)
        self._anchors: list[Anchor] | None = None
        self._current: tuple[Side, int] | None = None  # last paragraph navigated to
        self._reveal: tuple[Side, int] | None = None  # shown again once the alignment arrives

        self.panes: dict[Side, ArticlePane] = {s: ArticlePane(s, self) for s in ("left", "right")}
        self.headers: dict[Side, PaneHeader] = {
            s: PaneHeader(s, picker_model, self) for s in ("left", "right")
        }
        self.left_pane, self.right_pane = self.panes["left"], self.panes["right"]
        self.gutter = LinkGutter(self.left_pane, self.right_pane, self)
        self.sync = ScrollSync(
            self.left_pane.verticalScrollBar(),
            self.right_pane.verticalScrollBar(),
            self.anchors,
            self,
        )
        self.notice = NoticeBar(self)
        self.find_bar = FindBar([self.left_pane, self.right_pane], self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setWordWrap(True)  # a narrow window puts the legend on a second line

        self.swap_button = QToolButton(self)
        self.swap_button.setObjectName("swapButton")
        self.swap_button.setIcon(icon("swap"))
        self.swap_button.setToolTip("Swap left and right")
        self.swap_button.setAutoRaise(True)
        self.swap_button.clicked.connect(self.swap_requested)

        for side, pane in self.panes.items():
            pane.describe = lambda i, side=side: self.describe(side, i)
            pane.paragraph_clicked.connect(lambda i, side=side: self.bring_level(side, i))
            pane.focused.connect(lambda side=side: self._set_active(side))
            pane.hovered.connect(lambda i, side=side: self._on_hovered(side, i))
            pane.zoom_requested.connect(self.zoom_requested)
            pane.layout_changed.connect(self._invalidate_anchors)
            self.headers[side].picked.connect(lambda key, side=side: self.picked.emit(side, key))
        self.gutter.link_clicked.connect(self._on_link_clicked)
        self.gutter.block_hovered.connect(self._on_block_hovered)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.headers["left"], 0, 0)
        grid.addWidget(self.swap_button, 0, 1, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.headers["right"], 0, 2)
        grid.addWidget(_line(self), 1, 0, 1, 3)
        grid.addWidget(self.left_pane, 2, 0)
        grid.addWidget(self.gutter, 2, 1)
        grid.addWidget(self.right_pane, 2, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(2, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(10, 3, 10, 3)
        bottom.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addLayout(grid, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(_line(self))
        layout.addLayout(bottom)
        self._render()

    # --- content -------------------------------------------------------------------------------
    def set_pair(self, left: Entry | None, right: Entry | None) -> None:
        """Show these entries; links are cleared until :meth:`set_alignment`."""
        changed = left is not self.entries["left"] or right is not self.entries["right"]
        self.entries = {"left": left, "right": right}
        if changed:
            self.alignment = None
            self.index = None
            self.status_text = ""
            self._reveal = None
        for side in ("left", "right"):
            self.headers[side].show_entry(self.entries[side])
        self._render()

    def set_alignment(self, alignment: Alignment | None) -> None:
        self.alignment = alignment
        self.index = LinkIndex(alignment) if alignment is not None else None
        self.status_text = ""
        self._render()
        reveal, self._reveal = self._reveal, None
        if reveal is not None and alignment is not None:
            self._bring_into_view(*reveal)

    def set_relation(self, text: str) -> None:
        """The overview's verdict on the pair ("right is an edited copy of left ..."), the same
        judgement the Overview and ``newsreader compare`` give; "" when there is none yet."""
        self.relation_text = text
        self._update_summary()

    def set_status(self, text: str) -> None:
        """A note for the summary line (e.g. "Aligning…") until the alignment arrives."""
        self.status_text = text
        self._update_summary()

    def set_options(self, *, word_diff: bool | None = None, show_removed: bool | None = None):
        if word_diff is not None:
            self.word_diff = word_diff
        if show_removed is not None:
            self.show_removed = show_removed
        self._render()

    def set_zoom(self, steps: int) -> None:
        for pane in self.panes.values():
            pane.set_zoom(steps)

    def refresh_headers(self) -> None:
        for side in ("left", "right"):
            self.headers[side].show_entry(self.entries[side])

    def _render(self) -> None:
        with self.sync.suspended():  # one pane's new content must not drag the other along
            self._render_panes()
        self.gutter.set_links(
            self.alignment.links if self.alignment is not None else [], self.index
        )
        self._invalidate_anchors()
        self.find_bar.refresh()
        self._update_summary()
        self.sync.sync_from(0 if self.active_side == "left" else 1)

    def _render_panes(self) -> None:
        for side in ("left", "right"):
            entry = self.entries[side]
            article = entry.article if entry is not None else None
            marks = None
            if article is not None and self.index is not None:
                marks = side_marks(self.index, side, article.paragraph_texts())
            self.panes[side].set_content(
                article,
                marks,
                word_diff=self.word_diff,
                show_removed=self.show_removed,
                placeholder=PLACEHOLDERS[side],
            )

    def _update_summary(self) -> None:
        parts: list[str] = []
        if self.status_text:
            parts.append(html_text(self.status_text))
        elif self.alignment is not None and self.index is not None:
            a = self.alignment
            parts.append(f"Similarity <b>{a.similarity:.0f}%</b>")
            parts.append(f"{len(a.links)} links")
            parts.append(f"{len(self.index.unmatched('left'))} only on the left")
            parts.append(f"{len(self.index.unmatched('right'))} only on the right")
            if self.relation_text:
                parts.append(f"<b>{html_text(self.relation_text)}</b>")
        legend = " ".join(
            f"<span style='background-color:{self.left_pane._theme.tiers[t].background.name()};"
            f"'>&nbsp;<span style='color:{self.left_pane._theme.tiers[t].accent.name()}'>■"
            f"</span>&nbsp;{TIER_NAMES[t].replace(' ', '&nbsp;')}&nbsp;</span>"
            for t in TIERS
        )
        self.summary.setText(" · ".join(parts) + ("&nbsp;&nbsp;&nbsp; " if parts else "") + legend)

    # --- scroll mapping ------------------------------------------------------------------------
    def anchors(self) -> list[Anchor]:
        if self._anchors is None:
            pairs = []
            if self.alignment is not None:
                chain = monotone_links([(k.left, k.right) for k in self.alignment.links])
                for i, j in chain:
                    # Only what is laid out: the anchors are rebuilt as the layout grows.
                    lr = self.left_pane.paragraph_range(i, force=False)
                    rr = self.right_pane.paragraph_range(j, force=False)
                    if lr is None or rr is None:
                        break
                    pairs.append((lr, rr))
            self._anchors = anchor_points(
                pairs, self.left_pane.document_height(), self.right_pane.document_height()
            )
        return self._anchors

    def _invalidate_anchors(self) -> None:
        self._anchors = None

    def set_locked(self, locked: bool) -> None:
        self.sync.enabled = locked
        if locked:
            self.sync.sync_from(0 if self.active_side == "left" else 1)

    # --- linking and navigation ----------------------------------------------------------------
    def describe(self, side: Side, index: int) -> str:
        """Tooltip for paragraph ``index`` of ``side``: its links with score and kind."""
        if self.index is None:
            return ""
        links = self.index.links(side, index)
        there = other(side)
        if not links:
            return f"Only here: no paragraph on the {there} says this."
        lines = [
            f"{k.kind.capitalize()} · score {k.score:.0f}{' · moved' if k.moved else ''}"
            f" → {there} ¶{partner(k, side) + 1}"
            for k in links[:6]
        ]
        return "\n".join(lines)

    def bring_level(self, side: Side, index: int) -> None:
        """Scroll the other pane so the best match of paragraph ``index`` is level; flash it."""
        source = self.panes[side]
        self._set_active(side)
        self._current = (side, index)
        link = self.index.best(side, index) if self.index is not None else None
        if link is None:
            source.flash(index)
            return
        target = partner(link, side)
        dest = self.panes[other(side)]
        found = source.viewport_range(index)
        if found is None:
            return
        with self.sync.suspended():
            short = dest.scroll_paragraph_to(target, found[0])
            if short:
                source.scroll_paragraph_to(index, found[0] + short)
        dest.flash(target)
        source.flash(index)
        self.gutter.update()

    def go_to(self, side: Side, index: int) -> None:
        pane = self.panes[side]
        with self.sync.suspended():
            pane.scroll_paragraph_to(index, pane.viewport().height() * NAV_FRACTION)
        self._current = (side, index)
        self.bring_level(side, index)

    def show_sentence(self, side: Side, paragraph: int, start: int, end: int) -> bool:
        """Scroll ``side`` to paragraph ``paragraph``, highlight ``start..end`` in it and flash it.

        Offsets are in the paragraph's text. Returns False when the pane has no such paragraph.
        """
        pane = self.panes[side]
        if not pane.highlight_sentence(paragraph, start, end):
            return False
        self._bring_into_view(side, paragraph)
        # The pair may still be aligning: its re-render keeps the highlight but not the place.
        self._reveal = (side, paragraph) if self.alignment is None else None
        return True

    def _bring_into_view(self, side: Side, paragraph: int) -> None:
        pane = self.panes[side]
        self.go_to(side, paragraph)
        rects = pane.sentence_rects()
        height = pane.viewport().height()
        if rects and rects[-1].bottom() > height - 8:  # a long paragraph: the sentence's end shows
            shift = min(rects[-1].bottom() - height + height * NAV_FRACTION, rects[0].top() - 8)
            if shift > 0:
                bar = pane.verticalScrollBar()
                bar.setValue(bar.value() + round(shift))

    def navigate(self, matched: bool, forward: bool) -> int | None:
        """Go to the next/previous linked (or unmatched) paragraph of the active side."""
        side = self.active_side
        pane = self.panes[side]
        if pane.article is None:
            return None
        if self.index is None:
            return None
        indices = self.index.linked(side) if matched else self.index.unmatched(side)
        current = self._current
        if current is not None and current[0] == side and self._on_screen(side, current[1]):
            position: int | None = current[1]
        else:
            position = pane.first_visible_paragraph()
            if position is not None and forward:
                position -= 1  # the first paragraph in view counts as "next"
        target = step(indices, position, forward)
        if target is not None:
            self.go_to(side, target)
        return target

    def _on_screen(self, side: Side, index: int) -> bool:
        found = self.panes[side].viewport_range(index)
        return found is not None and 0 <= found[0] < self.panes[side].viewport().height()

    def _set_active(self, side: Side) -> None:
        self.active_side = side

    def _on_hovered(self, side: Side, index: int) -> None:
        """Outline the hovered paragraph's block (its paragraphs on both sides and its band) and
        fade the rest."""
        links = self.index.links(side, index) if self.index is not None and index >= 0 else []
        found = {b.number: b for b in (self.gutter.block_of(k) for k in links) if b is not None}
        self._emphasize(list(found.values()))
        self.gutter.set_emphasis(links)

    def _on_block_hovered(self, block: Block | None) -> None:
        self._emphasize([block] if block is not None else [])

    def _emphasize(self, blocks: list[Block]) -> None:
        for side in SIDES:
            self.panes[side].set_emphasis(frozenset().union(*(b.paragraphs(side) for b in blocks)))

    def _on_link_clicked(self, link: Link) -> None:
        self.bring_level("left", link.left)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()


def _line(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
