"""The speakers view: claim counts, merge and unmerge, and a timeline that opens articles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from quotedesk.gui.speakers_view import SpeakersView


def open_view(qtbot, window) -> SpeakersView:
    qtbot.keyClick(window.quotes.view, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window._dialog
    assert isinstance(view, SpeakersView) and view.isVisible()
    return view


def names(view: SpeakersView) -> list[str]:
    return [view.speakers.item(i).text() for i in range(view.speakers.count())]


def test_speakers_are_listed_with_their_claim_counts(qtbot, imported) -> None:
    view = open_view(qtbot, imported)
    assert names(view)[0] == "Dmitry Peskov  (5 claims)"
    assert view.timeline.count() == 5


def test_merge_then_unmerge(qtbot, imported, store) -> None:
    view = open_view(qtbot, imported)
    putin = next(i for i in range(view.speakers.count()) if view.speakers.item(i).text().startswith("Vladimir"))
    view.speakers.setCurrentRow(putin)
    view.merge_target.setCurrentIndex(view.merge_target.findText("Dmitry Peskov"))
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert names(view)[0] == "Dmitry Peskov  (6 claims)"
    assert view.members.count() == 1
    qtbot.mouseClick(view.unmerge_button, Qt.MouseButton.LeftButton)
    assert names(view)[0] == "Dmitry Peskov  (5 claims)"
    assert any(n.startswith("Vladimir Putin") for n in names(view))


def test_clicking_the_timeline_opens_the_article_at_the_quote(qtbot, imported, store) -> None:
    view = open_view(qtbot, imported)
    imported.article_id = None  # as if another article were open
    item = view.timeline.item(view.timeline.count() - 1)
    article_id, quote_id = item.data(Qt.ItemDataRole.UserRole)
    view.timeline.itemClicked.emit(item)
    assert imported.article_id == article_id
    quote = store.quote(quote_id)
    assert imported.quotes.current_quote_id() == quote_id
    assert imported.reader.selection_offsets() == (quote.start, quote.end)
