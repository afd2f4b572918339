"""The reader: the article's text with every quote highlighted by its status."""

from __future__ import annotations

import html
from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QToolTip, QVBoxLayout, QWidget

from quotedesk.gui import theme
from quotedesk.gui.queries import mention_span

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import Article, StoredQuote

FLASH_MS = 700


class OffsetMap:
    """Python str offsets (code points) to Qt's (UTF-16 units): they differ after any
    character outside the BMP, such as an emoji."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1)

    def from_qt(self, position: int) -> int:
        offset = position
        while self.to_qt(offset) > position:
            offset -= 1
        return offset


class ReaderPane(QWidget):
    quoteClicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        # an article's title is text: "<b>" in it is shown, never rendered
        self.title = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
                            textFormat=Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.meta = QLabel(wordWrap=True, openExternalLinks=True)
        self.legend = QLabel(self._legend_html())
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("articleText")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        body = self.text.font()
        body.setPointSizeF(body.pointSizeF() * 1.1)
        self.text.setFont(body)
        self.text.viewport().installEventFilter(self)
        self.text.viewport().setMouseTracking(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.legend)
        layout.addWidget(self.text, 1)
        self._quotes: list[StoredQuote] = []
        self._statuses: dict[int, str] = {}
        self._map = OffsetMap("")
        self._raw = ""
        self._flash_id: int | None = None
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self.stop_flash)
        self.show_article(None, "", [], {})

    @staticmethod
    def _legend_html() -> str:
        parts = [f"<span style='background:{theme.status_colour(s).name()}'>&nbsp;{theme.status_label(s)}&nbsp;</span>"
                 for s in theme.STATUS_LOOKS]
        return "<small>" + " ".join(parts) + " &nbsp;<u>speaker</u></small>"

    # --- content ---------------------------------------------------------------------

    def show_article(self, article: Article | None, text: str, quotes: list[StoredQuote],
                     statuses: dict[int, str]) -> None:
        if article is None:
            self.title.setText("No article open")
            self.meta.setText("Choose an article in the library, or import one (File ▸ Import).")
        else:
            self.title.setText(article.title or "(untitled)")
            self.meta.setText(self._meta_html(article, len(quotes)))
        self._raw = text
        self._map = OffsetMap(text)
        self.text.setPlainText(text)
        self.set_quotes(quotes, statuses)

    @staticmethod
    def _meta_html(article: Article, n_quotes: int) -> str:
        bits = [article.outlet, (article.published or "")[:10] or None, article.lang and article.lang.upper(),
                article.agency and f"via {article.agency}", f"{n_quotes} quotes"]
        line = " · ".join(html.escape(b) for b in bits if b)
        if article.url:
            # only a web address becomes a link: a click must never open file:// or javascript:
            scheme = article.url.strip().split(":", 1)[0].lower() if ":" in article.url else ""
            shown = html.escape(article.url[:60])
            if scheme in ("http", "https") and not any(ord(ch) < 32 for ch in article.url):
                line += f" · <a href='{html.escape(article.url.strip(), quote=True)}'>{shown}</a>"
            else:
                line += f" · {shown}"
        return line

    def set_quotes(self, quotes: list[StoredQuote], statuses: dict[int, str]) -> None:
        self._quotes = sorted(quotes, key=lambda q: q.start)
        self._statuses = dict(statuses)
        self._paint()

    def set_statuses(self, statuses: dict[int, str]) -> None:
        self._statuses = dict(statuses)
        self._paint()

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _paint(self) -> None:
        selections = []
        for quote in self._quotes:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            colour = theme.status_colour(self._statuses.get(quote.claim_id, "unreviewed"))
            if quote.id == self._flash_id:
                colour = QColor(colour).darker(135)
            fmt.setBackground(colour)
            if quote.kind == "indirect":
                # reported speech is softer than a quote: a dotted edge, not a block of colour
                fmt.setBackground(QColor(colour.red(), colour.green(), colour.blue(), 90))
            fmt.setProperty(QTextFormat.Property.UserProperty, quote.id)
            sel.format, sel.cursor = fmt, self._cursor(quote.start, quote.end)
            selections.append(sel)
            span = mention_span(self._raw, quote)
            if span is not None:
                under = QTextEdit.ExtraSelection()
                ufmt = QTextCharFormat()
                ufmt.setFontUnderline(True)
                ufmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                under.format, under.cursor = ufmt, self._cursor(*span)
                selections.append(under)
        self.text.setExtraSelections(selections)

    # --- selection -------------------------------------------------------------------

    def quote_at(self, qt_position: int) -> StoredQuote | None:
        offset = self._map.from_qt(qt_position)
        hits = [q for q in self._quotes if q.start <= offset < q.end]
        # nested quotes (a partial inside reported speech): the innermost wins
        return min(hits, key=lambda q: q.end - q.start) if hits else None

    def select_quote(self, quote_id: int, *, flash: bool = True) -> None:
        quote = next((q for q in self._quotes if q.id == quote_id), None)
        if quote is None:
            return
        self.text.setTextCursor(self._cursor(quote.start, quote.end))
        self.text.centerCursor()
        if flash:
            self._flash_id = quote.id
            self._paint()
            self._flash_timer.start()

    def stop_flash(self) -> None:
        self._flash_id = None
        self._paint()

    def selection_offsets(self) -> tuple[int, int]:
        """The selection in Python offsets of the article text."""
        cursor = self.text.textCursor()
        return self._map.from_qt(cursor.selectionStart()), self._map.from_qt(cursor.selectionEnd())

    # --- mouse -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text.viewport():
            if event.type() == QEvent.Type.ToolTip:
                quote = self.quote_at(self.text.cursorForPosition(event.pos()).position())
                if quote is None:
                    QToolTip.hideText()
                else:
                    QToolTip.showText(event.globalPos(), self._tooltip(quote), self.text)
                return True
            if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton \
                    and not self.text.textCursor().hasSelection():
                quote = self.quote_at(self.text.cursorForPosition(event.position().toPoint()).position())
                if quote is not None:
                    self.quoteClicked.emit(quote.id)
        return super().eventFilter(watched, event)

    def _tooltip(self, quote: StoredQuote) -> str:
        who = html.escape(quote.speaker or "no speaker")
        if quote.role:
            who += f", {html.escape(quote.role)}"
        agency = f"{quote.agency} ({quote.agency_relation})" if quote.agency else "no agency"
        status = theme.status_label(self._statuses.get(quote.claim_id, "unreviewed"))
        return (f"<b>{who}</b><br>{html.escape(quote.kind)} · via {html.escape(agency)} · "
                f"{html.escape(status)}<br><i>{html.escape(quote.evidence or '')}</i>")
