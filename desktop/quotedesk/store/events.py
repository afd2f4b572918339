"""The history: every change a person makes, appended and never rewritten.

An event says who changed which field of which entity, from what to what. One action
of a person (a verdict with both status and rating, a speaker merge that moves a whole
group) may write several events; they share an `action_id`, the id of the first, so an
undo reverses the action as a whole. Undo itself is an action whose events point at
the events they reverse (`undoes_event_id`); nothing is updated or deleted, and triggers
in the schema refuse to let anything try.

Values are stored as JSON text, SQL NULL standing for "none".
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from quotedesk.store.errors import NotFound, StoreError
from quotedesk.store.records import Event
from quotedesk.store.schema import USER_NAME_KEY
from quotedesk.store.text import now

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

# apply(entity_id, new_value, expected_old_value) -> the value it actually replaced
Applier = Callable[[Any, Any, Any], Any]

_COLUMNS = "id, at, who, action, entity, entity_id, field, from_value, to_value, action_id, undoes_event_id"


def configured_name(db: Database) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [USER_NAME_KEY]).fetchone()
    return row[0] if row and row[0] else None


def current_user(db: Database) -> str:
    """The configured name, else the name the operating system knows the user by."""
    name = configured_name(db)
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def _encode(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _event(row: tuple) -> Event:
    return Event(
        id=row[0], at=row[1], who=row[2], action=row[3], entity=row[4], entity_id=row[5], field=row[6],
        from_value=_decode(row[7]), to_value=_decode(row[8]), action_id=row[9], undoes_event_id=row[10],
    )


class Action:
    """The events of one change by a person; use inside a transaction."""

    def __init__(self, db: Database, name: str, who: str) -> None:
        self.db = db
        self.name = name
        self.who = who
        self.action_id: int | None = None
        self.event_ids: list[int] = []

    def record(self, entity: str, entity_id: Any, field: str, old: Any, new: Any,
               *, undoes: int | None = None) -> int | None:
        """Append one event; a change to the same value is no change and leaves no trace."""
        if old == new and undoes is None:
            return None
        # The first event's id names the action; taking max+1 inside the write
        # transaction is safe because every write transaction begins IMMEDIATE (store.busy):
        # a concurrent writer waits for this one to commit rather than interleave.
        event_id = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM events").fetchone()[0]
        if self.action_id is None:
            self.action_id = event_id
        self.db.execute(
            "INSERT INTO events (id, at, who, action, entity, entity_id, field, from_value, to_value, "
            "action_id, undoes_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [event_id, now(), self.who, self.name, entity, entity_id, field, _encode(old), _encode(new),
             self.action_id, undoes],
        )
        self.event_ids.append(event_id)
        return event_id


def get_events(db: Database, ids: list[int]) -> list[Event]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(f"SELECT {_COLUMNS} FROM events WHERE id IN ({marks}) ORDER BY id", ids).fetchall()
    return [_event(r) for r in rows]


def history(db: Database, entity: str, entity_id: Any, *, related: dict[str, list[int]] | None = None) -> list[Event]:
    """Events about one entity, oldest first; `related` adds other entities' events
    (a claim's history includes the corrections made on its quotes)."""
    clauses = ["(entity = ? AND entity_id = ?)"]
    params: list[Any] = [entity, entity_id]
    for other, ids in (related or {}).items():
        if ids:
            clauses.append(f"(entity = ? AND entity_id IN ({', '.join('?' for _ in ids)}))")
            params += [other, *ids]
    sql = f"SELECT {_COLUMNS} FROM events WHERE {' OR '.join(clauses)} ORDER BY id"
    return [_event(r) for r in db.execute(sql, params).fetchall()]


def recent(db: Database, limit: int = 50) -> list[Event]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM events ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    return [_event(r) for r in rows]


def _last_undoable_action(db: Database) -> int:
    row = db.execute(
        "SELECT e.action_id FROM events e WHERE e.undoes_event_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes_event_id = e.id) "
        "ORDER BY e.id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise StoreError("nothing to undo")
    return row[0]


def undo(db: Database, appliers: dict[tuple[str, str], Applier], who: str, event_id: int | None = None) -> list[int]:
    """Reverse the action holding `event_id` (default: the latest not yet undone).

    Each reversed event gets a new event from its current value back to its old one;
    the "from" is what the field holds now, so undoing an older action after later
    changes records truthfully what it replaced.
    """
    if event_id is None:
        action_id = _last_undoable_action(db)
    else:
        row = db.execute("SELECT action_id FROM events WHERE id = ?", [event_id]).fetchone()
        if row is None:
            raise NotFound(f"there is no event {event_id}")
        action_id = row[0]
    rows = db.execute(f"SELECT {_COLUMNS} FROM events WHERE action_id = ? ORDER BY id DESC", [action_id]).fetchall()
    targets = [_event(r) for r in rows]
    done = db.execute(
        f"SELECT COUNT(*) FROM events WHERE undoes_event_id IN ({', '.join('?' for _ in targets)})",
        [t.id for t in targets],
    ).fetchone()[0]
    if done:
        raise StoreError(f"action {action_id} ({targets[0].action}) has already been undone")
    action = Action(db, "undo", who)
    for ev in targets:
        applier = appliers.get((ev.entity, ev.field))
        if applier is None:
            raise StoreError(f"cannot undo a change of {ev.entity}.{ev.field}")
        replaced = applier(ev.entity_id, ev.from_value, ev.to_value)
        action.record(ev.entity, ev.entity_id, ev.field, replaced, ev.from_value, undoes=ev.id)
    return action.event_ids
