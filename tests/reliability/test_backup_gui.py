"""The app on a damaged library: it names the file, offers the last backup and can restore it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from quotedesk.store.backup import last_backup

from .backup_helpers import back_up_and_grow, damage, make_library


@pytest.fixture
def backed_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUOTEDESK_DB", str(tmp_path / "default" / "quotedesk.db"))
    return back_up_and_grow(make_library(tmp_path / "library.db"))


def _start_on(qtbot, path: Path, tmp_path: Path, monkeypatch, button: str):
    """Start the app on `path`, answering its question about the damage with `button`."""
    from PySide6.QtCore import QSettings
    from quotedesk.gui import app as app_module

    asked: list[str] = []
    exits: list[int] = []

    def answer(box) -> int:
        asked.append(box.text())
        named = [b for b in box.buttons() if b.text().replace("&", "") == button]
        assert named, f"a plain warning instead of the offer: {box.text()}"
        named[0].click()
        return 0

    monkeypatch.setattr(app_module.QMessageBox, "exec", answer)
    monkeypatch.setattr(app_module.QApplication, "exit", lambda code=0: exits.append(code))
    windows = app_module.Windows(QSettings(os.fspath(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = windows.open(os.fspath(path))
    qtbot.addWidget(first)
    return windows, first, asked, exits


def _close_all(windows) -> None:
    for w in list(windows.windows):
        w.jobs.cancel()
        w.jobs.wait()
        windows._close(w)


def test_the_app_offers_the_last_backup_and_restores_it(qtbot, backed_up: Path, tmp_path: Path,
                                                       monkeypatch) -> None:
    damage(backed_up, "header")
    damaged_bytes = backed_up.read_bytes()
    newest = last_backup(backed_up)
    windows, first, asked, exits = _start_on(qtbot, backed_up, tmp_path, monkeypatch, "Restore the last backup")
    try:
        qtbot.waitUntil(lambda: bool(windows.windows) and windows.windows[0] is not first
                        and windows.windows[0].store is not None, timeout=10_000)
        assert len(asked) == 1 and str(backed_up) in asked[0] and str(newest) in asked[0]
        reopened = windows.windows[0]
        qtbot.addWidget(reopened)
        assert reopened.library.model.rowCount() == 3
        assert exits == []
        aside = [p for p in backed_up.parent.iterdir() if p.name.startswith("library.db.damaged-")]
        assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
    finally:
        _close_all(windows)


def test_declining_the_offer_ends_the_app_and_changes_nothing(qtbot, backed_up: Path, tmp_path: Path,
                                                              monkeypatch) -> None:
    damage(backed_up, "truncated")
    before = backed_up.read_bytes()
    windows, _first, asked, exits = _start_on(qtbot, backed_up, tmp_path, monkeypatch, "Close")
    try:
        qtbot.waitUntil(lambda: exits == [2], timeout=10_000)
        assert len(asked) == 1 and "damaged" in asked[0]
        assert windows.windows == []
        assert backed_up.read_bytes() == before
        assert not [p for p in backed_up.parent.iterdir() if ".damaged-" in p.name]
    finally:
        _close_all(windows)


@pytest.mark.qt_no_exception_capture  # the app's own hook must see what escapes into Qt
def test_damage_found_after_opening_offers_the_last_backup_too(qtbot, backed_up: Path, tmp_path: Path,
                                                             monkeypatch) -> None:
    """Opening reads only the schema; the claims table's damage shows at the first query
    that needs it, inside a slot, and gets the same offer as damage found at opening."""
    from quotedesk.gui.error_report import ErrorReport

    damage(backed_up, "middle")
    damaged_bytes = backed_up.read_bytes()
    windows, first, asked, exits = _start_on(qtbot, backed_up, tmp_path, monkeypatch, "Restore the last backup")
    report = ErrorReport(windows)
    report.install()
    try:
        qtbot.waitUntil(lambda: bool(windows.windows) and windows.windows[0] is not first
                        and windows.windows[0].store is not None, timeout=10_000)
        assert len(asked) == 1 and "database disk image is malformed" in asked[0]
        assert str(last_backup(backed_up)) in asked[0]
        reopened = windows.windows[0]
        qtbot.addWidget(reopened)
        assert reopened.library.model.rowCount() == 3
        assert len(reopened.store.claims()) == 3
        assert exits == []
        aside = [p for p in backed_up.parent.iterdir() if p.name.startswith("library.db.damaged-")]
        assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
    finally:
        report.uninstall()
        _close_all(windows)
