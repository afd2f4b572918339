"""Backups and recovery: `quotedesk backup` while another process writes, a backup before
every schema upgrade, and a damaged database that says so and offers the last backup
instead of opening as a new, empty library."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from quotedesk.cli import main
from quotedesk.store import SCHEMA_VERSION, Store, StoreError
from quotedesk.store.backup import AUTO_KEEP, DamagedDatabase, backups, last_backup
from quotedesk.store.migrations import migrate
from sqlite_utils import Database

from .backup_helpers import back_up_and_grow, damage, make_library, titles


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEDESK_DB", str(tmp_path / "default" / "quotedesk.db"))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_library(tmp_path / "library.db")


@pytest.fixture
def backed_up(library: Path, capsys) -> Path:
    back_up_and_grow(library)
    capsys.readouterr()
    return library


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- quotedesk backup ------------------------------------------------------------------------


def test_backup_writes_a_checked_self_contained_copy(library: Path, tmp_path: Path, capsys) -> None:
    dest = tmp_path / "copy.db"
    code, out, err = run_cli(capsys, "backup", str(dest), "--db", str(library))
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    assert str(dest) in out and f"schema version {SCHEMA_VERSION}" in out
    assert titles(dest) == ["Bridge 0", "Bridge 1", "Bridge 2"]
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("SELECT rating FROM verdicts WHERE status = 'done'").fetchall() == [("False",)]
    con.close()
    # no temporary file is left beside it
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_backup_into_a_folder_makes_a_new_timestamped_file_each_time(library: Path, tmp_path: Path,
                                                                    capsys) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    assert run_cli(capsys, "backup", str(folder), "--db", str(library))[0] == 0
    assert run_cli(capsys, "backup", str(folder), "--db", str(library))[0] == 0
    made = sorted(folder.iterdir())
    assert len(made) == 2
    assert all(p.name.startswith("library-") and p.suffix == ".db" for p in made)
    assert all(titles(p) == ["Bridge 0", "Bridge 1", "Bridge 2"] for p in made)


@pytest.mark.parametrize("case", ["the database itself", "missing folder", "no database", "unwritable folder"])
def test_backup_refusals_are_one_line_errors(library: Path, tmp_path: Path, capsys, monkeypatch,
                                            case: str) -> None:
    before = library.read_bytes()
    db, dest = library, tmp_path / "copy.db"
    if case == "the database itself":
        dest = library
        expected = "is the database itself"
    elif case == "missing folder":
        dest = tmp_path / "nowhere" / "copy.db"
        expected = "does not exist"
    elif case == "no database":
        db = tmp_path / "absent.db"
        expected = "there is no database"
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        if os.geteuid() == 0:  # root writes into a read-only folder: refuse it the way the OS would
            from quotedesk.store import backup

            def refused(**kwargs):
                raise PermissionError(13, "Permission denied")
            monkeypatch.setattr(backup.tempfile, "mkstemp", refused)
        dest = locked / "copy.db"
        expected = "cannot write a backup in"
    code, out, err = run_cli(capsys, "backup", str(dest), "--db", str(db))
    assert code == 2 and out == ""
    assert err.startswith("quotedesk backup: ") and expected in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert library.read_bytes() == before
    assert not (tmp_path / "absent.db").exists()
    assert not (tmp_path / "locked").exists() or list((tmp_path / "locked").iterdir()) == []


WRITER = textwrap.dedent("""
    import os, sqlite3, sys
    con = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("CREATE TABLE IF NOT EXISTS ticks (n INTEGER PRIMARY KEY, pad TEXT)")
    print("ready", flush=True)
    n = 0
    while not os.path.exists(sys.argv[2]) or n < 100:
        con.execute("INSERT INTO ticks VALUES (?, ?)", [n, "x" * 2000])
        n += 1
    print(n, flush=True)
""")


def test_backup_while_another_process_writes(library: Path, tmp_path: Path) -> None:
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(library), str(stop)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        with Store.open(library) as store:
            copies = [store.backup(tmp_path / f"during-{n}.db").path for n in range(8)]
        stop.touch()
        out, err = writer.communicate(timeout=120)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, err
    written = int(out)
    seen = []
    for copy in copies:
        con = sqlite3.connect(copy)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        has_ticks = con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ticks'").fetchone()[0]
        rows = [r[0] for r in con.execute("SELECT n FROM ticks ORDER BY n")] if has_ticks else []
        assert titles(copy) == ["Bridge 0", "Bridge 1", "Bridge 2"]
        con.close()
        # a snapshot: every commit up to some point, with no gap
        assert rows == list(range(len(rows)))
        seen.append(len(rows))
    assert seen == sorted(seen) and seen[-1] <= written
    final = sqlite3.connect(library)
    assert final.execute("SELECT count(*) FROM ticks").fetchone()[0] == written
    final.close()


# --- before a schema upgrade -------------------------------------------------------------------


def make_old_library(path: Path, version: int) -> None:
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, target=version)
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('user_name', 'Old Desk')")
        db.execute("INSERT INTO articles (id, title, created_at, updated_at) VALUES (1, 'Old article', 'x', 'x')")
    db.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_upgrade_keeps_a_backup_of_the_old_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "library.db"
    make_old_library(path, version)
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    made = backups(path)
    assert len(made) == 1
    assert made[0].parent == tmp_path / "backups"
    assert made[0].name.startswith(f"library-v{version}-")
    con = sqlite3.connect(made[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == version
    assert con.execute("SELECT title FROM articles").fetchall() == [("Old article",)]
    assert con.execute("SELECT value FROM settings").fetchall() == [("Old Desk",)]
    con.close()
    # opening the upgraded database again takes no further copy
    Store.open(path).close()
    assert backups(path) == made


def test_a_new_or_current_database_takes_no_automatic_backup(library: Path, tmp_path: Path) -> None:
    Store.open(library).close()
    assert not (tmp_path / "backups").exists()


def test_only_the_newest_automatic_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    make_old_library(path, SCHEMA_VERSION - 1)
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [folder / f"library-v1-2020010{n}-120000.db" for n in range(1, 8)]
    for n, p in enumerate(old):
        p.write_bytes(b"old")
        os.utime(p, (1_600_000_000 + n, 1_600_000_000 + n))
    manual = folder / "library-20200101-090000.db"
    manual.write_bytes(b"by hand")
    os.utime(manual, (1_500_000_000, 1_500_000_000))
    other = folder / "notes.txt"
    other.write_text("mine")
    Store.open(path).close()
    kept = {p.name for p in folder.iterdir()}
    newest = next(p.name for p in backups(path) if p.name.startswith(f"library-v{SCHEMA_VERSION - 1}-"))
    assert kept == {newest, *(p.name for p in old[-(AUTO_KEEP - 1):]), manual.name, other.name}


def test_an_upgrade_that_cannot_be_backed_up_does_not_run(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    make_old_library(path, 2)
    (tmp_path / "backups").write_text("a file where the folder would go")
    with pytest.raises(StoreError, match="backups folder"):
        Store.open(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    con.close()


# --- a damaged database ------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["header", "truncated", "empty with a log"])
def test_a_damaged_file_is_refused_at_open_and_offers_the_last_backup(backed_up: Path, how: str) -> None:
    damage(backed_up, how)
    before = backed_up.read_bytes()
    with pytest.raises(DamagedDatabase) as caught:
        Store.open(backed_up)
    message = str(caught.value)
    newest = last_backup(backed_up)
    assert newest is not None and newest.parent.name == "backups"
    assert caught.value.last_backup == newest
    assert str(backed_up) in message and "damaged" in message
    assert f"The last backup is {newest} (" in message and "quotedesk restore" in message
    # the file is left exactly as it was: no new, empty library in its place
    assert backed_up.read_bytes() == before


@pytest.mark.parametrize("how", ["header", "truncated", "middle", "empty with a log"])
def test_every_command_says_so_on_stderr(backed_up: Path, capsys, how: str) -> None:
    damage(backed_up, how)
    newest = last_backup(backed_up)
    for argv in (["claims"], ["search", "bridge"], ["export", "--format", "csv", "--out", "-"]):
        code, _out, err = run_cli(capsys, *argv, "--db", str(backed_up))
        assert code != 0, argv
        assert "Traceback" not in err and err.count("\n") == 1, (argv, err)
        assert str(backed_up) in err and str(newest) in err, (argv, err)


def test_backup_of_a_database_damaged_inside_refuses_and_keeps_nothing(backed_up: Path, tmp_path: Path,
                                                                      capsys) -> None:
    damage(backed_up, "middle")
    code, _out, err = run_cli(capsys, "backup", str(tmp_path / "copy.db"), "--db", str(backed_up))
    assert code == 2 and "integrity check" in err and str(last_backup(backed_up)) in err
    assert not (tmp_path / "copy.db").exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_zero_byte_file_alone_opens_as_a_new_library(tmp_path: Path) -> None:
    # nothing is there to lose, as with a file that does not exist yet
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with Store.open(path) as store:
        assert store.articles() == []
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_without_a_backup_the_message_says_so(library: Path) -> None:
    damage(library, "header")
    with pytest.raises(DamagedDatabase, match=r"There is no backup of it in .*backups"):
        Store.open(library)


# --- quotedesk restore ---------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_damaged_file(backed_up: Path, capsys) -> None:
    damage(backed_up, "header")
    (backed_up.parent / "library.db-wal").write_bytes(b"log of the damaged file")
    damaged_bytes = backed_up.read_bytes()
    newest = last_backup(backed_up)
    code, out, err = run_cli(capsys, "restore", str(newest), "--db", str(backed_up))
    assert (code, err) == (0, "")
    aside = sorted(p.name for p in backed_up.parent.iterdir() if p.name.startswith("library.db.damaged-"))
    aside_db = aside[0]
    assert aside == [aside_db, aside_db + "-wal"]
    assert (backed_up.parent / aside_db).read_bytes() == damaged_bytes
    assert (backed_up.parent / (aside_db + "-wal")).read_bytes() == b"log of the damaged file"
    assert aside_db in out
    with Store.open(backed_up) as store:
        assert sorted(a.title for a in store.articles()) == ["Bridge 0", "Bridge 1", "Bridge 2"]
    assert newest.exists()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(backed_up: Path, capsys) -> None:
    newest = last_backup(backed_up)
    damage(newest, "header")
    before = backed_up.read_bytes()
    code, _out, err = run_cli(capsys, "restore", str(newest), "--db", str(backed_up))
    assert code == 2 and "quotedesk restore: " in err and str(newest) in err
    assert backed_up.read_bytes() == before
    assert [p for p in backed_up.parent.iterdir() if ".damaged-" in p.name or p.name.endswith(".tmp")] == []


def test_backup_names_sort_by_when_they_were_made(library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    first = folder / "library-20300101-000000.db"  # a later name, but written first
    first.write_bytes(b"x")
    os.utime(first, (time.time() - 60, time.time() - 60))
    with Store.open(library) as store:
        made = store.backup(folder).path
    assert last_backup(library) == made

