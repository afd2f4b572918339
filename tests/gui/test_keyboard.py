"""Triage at the speed of the keyboard: the keys, the history and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser
from quotedesk.gui import keymap


def select_first(window):
    first = window.quotes.shown_quotes()[0]
    window.quotes.select_quote(first.id)
    return first


def test_pressing_1_rates_the_claim_and_records_an_event(qtbot, imported, store) -> None:
    quote = select_first(imported)
    qtbot.keyClick(imported.quotes.view, "1")
    assert store.verdict(quote.claim_id).rating == store.rating_scale()[0].label
    events = store.history("claim", quote.claim_id)
    assert [(e.field, e.to_value) for e in events] == [("rating", "True")]
    assert imported.inspector.history.count() == 1
    assert imported.inspector.rating.currentData() == "True"


def test_ctrl_z_undoes_and_ctrl_shift_z_redoes(qtbot, imported, store) -> None:
    quote = select_first(imported)
    qtbot.keyClick(imported.quotes.view, "4")
    assert store.verdict(quote.claim_id).rating == "Mostly false"
    qtbot.keyClick(imported.quotes.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.verdict(quote.claim_id).rating is None
    assert imported.inspector.rating.currentData() is None
    qtbot.keyClick(imported.quotes.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.verdict(quote.claim_id).rating == "Mostly false"
    qtbot.keyClick(imported.quotes.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.verdict(quote.claim_id).rating is None
    assert [e.to_value for e in store.history("claim", quote.claim_id)] == ["Mostly false", None, "Mostly false", None]


def test_s_cycles_the_status(qtbot, imported, store) -> None:
    quote = select_first(imported)
    seen = []
    for _ in range(3):
        qtbot.keyClick(imported.quotes.view, "s")
        seen.append(store.verdict(quote.claim_id).status)
    assert seen == ["in progress", "done", "unreviewed"]


def test_j_and_k_move_between_quotes(qtbot, imported) -> None:
    shown = imported.quotes.shown_quotes()
    select_first(imported)
    qtbot.keyClick(imported.quotes.view, "j")
    assert imported.quotes.current_quote_id() == shown[1].id
    assert imported.reader.selection_offsets() == (shown[1].start, shown[1].end)
    qtbot.keyClick(imported.quotes.view, "j")
    qtbot.keyClick(imported.quotes.view, "k")
    assert imported.inspector.quote.id == shown[1].id


def test_n_focuses_the_note_field_and_enter_saves_the_note(qtbot, imported, store) -> None:
    quote = select_first(imported)
    qtbot.keyClick(imported.quotes.view, "n")
    assert imported.inspector.note_edit.hasFocus()
    qtbot.keyClicks(imported.inspector.note_edit, "check the Reuters original")
    qtbot.keyClick(imported.inspector.note_edit, Qt.Key.Key_Return)
    assert [n.text for n in store.verdict(quote.claim_id).notes] == ["check the Reuters original"]


def test_slash_focuses_search(qtbot, imported) -> None:
    qtbot.keyClick(imported.quotes.view, "/")
    assert imported.library.search.hasFocus()


def test_the_cheat_sheet_comes_from_the_keymap(qtbot, imported) -> None:
    qtbot.keyClick(imported.quotes.view, Qt.Key.Key_F1)
    sheet = imported._dialog
    assert sheet.isVisible()
    text = sheet.findChild(QTextBrowser).toPlainText()
    for binding in keymap.KEYMAP:
        assert binding.text in text or binding.slot == "rate", binding.name
    assert "Rate: Unverifiable" in text
    assert "Mostly false" in keymap.cheat_sheet_html(["True", "Mostly true", "Half true", "Mostly false"])
    sheet.close()


def test_every_binding_has_a_slot(imported) -> None:
    for binding in keymap.KEYMAP:
        assert callable(keymap.resolve(imported, binding.slot)), binding.slot
    all_keys = [k for b in keymap.KEYMAP for k in b.keys]
    assert len(all_keys) == len(set(all_keys))
