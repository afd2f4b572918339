"""`quotedesk import`, `search` and `claims`, as a person runs them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from quotedesk.cli import main


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEDESK_DB", str(tmp_path / "default" / "quotedesk.db"))


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "lib.db")


def test_import_then_search_and_claims(db: str, sample_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["import", str(sample_path), "--db", db]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("1 imported, 0 revised, 0 unchanged, 0 failed")
    assert "[1/1]" in err

    assert main(["import", str(sample_path), "--db", db]) == 0
    assert capsys.readouterr().out.startswith("0 imported, 0 revised, 1 unchanged, 0 failed")

    assert main(["search", "kontak", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["CLAIM", "STATUS", "RATING", "DATE", "SPEAKER", "SOURCE", "TEXT"]
    assert len(out) == 4 and "Dmitry Peskov" in out[2] and "“Kontak sedang" in out[2]

    assert main(["search", "kontak", "--speaker", "putin", "--json", "--db", db]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["speaker"] for h in hits] == ["Vladimir Putin"]
    assert set(hits[0]) >= {"claim_id", "quote_id", "text", "speaker", "agency", "status", "rating", "seen_on"}

    assert main(["claims", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["CLAIM", "SEEN", "FIRST", "FIRST"]
    assert len(out) == 2 + 12 + 2
    assert "via Reuters" in out[2] and "Kremlin" in out[2]
    assert out[-1] == "12 claims · filters: none (every claim) · sorted by first_seen"
    assert main(["claims", "--json", "--speaker", "Dmitry Peskov", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and all(r["appearances"] == 1 and r["speaker"] == "Dmitry Peskov" for r in rows)
    assert {r["role"] for r in rows} == {"Juru bicara Kremlin"} and all(r["agencies"] == ["Reuters"] for r in rows)
    # the same filters as the export, and any column to sort on
    assert main(["claims", "--json", "--text", "kontak", "--agency", "Reuters", "--sort", "speaker", "--desc",
                 "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["speaker"] for r in rows] == ["Vladimir Putin", "Dmitry Peskov"]
    # a typo in a name is an error, as in the export, not an empty log
    assert main(["claims", "--agency", "Nobody News", "--db", db]) == 2
    assert capsys.readouterr().err.strip() == "quotedesk claims: no agency called 'Nobody News' in this database"


def test_failed_files_are_one_line_each_and_exit_1(db: str, sample_path: Path, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert main(["import", str(empty), str(sample_path), str(binary), "--db", db]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("1 imported, 0 revised, 0 unchanged, 2 failed")
    errors = [line for line in err.splitlines() if line.startswith("quotedesk:")]
    assert len(errors) == 2
    assert "empty.txt" in errors[0] and "photo.txt" in errors[1]
    assert "Traceback" not in err


@pytest.mark.parametrize("query", ['"unbalanced', "AND AND", "*"])
def test_search_syntax_errors(db: str, query: str, capsys) -> None:
    assert main(["search", query, "--db", db]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("quotedesk search: cannot search for") and err.count("\n") == 1
    assert "--literal" in err


def test_bad_filters_are_one_line(db: str, capsys) -> None:
    assert main(["search", "x", "--since", "yesterday", "--db", db]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["claims", "--status", "maybe", "--db", db]) == 2
    assert "unknown status" in capsys.readouterr().err


def test_empty_results(db: str, capsys) -> None:
    assert main(["search", "nothing", "--db", db]) == 0
    assert capsys.readouterr().out == "no matches\n"
    assert main(["claims", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_default_database_comes_from_the_environment(sample_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["import", str(sample_path)]) == 0
    capsys.readouterr()
    path = tmp_path / "default" / "quotedesk.db"
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT COUNT(*) FROM articles").fetchone() == (1,)
    finally:
        con.close()


def test_import_from_stdin_in_a_subprocess(db: str) -> None:
    text = '"Kami siap berunding kapan saja dengan Washington," kata Dmitry Peskov.\n'
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "quotedesk.cli", "import", "-", "--db", db],
                          input=text.encode("utf-8"), capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith("1 imported")
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT speaker FROM quotes").fetchall() == [("Dmitry Peskov",)]
    finally:
        con.close()


def test_the_claims_command_sorts_on_every_column_of_the_claim_log(capsys) -> None:
    from quotedesk.store.claim_log import SORT_KEYS

    with pytest.raises(SystemExit):
        main(["claims", "--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert all(key in usage for key in SORT_KEYS)


def test_db_before_the_command_is_the_library_it_writes(db: str, sample_path: Path, tmp_path: Path,
                                                          capsys) -> None:
    assert main(["--db", db, "import", str(sample_path)]) == 0
    out, _ = capsys.readouterr()
    assert out.rstrip().endswith(f"->  {db}")
    assert sqlite3.connect(db).execute("select count(*) from articles").fetchone() == (1,)
    assert not (tmp_path / "default" / "quotedesk.db").exists()
    # a --db that cannot apply, or two that disagree, are errors, not a silent default
    with pytest.raises(SystemExit) as ex:
        main(["--db", db, "extract", str(sample_path)])
    assert ex.value.code == 2
    assert "--db does not apply to 'extract'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", db, "claims", "--db", str(tmp_path / "other.db")])
    assert "two different --db paths" in capsys.readouterr().err
