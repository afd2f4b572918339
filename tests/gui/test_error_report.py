"""An error that escapes into Qt's event loop is shown once, as text, with its traceback;
it is not left on stderr while the window silently does nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from quotedesk.gui import error_report
from quotedesk.gui.app import Windows


@pytest.fixture
def shown(imported, settings, monkeypatch):
    """The app's error hook on the window; the boxes it opens are recorded instead of waiting."""
    boxes: list[QMessageBox] = []

    def record(box) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(error_report.QMessageBox, "exec", record)
    windows = Windows(settings)
    windows.windows.append(imported)
    report = error_report.ErrorReport(windows)
    report.install()
    yield boxes
    report.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_failing_key_press_says_what_went_wrong_once(qtbot, imported, store, shown, monkeypatch) -> None:
    quote = imported.quotes.shown_quotes()[0]
    imported.quotes.select_quote(quote.id)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk quota <b>exceeded</b>")

    monkeypatch.setattr(store, "set_verdict", broken)
    qtbot.keyClick(imported.quotes.view, "1")
    assert len(shown) == 1
    box = shown[0]
    assert box.text() == "Something went wrong: RuntimeError: disk quota <b>exceeded</b>"
    assert box.textFormat() == error_report.Qt.TextFormat.PlainText
    assert "still saved" in box.informativeText()
    assert "in broken" in box.detailedText() and "Traceback" in box.detailedText()

    qtbot.keyClick(imported.quotes.view, "1")  # the same failure again: no second box in the way
    assert len(shown) == 1
    assert imported.statusBar().currentMessage() == (
        "Something went wrong again: RuntimeError: disk quota <b>exceeded</b>")
    assert store.history("claim", quote.claim_id) == []

