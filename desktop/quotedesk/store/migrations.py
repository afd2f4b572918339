"""One function per schema version; `PRAGMA user_version` says which have run.

Each function is frozen once released: it says what that version added, in the words
of that version, and never reads today's schema. A database of any older version is
brought up to date by running the missing functions in order, each in its own
transaction together with the version bump, so a failed upgrade leaves the previous
version intact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotedesk.store.busy import write_transaction
from quotedesk.store.errors import StoreError
from quotedesk.store.schema import DEFAULT_RATING_SCALE, SCHEMA_VERSION, enable_search

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

# Version 1: articles and revisions, quotes and claims, speakers and agencies,
# verdicts with notes, evidence and tags, overrides, and the append-only events.
# Ratings are free text checked by the application against the default scale.
V1_DDL = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    normalized TEXT NOT NULL UNIQUE
);
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person',
    wikidata_id TEXT,
    merged_into INTEGER REFERENCES speakers(id),
    created_at TEXT NOT NULL
);
CREATE INDEX speakers_merged_into ON speakers(merged_into);
CREATE TABLE speaker_aliases (
    id INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,
    normalized TEXT NOT NULL UNIQUE
);
CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);
CREATE TABLE distinct_speakers (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    other_speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (speaker_id, other_speaker_id),
    CHECK (speaker_id < other_speaker_id)
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    lang TEXT,
    agency_id INTEGER REFERENCES agencies(id),
    current_revision_id INTEGER REFERENCES revisions(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_title_outlet ON articles(title, outlet);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    number INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    text TEXT NOT NULL,
    source TEXT,
    format TEXT,
    imported_at TEXT NOT NULL,
    UNIQUE (article_id, number)
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    speaker_id INTEGER REFERENCES speakers(id),
    text TEXT NOT NULL,
    normalized TEXT NOT NULL,
    norm_key TEXT NOT NULL,
    appearances INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX claims_speaker ON claims(speaker_id, norm_key);
CREATE INDEX claims_by_appearances ON claims(appearances DESC, last_seen DESC);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    revision_id INTEGER NOT NULL REFERENCES revisions(id),
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    is_current INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_kind TEXT NOT NULL DEFAULT 'unknown',
    speaker_start INTEGER,
    speaker_end INTEGER,
    role TEXT,
    cue TEXT,
    agency_id INTEGER REFERENCES agencies(id),
    agency_relation TEXT,
    confidence REAL,
    evidence TEXT,
    extracted_speaker TEXT,
    extracted_speaker_kind TEXT,
    extracted_agency TEXT,
    anchor TEXT NOT NULL,
    context_before TEXT,
    context_after TEXT,
    seen_on TEXT
);
CREATE INDEX quotes_claim ON quotes(claim_id, is_current, seen_on);
CREATE INDEX quotes_article ON quotes(article_id, is_current);
CREATE TABLE verdicts (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
    status TEXT NOT NULL DEFAULT 'unreviewed',
    rating TEXT,
    updated_at TEXT,
    updated_by TEXT
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    author TEXT
);
CREATE INDEX notes_claim ON notes(claim_id);
CREATE TABLE evidence_links (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    url TEXT NOT NULL,
    retrieved_at TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    author TEXT
);
CREATE INDEX evidence_links_claim ON evidence_links(claim_id);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE claim_tags (
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (claim_id, tag_id)
);
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    anchor TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    UNIQUE (quote_id, field)
);
CREATE INDEX overrides_article ON overrides(article_id, anchor);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    field TEXT NOT NULL,
    from_value TEXT,
    to_value TEXT,
    action_id INTEGER,
    undoes_event_id INTEGER REFERENCES events(id)
);
CREATE INDEX events_entity ON events(entity, entity_id);
CREATE INDEX events_undoes ON events(undoes_event_id);
CREATE INDEX events_action ON events(action_id);
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the events table is append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the events table is append-only'); END;
"""

V1_FTS: dict[str, tuple[str, ...]] = {
    "quotes": ("text", "speaker"),
    "claims": ("text",),
    "notes": ("text",),
    "revisions": ("title", "text"),
}


def migrate_to_v1(db: Database) -> None:
    db.executescript(V1_DDL)
    for table, columns in V1_FTS.items():
        enable_search(db, table, columns)


def migrate_to_v2(db: Database) -> None:
    """The rating scale becomes data, configurable per database.

    Ratings already given that are not on the default scale join the scale at its end
    rather than being lost, and verdicts.rating then refers to the scale by label.
    """
    db.execute(
        "CREATE TABLE rating_scale (label TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE, "
        "value REAL, description TEXT)"
    )
    rows = [{"label": label, "position": n, "value": value, "description": None}
            for n, (label, value) in enumerate(DEFAULT_RATING_SCALE, 1)]
    known = {row["label"] for row in rows}
    in_use = [r[0] for r in db.execute(
        "SELECT DISTINCT rating FROM verdicts WHERE rating IS NOT NULL ORDER BY rating").fetchall()]
    for label in in_use:
        if label not in known:
            rows.append({"label": label, "position": len(rows) + 1, "value": None,
                         "description": "kept from an earlier rating"})
            known.add(label)
    db["rating_scale"].insert_all(rows)
    db["verdicts"].transform(add_foreign_keys=[("rating", "rating_scale", "label")])


def migrate_to_v3(db: Database) -> None:
    """Indexes for the library listing, which filters and counts articles in SQL.

    Language and outlet get their own (the few distinct outlets are read off the index);
    the articles carrying an agency's quotes are found without reading quotes; and the
    two indexes on quotes by article and by claim also hold the claim and the article,
    so counting an article's claims and finding the articles of reviewed claims read
    the index alone.
    """
    for sql in (
        "CREATE INDEX articles_lang ON articles(lang COLLATE NOCASE)",
        "CREATE INDEX articles_outlet ON articles(outlet)",
        "CREATE INDEX quotes_agency ON quotes(agency_id, is_current, article_id) WHERE agency_id IS NOT NULL",
        "DROP INDEX quotes_article",
        "CREATE INDEX quotes_article ON quotes(article_id, is_current, claim_id)",
        "DROP INDEX quotes_claim",
        "CREATE INDEX quotes_claim ON quotes(claim_id, is_current, seen_on, article_id)",
    ):
        db.execute(sql)


def migrate_to_v4(db: Database) -> None:
    """Indexes for the claim log view, which sorts and pages the claims in SQL.

    The claims by first appearance (the log's default order) and by number of
    appearances, each with the claim id after it (implicitly), so the first window of a
    log of a million claims is read off the index in either direction instead of
    sorting them all.
    """
    for sql in (
        "CREATE INDEX claims_first_seen ON claims(first_seen)",
        "CREATE INDEX claims_appearances ON claims(appearances)",
    ):
        db.execute(sql)


MIGRATIONS: dict[int, Callable[[Database], None]] = {1: migrate_to_v1, 2: migrate_to_v2, 3: migrate_to_v3,
                                                     4: migrate_to_v4}
assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to `target`; return the version it had before."""
    before = _check_version(db)
    for version in range(before + 1, target + 1):
        # Holding the write lock from the start, and looking again under it: a second
        # Quotedesk opening the same new file at the same moment waits, then finds the
        # step done instead of failing on "table already exists".
        with write_transaction(db):
            if _check_version(db) < version:
                MIGRATIONS[version](db)
                db.execute(f"PRAGMA user_version = {int(version)}")
    return before


def _check_version(db: Database) -> int:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"this database has schema version {version}, made by a newer Quotedesk; "
            f"this one knows versions up to {SCHEMA_VERSION}"
        )
    if version == 0 and db.table_names():
        raise StoreError("this file is an SQLite database, but not a Quotedesk one (it has tables and no version)")
    return version
