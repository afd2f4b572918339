"""Changes made by someone else: a second Quotedesk window on the same file, or a
command-line import. The window asks the store every POLL_MS, and whenever it is
activated, whether another connection has committed (a cheap pragma, no table read),
and if so reads again what it shows: the library, the open article's quote cards and
highlights, the claim log and the inspector.

What the person is doing is left alone: the selection is kept, the reader is reloaded
only when the open article's quotes themselves changed, and the inspector waits while
its tags are being typed (a note or evidence URL being typed is never touched).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from quotedesk.gui.queries import reappearance_lines, visible_quotes

if TYPE_CHECKING:
    from quotedesk.gui.main_window import MainWindow

POLL_MS = 2000


class ExternalChanges(QObject):
    refreshed = Signal()  # the views were read again after a change elsewhere

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._inspector_stale = False
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.check)  # after the activation has been handled
        return False

    def check(self) -> bool:
        """Read the views again if another connection has committed; True if it had."""
        store = self.window.store
        # A closed window may outlive its store (closed with it). While this window's own
        # import runs, its finishing reloads the views; the change stays unseen until
        # then, so nothing from elsewhere is missed.
        if store is None or not self.window.isVisible() or self.window.jobs.busy:
            return False
        if not store.changed_elsewhere():
            if self._inspector_stale:
                self._refresh_inspector()
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        self._refresh_library()
        self._refresh_article()
        self._refresh_claim_log()
        self._refresh_inspector()
        self.refreshed.emit()

    def _refresh_library(self) -> None:
        library = self.window.library
        if not hasattr(library, "model"):  # still the placeholder shown while the store opens
            return
        keep = library.current_article_id()
        library.model.reload()
        if keep is not None:
            library.select_article(keep, emit=False)

    def _refresh_article(self) -> None:
        window, store = self.window, self.window.store
        article_id = window.article_id
        if article_id is None:
            return
        fresh = store.quotes(article_id=article_id)
        shown = visible_quotes(fresh, reported_speech=window.quotes.reported.isChecked())
        if shown != window.quotes.shown_quotes():
            # re-extracted or corrected elsewhere: the cards and highlights themselves changed
            window._reload_current()
            return
        for claim_id in {q.claim_id for q in fresh}:
            window.quotes.update_verdict(store.verdict(claim_id))
        window.reader.set_statuses(window.quotes.statuses())
        window.quotes.set_flags(reappearance_lines(store, article_id))

    def _refresh_claim_log(self) -> None:
        view = self.window.claim_log.view
        if view is None:
            return
        current = view.model.row_at(view.table.currentIndex().row())
        scrolled = view.table.verticalScrollBar().value()
        view.reload()
        if current is not None:
            row = next((n for n, r in enumerate(view.model.loaded()) if r.claim_id == current.claim_id), None)
            if row is not None:
                view.table.setCurrentIndex(view.model.index(row, 0))
        view.table.verticalScrollBar().setValue(scrolled)

    def _refresh_inspector(self) -> None:
        inspector = self.window.inspector
        quote = inspector.quote
        self._inspector_stale = False
        if quote is None:
            return
        if QApplication.focusWidget() is inspector.tags:
            self._inspector_stale = True  # the person is typing tags: show the change after
            return
        from quotedesk.store import NotFound

        try:
            inspector.show_quote(self.window.store.quote(quote.id))
        except NotFound:
            inspector.show_quote(None)
