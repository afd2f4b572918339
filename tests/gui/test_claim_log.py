"""The claim log as a person uses it: open it, filter, sort, open an appearance, and
export what it shows (CSV, PDF) from Ctrl+E, with progress and Cancel."""

from __future__ import annotations

import csv
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from quotedesk.gui.claim_log_model import COLUMNS, ROW_ROLE, LogColumn
from quotedesk.gui.models import VERDICT_ROLE
from quotedesk.store import Store

# the export tests' claim library: five claims, Peskov's three times through two agencies
sys.path.append(os.fspath(Path(__file__).resolve().parents[1] / "unit" / "export"))
from export_library import Library, build_library

JOB_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def claims_template(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return build_library(tmp_path_factory.mktemp("claim-library"))


@pytest.fixture
def claims(claims_template: Library) -> Library:
    return claims_template  # the ids are the same in every copy


@pytest.fixture
def store(claims_template: Library, tmp_path: Path):
    """The window's store (see conftest): a fresh copy of the claim library."""
    path = tmp_path / "library.db"
    shutil.copyfile(claims_template.path, path)
    with Store.open(path) as opened:
        yield opened


def open_log(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.claim_log.view
    assert view is not None and view.isVisible()
    return view


def shown_ids(view) -> list[int]:
    return [row.claim_id for row in view.model.loaded()]


def filter_by(qtbot, edit, text: str) -> None:
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only; a keyboard layout would type the rest
        edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def open_export(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.claim_log.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def run_export(qtbot, dialog, path: Path) -> None:
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, os.fspath(path))
    with qtbot.waitSignal(dialog.jobs.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its indicator, as a person does."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0].startswith("# Claim log")  # how the log was made, then the columns
    return [dict(zip(rows[1], row, strict=True)) for row in rows[2:]]


def test_ctrl_l_lists_every_claim_with_its_first_appearance_agencies_and_verdict(qtbot, window, claims,
                                                                                 qtmodeltester) -> None:
    view = open_log(qtbot, window)
    assert view.text.hasFocus()
    assert shown_ids(view) == [claims.peskov, claims.script, claims.formula, claims.lavrov, claims.merz]
    assert view.count.text().startswith("5 claims")
    row = shown_ids(view).index(claims.peskov)
    cells = [view.model.index(row, c).data() for c in LogColumn]
    assert cells[:10] == [
        "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri,", "Dmitry Peskov",
        "Kremlin spokesman", "2025-02-26", "Kompas", "Reuters", "3", "Reuters, Associated Press", "False",
        "●\u00a0done"]
    assert cells[LogColumn.CHANGED_BY] == "Ana Wulandari"  # the last change: the tags
    assert len(cells[LogColumn.CHANGED_AT]) == 16
    qtmodeltester.check(view.model)


def test_every_column_sorts_in_the_store(qtbot, window, claims) -> None:
    view = open_log(qtbot, window)
    header = view.table.horizontalHeader()
    for column in LogColumn:
        orders = []
        for _ in range(2):  # a click sorts up, the next one down
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, column))
            assert view.model.sort_key == COLUMNS[column][2] and header.sortIndicatorSection() == column
            orders.append([view.model.index(row, column).data() for row in range(view.model.rowCount())])
        if column in (LogColumn.RATING, LogColumn.STATUS):
            continue  # the scale's and the workflow's order, checked below
        key = int if column == LogColumn.APPEARANCES else str.casefold
        for values, descending in zip(orders, (False, True), strict=True):
            filled = [v for v in values if v]
            assert filled == sorted(filled, key=key, reverse=descending), (column, values)
            assert values == filled + [""] * (len(values) - len(filled)), column  # no value: last either way
    view.table.sortByColumn(LogColumn.RATING, Qt.SortOrder.AscendingOrder)
    assert shown_ids(view) == [claims.lavrov, claims.script, claims.peskov, claims.merz, claims.formula]
    view.table.sortByColumn(LogColumn.RATING, Qt.SortOrder.DescendingOrder)
    assert shown_ids(view) == [claims.merz, claims.peskov, claims.script, claims.lavrov, claims.formula]
    view.table.sortByColumn(LogColumn.STATUS, Qt.SortOrder.DescendingOrder)
    assert [view.model.index(r, LogColumn.STATUS).data()[2:] for r in range(5)] == [
        "done", "done", "in progress", "unreviewed", "unreviewed"]


def _section_centre(header, column):
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def test_filters_narrow_the_log(qtbot, window, claims) -> None:
    view = open_log(qtbot, window)
    filter_by(qtbot, view.agency, "Associated Press")
    assert shown_ids(view) == [claims.peskov]
    filter_by(qtbot, view.agency, "")
    filter_by(qtbot, view.text, "kebohongan")
    assert shown_ids(view) == [claims.script]
    filter_by(qtbot, view.text, "")
    view.rating.setCurrentIndex(view.rating.findData("Mostly true"))
    assert shown_ids(view) == [claims.lavrov]
    view.rating.setCurrentIndex(0)
    filter_by(qtbot, view.since, "2025-03")
    assert shown_ids(view) == [claims.merz]
    filter_by(qtbot, view.since, "March")
    assert shown_ids(view) == [] and "March" in view.problem.text()
    filter_by(qtbot, view.since, "")
    filter_by(qtbot, view.tag, "ukraina")
    assert shown_ids(view) == [claims.peskov]
    filter_by(qtbot, view.tag, "")
    filter_by(qtbot, view.speaker, "Лавров")
    assert shown_ids(view) == [claims.lavrov]


def test_a_double_click_opens_the_first_appearance_in_the_reader(qtbot, window, claims, store) -> None:
    view = open_log(qtbot, window)
    row = shown_ids(view).index(claims.peskov)
    index = view.model.index(row, LogColumn.SPEAKER)
    first = store.appearances(claims.peskov)[0]
    where = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.article_id == first.article_id == index.data(ROW_ROLE).first_article_id
    assert window.quotes.current_quote_id() == first.quote_id
    assert window.inspector.quote.claim_id == claims.peskov


def test_ctrl_e_exports_exactly_the_filtered_rows_as_csv(qtbot, window, claims, tmp_path: Path) -> None:
    view = open_log(qtbot, window)
    filter_by(qtbot, view.agency, "Reuters")
    view.status.setCurrentIndex(view.status.findData("unreviewed"))
    wanted = shown_ids(view)
    assert wanted == [claims.script, claims.formula]  # the filter narrowed the log: a test that can fail

    dialog = open_export(qtbot, window)
    assert dialog.view.isChecked() and "agency=\"Reuters\"" in dialog.view.text()
    dialog.choose_format("csv")
    out = tmp_path / "exports" / "reuters-unreviewed.csv"
    out.parent.mkdir()
    progress = []
    dialog.jobs.progress.connect(lambda done, total, _src: progress.append((done, total)))
    run_export(qtbot, dialog, out)
    rows = csv_rows(out)
    assert [int(r["Claim ID"]) for r in rows] == wanted
    assert progress[-1] == (2, 2)
    assert "2 claims, 2 rows" in dialog.message.text()
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")

    # the same view, one row per appearance, with a byte order mark for Excel; then everything
    dialog.choose_format("csv")
    dialog.per.setCurrentIndex(dialog.per.findData("appearance"))
    tick(qtbot, dialog.bom)
    run_export(qtbot, dialog, tmp_path / "appearances.csv")
    assert (tmp_path / "appearances.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert [int(r["Claim ID"]) for r in csv_rows(tmp_path / "appearances.csv")] == wanted
    tick(qtbot, dialog.everything)
    run_export(qtbot, dialog, tmp_path / "all.csv")
    assert len({r["Claim ID"] for r in csv_rows(tmp_path / "all.csv")}) == 5


@pytest.mark.parametrize(("fmt", "suffix", "needle"), [
    ("json", ".json", '"claims"'), ("jsonl", ".jsonl", '{"meta"'), ("md", ".md", "# Claim log"),
    ("html", ".html", "<!DOCTYPE html>"), ("claimreview", ".jsonld", "ClaimReview"),
])
def test_every_format_exports_the_view(qtbot, window, claims, tmp_path: Path, fmt, suffix, needle) -> None:
    view = open_log(qtbot, window)
    filter_by(qtbot, view.speaker, "Peskov")
    dialog = open_export(qtbot, window)
    dialog.choose_format(fmt)
    assert dialog.path.text().endswith(suffix) and not dialog.bom.isEnabled()
    run_export(qtbot, dialog, tmp_path / f"log{suffix}")
    text = (tmp_path / f"log{suffix}").read_text(encoding="utf-8")
    assert needle in text and "Dmitry Peskov" in text and "Merz" not in text


def test_the_pdf_is_the_report_of_the_view(qtbot, window, claims, tmp_path: Path) -> None:
    from pypdf import PdfReader

    view = open_log(qtbot, window)
    view.rating.setCurrentIndex(view.rating.findData("False"))
    assert shown_ids(view) == [claims.peskov]
    dialog = open_export(qtbot, window)
    dialog.choose_format("pdf")
    out = tmp_path / "false.pdf"
    run_export(qtbot, dialog, out)
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert reader.metadata.title == "Claim log"
    assert "Claim log" in text and 'rating="False"' in text and "1 claim" in text
    assert "Dmitry Peskov" in text and "Kompas" in text and "Ana Wulandari" in text
    assert "Friedrich Merz" not in text and "Lavrov" not in text
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_cancel_stops_a_running_export_and_writes_nothing(qtbot, window, claims, tmp_path: Path,
                                                          monkeypatch) -> None:
    from quotedesk.export import rows

    reading = threading.Event()
    go_on = threading.Event()
    read_record = rows.read_record

    def slow_read(store, claim_id):
        reading.set()
        go_on.wait(10)  # the first claim takes until the person has pressed Cancel
        return read_record(store, claim_id)

    monkeypatch.setattr(rows, "read_record", slow_read)
    out = tmp_path / "log.csv"
    out.write_text("yesterday's log\n")
    dialog = open_export(qtbot, window)
    assert dialog.everything.isChecked() and not dialog.view.isEnabled()  # the log is closed: everything
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, os.fspath(out))
    with qtbot.waitSignal(dialog.jobs.failed, timeout=JOB_TIMEOUT_MS) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(reading.is_set)
        assert dialog.bar.isVisible() and dialog.cancel_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        go_on.set()
    assert failed.args[0].startswith("ExportCancelled")
    assert "cancelled" in dialog.message.text() and not dialog.bar.isVisible()
    assert out.read_text() == "yesterday's log\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("log")) == ["log.csv"]


# --- a claim rated false, seen again ---------------------------------------------------------

REPEAT = """---
title: {title}
outlet: {outlet}
date: {date}
lang: id
---
{place} - "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri," kata Dmitry Peskov \
kepada Reuters.
"""


def test_a_claim_rated_false_that_reappears_is_flagged_in_the_library_and_the_quotes(qtbot, window, claims,
                                                                                    store, tmp_path: Path) -> None:
    from quotedesk.gui.models import FLAG_ROLE, ArticleColumn
    from quotedesk.gui.quotes_pane import card_lines

    rated = store.history("claim", claims.peskov)[-1]
    today = rated.at[:10]
    folder = tmp_path / "new"
    folder.mkdir()
    # the same sentence in a new article, and in an old one only imported now (no reappearance)
    (folder / "a-new.md").write_text(REPEAT.format(title="Kremlin lagi", outlet="Detik", date=today, place="JAKARTA"))
    (folder / "b-old.md").write_text(REPEAT.format(title="Arsip Kremlin", outlet="Arsip", date="2025-02-25",
                                                  place="BANDUNG"))
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        window.import_paths([os.fspath(folder)], open_first=True)
    assert store.claim(claims.peskov).appearances == 5

    model = window.library.model
    flags = {model.article_at(r).title: model.index(r, 0).data(FLAG_ROLE) for r in range(model.rowCount())}
    line = f"rated False on {today} by Ana Wulandari"
    assert flags == {"Kremlin lagi": line, "Arsip Kremlin": None, "Peskov on expert talks": None,
                     "Kremlin soal kontak dengan AS": None, "Merz zu den Gesprächen": None,
                     'Kremlin bersiap & "siaga"': None}
    row = next(r for r in range(model.rowCount()) if model.article_at(r).title == "Kremlin lagi")
    assert model.index(row, ArticleColumn.TITLE).data() == "⚠ Kremlin lagi"  # seen without colour too
    assert line in model.index(row, ArticleColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)

    window.library.select_article(model.article_at(row).id)
    quote = window.quotes.shown_quotes()[0]
    assert quote.claim_id == claims.peskov
    assert window.quotes.flag(quote.id) == line
    card = window.quotes.model.index(0)
    assert card_lines(quote, card.data(VERDICT_ROLE), card.data(FLAG_ROLE))[-1] == f"⚠ Seen again after it was {line}"

    # rated True after all: the flag goes, in both places
    window.quotes.select_quote(quote.id)
    qtbot.keyClick(window.quotes.view, "1")
    assert store.verdict(claims.peskov).rating == "True"
    assert window.quotes.flag(quote.id) is None and card.data(FLAG_ROLE) is None
    assert model.index(row, ArticleColumn.TITLE).data() == "Kremlin lagi"
