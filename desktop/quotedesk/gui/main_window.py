"""The main window: library, reader and quotes side by side, the inspector dock, and
the slots the keymap names. It wires panes together; the panes draw, `Session` writes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSplitter

from quotedesk.gui import keymap
from quotedesk.gui.app_dialogs import AppDialogs
from quotedesk.gui.claim_log_ui import ClaimLogUi
from quotedesk.gui.dialogs import CheatSheet, CorrectionDialog, PasteDialog
from quotedesk.gui.import_ui import ImportProgress, ProblemsDock
from quotedesk.gui.inspector import Inspector
from quotedesk.gui.library_pane import LibraryPane
from quotedesk.gui.queries import known_agencies, known_speakers, reappearance_lines
from quotedesk.gui.quotes_pane import QuotesPane
from quotedesk.gui.reader_pane import ReaderPane
from quotedesk.gui.session import Session
from quotedesk.gui.workers import Jobs
from quotedesk.resources import resource_path

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import Store, StoredQuote

SAMPLE = ("samples", "seed-id-peskov.txt")


def default_settings() -> QSettings:
    return QSettings("Quotedesk", "Quotedesk")


class MainWindow(QMainWindow):
    """Built with a store, or with none and `attach`ed to one once it has painted: opening
    a store imports sqlite-utils and checks the schema, and the window need not wait."""

    openDatabaseRequested = Signal(str)
    firstPainted = Signal()

    def __init__(self, store: Store | None = None, settings: QSettings | None = None, parent=None, *,
                 db_path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store: Store | None = None
        self.settings = settings if settings is not None else default_settings()
        self.db_key = os.fspath(db_path) if db_path else ""  # the store's own path once it is open
        self.setWindowTitle(f"Quotedesk — opening {Path(self.db_key).name or 'the library'}…")
        self.session = Session(None, self)
        self.jobs = Jobs(self.db_key, self)
        self.article_id: int | None = None
        self._open_after_import = False
        self._dialog = None
        self._painted = False

        self.library = QLabel("Opening the library…", alignment=Qt.AlignmentFlag.AlignCenter)
        self.reader = ReaderPane()
        self.quotes = QuotesPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("panes")
        for pane in (self.library, self.reader, self.quotes):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.inspector = Inspector(self.session, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.resizeDocks([self.inspector], [310], Qt.Orientation.Horizontal)
        self.problems = ProblemsDock(self.jobs, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.progress = ImportProgress(self.jobs, self.statusBar())
        self.claim_log = ClaimLogUi(self)  # the claim log dock and the export dialog
        self.app_dialogs = AppDialogs(self)  # settings, about, the first-run welcome
        self.actions_by_name = keymap.install(self)
        self._build_menus()
        self.setAcceptDrops(True)

        self.quotes.quoteSelected.connect(self._quote_selected)
        self.reader.quoteClicked.connect(self._reader_clicked)
        self.inspector.openQuote.connect(self.open_article)
        self.inspector.correctRequested.connect(self._edit_correction)
        self.session.claimChanged.connect(self._claim_changed)
        self.session.quoteChanged.connect(self._quote_changed)
        self.session.libraryChanged.connect(self._reload_current)
        self.session.failed.connect(self._say)
        self.jobs.finished.connect(self._job_finished)
        self.jobs.failed.connect(self._say)
        self.quotes.reported.setChecked(self.settings.value("reported_speech", False, type=bool))
        self._restore_layout()
        for action in self.actions_by_name.values():
            action.setEnabled(False)  # until there is a store to act on
        if store is not None:
            self.attach(store)

    def attach(self, store: Store) -> None:
        """Put an open store behind the window: the library fills in and the keys come alive."""
        self.store = store
        from quotedesk.store import default_db_path

        self.db_key = os.fspath(store.path or default_db_path())
        self.setWindowTitle(f"Quotedesk — {Path(self.db_key).name}")
        self.session.store = store
        self.jobs.db_path = self.db_key
        library = LibraryPane(store)
        self.splitter.replaceWidget(0, library)  # keeps the width the placeholder had
        self.library.deleteLater()
        self.library = library
        library.articleSelected.connect(self.open_article)
        library.sampleRequested.connect(self.load_sample)
        for action in self.actions_by_name.values():
            action.setEnabled(True)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)
        return super().event(event)

    # --- layout and settings -------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus = {name: bar.addMenu(f"&{name}") for name in keymap.MENUS}
        for binding in keymap.KEYMAP:
            menus[binding.menu].addAction(self.actions_by_name[binding.name])
        self.recent_menu = menus["File"].addMenu("Recent databases")
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_databases():
            self.recent_menu.addAction(path, lambda p=path: self.openDatabaseRequested.emit(p))

    def recent_databases(self) -> list[str]:
        return [p for p in (self.settings.value("recent_databases", [], type=list) or []) if p]

    def _remember_database(self) -> None:
        recent = [self.db_key, *(p for p in self.recent_databases() if p != self.db_key)][:8]
        self.settings.setValue("recent_databases", recent)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        sizes = self.settings.value("window/splitter")
        self._sized = sizes is not None and self.splitter.restoreState(sizes)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            # first run: share the width once the docks have taken theirs; later runs restore the person's
            self._sized = True
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        width = self.splitter.width()
        self.splitter.setSizes([int(width * share) for share in (0.35, 0.4, 0.25)])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("reported_speech", self.quotes.reported.isChecked())
        self._remember_database()
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.jobs.cancel()
        self.jobs.wait()
        if self.store is not None:
            self.save_layout()
        super().closeEvent(event)

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    # --- opening ----------------------------------------------------------------------------

    def last_article_id(self) -> int | None:
        value = self.settings.value(f"last_article/{self.db_key}")
        return int(value) if value not in (None, "") else None

    def open_start_article(self) -> bool:
        """The last article open in this database, else the newest; False when empty."""
        for candidate in (self.last_article_id(), *(a.id for a in self.store.articles(limit=1))):
            if candidate is not None and self.open_article(candidate):
                return True
        return False

    def open_article(self, article_id: int, quote_id: int | None = None) -> bool:
        from quotedesk.store import NotFound
        try:
            article = self.store.article(article_id)
            text = self.store.article_text(article_id)
        except NotFound:
            return False
        if article_id != self.article_id:
            self.article_id = article_id
            quotes = self.store.quotes(article_id=article_id)
            verdicts = {cid: self.store.verdict(cid) for cid in {q.claim_id for q in quotes}}
            self.reader.show_article(article, text, quotes, {c: v.status for c, v in verdicts.items()})
            self.quotes.set_quotes(quotes, verdicts, reappearance_lines(self.store, article_id))
            self.library.select_article(article_id, emit=False)
            self.inspector.show_quote(None)
            self.settings.setValue(f"last_article/{self.db_key}", article_id)
        if quote_id is not None:
            self.select_quote(quote_id)
        return True

    def select_quote(self, quote_id: int) -> None:
        self.quotes.select_quote(quote_id)

    def current_quote(self) -> StoredQuote | None:
        return self.inspector.quote

    def _quote_selected(self, quote_id: int) -> None:
        self.reader.select_quote(quote_id)
        self.inspector.show_quote(self.store.quote(quote_id))

    def _reader_clicked(self, quote_id: int) -> None:
        if self.quotes.current_quote_id() != quote_id:
            self.quotes.select_quote(quote_id)

    # --- changes ----------------------------------------------------------------------------

    def _claim_changed(self, claim_id: int) -> None:
        verdict = self.store.verdict(claim_id)
        self.quotes.update_verdict(verdict)
        self.reader.set_statuses(self.quotes.statuses())
        if self.article_id is not None:
            self.library.model.refresh_article(self.article_id)
            self.quotes.set_flags(reappearance_lines(self.store, self.article_id))
        quote = self.inspector.quote
        if quote is not None:
            self.inspector.show_quote(self.store.quote(quote.id))

    def _quote_changed(self, quote_id: int) -> None:
        quote = self.store.quote(quote_id)
        if quote.article_id == self.article_id:
            self.quotes.replace_quote(quote)
            self._reload_current()

    def _reload_current(self) -> None:
        article_id, quote_id = self.article_id, self.quotes.current_quote_id()
        self.article_id = None
        if article_id is not None and self.open_article(article_id, quote_id) and quote_id is not None:
            self._quote_selected(quote_id)  # the pane keeps it current, so no selection signal comes

    # --- keymap slots ---------------------------------------------------------------------

    def step_quote(self, delta: int) -> None:
        self.quotes.view.setFocus()
        self.quotes.step(delta)

    def step_article(self, delta: int) -> None:
        self.library.step(delta)

    def rate(self, level: int) -> None:
        if self.current_quote() is not None:
            self.session.rate_level(self.current_quote().claim_id, level)

    def cycle_status(self) -> None:
        if self.current_quote() is not None:
            self.session.cycle_status(self.current_quote().claim_id)

    def add_note(self) -> None:
        if self.current_quote() is not None:
            self.inspector.focus_note()

    def focus_search(self) -> None:
        self.library.focus_search()

    def undo(self) -> None:
        if self.session.undo():
            self._say("Undone")

    def redo(self) -> None:
        if self.session.redo():
            self._say("Redone")

    def toggle_reported_speech(self) -> None:
        self.quotes.reported.toggle()

    def show_cheat_sheet(self) -> None:
        labels = [level.label for level in self.store.rating_scale()]
        self._show_dialog(CheatSheet(keymap.cheat_sheet_html(labels), self))

    def show_speakers(self) -> None:
        from quotedesk.gui.speakers_view import SpeakersView

        view = SpeakersView(self.session, self)
        view.openQuote.connect(self.open_article)
        self._show_dialog(view)

    def _show_dialog(self, dialog) -> None:
        self._dialog = dialog
        dialog.open()

    def edit_speaker(self) -> None:
        self._edit_correction("speaker")

    def edit_agency(self) -> None:
        self._edit_correction("agency")

    def _edit_correction(self, field: str) -> None:
        quote = self.current_quote()
        if quote is None:
            return
        if field == "speaker":
            names, current, extracted = known_speakers(self.store), quote.speaker, quote.extracted_speaker
        else:
            names, current, extracted = known_agencies(self.store, quote.article_id), quote.agency, \
                quote.extracted_agency
        dialog = CorrectionDialog(field, current, extracted, names, self)
        dialog.finished.connect(lambda result: self._correction_done(dialog, quote.id, result))
        self._show_dialog(dialog)

    def _correction_done(self, dialog: CorrectionDialog, quote_id: int, result: int) -> None:
        if result == CorrectionDialog.CLEAR:
            self.session.clear_correction(quote_id, dialog.field)
        elif result == CorrectionDialog.DialogCode.Accepted:
            self.session.correct(quote_id, dialog.field, dialog.value())

    # --- import -----------------------------------------------------------------------------

    def import_paths(self, paths: list[str], *, open_first: bool = False) -> bool:
        self._open_after_import = open_first or self.article_id is None
        return self.jobs.import_paths(paths)

    def load_sample(self) -> bool:
        """Every article in resources/samples, with SAMPLE first so that it is the one opened."""
        first = resource_path(*SAMPLE)
        others = sorted(p for p in first.parent.iterdir()
                        if p != first and p.is_file() and p.suffix.lower() in (".txt", ".md", ".html", ".htm"))
        return self.import_paths([os.fspath(p) for p in (first, *others)], open_first=True)

    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import files", "",
                                                "Articles (*.txt *.html *.htm *.md);;All files (*)")
        if files:
            self.import_paths(files)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder")
        if folder:
            self.import_paths([folder])

    def paste_article_dialog(self) -> None:
        from PySide6.QtGui import QGuiApplication

        dialog = PasteDialog(self, QGuiApplication.clipboard().text())
        dialog.accepted.connect(lambda: self._paste_done(dialog))
        self._show_dialog(dialog)

    def _paste_done(self, dialog: PasteDialog) -> None:
        title, outlet, url, text = dialog.values()
        if text.strip():
            self._open_after_import = True
            self.jobs.import_pasted(title, outlet, url, text)

    def reextract_current(self) -> None:
        if self.article_id is not None:
            self.jobs.reextract(self.article_id)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Open or create a database", self.db_key,
                                              "Quotedesk databases (*.db);;All files (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.openDatabaseRequested.emit(path)

    def _job_finished(self, result) -> None:
        summary_line = getattr(result, "line", None)
        self._say(summary_line() if callable(summary_line) else "Done")
        self.library.model.reload()
        results = getattr(result, "results", None)
        first = results[0].article_id if results else getattr(result, "article_id", None)
        target = first if self._open_after_import else self.article_id
        self._open_after_import = False
        self.article_id = None if target == self.article_id else self.article_id
        if target is not None:
            self.open_article(target)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
