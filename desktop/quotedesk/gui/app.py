"""Starting the desktop app: one QApplication, the theme, a Store, the main window."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from quotedesk.gui.error_report import ErrorReport
from quotedesk.gui.external_changes import ExternalChanges
from quotedesk.gui.main_window import MainWindow, default_settings
from quotedesk.gui.preferences import start_database
from quotedesk.gui.theme import apply_saved_theme, apply_theme


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setOrganizationName("Quotedesk")
        app.setApplicationName("Quotedesk")
        apply_theme(app)
    return app


class Windows:
    """The open windows; File ▸ Open database replaces the window with one on the other file.

    A window shows first and opens its store once it has painted, so a person sees the
    app at once rather than after sqlite-utils has loaded and the schema been checked."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.windows: list[MainWindow] = []
        self._asked: set[Path] = set()  # damaged databases already offered their backup

    def open(self, db: str | os.PathLike[str] | None, *, sample_if_empty: bool = False,
             article: int | None = None, replacing: MainWindow | None = None) -> MainWindow:
        window = MainWindow(None, self.settings, db_path=db)
        window.openDatabaseRequested.connect(lambda path, w=window: self.open(path, replacing=w))
        window.firstPainted.connect(lambda: self._attach(window, db, sample_if_empty, article, replacing))
        self.windows.append(window)
        window.show()
        return window

    def _attach(self, window: MainWindow, db, sample_if_empty: bool, article: int | None,
                replacing: MainWindow | None) -> None:
        from quotedesk.store import Store, StoreError  # here: importing it is most of a start-up

        try:
            store = Store.open(db)
        except StoreError as ex:
            if self._offer_restore(window, ex):
                self.open(db, sample_if_empty=sample_if_empty, article=article, replacing=replacing)
            self._close(window)
            if not self.windows:
                QApplication.exit(2)
            return
        window.attach(store)
        window.external_changes = ExternalChanges(window)  # a second instance's changes show up here
        if replacing is not None:
            self._close(replacing)
        opened = window.open_article(article) if article is not None else window.open_start_article()
        if not opened and sample_if_empty and not store.articles(limit=1):
            window.load_sample()
        elif not opened:
            window.app_dialogs.welcome_if_first_run()  # non-modal, once per computer

    def recover(self, window: MainWindow, ex: sqlite3.DatabaseError) -> None:
        """The open database turned out damaged: offer its last backup and reopen on it."""
        from quotedesk.store.backup import damaged

        path = Path(window.db_key)
        if path in self._asked:
            window.statusBar().showMessage(f"{path} is damaged: {ex}", 10_000)
            return
        self._asked.add(path)  # once: a box on every failing query would lock the window

        def release() -> None:
            window.jobs.cancel()
            window.jobs.wait()
            window.hide()
            window.store.close()  # restore needs no connection left on the old file

        if self._offer_restore(window, damaged(path, ex), before_restore=release):
            self._asked.discard(path)
            self.open(path, replacing=window)
        elif not window.isVisible():  # released, but the restore failed: nothing left to show
            self._close(window)
            if not self.windows:
                QApplication.exit(2)

    def _offer_restore(self, window: MainWindow, ex: Exception, before_restore=lambda: None) -> bool:
        """Say what is wrong and, for a damaged database with a backup, offer to restore it.
        Returns whether the backup is now in place."""
        from quotedesk.store import StoreError
        from quotedesk.store.backup import DamagedDatabase, restore

        if not isinstance(ex, DamagedDatabase) or ex.last_backup is None:
            _warn(window, str(ex))
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, "Quotedesk", str(ex), parent=window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes a path, which may hold anything
        box.setInformativeText("Restoring keeps the damaged file beside it, renamed; nothing is deleted.")
        restore_button = box.addButton("Restore the last backup", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore_button)
        box.exec()
        if box.clickedButton() is not restore_button:
            return False
        before_restore()
        try:
            restore(ex.last_backup, ex.path)
        except StoreError as failed:
            _warn(window, str(failed))
            return False
        return True

    def _close(self, window: MainWindow) -> None:
        window.close()
        if window.store is not None:
            window.store.close()
        self.windows.remove(window)


def _warn(parent: MainWindow, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Quotedesk", text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote paths and file contents
    box.exec()


def run(db: str | None = None, *, sample: bool = False, article: int | None = None) -> int:
    app = application()
    settings = default_settings()
    apply_saved_theme(app, settings)
    windows = Windows(settings)
    ErrorReport(windows).install()
    windows.open(start_database(db, settings), sample_if_empty=sample, article=article)
    return app.exec()
