"""Starting the desktop app: one QApplication, the theme, a Store, the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from quotedesk.gui.main_window import MainWindow, default_settings
from quotedesk.gui.theme import apply_theme
from quotedesk.store import Store, StoreError


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setOrganizationName("Quotedesk")
        app.setApplicationName("Quotedesk")
        apply_theme(app)
    return app


class Windows:
    """The open windows; File ▸ Open database replaces the window with one on the other file."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.windows: list[MainWindow] = []

    def open(self, db: str | os.PathLike[str] | None, *, sample_if_empty: bool = False,
             article: int | None = None) -> MainWindow | None:
        try:
            store = Store.open(db)
        except StoreError as ex:
            QMessageBox.warning(None, "Quotedesk", str(ex))
            return None
        window = MainWindow(store, self.settings)
        window.openDatabaseRequested.connect(lambda path, w=window: self._switch(w, path))
        self.windows.append(window)
        window.show()
        opened = window.open_article(article) if article is not None else window.open_start_article()
        if not opened and sample_if_empty and not store.articles(limit=1):
            window.load_sample()
        return window

    def _switch(self, old: MainWindow, path: str) -> None:
        if self.open(path) is not None:
            old.close()
            old.store.close()
            self.windows.remove(old)


def run(db: str | None = None, *, sample: bool = False, article: int | None = None) -> int:
    app = application()
    windows = Windows(default_settings())
    if windows.open(db, sample_if_empty=sample, article=article) is None:
        return 2
    return app.exec()
