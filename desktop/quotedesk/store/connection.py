"""Opening the database: where it lives, and the settings every connection needs."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from quotedesk.store.backup import automatic_backup, damaged, is_damage
from quotedesk.store.errors import StoreError
from quotedesk.store.migrations import migrate, schema_version
from quotedesk.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

APP_NAME = "Quotedesk"
DB_FILENAME = "quotedesk.db"
ENV_DB = "QUOTEDESK_DB"
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 65536  # SQLite's default page cache is 2 MB; a large library searches faster with more


def default_db_path() -> Path:
    """$QUOTEDESK_DB if set (tests and scripts point it elsewhere), else the user data folder."""
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def open_db(path: str | os.PathLike[str] | None = None, *, migrate_schema: bool = True) -> Database:
    """A sqlite-utils Database with foreign keys on, WAL, a busy timeout and the current schema.

    The GUI and a command line import may write at the same time; WAL lets readers go on
    while one writes, and the busy timeout lets the second writer wait instead of failing.
    """
    from sqlite_utils import Database  # here, not at import: the GUI paints before it opens a store

    target = Path(path).expanduser() if path is not None else default_db_path()
    _refuse_lost_log(target)
    db = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        db = Database(target)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL loses no committed transaction on an application crash,
        # only possibly the last ones on a power cut, and commits become much cheaper.
        db.execute("PRAGMA synchronous = NORMAL")
        # reads the whole schema now, so a damaged header or schema says so here and
        # not at some later query
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.DatabaseError) as ex:
        if db is not None:
            db.close()
        if isinstance(ex, sqlite3.DatabaseError) and is_damage(ex):
            raise damaged(target, ex) from ex
        raise StoreError(f"cannot open the database {target}: {ex}") from ex
    if migrate_schema:
        try:
            version = schema_version(db)
            if 0 < version < SCHEMA_VERSION:
                # an upgrade is one-way: keep the old file's contents to go back to
                automatic_backup(db.conn, target, version)
            migrate(db)
        except sqlite3.DatabaseError as ex:
            db.close()
            if is_damage(ex):
                raise damaged(target, ex) from ex
            raise StoreError(f"cannot set up the database {target}: {ex}") from ex
        except StoreError:
            db.close()
            raise
    return db


def _refuse_lost_log(target: Path) -> None:
    """An empty database file beside a write-ahead log that holds pages has lost its
    contents; SQLite would open it as a new, empty library and then discard the log."""
    try:
        empty = target.stat().st_size == 0
        log = target.with_name(target.name + "-wal").stat().st_size
    except OSError:
        return
    if empty and log > 0:
        raise damaged(target, f"the file is empty but its write-ahead log holds {log} bytes")
