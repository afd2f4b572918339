"""Starting the app: the window paints first, then opens its store and the start article."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from quotedesk.gui import app as app_module
from quotedesk.gui.app import Windows
from quotedesk.gui.library_pane import LibraryPane
from quotedesk.library import import_paths
from quotedesk.store import Store


def test_window_paints_then_opens_its_store_on_the_last_article(qtbot, tmp_path: Path, settings: QSettings,
                                                                  sample_path: Path) -> None:
    db = tmp_path / "start.db"
    with Store.open(db) as store:
        import_paths(store, [sample_path])
    windows = Windows(settings)
    window = windows.open(os.fspath(db))
    qtbot.addWidget(window)
    # nothing is open yet: the window shows at once, with its keys asleep
    assert window.store is None
    assert "opening start.db" in window.windowTitle()
    assert not window.actions_by_name["next_quote"].isEnabled()

    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    assert window.windowTitle() == "Quotedesk — start.db"
    assert isinstance(window.library, LibraryPane)
    assert window.library.model.rowCount() == 1
    assert window.actions_by_name["next_quote"].isEnabled()
    speakers = [q.speaker for q in window.quotes.shown_quotes()]
    assert speakers[:2] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert len(speakers) == 3
    for w in list(windows.windows):
        windows._close(w)


def test_a_file_that_is_no_database_is_reported_and_the_app_ends(qtbot, tmp_path: Path, settings: QSettings,
                                                                   monkeypatch) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"these are my notes, not a database\n" * 200)
    said: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(app_module.QMessageBox, "exec", lambda box: said.append(box.text()))
    monkeypatch.setattr(app_module.QApplication, "exit", lambda code=0: exits.append(code))
    windows = Windows(settings)
    window = windows.open(os.fspath(bad))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "notes.db" in said[0] and "There is no backup" in said[0]
    assert windows.windows == []
    assert exits == [2]


def test_the_window_paints_without_loading_the_store_or_spacy(tmp_path: Path) -> None:
    # a fresh interpreter: what a person starting the app pays before the window shows
    import subprocess
    import sys

    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from quotedesk.gui.app import Windows, application\n"
        "app = application()\n"
        f"windows = Windows(QSettings({os.fspath(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        f"window = windows.open({os.fspath(tmp_path / 'x.db')!r})\n"
        "print(sorted(m for m in ('quotedesk.store', 'sqlite_utils', 'spacy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
