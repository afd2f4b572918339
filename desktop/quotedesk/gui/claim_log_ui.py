"""The claim log and its export, wired to the main window: the keymap's "Claim log"
(Ctrl+L) and "Export…" (Ctrl+E) call `show` and `export` here, so the window itself
only holds one of these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from quotedesk.gui.claim_log_view import ClaimLogView
    from quotedesk.gui.export_dialog import ExportDialog
    from quotedesk.gui.main_window import MainWindow

DOCK_SHARE = 0.42  # of the window's height, the first time the log opens


class ClaimLogUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: ClaimLogView | None = None
        self.dialog: ExportDialog | None = None
        window.session.claimChanged.connect(self._claim_changed)
        window.session.quoteChanged.connect(self._reload)
        window.session.libraryChanged.connect(self._reload)
        window.jobs.finished.connect(self._reload)

    def show(self) -> None:
        """Open the claim log (a dock under the panes) and put the cursor in its search."""
        if self.view is None:
            from quotedesk.gui.claim_log_view import ClaimLogView

            self.view = ClaimLogView(self.window.store, self.window)
            self.view.openQuote.connect(self.window.open_article)
            self.view.exportRequested.connect(self.export)
            if not self.window.restoreDockWidget(self.view):  # where the person left it last time
                self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.view)
                self.window.resizeDocks([self.view], [int(self.window.height() * DOCK_SHARE)],
                                        Qt.Orientation.Vertical)
        self.view.focus()

    def is_open(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def export(self) -> None:
        """The export dialog, offering the claim log's current view when it is open."""
        from quotedesk.gui.export_dialog import ExportDialog

        if self.dialog is not None and self.dialog.jobs.busy:
            self.dialog.raise_()  # an export is running: show it rather than start another
            return
        view = self.view if self.view is not None and self.is_open() else None
        if view is not None:
            view.apply_filters()  # words typed a moment ago count: export what the person sees
        self.dialog = ExportDialog(self.window.db_key, view.model.filters if view else None, self.window.settings,
                                   self.window, view_count=view.model.total if view else None)
        self.dialog.exported.connect(lambda line: self.window.statusBar().showMessage(line, 8000))
        self.dialog.open()

    def _claim_changed(self, claim_id: int) -> None:
        if self.view is not None:
            self.view.model.refresh_claim(claim_id)

    def _reload(self, *_args) -> None:
        if self.view is not None:
            self.view.reload()
