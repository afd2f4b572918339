"""Speakers and agencies: names to ids, aliases, merges and "not the same person".

A name the engine reports is looked up among all aliases (the canonical name is an
alias too) after normalisation, so "Dmitry Peskov" in one article and "DMITRY PESKOV"
in another are one speaker. A quote keeps the speaker whose alias matched; a merge
only points a speaker at another (`merged_into`), so unmerging restores exactly what
was there. Merges are kept one level deep: the speaker merged into is always a root,
and merging a group moves all its members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotedesk.store.errors import NotFound, StoreError
from quotedesk.store.events import Action
from quotedesk.store.records import Speaker
from quotedesk.store.text import normalize, now

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

# Speakers known by name across articles; an anonymous source ("a source close to
# the talks") is a description, and two of them are not the same person.
NAMED_KINDS = frozenset({"person", "organization", "unknown"})


class Speakers:
    """Name resolution with a cache of positive answers only: a miss always asks the
    database, so another process's new speakers are found, and the cache is dropped
    whenever a transaction fails (`clear`)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._by_alias: dict[str, int] = {}
        self._root: dict[int, int] = {}

    def clear(self) -> None:
        self._by_alias.clear()
        self._root.clear()

    def resolve(self, name: str | None, kind: str = "person") -> int | None:
        """The id of the speaker known by `name`, created if new; None for no name."""
        if not name or kind not in NAMED_KINDS:
            return None
        key = normalize(name)
        if not key:
            return None
        found = self._by_alias.get(key)
        if found is not None:
            return found
        row = self.db.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ?", [key]).fetchone()
        if row is None:
            cur = self.db.execute(
                "INSERT INTO speakers (name, kind, created_at) VALUES (?, ?, ?)",
                [name.strip(), "person" if kind == "unknown" else kind, now()],
            )
            speaker_id = cur.lastrowid
            self.db.execute(
                "INSERT INTO speaker_aliases (speaker_id, alias, normalized) VALUES (?, ?, ?)",
                [speaker_id, name.strip(), key],
            )
        else:
            speaker_id = row[0]
        self._by_alias[key] = speaker_id
        return speaker_id

    def find(self, name: str) -> list[int]:
        """Speakers a person means by `name`: an exact alias, else aliases containing it."""
        key = normalize(name)
        if not key:
            return []
        rows = self.db.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ?", [key]).fetchall()
        if not rows:
            escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self.db.execute(
                "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE normalized LIKE ? ESCAPE '\\'",
                [f"%{escaped}%"],
            ).fetchall()
        return sorted({r[0] for r in rows})

    def root(self, speaker_id: int) -> int:
        cached = self._root.get(speaker_id)
        if cached is not None:
            return cached
        row = self.db.execute("SELECT merged_into FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        if row is None:
            raise NotFound(f"there is no speaker {speaker_id}")
        root = row[0] if row[0] is not None else speaker_id
        self._root[speaker_id] = root
        return root

    def group(self, speaker_id: int) -> tuple[int, ...]:
        """Every speaker merged with this one, the root first."""
        root = self.root(speaker_id)
        members = [r[0] for r in self.db.execute("SELECT id FROM speakers WHERE merged_into = ? ORDER BY id", [root])]
        return (root, *members)

    def expand(self, speaker_ids: list[int]) -> tuple[int, ...]:
        out: set[int] = set()
        for sid in speaker_ids:
            out.update(self.group(sid))
        return tuple(sorted(out))

    def get(self, speaker_id: int) -> Speaker:
        row = self.db.execute(
            "SELECT id, name, kind, merged_into, wikidata_id FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        if row is None:
            raise NotFound(f"there is no speaker {speaker_id}")
        aliases = tuple(r[0] for r in self.db.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY id", [speaker_id]))
        return Speaker(id=row[0], name=row[1], kind=row[2], merged_into=row[3], wikidata_id=row[4], aliases=aliases)

    def display_name(self, speaker_id: int) -> str:
        return self.get(self.root(speaker_id)).name

    # --- changes by a person: each writes events through `action` -----------------

    def _distinct_between(self, a: tuple[int, ...], b: tuple[int, ...]) -> bool:
        pairs = [(min(x, y), max(x, y)) for x in a for y in b]
        return any(self.db.execute(
            "SELECT 1 FROM distinct_speakers WHERE speaker_id = ? AND other_speaker_id = ?", list(p)).fetchone()
            for p in pairs)

    def merge(self, keep_id: int, other_id: int, action: Action) -> None:
        keep_root, other_root = self.root(keep_id), self.root(other_id)
        if keep_root == other_root:
            raise StoreError("these speakers are already merged")
        keep_group, other_group = self.group(keep_root), self.group(other_root)
        if self._distinct_between(keep_group, other_group):
            raise StoreError("these speakers are marked as not the same person; unmark them first")
        for member in other_group:
            old = self.set_merged_into(member, keep_root, None)
            action.record("speaker", member, "merged_into", old, keep_root)

    def unmerge(self, speaker_id: int, action: Action) -> None:
        current = self.get(speaker_id).merged_into
        if current is None:
            raise StoreError(f"speaker {speaker_id} is not merged into another")
        self.set_merged_into(speaker_id, None, current)
        action.record("speaker", speaker_id, "merged_into", current, None)

    def mark_distinct(self, a: int, b: int, action: Action) -> None:
        if self.root(a) == self.root(b):
            raise StoreError("these speakers are merged; unmerge them before marking them as different people")
        low, high = min(a, b), max(a, b)
        old = self.set_distinct(low, high, None)
        action.record("speaker", low, "distinct_from", old, high)

    def add_alias(self, speaker_id: int, alias: str, action: Action) -> None:
        key = normalize(alias)
        if not key:
            raise StoreError("an alias needs at least one letter or digit")
        self.get(speaker_id)
        row = self.db.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ?", [key]).fetchone()
        if row is not None:
            if row[0] == speaker_id:
                return
            raise StoreError(f"{alias!r} is already an alias of {self.get(row[0]).name!r}")
        self.set_alias(speaker_id, alias.strip(), None)
        action.record("speaker", speaker_id, "alias", None, alias.strip())

    # --- appliers: set one field, return what it held (used by undo too) -----------

    def set_merged_into(self, speaker_id: int, new: Any, _old: Any) -> Any:
        old = self.get(speaker_id).merged_into
        self.db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", [new, speaker_id])
        self._root.clear()
        return old

    def set_distinct(self, speaker_id: int, new: Any, old: Any) -> Any:
        if new is None:
            if old is not None:
                self.db.execute("DELETE FROM distinct_speakers WHERE speaker_id = ? AND other_speaker_id = ?",
                                [speaker_id, old])
            return old
        exists = self.db.execute("SELECT 1 FROM distinct_speakers WHERE speaker_id = ? AND other_speaker_id = ?",
                                 [speaker_id, new]).fetchone()
        if exists:
            return new
        self.db.execute("INSERT INTO distinct_speakers (speaker_id, other_speaker_id, created_at) VALUES (?, ?, ?)",
                        [speaker_id, new, now()])
        return None

    def set_alias(self, speaker_id: int, new: Any, old: Any) -> Any:
        if new is None:
            if old is not None:
                self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND normalized = ?",
                                [speaker_id, normalize(old)])
                self._by_alias.pop(normalize(old), None)
            return old
        self.db.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, normalized) VALUES (?, ?, ?)",
                        [speaker_id, new, normalize(new)])
        return None


class Agencies:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._by_name: dict[str, int] = {}

    def clear(self) -> None:
        self._by_name.clear()

    def resolve(self, name: str | None) -> int | None:
        if not name:
            return None
        key = normalize(name)
        if not key:
            return None
        found = self._by_name.get(key)
        if found is None:
            row = self.db.execute("SELECT id FROM agencies WHERE normalized = ?", [key]).fetchone()
            if row is None:
                found = self.db.execute("INSERT INTO agencies (name, normalized) VALUES (?, ?)",
                                        [name.strip(), key]).lastrowid
            else:
                found = row[0]
            self._by_name[key] = found
        return found

    def find(self, name: str) -> list[int]:
        key = normalize(name)
        rows = self.db.execute("SELECT id FROM agencies WHERE normalized = ?", [key]).fetchall()
        return [r[0] for r in rows]
