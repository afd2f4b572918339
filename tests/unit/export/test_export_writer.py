"""Writing the file: every format, whole or not at all, and the errors a person sees."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from export_library import Library
from quotedesk.export import (
    FORMATS,
    CannotWrite,
    ExportCancelled,
    ExportError,
    ExportFilters,
    export,
    format_for_path,
)
from quotedesk.store import Store


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_file_and_leaves_nothing_else(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out" / f"log.{fmt}"
    out.parent.mkdir()
    result = export(store, fmt, out, ExportFilters(speaker="Peskov"))
    assert result.path == str(out) and result.format == fmt
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    text = out.read_text(encoding="utf-8")
    assert "speaker=" in text  # every format records its filters (each test of a format reads them)
    assert result.written == 1  # one claim: one row, one record, one section, one review


def test_the_summary_line(store: Store, tmp_path: Path) -> None:
    assert export(store, "csv", tmp_path / "a.csv", per="appearance").line() == f"5 claims, 7 rows -> {tmp_path}/a.csv"
    assert export(store, "claimreview", tmp_path / "a.jsonld").line() == (
        f"5 claims, 4 rated: 4 ClaimReviews -> {tmp_path}/a.jsonld")
    assert export(store, "md", tmp_path / "a.md", ExportFilters(rating="False")).line() == f"1 claim -> {tmp_path}/a.md"


def test_a_cancelled_export_keeps_the_previous_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    out.write_text("the log from yesterday\n")
    os.chmod(out, 0o600)
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        export(store, "csv", out, should_stop=stop)
    assert out.read_text() == "the log from yesterday\n"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("claims.db")] == ["log.csv"]
    # a finished export replaces it, keeping its permissions
    export(store, "csv", out)
    assert out.read_text(encoding="utf-8").startswith("# Claim log") and stat.S_IMODE(out.stat().st_mode) == 0o600


def test_files_that_cannot_be_written(store: Store, tmp_path: Path) -> None:
    with pytest.raises(CannotWrite, match=r"cannot write in .*missing.*No such file"):
        export(store, "csv", tmp_path / "missing" / "log.csv")
    with pytest.raises(CannotWrite, match="is a folder"):
        export(store, "csv", tmp_path)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"fmt": "pdf"}, "unknown format 'pdf'"),
    ({"fmt": "json", "per": "appearance"}, "for CSV only"),
    ({"fmt": "html", "bom": True}, "for CSV only"),
    ({"fmt": "csv", "per": "article"}, "unknown layout"),
])
def test_options_that_do_not_fit(store: Store, tmp_path: Path, kwargs: dict, message: str) -> None:
    out = tmp_path / "x"
    with pytest.raises(ExportError, match=message):
        export(store, out=out, **kwargs)
    assert not out.exists()


@pytest.mark.parametrize(("name", "fmt"), [("log.csv", "csv"), ("LOG.JSON", "json"), ("a.jsonl", "jsonl"),
                                           ("a.ndjson", "jsonl"), ("r.md", "md"), ("r.htm", "html"),
                                           ("r.html", "html"), ("c.jsonld", "claimreview"), ("x.pdf", None),
                                           ("noext", None)])
def test_format_from_the_file_name(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


def test_an_empty_database_exports_an_empty_log(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as store:
        result = export(store, "html", tmp_path / "empty.html")
    assert result.written == 0
    assert "filters: none (every claim); 0 claims" in (tmp_path / "empty.html").read_text(encoding="utf-8")



def test_the_log_is_one_snapshot_while_others_write(store: Store, library: Library, tmp_path: Path) -> None:
    def someone_rates_meanwhile(done: int, total: int) -> None:
        if done == 1:
            with Store.open(library.path) as other:
                other.set_verdict(library.merz, rating="False")

    out = tmp_path / "log.csv"
    export(store, "csv", out, progress=someone_rates_meanwhile)
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[-1].startswith(f"{library.merz},") and ",Unverifiable," in rows[-1]
    assert store.verdict(library.merz).rating == "False"  # the change is there for the next export
