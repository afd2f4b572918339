"""The main window driven as a person would: import, read, select."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

JOB_TIMEOUT_MS = 30_000


def test_loading_the_sample_shows_its_three_quote_cards(qtbot, window, qtmodeltester) -> None:
    button = window.library.findChild(QPushButton, "loadSample")
    assert button.isVisible()
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    quotes = window.quotes.shown_quotes()
    assert [q.kind for q in quotes] == ["direct", "direct", "partial"]
    assert [q.speaker for q in quotes] == [
        "Dmitry Peskov", "Dmitry Peskov", "Sumber yang mengetahui isi rancangan perjanjian tersebut"]
    assert [q.agency for q in quotes] == ["Reuters", "Reuters", "Reuters"]
    assert window.quotes.model.rowCount() == 3
    assert window.library.model.rowCount() == 5  # every article in resources/samples
    assert not button.isVisible()
    assert window.reader.title.text().startswith("Amerika-Rusia")
    qtmodeltester.check(window.quotes.model)
    qtmodeltester.check(window.library.model)


def test_reported_speech_is_behind_a_toggle(qtbot, imported) -> None:
    assert window_kinds(imported) == {"direct", "partial"}
    qtbot.mouseClick(imported.quotes.reported, Qt.MouseButton.LeftButton)
    assert "indirect" in window_kinds(imported)
    assert imported.quotes.model.rowCount() == 12


def window_kinds(window) -> set[str]:
    return {q.kind for q in window.quotes.shown_quotes()}


def test_clicking_the_second_card_selects_that_quote_in_the_reader(qtbot, imported) -> None:
    view = imported.quotes.view
    second = imported.quotes.model.index(1)
    quote = imported.quotes.shown_quotes()[1]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(second).center())
    assert imported.reader.selection_offsets() == (quote.start, quote.end)
    assert imported.inspector.quote.id == quote.id
    text = imported.reader.text.textCursor().selectedText()
    assert text == quote.text


def test_clicking_a_highlight_in_the_reader_selects_its_card(qtbot, imported) -> None:
    third = imported.quotes.shown_quotes()[2]
    reader = imported.reader.text
    cursor = reader.textCursor()
    cursor.setPosition(third.start + 3)
    reader.ensureCursorVisible()
    pos = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert imported.quotes.current_quote_id() == third.id


def test_the_article_model_passes_the_model_tester(imported, qtmodeltester) -> None:
    qtmodeltester.check(imported.library.model)


def test_search_box_filters_the_library(qtbot, imported) -> None:
    imported.library.search.setText("Kremlin")
    imported.library.apply_filter()
    assert imported.library.model.rowCount() == 1
    imported.library.search.setText("zzzznothing")
    imported.library.apply_filter()
    assert imported.library.model.rowCount() == 0
