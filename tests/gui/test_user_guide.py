"""docs/USER_GUIDE.md, step by step, done as a person does it: one test per step of the guide.

If a step of the guide changes, the test of that step changes with it."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from quotedesk.gui.dialogs import CorrectionDialog
from quotedesk.resources import resource_path

JOB_TIMEOUT_MS = 30_000
REPEATED = "The new terminal will open to ships before the rainy season begins,"


def load_samples(qtbot, window) -> None:
    """Step 1 as the guide has it: the empty library's "Load sample" button."""
    button = window.library.findChild(QPushButton, "loadSample")
    assert button.isVisible()
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_article(qtbot, window, outlet: str) -> None:
    """Click the library row of the article from `outlet`."""
    model, table = window.library.model, window.library.table
    article = next(a for a in window.store.articles() if a.outlet == outlet)
    index = model.index(model.row_of(article.id), 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert window.article_id == article.id


def click_card(qtbot, window, row: int):
    view = window.quotes.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(window.quotes.model.index(row)).center())
    quote = window.quotes.shown_quotes()[row]
    assert window.inspector.quote.id == quote.id
    return quote


def choose(qtbot, combo, value: str) -> None:
    """Open a combo box and click the entry for `value` in its list."""
    row = combo.findData(value)
    assert row >= 0, value
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(popup.model().index(row, 0)).center())
    assert combo.currentData() == value


@pytest.fixture
def samples(qtbot, window):
    load_samples(qtbot, window)
    return window


def test_step_1_import_the_samples(qtbot, window, store) -> None:
    load_samples(qtbot, window)
    assert window.library.model.rowCount() == 5
    assert window.reader.title.text().startswith("Amerika-Rusia")  # the Indonesian sample opens first
    assert [q.speaker for q in window.quotes.shown_quotes()][:2] == ["Dmitry Peskov", "Dmitry Peskov"]
    # the same folder again changes nothing
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS) as blocker:
        window.import_paths([os.fspath(resource_path("samples"))])
    assert blocker.args[0].imported == 0
    assert window.library.model.rowCount() == 5
    # the German article: the dpa dateline is the source, the AFP photo credit is not
    click_article(qtbot, window, "Norddeutsche Rundschau")
    cards = window.quotes.shown_quotes()
    assert [q.speaker for q in cards] == ["Katrin Albers", "Katrin Albers", "Thomas Kern"]
    assert {q.agency for q in cards} == {"dpa"}


def test_step_2_triage_with_the_keyboard(qtbot, samples, store) -> None:
    click_article(qtbot, samples, "The Coastal Herald")
    first = click_card(qtbot, samples, 0)
    view = samples.quotes.view
    qtbot.keyClick(view, "j")
    second = samples.quotes.shown_quotes()[1]
    assert samples.quotes.current_quote_id() == second.id
    qtbot.keyClick(view, "k")
    assert samples.quotes.current_quote_id() == first.id
    qtbot.keyClick(view, "2")
    assert store.verdict(first.claim_id).rating == "Mostly true"
    qtbot.keyClick(view, "s")
    assert store.verdict(first.claim_id).status == "in progress"
    qtbot.keyClick(view, "j")
    qtbot.keyClick(view, "6")
    assert store.verdict(second.claim_id).rating == "Unverifiable"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.verdict(second.claim_id).rating is None


def test_step_3_correct_a_speaker(qtbot, samples, store) -> None:
    # the Indonesian sample is open; its reported speech is behind the toggle
    qtbot.mouseClick(samples.quotes.reported, Qt.MouseButton.LeftButton)
    row = next(i for i, q in enumerate(samples.quotes.shown_quotes()) if q.speaker == "Kremlin")
    quote = click_card(qtbot, samples, row)
    qtbot.keyClick(samples.quotes.view, "e")
    dialog = samples._dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    assert "Dmitry Peskov" in dialog.edit.completer().model().stringList()
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "Dmitry Peskov")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = store.quote(quote.id)
    assert (stored.speaker, stored.extracted_speaker) == ("Dmitry Peskov", "Kremlin")
    assert samples.quotes.shown_quotes()[row].speaker == "Dmitry Peskov"
    # the correction survives re-extraction (Ctrl+R)
    with qtbot.waitSignal(samples.jobs.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(samples.quotes.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert [q.speaker for q in store.quotes(article_id=quote.article_id) if q.start == quote.start] == [
        "Dmitry Peskov"]


def test_step_4_verify_a_claim(qtbot, samples, store) -> None:
    click_article(qtbot, samples, "The Coastal Herald")
    quote = click_card(qtbot, samples, 0)
    assert quote.text == REPEATED
    inspector = samples.inspector
    assert inspector.appearances.count() == 1 and "Pacific Ledger" in inspector.appearances.item(0).text()
    choose(qtbot, inspector.rating, "Mostly true")
    choose(qtbot, inspector.status, "done")
    qtbot.keyClick(samples.quotes.view, "n")
    assert inspector.note_edit.hasFocus()
    qtbot.keyClicks(inspector.note_edit, "Port timetable says September")
    qtbot.keyClick(inspector.note_edit, Qt.Key.Key_Return)
    inspector.evidence_edit.setFocus()
    qtbot.keyClicks(inspector.evidence_edit, "https://port-authority.example/timetable")
    qtbot.keyClick(inspector.evidence_edit, Qt.Key.Key_Return)
    verdict = store.verdict(quote.claim_id)
    assert (verdict.rating, verdict.status) == ("Mostly true", "done")
    assert [n.text for n in verdict.notes] == ["Port timetable says September"]
    assert [e.url for e in verdict.evidence] == ["https://port-authority.example/timetable"]
    assert [e.field for e in store.history("claim", quote.claim_id)] == ["rating", "status", "note", "evidence"]
    # one verdict for the claim: the AFP appearance in the other outlet carries it too
    qtbot.mouseClick(inspector.appearances.viewport(), Qt.MouseButton.LeftButton,
                     pos=inspector.appearances.visualItemRect(inspector.appearances.item(0)).center())
    assert samples.reader.title.text().startswith("New Jakarta terminal")
    assert inspector.quote.claim_id == quote.claim_id and inspector.quote.agency == "Agence France-Presse"
    assert inspector.rating.currentData() == "Mostly true"


def test_step_5_export_the_log(qtbot, samples, store, tmp_path: Path, capsys) -> None:
    claim = next(q.claim_id for q in store.quotes() if q.text == REPEATED)
    store.set_verdict(claim, status="done", rating="Mostly true")
    qtbot.keyClick(samples, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = samples.claim_log.view
    assert view is not None and view.isVisible()
    view.speaker.clear()
    qtbot.keyClicks(view.speaker, "Hartono")
    qtbot.keyClick(view.speaker, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget() or samples, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = samples.claim_log.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose_format("csv")
    out = tmp_path / "hartono.csv"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, os.fspath(out))
    with qtbot.waitSignal(dialog.jobs.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = csv_rows(out)
    assert {r["Speaker"] for r in rows} == {"Rina Hartono"}
    repeated = next(r for r in rows if r["Claim ID"] == str(claim))
    assert (repeated["Appearances"], repeated["Agencies"], repeated["Rating"]) == (
        "2", "Reuters; Agence France-Presse", "Mostly true")

    # the same from the command line
    from quotedesk.cli import main

    cli_out = tmp_path / "all.csv"
    assert main(["export", "--db", os.fspath(store.path), "--format", "csv", "--out", os.fspath(cli_out),
                 "--rating", "Mostly true"]) == 0
    assert [r["Claim ID"] for r in csv_rows(cli_out)] == [str(claim)]


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0].startswith("# Claim log")
    return [dict(zip(rows[1], row, strict=True)) for row in rows[2:]]
