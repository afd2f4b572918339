"""The quotes pane: one card per quote of the open article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from quotedesk.gui import theme
from quotedesk.gui.models import FLAG_MARK, FLAG_ROLE, ROW_ROLE, STATUS_ROLE, VERDICT_ROLE, QuoteListModel
from quotedesk.gui.queries import visible_quotes

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import StoredQuote, Verdict

PAD = 8
STRIP = 6
GAP = 3


def card_lines(quote: StoredQuote, verdict: Verdict | None, flag: str | None = None) -> tuple[str, ...]:
    """The quote, who said it, and the rest: what a card shows, as text; with `flag`, a
    last line saying the claim was rated false before this appearance came in."""
    who = quote.speaker or "(no speaker)"
    if quote.role:
        who += f" — {quote.role}"
    agency = f"via {quote.agency} ({quote.agency_relation})" if quote.agency else "no agency"
    status = theme.status_label(verdict.status if verdict else "unreviewed")
    rating = f" · {verdict.rating}" if verdict and verdict.rating else ""
    conf = f"{quote.confidence:.2f}" if quote.confidence is not None else "–"
    cue = f"cue “{quote.cue}”" if quote.cue else "no cue"
    details = f"{agency} · {cue} · {quote.kind} · {conf} · {status}{rating}"
    lines = (f"“{quote.text}”", who, details)
    return (*lines, f"{FLAG_MARK} Seen again after it was {flag}") if flag else lines


class CardDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        body = QFont(option.font)
        who = QFont(option.font)
        who.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        flag = QFont(small)
        flag.setWeight(QFont.Weight.Bold)
        return body, who, small, flag

    def _text_width(self) -> int:
        return max(80, self._view.viewport().width() - 2 * PAD - STRIP - 8)

    def _blocks(self, option: QStyleOptionViewItem, index: QModelIndex):
        quote: StoredQuote = index.data(ROW_ROLE)
        lines = card_lines(quote, index.data(VERDICT_ROLE), index.data(FLAG_ROLE))
        width = self._text_width()
        flags = int(Qt.TextFlag.TextWordWrap)
        out = []
        for text, font in zip(lines, self._fonts(option), strict=False):
            rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text)
            out.append((text, font, rect.height()))
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if index.data(ROW_ROLE) is None:
            return super().sizeHint(option, index)
        blocks = self._blocks(option, index)
        height = sum(h for _t, _f, h in blocks) + 2 * PAD + (len(blocks) - 1) * GAP + 6
        return QSize(self._view.viewport().width() - 2 * self._view.spacing(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(ROW_ROLE) is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(3, 3, -3, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight) if selected
                            else palette.color(QPalette.ColorRole.Mid), 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.status_colour(index.data(STATUS_ROLE)))
        painter.drawRoundedRect(QRect(card.left(), card.top(), STRIP, card.height()), 3, 3)
        x = card.left() + STRIP + PAD
        y = card.top() + PAD
        width = self._text_width()
        text_colour = palette.color(QPalette.ColorRole.Text)
        for n, (text, font, height) in enumerate(self._blocks(option, index)):
            painter.setFont(font)
            colour = text_colour if n != 2 else palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(colour)
            painter.drawText(QRect(x, y, width, height), int(Qt.TextFlag.TextWordWrap), text)
            y += height + GAP
        painter.restore()


class QuotesPane(QWidget):
    quoteSelected = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("quotes")
        self.model = QuoteListModel(self)
        self.header = QLabel("<b>Quotes</b>")
        self.reported = QCheckBox("Show reported speech")
        self.reported.setObjectName("showReportedSpeech")
        self.reported.toggled.connect(self._refilter)
        self.view = QListView()
        self.view.setObjectName("quoteCards")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSpacing(1)
        # cards wrap to the pane's width; a sideways scrollbar would only ever show their margin
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.reported)
        layout.addWidget(self.view, 1)
        self._all: list[StoredQuote] = []
        self._verdicts: dict[int, Verdict] = {}
        self._flags: dict[int, str] = {}
        self._quiet = False

    def set_quotes(self, quotes: list[StoredQuote], verdicts: dict[int, Verdict],
                   flags: dict[int, str] | None = None) -> None:
        """The article's quotes; `flags` marks those of claims rated false before they came in."""
        self._all, self._verdicts, self._flags = list(quotes), dict(verdicts), dict(flags or {})
        self._refilter()

    def set_flags(self, flags: dict[int, str]) -> None:
        self._flags = dict(flags)
        self.model.set_flags(flags)
        self.view.doItemsLayout()  # a flagged card has one line more

    def flag(self, quote_id: int) -> str | None:
        return self._flags.get(quote_id)

    def _refilter(self) -> None:
        keep = self.current_quote_id()
        shown = visible_quotes(self._all, reported_speech=self.reported.isChecked())
        self.model.set_quotes(shown, self._verdicts, self._flags)
        hidden = len(self._all) - len(shown)
        note = f" <small>({hidden} reported speech hidden)</small>" if hidden else ""
        self.header.setText(f"<b>Quotes</b> {len(shown)}{note}")
        if keep is not None:
            self.select_quote(keep, emit=False)

    def update_verdict(self, verdict: Verdict) -> None:
        self._verdicts[verdict.claim_id] = verdict
        self.model.update_verdict(verdict)

    def replace_quote(self, quote: StoredQuote) -> None:
        self._all = [quote if q.id == quote.id else q for q in self._all]
        self.model.replace_quote(quote)

    def statuses(self) -> dict[int, str]:
        return {cid: v.status for cid, v in self._verdicts.items()}

    def shown_quotes(self) -> list[StoredQuote]:
        return self.model.quotes()

    def current_quote_id(self) -> int | None:
        quote = self.view.currentIndex().data(ROW_ROLE)
        return quote.id if quote is not None else None

    def select_quote(self, quote_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(quote_id)
        if row is None:
            if not emit:
                return False
            # a click in the reader on reported speech shows it, rather than doing nothing
            if any(q.id == quote_id for q in self._all) and not self.reported.isChecked():
                self.reported.setChecked(True)
                row = self.model.row_of(quote_id)
            if row is None:
                return False
        index = self.model.index(row)
        self._quiet = not emit
        try:
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._quiet = False
        self.view.scrollTo(index)
        return True

    def step(self, delta: int) -> None:
        if self.model.rowCount() == 0:
            return
        row = self.view.currentIndex().row()
        row = 0 if row < 0 else min(max(row + delta, 0), self.model.rowCount() - 1)
        quote = self.model.index(row).data(ROW_ROLE)
        self.select_quote(quote.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        quote = current.data(ROW_ROLE) if current.isValid() else None
        if quote is not None and not self._quiet:
            self.quoteSelected.emit(quote.id)
