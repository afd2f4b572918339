"""CSV: re-read with the csv module; rows, unicode, newlines, and neutralised formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from export_library import HOSTILE_NOTE, LAVROV_CYRILLIC, LAVROV_TEXT, PESKOV_TEXT, Library
from quotedesk.export import ExportFilters, export
from quotedesk.export.csv_export import APPEARANCE_COLUMNS, CLAIM_COLUMNS, neutralise
from quotedesk.store import Store


def _read(path: Path, *, encoding: str = "utf-8") -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding=encoding, newline="") as f:
        rows = list(csv.reader(f))
    meta, header, *data = rows
    assert len(meta) == 1, "the first line is one cell saying how the log was made"
    return meta, [dict(zip(header, row, strict=True)) for row in data]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1", "\n@x",
                                   '=HYPERLINK("http://evil.example","klik")'])
def test_formula_starts_get_an_apostrophe(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Peskov", " a=1", "a=1", "", "'=already", "Сергей"])
def test_other_text_is_left_alone(value: str) -> None:
    assert neutralise(value) == value


def test_numbers_and_none_are_not_text() -> None:
    assert neutralise(-3) == -3 and neutralise(None) == ""


def test_one_row_per_claim(store: Store, library: Library, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    result = export(store, "csv", out, generated_at="2025-03-05T10:00:00Z")
    assert result.written == 5 and result.meta.claims == 5
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert LAVROV_CYRILLIC.encode("utf-8") in raw  # UTF-8, not escapes
    meta, rows = _read(out)
    assert meta == ["# Claim log exported 2025-03-05T10:00:00Z by Quotedesk 0.1.0 from claims.db; "
                    "filters: none (every claim); 5 claims; one row per claim"]
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    by_id = {int(r["Claim ID"]): r for r in rows}
    assert list(by_id) == [library.peskov, library.script, library.formula, library.lavrov, library.merz]

    peskov = by_id[library.peskov]
    assert peskov["Claim"] == PESKOV_TEXT and peskov["Speaker"] == "Dmitry Peskov"
    assert peskov["Role"] == "Kremlin spokesman"
    assert peskov["Appearances"] == "3" and peskov["First seen"] == "2025-02-26"
    assert (peskov["First outlet"], peskov["First URL"], peskov["First agency"]) == (
        "Kompas", "https://example.id/kremlin-1", "Reuters")
    assert peskov["Agencies"] == "Reuters; Associated Press"
    assert peskov["Outlets"] == "Kompas; The Jakarta Post; Tempo" and peskov["Last seen"] == "2025-02-28"
    assert (peskov["Status"], peskov["Rating"], peskov["Rated by"]) == ("done", "False", "Ana Wulandari")
    assert peskov["Tags"] == "kremlin; ukraina"
    # the note keeps its newlines and quotes inside one cell; it does not start with "=", so no apostrophe
    assert peskov["Notes"].startswith(HOSTILE_NOTE + "\n(Ana Wulandari, ")
    evidence = peskov["Evidence"].split("\n")
    assert evidence[0] == 'https://kemlu.go.id/siaran?id=1&x=<b> (Siaran pers "resmi") [retrieved 2025-03-02]'
    assert evidence[1].startswith("javascript:alert(document.cookie) (hostile link)")

    assert by_id[library.formula]["Claim"] == "'=HYPERLINK('http://evil.example') tidak benar,"
    assert by_id[library.script]["Claim"] == "<script>alert('x')</script> adalah kebohongan besar,"
    assert by_id[library.script]["Rated by"] == "Budi Editor"
    assert by_id[library.lavrov]["Claim"] == LAVROV_TEXT and by_id[library.lavrov]["Speaker"] == LAVROV_CYRILLIC
    merz = by_id[library.merz]
    assert (merz["First URL"], merz["First outlet"], merz["Rating"]) == ("", "Der Spiegel", "Unverifiable")
    assert by_id[library.formula]["Rating"] == "" and by_id[library.formula]["Rated by"] == ""


def test_one_row_per_appearance(store: Store, library: Library, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    result = export(store, "csv", out, ExportFilters(agency="Reuters"), per="appearance")
    meta, rows = _read(out)
    assert meta[0].endswith('filters: agency="Reuters"; 4 claims; one row per appearance')
    assert list(rows[0]) == list(APPEARANCE_COLUMNS)
    assert result.written == len(rows) == 3 + 1 + 1 + 1  # Peskov's three, then one each
    peskov = [r for r in rows if int(r["Claim ID"]) == library.peskov]
    assert [(r["Appearance"], r["Appearances"], r["Seen on"], r["Outlet"], r["Agency"]) for r in peskov] == [
        ("1", "3", "2025-02-26", "Kompas", "Reuters"),
        ("2", "3", "2025-02-27", "The Jakarta Post", "Associated Press"),
        ("3", "3", "2025-02-28", "Tempo", "Reuters"),
    ]
    assert all(r["Rating"] == "False" and r["Claim"] == PESKOV_TEXT for r in peskov)
    assert peskov[2]["Article"] == 'Kremlin bersiap & "siaga"'
    formula = next(r for r in rows if int(r["Claim ID"]) == library.formula)
    assert formula["Quote as it appeared"] == "'=HYPERLINK('http://evil.example') tidak benar,"
    lavrov = next(r for r in rows if int(r["Claim ID"]) == library.lavrov)
    assert lavrov["Claim"] == LAVROV_TEXT and lavrov["Quote as it appeared"] == "Rusia siap berdialog,"


def test_a_bom_for_excel(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    export(store, "csv", out, bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf#")
    meta, rows = _read(out, encoding="utf-8-sig")
    assert meta[0].startswith("# Claim log") and len(rows) == 5


def test_a_stream_gets_the_same_log(store: Store) -> None:
    buffer = io.StringIO(newline="")
    result = export(store, "csv", buffer, ExportFilters(rating="Unverifiable"))
    assert result.path is None and result.written == 1
    rows = list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    assert rows[2][1] == "Wir werden das sorgfältig prüfen" and len(rows) == 3


def test_a_rating_label_that_looks_like_a_formula_is_neutralised(store: Store, library: Library,
                                                                   tmp_path: Path) -> None:
    store.set_rating_scale(["True", "Mostly true", "Mostly false", "False", "Unverifiable", "-Pinocchio"])
    store.set_verdict(library.formula, rating="-Pinocchio")
    out = tmp_path / "log.csv"
    export(store, "csv", out, ExportFilters(rating="-pinocchio"))
    _, rows = _read(out)
    assert [r["Rating"] for r in rows] == ["'-Pinocchio"]
