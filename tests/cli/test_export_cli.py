"""`quotedesk export`, as a person runs it on the sample article's database."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from quotedesk.cli import main
from quotedesk.store import Store

KONTAK = "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri,"


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEDESK_DB", str(tmp_path / "default" / "quotedesk.db"))


@pytest.fixture
def db(tmp_path: Path, sample_path: Path, capsys) -> str:
    """The sample article imported, two claims rated, one with a hostile note."""
    path = str(tmp_path / "sample.db")
    assert main(["import", str(sample_path), "--db", path]) == 0
    capsys.readouterr()
    with Store.open(path) as store:
        store.set_user_name("Dewi Lestari")
        kontak = next(c.id for c in store.claims(limit=100) if c.text == KONTAK)
        store.set_verdict(kontak, status="done", rating="Mostly true")
        store.add_note(kontak, '=HYPERLINK("http://evil.example","klik")\n<script>alert(1)</script>')
        store.add_evidence(kontak, "https://www.reuters.com/world/kremlin-expert-talks/", note="Reuters, 26 Feb")
        anonymous = next(c.id for c in store.claims(limit=100) if c.text.startswith("bebas, berdaulat"))
        store.set_verdict(anonymous, rating="Unverifiable")
    return path


def _csv(path: Path) -> tuple[str, list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        meta, header, *rows = csv.reader(f)
    return meta[0], [dict(zip(header, row, strict=True)) for row in rows]


def test_csv_of_the_sample_is_a_log_to_hand_in(db: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "claim-log.csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"12 claims, 12 rows -> {out}\n" and captured.err == ""
    meta, rows = _csv(out)
    assert meta.startswith("# Claim log exported ") and meta.endswith(
        "by Quotedesk 0.1.0 from sample.db; filters: none (every claim); 12 claims; one row per claim")
    assert len(rows) == 12
    kontak = next(r for r in rows if r["Claim"] == KONTAK)
    assert (kontak["Speaker"], kontak["Role"]) == ("Dmitry Peskov", "Juru bicara Kremlin")
    assert (kontak["First agency"], kontak["Agencies"]) == ("Reuters", "Reuters")
    assert kontak["First article"] == "Amerika-Rusia Kini Sahabatan, Pertemuan Lanjutan Bakal Digelar"
    assert (kontak["Status"], kontak["Rating"], kontak["Rated by"]) == ("done", "Mostly true", "Dewi Lestari")
    assert kontak["Notes"].startswith("'=HYPERLINK(\"http://evil.example\",\"klik\")\n<script>alert(1)</script>\n")
    assert kontak["Evidence"].startswith("https://www.reuters.com/world/kremlin-expert-talks/ (Reuters, 26 Feb)")
    assert {r["Speaker"] for r in rows} >= {"Dmitry Peskov", "Vladimir Putin", "Donald Trump"}


def test_filters_per_appearance_and_bom(db: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "peskov.csv"
    assert main(["export", "--out", str(out), "--per", "appearance", "--bom", "--speaker", "peskov",
                 "--agency", "Reuters", "--since", "2000", "--db", db]) == 0
    assert capsys.readouterr().out == f"5 claims, 5 rows -> {out}\n"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    meta, rows = _csv(out)
    assert 'filters: speaker="peskov", agency="Reuters", since="2000"; 5 claims; one row per appearance' in meta
    assert {r["Speaker"] for r in rows} == {"Dmitry Peskov"} and rows[0]["Appearance"] == "1"

    assert main(["export", "--out", str(out), "--rating", "mostly true", "--text", "kementerian", "--db", db]) == 0
    meta, rows = _csv(out)
    assert [r["Claim"] for r in rows] == [KONTAK]
    assert 'filters: text="kementerian", rating="mostly true"' in meta


def test_json_jsonl_and_claimreview(db: str, tmp_path: Path, capsys) -> None:
    assert main(["export", "--out", str(tmp_path / "log.json"), "--status", "done", "--db", db]) == 0
    doc = json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))
    assert doc["meta"]["filters"] == {"status": "done"} and [c["text"] for c in doc["claims"]] == [KONTAK]
    assert doc["claims"][0]["verdict"]["notes"][0]["text"].startswith("=HYPERLINK(")

    assert main(["export", "--format", "jsonl", "--out", str(tmp_path / "log.txt"), "--db", db]) == 0
    lines = (tmp_path / "log.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 13 and json.loads(lines[0])["meta"]["claims"] == 12

    assert main(["export", "--out", str(tmp_path / "reviews.jsonld"), "--db", db]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary == f"12 claims, 2 rated: 2 ClaimReviews -> {tmp_path}/reviews.jsonld"
    reviews = json.loads((tmp_path / "reviews.jsonld").read_text(encoding="utf-8"))["dataFeedElement"]
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Mostly true", "Unverifiable"]
    kontak, anonymous = reviews
    assert kontak["itemReviewed"]["author"] == {"@type": "Person", "name": "Dmitry Peskov",
                                                "jobTitle": "Juru bicara Kremlin"}
    assert kontak["url"].startswith("urn:quotedesk:claim:")  # the sample article has no URL
    assert "author" not in anonymous["itemReviewed"]  # "Sumber yang mengetahui ..." is nobody's name


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_reports(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    assert main(["export", "--format", fmt, "--out", str(out), "--speaker", "Peskov", "--db", db]) == 0
    text = out.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    if fmt == "html":
        page = _Elements()
        page.feed(text)
        assert "script" not in page.tags and page.tags.count("section") == 5
        text = "".join(page.text)
        assert "<script>alert(1)</script>" in text
    assert 'filters: speaker="Peskov"; 5 claims' in text
    assert "Mostly true" in text and "Dewi Lestari" in text


def test_stdout_gets_the_log_and_stderr_the_summary(db: str, capsys) -> None:
    assert main(["export", "--format", "csv", "--out", "-", "--rating", "Unverifiable", "--db", db]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 3 and rows[2][1] == "bebas, berdaulat, dan aman."
    assert err == "1 claim, 1 row -> stdout\n"


def test_progress_shows_on_a_terminal(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["export", "--out", str(tmp_path / "log.md"), "--db", db]) == 0
    shown = terminal.getvalue()
    assert "[1/12] exporting claims" in shown and "[12/12] exporting claims" in shown
    assert shown.endswith("\r\x1b[K")  # the progress line is cleared at the end
    assert capsys.readouterr().out == f"12 claims -> {tmp_path}/log.md\n"


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["--out", "log.txt"], 2, "say which format with --format"),
    (["--format", "csv", "--out", "x.csv", "--speaker", "Nobody Atall"], 2, "no speaker called 'Nobody Atall'"),
    (["--format", "csv", "--out", "x.csv", "--since", "yesterday"], 2, "not a date"),
    (["--format", "csv", "--out", "x.csv", "--rating", "Pants on fire"], 2, "not on this database's rating scale"),
    (["--format", "csv", "--out", "x.csv", "--text", '"unbalanced'], 2, "cannot search for"),
    (["--format", "json", "--out", "x.json", "--per", "appearance"], 2, "for CSV only"),
    (["--format", "csv", "--out", "missing/x.csv"], 1, "cannot write in"),
])
def test_errors_are_one_line(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, argv: list[str],
                             code: int, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", *argv, "--db", db]) == code
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("quotedesk export: ") and message in err
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".*.part"))


def test_a_missing_database_is_not_created(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "typo.db"
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--db", str(missing)]) == 2
    assert "there is no database at" in capsys.readouterr().err
    assert not missing.exists()
    # without --db, $QUOTEDESK_DB (here: a fresh folder) is the one looked for
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 2
    assert str(Path(os.environ["QUOTEDESK_DB"])) in capsys.readouterr().err


def test_the_installed_command(db: str, tmp_path: Path) -> None:
    out = tmp_path / "log.html"
    done = subprocess.run([sys.executable, "-m", "quotedesk.cli", "export", "--out", str(out), "--db", db],
                          capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"12 claims -> {out}\n"
    assert out.read_text(encoding="utf-8").count('<section class="claim"') == 12
