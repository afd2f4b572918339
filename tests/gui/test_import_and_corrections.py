"""Import off the GUI thread with its error list, and corrections that survive re-extraction."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from quotedesk.gui.dialogs import CorrectionDialog, PasteDialog
from quotedesk.gui.workers import CoreJob, import_work

JOB_TIMEOUT_MS = 30_000


def test_importing_a_folder_with_a_broken_file_lists_the_error(qtbot, window, tmp_path, sample_path, store) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(sample_path, folder / "peskov.txt")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff binary, not an article \x00")
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS) as blocker:
        window.import_paths([str(folder)])
    summary = blocker.args[0]
    assert summary.imported == 1 and len(summary.failed) == 1
    problems = window.problems.messages()
    assert len(problems) == 1 and "broken.txt" in problems[0]
    assert window.problems.isVisible()
    assert window.library.model.rowCount() == 1
    assert len(window.quotes.shown_quotes()) == 3
    assert not window.progress.bar.isVisible()


def test_a_cancelled_job_stops_before_the_next_file(tmp_path, sample_path, store) -> None:
    job = CoreJob(store.path, import_work([str(sample_path)]))
    results = []
    job.signals.finished.connect(results.append)
    job.cancel()
    job.run()  # on this thread: the QRunnable's own body, without the pool
    assert results[0].interrupted and results[0].imported == 0
    assert store.articles() == []


def test_pasting_an_article_imports_it(qtbot, window, sample_text, store) -> None:
    window.paste_article_dialog()
    dialog = window._dialog
    assert isinstance(dialog, PasteDialog)
    dialog.title.setText("Pasted Peskov")
    dialog.outlet.setText("Example Daily")
    dialog.url.setText("https://example.org/peskov")
    dialog.text.setPlainText(sample_text)
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        dialog.accept()
    article = store.articles()[0]
    assert (article.title, article.outlet, article.url) == ("Pasted Peskov", "Example Daily",
                                                             "https://example.org/peskov")
    assert window.article_id == article.id
    assert len(window.quotes.shown_quotes()) == 3
    # no temporary file stands in for it: the URL the person gave is where it came from
    assert [r.source for r in store.revisions(article.id)] == ["https://example.org/peskov"]


def test_correcting_the_speaker_is_stored_and_survives_reextraction(qtbot, imported, store) -> None:
    quote = imported.quotes.shown_quotes()[1]
    imported.quotes.select_quote(quote.id)
    qtbot.keyClick(imported.quotes.view, "e")
    dialog = imported._dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    names = dialog.edit.completer().model().stringList()
    assert "Dmitry Peskov" in names
    dialog.edit.setText("Vladimir Putin")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = store.quote(quote.id)
    assert (stored.speaker, stored.extracted_speaker) == ("Vladimir Putin", "Dmitry Peskov")
    assert imported.quotes.shown_quotes()[1].speaker == "Vladimir Putin"
    # the inspector goes on showing the corrected quote, with its new speaker
    assert "Vladimir Putin" in imported.inspector.speaker.text()
    assert imported.inspector.quote is not None and imported.inspector.quote.id == quote.id
    assert any(e.field == "speaker" and e.to_value == "Vladimir Putin"
               for e in store.history("claim", stored.claim_id))

    with qtbot.waitSignal(imported.jobs.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(imported.quotes.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    again = [q for q in store.quotes(article_id=quote.article_id) if q.start == quote.start]
    assert [q.speaker for q in again] == ["Vladimir Putin"]
    assert imported.quotes.shown_quotes()[1].speaker == "Vladimir Putin"


def test_correcting_the_agency_offers_known_agencies(qtbot, imported, store) -> None:
    quote = imported.quotes.shown_quotes()[0]
    imported.quotes.select_quote(quote.id)
    qtbot.keyClick(imported.quotes.view, "a")
    dialog = imported._dialog
    assert "Antara" in " ".join(dialog.edit.completer().model().stringList())
    dialog.edit.setText("AFP")
    dialog.accept()
    assert store.quote(quote.id).agency == "AFP"
    qtbot.keyClick(imported.quotes.view, "a")
    imported._dialog.done(CorrectionDialog.CLEAR)
    assert store.quote(quote.id).agency == "Reuters"
