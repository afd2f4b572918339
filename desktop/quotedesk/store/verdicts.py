"""Verdicts on claims: workflow status, rating, notes, evidence links and tags.

The status (unreviewed, in progress, done) and the rating (a label on the database's
scale) are kept apart: a claim can be done and Unverifiable, or rated but still being
checked. A claim without a verdict row is unreviewed and unrated.

Every function named set_* is an applier: it sets one field to a value and returns
what the field held, so a change and its undo go through the same code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotedesk.store.errors import NotFound, StoreError
from quotedesk.store.records import EvidenceLink, Note, RatingLevel, Verdict
from quotedesk.store.schema import DEFAULT_STATUS, STATUSES
from quotedesk.store.text import now

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database


def _require_claim(db: Database, claim_id: int) -> None:
    if db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone() is None:
        raise NotFound(f"there is no claim {claim_id}")


def canonical_status(status: str) -> str:
    if not isinstance(status, str):
        raise StoreError(f"a status is one of: {', '.join(STATUSES)}")
    wanted = " ".join(status.replace("_", " ").replace("-", " ").split()).casefold()
    for known in STATUSES:
        if known == wanted:
            return known
    raise StoreError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")


def rating_scale(db: Database) -> list[RatingLevel]:
    rows = db.execute("SELECT label, position, value, description FROM rating_scale ORDER BY position").fetchall()
    return [RatingLevel(*r) for r in rows]


def canonical_rating(db: Database, rating: str) -> str:
    if not isinstance(rating, str):
        raise StoreError("a rating is a label on the rating scale, or None to clear it")
    row = db.execute("SELECT label FROM rating_scale WHERE label = ? COLLATE NOCASE", [rating.strip()]).fetchone()
    if row is None:
        labels = ", ".join(level.label for level in rating_scale(db))
        raise StoreError(f"{rating!r} is not on this database's rating scale ({labels})")
    return row[0]


def get(db: Database, claim_id: int) -> Verdict:
    _require_claim(db, claim_id)
    row = db.execute("SELECT status, rating, updated_at, updated_by FROM verdicts WHERE claim_id = ?",
                     [claim_id]).fetchone()
    status, rating, updated_at, updated_by = row or (DEFAULT_STATUS, None, None, None)
    notes = tuple(Note(*r) for r in db.execute(
        "SELECT id, claim_id, text, created_at, author FROM notes WHERE claim_id = ? ORDER BY id", [claim_id]))
    links = tuple(EvidenceLink(*r) for r in db.execute(
        "SELECT id, claim_id, url, retrieved_at, note, created_at, author FROM evidence_links "
        "WHERE claim_id = ? ORDER BY id", [claim_id]))
    return Verdict(claim_id, status, rating, updated_at, updated_by, notes, links, tuple(get_tags(db, claim_id)))


def _set_verdict_field(db: Database, claim_id: int, column: str, value: Any, who: str | None) -> Any:
    _require_claim(db, claim_id)
    row = db.execute(f"SELECT {column} FROM verdicts WHERE claim_id = ?", [claim_id]).fetchone()
    old = row[0] if row else (DEFAULT_STATUS if column == "status" else None)
    db.execute(
        "INSERT INTO verdicts (claim_id, status, rating, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
        f"ON CONFLICT (claim_id) DO UPDATE SET {column} = excluded.{column}, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        [claim_id, value if column == "status" else DEFAULT_STATUS, value if column == "rating" else None,
         now(), who],
    )
    return old


def set_status(db: Database, claim_id: int, new: Any, who: str | None = None) -> Any:
    return _set_verdict_field(db, claim_id, "status", canonical_status(new), who)


def set_rating(db: Database, claim_id: int, new: Any, who: str | None = None) -> Any:
    return _set_verdict_field(db, claim_id, "rating", None if new is None else canonical_rating(db, new), who)


# Notes and evidence: the value is the whole row as a dict (None = absent), so undoing
# a deletion puts back the same row with the same id.

def set_note(db: Database, claim_id: int, new: dict | None, old: dict | None) -> dict | None:
    note_id = (new or old or {}).get("id")
    row = None
    if note_id is not None:
        row = db.execute("SELECT id, text, created_at, author FROM notes WHERE id = ? AND claim_id = ?",
                         [note_id, claim_id]).fetchone()
    previous = dict(zip(("id", "text", "created_at", "author"), row, strict=True)) if row else None
    if new is None:
        if row is not None:
            db.execute("DELETE FROM notes WHERE id = ?", [note_id])
    elif row is None:
        db.execute("INSERT INTO notes (id, claim_id, text, created_at, author) VALUES (?, ?, ?, ?, ?)",
                   [note_id, claim_id, new["text"], new.get("created_at") or now(), new.get("author")])
    else:
        db.execute("UPDATE notes SET text = ? WHERE id = ?", [new["text"], note_id])
    return previous


_LINK_FIELDS = ("id", "url", "retrieved_at", "note", "created_at", "author")


def set_evidence(db: Database, claim_id: int, new: dict | None, old: dict | None) -> dict | None:
    link_id = (new or old or {}).get("id")
    row = None
    if link_id is not None:
        row = db.execute(f"SELECT {', '.join(_LINK_FIELDS)} FROM evidence_links WHERE id = ? AND claim_id = ?",
                         [link_id, claim_id]).fetchone()
    previous = dict(zip(_LINK_FIELDS, row, strict=True)) if row else None
    if new is None:
        if row is not None:
            db.execute("DELETE FROM evidence_links WHERE id = ?", [link_id])
    elif row is None:
        db.execute(
            "INSERT INTO evidence_links (id, claim_id, url, retrieved_at, note, created_at, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [link_id, claim_id, new["url"], new.get("retrieved_at"), new.get("note"),
             new.get("created_at") or now(), new.get("author")],
        )
    else:
        db.execute("UPDATE evidence_links SET url = ?, retrieved_at = ?, note = ? WHERE id = ?",
                   [new["url"], new.get("retrieved_at"), new.get("note"), link_id])
    return previous


def new_id(db: Database, table: str) -> int:
    """The id the next row will get, so the event can name it before it exists."""
    assert table in ("notes", "evidence_links")
    return db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]


def get_tags(db: Database, claim_id: int) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = ? ORDER BY t.name",
        [claim_id])]


def set_tags(db: Database, claim_id: int, new: list[str] | None, _old: Any) -> list[str]:
    _require_claim(db, claim_id)
    previous = get_tags(db, claim_id)
    db.execute("DELETE FROM claim_tags WHERE claim_id = ?", [claim_id])
    for name in new or []:
        db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [name])
        tag_id = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()[0]
        db.execute("INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)", [claim_id, tag_id])
    return previous


def clean_tag(tag: str) -> str:
    name = " ".join(tag.split())
    if not name:
        raise StoreError("a tag needs some text")
    return name


def set_scale(db: Database, _entity_id: Any, new: list | None, _old: Any) -> list:
    """Replace the rating scale; `new` is [[label, value], ...] from best to worst."""
    previous = [[level.label, level.value] for level in rating_scale(db)]
    levels = [(str(label).strip(), value) for label, value in (new or [])]
    labels = [label for label, _ in levels]
    if not levels or any(not label for label in labels):
        raise StoreError("a rating scale needs at least one label, and no empty ones")
    if len({label.casefold() for label in labels}) != len(labels):
        raise StoreError("a rating scale cannot have the same label twice")
    in_use = [r[0] for r in db.execute("SELECT DISTINCT rating FROM verdicts WHERE rating IS NOT NULL")]
    missing = sorted(label for label in in_use if label not in labels)
    if missing:
        raise StoreError(f"these ratings are given to claims and must stay on the scale: {', '.join(missing)}")
    # positions are unique: park the old ones out of the way before renumbering
    db.execute("UPDATE rating_scale SET position = -position - 1000000")
    marks = ", ".join("?" for _ in labels)
    db.execute(f"DELETE FROM rating_scale WHERE label NOT IN ({marks})", labels)
    for position, (label, value) in enumerate(levels, 1):
        db.execute(
            "INSERT INTO rating_scale (label, position, value) VALUES (?, ?, ?) "
            "ON CONFLICT (label) DO UPDATE SET position = excluded.position, value = excluded.value",
            [label, position, value],
        )
    return previous
