"""What the database holds, by name: the schema version, the vocabularies a person
chooses from, and the full-text indexes.

The tables themselves are created by `migrations`, one function per version, so that
an old database and a new one end up with exactly the same shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.model import STATUSES as _STATUSES

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database


SCHEMA_VERSION = 4

STATUSES = _STATUSES
DEFAULT_STATUS = "unreviewed"

# (label, value): the value is the number ClaimReview's reviewRating carries;
# "Unverifiable" has none because it is no point on the true-false line.
DEFAULT_RATING_SCALE: tuple[tuple[str, float | None], ...] = (
    ("True", 5.0),
    ("Mostly true", 4.0),
    ("Half true", 3.0),
    ("Mostly false", 2.0),
    ("False", 1.0),
    ("Unverifiable", None),
)

# The tables with a full-text index, and the columns it covers.
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": ("text", "speaker"),
    "claims": ("text",),
    "notes": ("text",),
    "revisions": ("title", "text"),
}

# Where the person's name for the history comes from (settings.key).
USER_NAME_KEY = "user_name"


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def enable_search(db: Database, table: str, columns: tuple[str, ...]) -> None:
    """FTS5 through sqlite-utils, with triggers that keep it in step with the table.

    sqlite-utils' update trigger fires on any column; quotes and claims get their
    counters, flags and links updated far more often than their text, and each of those
    updates would rewrite the index entry. The trigger is narrowed to the indexed
    columns, which keeps the index exact and a large import several times faster.
    """
    db[table].enable_fts(list(columns), create_triggers=True, replace=True)
    fts = _quote_ident(f"{table}_fts")
    cols = ", ".join(_quote_ident(c) for c in columns)
    old = ", ".join(f"old.{_quote_ident(c)}" for c in columns)
    new = ", ".join(f"new.{_quote_ident(c)}" for c in columns)
    trigger = _quote_ident(f"{table}_au")
    db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute(
        f"CREATE TRIGGER {trigger} AFTER UPDATE OF {cols} ON {_quote_ident(table)} BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.rowid, {old});\n"
        f"  INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new});\n"
        "END"
    )
