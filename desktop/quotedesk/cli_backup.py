"""`quotedesk backup` and `quotedesk restore`: a checked copy of the library, and putting one back."""

from __future__ import annotations

import sys

from quotedesk.cli import _add_db_option


def _db_path(args):
    from pathlib import Path

    from quotedesk.store import default_db_path

    db = getattr(args, "db", None)
    return Path(db).expanduser() if db else default_db_path()


def report_damage(args, ex: Exception) -> bool:
    """Say so, with the last backup, if `ex` is SQLite finding the database damaged."""
    import sqlite3

    from quotedesk.store.backup import damaged, is_damage

    if not isinstance(ex, sqlite3.DatabaseError) or not is_damage(ex):
        return False
    print(f"quotedesk {args.command}: {damaged(_db_path(args), ex)}", file=sys.stderr)
    return True


def cmd_backup(args) -> int:
    from quotedesk.store import StoreError
    from quotedesk.store.backup import backup_file

    try:
        info = backup_file(_db_path(args), args.path)
    except StoreError as ex:
        print(f"quotedesk backup: {ex}", file=sys.stderr)
        return 2
    print(info.line())
    return 0


def cmd_restore(args) -> int:
    from quotedesk.store import StoreError
    from quotedesk.store.backup import restore

    db = _db_path(args)
    try:
        aside = restore(args.backup, db)
    except StoreError as ex:
        print(f"quotedesk restore: {ex}", file=sys.stderr)
        return 2
    moved = f"; the file it replaced is now {aside}" if aside is not None else ""
    print(f"restored {args.backup} to {db}{moved}")
    return 0


def add_backup_commands(sub) -> None:
    bk = sub.add_parser("backup", help="copy the library, while it is in use, to a checked backup file",
                        description="Copy the database with SQLite's online backup (safe while the app or an "
                                    "import is writing), check the copy and only then put it at PATH.")
    bk.add_argument("path", metavar="PATH", help="the backup file, or a folder to put a timestamped file in")
    _add_db_option(bk)
    bk.set_defaults(func=cmd_backup)

    rs = sub.add_parser("restore", help="put a backup in place of the library (the old file is kept aside)",
                        description="Replace the database with BACKUP, after checking it. The file it replaces "
                                    "is renamed to <name>.damaged-<time>, never deleted. Close Quotedesk first.")
    rs.add_argument("backup", metavar="BACKUP", help="a backup file, e.g. from the backups folder beside the database")
    _add_db_option(rs)
    rs.set_defaults(func=cmd_restore)

