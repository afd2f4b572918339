"""Injection through the GUI, typed the way a person types: FTS syntax and SQL-looking
text in every search box, filter and edit field; HTML in titles and names shown as
text; only web addresses offered as links. Each is only ever data."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from quotedesk.gui.dialogs import CorrectionDialog
from quotedesk.gui.main_window import MainWindow
from quotedesk.gui.speakers_view import SpeakersView
from quotedesk.model import Analysis, Document, Quote
from quotedesk.store import Store

from tests.gui.conftest import shown_window

TITLE_HTML = "<b>Bold</b><img src=x onerror=alert(1)>"
DROP = '"; DROP TABLE claims; --'
BOXES_TYPED = ['"', "*", "NEAR(", "AND OR", "col:x", "^", "-x", "'", DROP, "%", "_", "\\", "x' OR '1'='1",
               "<b>x</b>", "((((", "Ünïcödé", "北京"]


def _add(store: Store, n: int, quote: str, speaker: str, *, title: str, url: str, outlet: str) -> None:
    text = f'{speaker} said: "{quote}" More text.'
    start = text.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), kind="direct", speaker=speaker,
              speaker_kind="person", cue="said", agency="Reuters", agency_relation="told", confidence=0.9,
              evidence="test")
    doc = Document(text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), source=f"{n}.txt",
                   title=title, outlet=outlet, url=url, published=f"2025-03-0{n}", lang="en")
    store.add_document(doc, Analysis(lang="en", quotes=(q,)))


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "library.db") as s:
        s.set_user_name("Tester")
        _add(s, 1, f"Prices rose {DROP} today.", "<i>Ann</i> Lee", title=TITLE_HTML, url="file:///etc/passwd",
             outlet="Daily")
        _add(s, 2, "Half 50% of rice_stock C:\\temp NEAR( col:x AND OR Ünïcödé 北京", "Bo Chen",
             title="../../../evil", url="javascript:alert(1)", outlet="50% Media")
        _add(s, 3, "Plain words only.", "Cy Pratt", title="Plain", url="https://example.com/a?b=1&c=2",
             outlet="Weekly")
        yield s


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path):
    settings = QSettings(os.fspath(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with shown_window(qtbot, store, settings) as win:
        yield win


def type_into(qtbot, edit: QLineEdit, text: str, *, enter: bool = True) -> None:
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only; a keyboard layout would type the rest
        edit.insert(text)
    assert edit.text() == text
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _state(store: Store) -> tuple:
    return (store.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall(),
            [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "claims")])


def titles(window: MainWindow) -> set[str]:
    model = window.library.model
    return {model.article_at(r).title for r in range(model.rowCount())}


def test_the_library_search_and_filters_take_any_text_as_words(qtbot, window, store) -> None:
    before = _state(store)
    pane = window.library
    for text in BOXES_TYPED:
        type_into(qtbot, pane.search, text)
        shown = titles(window)
        if text == DROP:
            assert shown == {TITLE_HTML}
        elif text in ("NEAR(", "col:x", "AND OR", "Ünïcödé", "北京"):
            assert shown == {"../../../evil"}, text
        elif not any(ch.isalnum() for ch in text):
            assert shown == set(), text  # nothing to search for: an empty list, not an error
    type_into(qtbot, pane.search, "")
    assert len(titles(window)) == 3
    for text, expected in (("%", {"../../../evil"}), ("_", set()), ("50%", {"../../../evil"}), (DROP, set())):
        type_into(qtbot, pane.outlet, text)
        assert titles(window) == expected, text
    type_into(qtbot, pane.outlet, "")
    for text in BOXES_TYPED:
        type_into(qtbot, pane.agency, text)
        assert titles(window) == set(), text
    assert _state(store) == before


def test_the_claim_log_boxes_take_any_text_as_data(qtbot, window, store) -> None:
    before = _state(store)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.claim_log.view
    assert view is not None and view.isVisible()
    drop_claim = next(c.id for c in store.claims() if DROP in c.text)
    for text in BOXES_TYPED:
        type_into(qtbot, view.text, text)
        shown = {row.claim_id for row in view.model.loaded()}
        problem = view.problem.text()
        assert "\n" not in problem and "Traceback" not in problem
        if any(ch.isalnum() for ch in text):
            assert not problem, (text, problem)
        else:
            assert problem.startswith("⚠ ") and shown == set(), (text, problem)
        if text == DROP:
            assert shown == {drop_claim}
    type_into(qtbot, view.text, "")
    for edit in (view.speaker, view.agency, view.outlet, view.tag, view.since, view.until):
        for text in BOXES_TYPED:
            type_into(qtbot, edit, text)
            assert "\n" not in view.problem.text()
        type_into(qtbot, edit, "")
    # what was typed is shown as typed, never as markup
    type_into(qtbot, view.outlet, "<b>x</b>")
    assert "<b>x</b>" in view.count.text() and view.count.textFormat() == Qt.TextFormat.PlainText
    assert _state(store) == before


def _select_first_quote(window: MainWindow, title: str, store: Store) -> None:
    article = next(a for a in store.articles() if a.title == title)
    assert window.open_article(article.id)
    window.select_quote(window.quotes.shown_quotes()[0].id)
    assert window.inspector.quote is not None


@pytest.mark.parametrize("value", ["'; DROP TABLE claims; --", 'Robert"); DROP TABLE quotes;--', "<script>x</script>",
                                   "=HYPERLINK(1)", "%_\\"])
def test_inspector_fields_store_what_was_typed(qtbot, window, store, value: str) -> None:
    before = _state(store)
    _select_first_quote(window, "Plain", store)
    claim_id = window.inspector.quote.claim_id
    type_into(qtbot, window.inspector.note_edit, f"note {value}")
    type_into(qtbot, window.inspector.evidence_edit, f"https://x.example/{value}")
    type_into(qtbot, window.inspector.tags, f"tag {value}")
    verdict = store.verdict(claim_id)
    assert [n.text for n in verdict.notes] == [f"note {value}"]
    assert [e.url for e in verdict.evidence] == [f"https://x.example/{value}"]
    assert list(verdict.tags) == [f"tag {value}"]
    assert _state(store)[0] == before[0] and _state(store)[1] == before[1]


def test_a_speaker_correction_is_stored_exactly_and_shown_as_text(qtbot, window, store) -> None:
    _select_first_quote(window, "Plain", store)
    quote_id = window.inspector.quote.id
    qtbot.keyClick(window.quotes.view, "e")
    dialog = window._dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    type_into(qtbot, dialog.edit, '<img src=x>"); DROP TABLE quotes;--', enter=False)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert store.quote(quote_id).speaker == '<img src=x>"); DROP TABLE quotes;--'
    window.inspector.show_quote(store.quote(quote_id))
    assert "&lt;img src=x&gt;" in window.inspector.speaker.text()
    qtbot.keyClick(window.quotes.view, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window._dialog
    assert isinstance(view, SpeakersView)
    for row in range(view.speakers.count()):
        view.speakers.setCurrentRow(row)
        assert "<img" not in view.details.text() and "<i>Ann" not in view.details.text()


def test_the_reader_shows_titles_as_text_and_links_only_web_addresses(window, store) -> None:
    by_title = {a.title: a for a in store.articles()}
    window.open_article(by_title[TITLE_HTML].id)
    assert window.reader.title.text() == TITLE_HTML
    assert window.reader.title.textFormat() == Qt.TextFormat.PlainText
    assert "<a " not in window.reader.meta.text() and "file:///etc/passwd" in window.reader.meta.text()
    window.open_article(by_title["../../../evil"].id)
    assert "<a " not in window.reader.meta.text() and "javascript:alert(1)" in window.reader.meta.text()
    window.open_article(by_title["Plain"].id)
    assert "<a href='https://example.com/a?b=1&amp;c=2'>" in window.reader.meta.text()


def test_the_user_name_setting_is_stored_exactly(qtbot, window, store) -> None:
    window.actions_by_name["settings"].trigger()
    dialog = window.app_dialogs.dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.user_name, "x' OR '1'='1; --", enter=False)
    dialog.save()
    assert store.user_name == "x' OR '1'='1; --"
    assert store.db.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 3


def test_the_pdf_shows_script_as_text(qtbot, store, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from quotedesk.gui.pdf import export_pdf

    claim_id = store.claims()[0].id
    store.add_note(claim_id, "<script>alert(1)</script> note")
    out = tmp_path / "log.pdf"
    export_pdf(store, out)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "<script>alert(1)</script> note" in text and TITLE_HTML in text and DROP in text
