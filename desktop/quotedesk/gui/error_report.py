"""Exceptions that escape into Qt's event loop are shown to the person, not only printed.

Without this, a slot that raises leaves a traceback on stderr that nobody reads and a
window that silently stops doing what it is asked. A database found damaged after it
opened (SQLite reads most pages only when a query needs them) gets the same offer of
its last backup as one found damaged at opening."""

from __future__ import annotations

import sqlite3
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    from quotedesk.gui.app import Windows
    from quotedesk.gui.main_window import MainWindow

SAVED = ("Everything saved before this is still saved; the step that failed was not finished. "
         "The details below help a bug report.")


class ErrorReport:
    def __init__(self, windows: Windows) -> None:
        self.windows = windows
        self._previous = sys.excepthook
        self._reporting = False
        self._seen: set[tuple[type, str]] = set()

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self._previous(exc_type, exc, tb)  # the traceback still goes to stderr
        if self._reporting or QApplication.instance() is None:
            return  # one box at a time: a failing paint would otherwise open one per frame
        self._reporting = True
        try:
            self._report(exc_type, exc, tb)
        finally:
            self._reporting = False

    def _report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from quotedesk.store.backup import is_damage

        window = self._window()
        damaged = isinstance(exc, sqlite3.DatabaseError) and is_damage(exc)
        if damaged and window is not None and window.store is not None:
            self.windows.recover(window, exc)
            return
        message = f"{exc_type.__name__}: {exc}"
        if (exc_type, str(exc)) in self._seen:
            if window is not None:  # asked once already; a box on every repeat would lock the window
                window.statusBar().showMessage(f"Something went wrong again: {message}", 10_000)
            return
        self._seen.add((exc_type, str(exc)))
        box = QMessageBox(QMessageBox.Icon.Critical, "Quotedesk", f"Something went wrong: {message}",
                          parent=window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote article text
        box.setInformativeText(SAVED)
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()

    def _window(self) -> MainWindow | None:
        active = QApplication.activeWindow()
        for window in self.windows.windows:
            if window is active:
                return window
        return self.windows.windows[-1] if self.windows.windows else None
