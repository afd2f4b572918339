"""The database file itself: where it lives, its settings, and that outside tools read it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from platformdirs import user_data_dir
from quotedesk.store import SCHEMA_VERSION, Store, StoreError
from quotedesk.store.connection import default_db_path, open_db
from quotedesk.store.schema import FTS_COLUMNS
from store_helpers import make_analysis, make_doc


def test_default_database_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUOTEDESK_DB", raising=False)
    path = default_db_path()
    assert path.name == "quotedesk.db"
    assert path.parent == Path(user_data_dir("Quotedesk", appauthor=False))


def test_environment_names_another_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEDESK_DB", str(tmp_path / "elsewhere" / "x.db"))
    assert default_db_path() == tmp_path / "elsewhere" / "x.db"
    with Store.open() as store:
        assert Path(store.path) == tmp_path / "elsewhere" / "x.db"
    assert (tmp_path / "elsewhere" / "x.db").exists()


def test_connection_settings(db_path: Path) -> None:
    db = open_db(db_path)
    try:
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO notes (claim_id, text, created_at) VALUES (999, 'x', 'now')")
    finally:
        db.close()


def test_tables_and_full_text_indexes(db_path: Path) -> None:
    db = open_db(db_path)
    try:
        tables = set(db.table_names())
        for table in ("articles", "revisions", "quotes", "claims", "speakers", "speaker_aliases",
                      "distinct_speakers", "agencies", "verdicts", "notes", "evidence_links", "tags",
                      "claim_tags", "overrides", "events", "settings", "rating_scale"):
            assert table in tables
        for table, columns in FTS_COLUMNS.items():
            assert db[table].detect_fts() == f"{table}_fts"
            for column in columns:
                assert column in db[f"{table}_fts"].columns_dict
        fks = {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys}
        assert {("article_id", "articles"), ("revision_id", "revisions"), ("claim_id", "claims")} <= fks
        assert ("rating", "rating_scale") in {(fk.column, fk.other_table) for fk in db["verdicts"].foreign_keys}
    finally:
        db.close()


def test_opens_with_the_sqlite3_module_alone(db_path: Path) -> None:
    text = 'The minister said: "Prices will fall next year." Nobody believed it.'
    with Store.open(db_path) as store:
        store.add_document(make_doc(text, title="Prices"),
                           make_analysis(text, ("Prices will fall next year.", "Ann Lee")))
    con = sqlite3.connect(db_path)
    try:
        con.row_factory = sqlite3.Row
        claims = con.execute("SELECT * FROM claims").fetchall()
        assert [c["text"] for c in claims] == ["Prices will fall next year."]
        assert claims[0]["appearances"] == 1
        quote = con.execute("SELECT * FROM quotes").fetchone()
        assert text[quote["start_offset"]:quote["end_offset"]] == "Prices will fall next year."
        hit = con.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'prices'").fetchall()
        assert len(hit) == 1
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_events_table_refuses_update_and_delete(store: Store) -> None:
    text = 'She said "We will win the vote tomorrow morning."'
    store.add_document(make_doc(text), make_analysis(text, ("We will win the vote tomorrow morning.", "Ann Lee")))
    store.set_verdict(1, status="in progress")
    con = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("UPDATE events SET who = 'someone else'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("DELETE FROM events")
        con.rollback()
        assert con.execute("SELECT who FROM events").fetchall() == [("Tester",)]
    finally:
        con.close()


def test_refuses_a_newer_schema_and_foreign_databases(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer Quotedesk"):
        open_db(newer)
    foreign = tmp_path / "foreign.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE stuff (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a Quotedesk one"):
        open_db(foreign)


def test_a_file_that_is_no_database_gives_a_store_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        open_db(junk)
