"""A version-1 database full of data upgrades to the current schema with every row kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from quotedesk.store import SCHEMA_VERSION, Store
from quotedesk.store.migrations import migrate, schema_version
from sqlite_utils import Database

V1_ROWS = [
    "INSERT INTO settings (key, value) VALUES ('user_name', 'Old Desk')",
    "INSERT INTO agencies (id, name, normalized) VALUES (1, 'Reuters', 'reuters')",
    "INSERT INTO speakers (id, name, kind, created_at) VALUES (1, 'Dmitry Peskov', 'person', '2024-01-01')",
    "INSERT INTO speakers (id, name, kind, created_at) VALUES (2, 'Peskov', 'person', '2024-01-01')",
    "INSERT INTO speakers (id, name, kind, created_at) VALUES (3, 'Other Peskov', 'person', '2024-01-01')",
    "UPDATE speakers SET merged_into = 1 WHERE id = 2",
    "INSERT INTO speaker_aliases (speaker_id, alias, normalized) VALUES (1, 'Dmitry Peskov', 'dmitry peskov')",
    "INSERT INTO speaker_aliases (speaker_id, alias, normalized) VALUES (2, 'Peskov', 'peskov')",
    "INSERT INTO distinct_speakers (speaker_id, other_speaker_id, created_at) VALUES (1, 3, '2024-01-02')",
    "INSERT INTO articles (id, title, outlet, url, published, lang, agency_id, created_at, updated_at) "
    "VALUES (1, 'Talks', 'Daily', 'https://example.org/a', '2024-01-05', 'en', 1, '2024-01-05', '2024-01-06')",
    "INSERT INTO revisions (id, article_id, number, content_hash, title, text, source, format, imported_at) "
    "VALUES (1, 1, 1, 'h1', 'Talks', 'Peskov said: \"Talks are planned.\"', 'a.txt', 'txt', '2024-01-05')",
    "INSERT INTO revisions (id, article_id, number, content_hash, title, text, source, format, imported_at) "
    "VALUES (2, 1, 2, 'h2', 'Talks', 'Peskov said: \"Talks are now planned.\"', 'a.txt', 'txt', '2024-01-06')",
    "UPDATE articles SET current_revision_id = 2 WHERE id = 1",
    "INSERT INTO claims (id, speaker_id, text, normalized, norm_key, appearances, first_seen, last_seen, created_at) "
    "VALUES (1, 1, 'Talks are planned.', 'talks are planned', 'k1', 1, '2024-01-05', '2024-01-05', '2024-01-05')",
    "INSERT INTO claims (id, speaker_id, text, normalized, norm_key, appearances, first_seen, last_seen, created_at) "
    "VALUES (2, 2, 'Nothing was signed.', 'nothing was signed', 'k2', 0, NULL, NULL, '2024-01-05')",
    "INSERT INTO quotes (id, article_id, revision_id, claim_id, is_current, position, text, start_offset, end_offset, "
    "kind, speaker, speaker_id, speaker_kind, anchor, seen_on) VALUES (1, 1, 2, 1, 1, 0, 'Talks are now planned.', "
    "14, 36, 'direct', 'Dmitry Peskov', 1, 'person', 'talks are now planned', '2024-01-05')",
    "INSERT INTO quotes (id, article_id, revision_id, claim_id, is_current, position, text, start_offset, end_offset, "
    "kind, speaker, speaker_id, speaker_kind, anchor, seen_on) VALUES (2, 1, 1, 2, 0, 1, 'Nothing was signed.', "
    "0, 5, 'direct', 'Peskov', 2, 'person', 'nothing was signed', '2024-01-05')",
    "INSERT INTO verdicts (claim_id, status, rating, updated_at, updated_by) "
    "VALUES (1, 'done', 'Mostly true', '2024-01-07', 'Old Desk')",
    "INSERT INTO verdicts (claim_id, status, rating, updated_at, updated_by) "
    "VALUES (2, 'in progress', 'Pants on fire', '2024-01-07', 'Old Desk')",
    "INSERT INTO notes (claim_id, text, created_at, author) VALUES (1, 'Checked with the ministry', '2024-01-07', 'x')",
    "INSERT INTO evidence_links (claim_id, url, retrieved_at, note, created_at) "
    "VALUES (1, 'https://example.org/source', '2024-01-07', 'transcript', '2024-01-07')",
    "INSERT INTO tags (id, name) VALUES (1, 'diplomacy')",
    "INSERT INTO claim_tags (claim_id, tag_id) VALUES (1, 1)",
    "INSERT INTO overrides (article_id, quote_id, anchor, field, value, created_at, created_by) "
    "VALUES (1, 1, 'talks are now planned', 'speaker', 'Dmitry Peskov', '2024-01-07', 'Old Desk')",
    "INSERT INTO events (id, at, who, action, entity, entity_id, field, from_value, to_value, action_id) "
    "VALUES (1, '2024-01-07', 'Old Desk', 'set verdict', 'claim', 1, 'status', '\"unreviewed\"', '\"done\"', 1)",
    "INSERT INTO events (id, at, who, action, entity, entity_id, field, from_value, to_value, action_id) "
    "VALUES (2, '2024-01-07', 'Old Desk', 'set verdict', 'claim', 1, 'rating', NULL, '\"Mostly true\"', 1)",
]
V1_TABLES = ("settings", "agencies", "speakers", "speaker_aliases", "distinct_speakers", "articles", "revisions",
             "claims", "quotes", "verdicts", "notes", "evidence_links", "tags", "claim_tags", "overrides", "events")


def _dump(con: sqlite3.Connection) -> dict[str, list[dict]]:
    con.row_factory = sqlite3.Row
    return {t: [dict(r) for r in con.execute(f'SELECT * FROM "{t}" ORDER BY rowid')] for t in V1_TABLES}


@pytest.fixture
def v1_database(db_path: Path) -> Path:
    db = Database(db_path)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, target=1)
    assert schema_version(db) == 1
    assert "rating_scale" not in db.table_names()
    with db.atomic():
        for sql in V1_ROWS:
            db.execute(sql)
    db.close()
    return db_path


def test_version_1_upgrades_with_every_row(v1_database: Path) -> None:
    con = sqlite3.connect(v1_database)
    before = _dump(con)
    con.close()
    assert all(before[t] for t in V1_TABLES), "the fixture must put rows in every table"

    with Store.open(v1_database) as store:
        assert schema_version(store.db) == SCHEMA_VERSION
        # the data reads through the current code
        assert store.verdict(1).rating == "Mostly true"
        assert store.verdict(2).rating == "Pants on fire"
        assert [h.claim_id for h in store.search("planned")] == [1]
        assert [lv.label for lv in store.rating_scale()] == [
            "True", "Mostly true", "Half true", "Mostly false", "False", "Unverifiable", "Pants on fire"]

    con = sqlite3.connect(v1_database)
    try:
        after = _dump(con)
        for table in V1_TABLES:
            assert after[table] == before[table], table
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE verdicts SET rating = 'Not a rating' WHERE claim_id = 1")
    finally:
        con.close()


def test_a_failed_upgrade_leaves_version_1(v1_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotedesk.store import migrations

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE rating_scale (label TEXT PRIMARY KEY)")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken)
    db = Database(v1_database)
    with pytest.raises(RuntimeError):
        migrate(db)
    assert schema_version(db) == 1
    assert "rating_scale" not in db.table_names()
    db.close()


V3_INDEXES = {"articles_lang", "articles_outlet", "quotes_agency"}


def _indexes(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_version_2_gains_the_library_indexes(v1_database: Path) -> None:
    db = Database(v1_database)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, target=2)
    assert schema_version(db) == 2
    assert not V3_INDEXES & _indexes(db)
    db.close()

    with Store.open(v1_database) as store:
        assert schema_version(store.db) == SCHEMA_VERSION >= 3
        assert _indexes(store.db) >= V3_INDEXES
        columns = {name: [r[2] for r in store.db.execute(f"PRAGMA index_info({name})")]
                   for name in ("quotes_article", "quotes_claim")}
        assert columns == {"quotes_article": ["article_id", "is_current", "claim_id"],
                           "quotes_claim": ["claim_id", "is_current", "seen_on", "article_id"]}
        # the upgraded rows list through the new queries: quote 2 left the article, so
        # its claim (in progress) no longer counts, and the one claim left is done
        row = store.library_row(1)
        assert (row.quotes, row.claims, row.done, row.reviewed, row.state) == (1, 1, 1, 1, "done")
        assert [r.article.id for r in store.library(lang="EN", outlet="dai", agency="reuters", status="done")] == [1]
        assert store.library(status="in progress") == []
        assert store.quote(1).speaker_start is None  # not recorded in version 1's rows: no offsets invented


def test_a_failed_upgrade_leaves_version_2(v1_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotedesk.store import migrations

    db = Database(v1_database)
    migrate(db, target=2)

    def broken(db: Database) -> None:
        db.execute("CREATE INDEX articles_lang ON articles(lang COLLATE NOCASE)")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(migrations.MIGRATIONS, 3, broken)
    with pytest.raises(RuntimeError):
        migrate(db)
    assert schema_version(db) == 2
    assert "articles_lang" not in _indexes(db)
    db.close()


V4_INDEXES = {"claims_first_seen", "claims_appearances"}


def test_version_3_gains_the_claim_log_indexes(v1_database: Path) -> None:
    from quotedesk.export import ExportFilters

    db = Database(v1_database)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, target=3)
    assert schema_version(db) == 3
    assert not V4_INDEXES & _indexes(db)
    db.close()

    with Store.open(v1_database) as store:
        assert schema_version(store.db) == SCHEMA_VERSION >= 4
        assert _indexes(store.db) >= V4_INDEXES
        # the log's first window is read off the index, not sorted whole
        plan = " ".join(r[3] for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM claims ORDER BY first_seen NULLS LAST, id LIMIT 10"))
        assert "claims_first_seen" in plan and "TEMP B-TREE" not in plan
        # the upgraded rows list: claim 2 has no current appearance, so no date, and comes last
        rows = store.claim_log_rows(ExportFilters())
        assert [(r.claim_id, r.first_seen, r.first_outlet, r.rating) for r in rows] == [
            (1, "2024-01-05", "Daily", "Mostly true"), (2, None, None, "Pants on fire")]
        assert (rows[0].changed_by, rows[0].agencies) == ("Old Desk", ())
