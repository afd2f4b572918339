"""Each GUI test gets a fresh temporary database, fresh settings and a fresh main window."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from quotedesk.gui.main_window import MainWindow
from quotedesk.store import Store

JOB_TIMEOUT_MS = 30_000


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "library.db") as s:
        yield s


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(os.fspath(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@contextlib.contextmanager
def shown_window(qtbot, store: Store, settings: QSettings) -> Iterator[MainWindow]:
    """A main window on screen and active, its background jobs stopped afterwards."""
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    # window shortcuts only fire in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    try:
        yield win
    finally:
        win.jobs.cancel()
        win.jobs.wait()


@pytest.fixture(autouse=True)
def window(qtbot, store: Store, settings: QSettings):
    with shown_window(qtbot, store, settings) as win:
        yield win


@pytest.fixture
def imported(window: MainWindow, sample_path: Path, store: Store) -> MainWindow:
    """The window with the sample article imported through the core and open."""
    from quotedesk.library import import_paths

    summary = import_paths(store, [sample_path])
    window.library.model.reload()
    assert window.open_article(summary.results[0].article_id)
    return window
