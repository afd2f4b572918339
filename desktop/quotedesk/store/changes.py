"""Whether someone else changed the database: another window, a command-line import, or
this app's own import thread, each on a connection of its own.

`PRAGMA data_version` is cheap (no table is read) and changes, for this connection,
exactly when another connection has committed; this connection's own writes leave it
alone, since whoever made them already refreshed what they touched.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from quotedesk.store.busy import read_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database


class ChangeWatch:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen = self._version()

    def _version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """True when another connection has committed since the last call (or since
        the watch began); each change is reported once."""
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True


class SharedFile:
    """The `Store` methods for a file other programs use at the same time."""

    db: Database
    _changes: ChangeWatch

    def snapshot(self) -> contextlib.AbstractContextManager[None]:
        """Reads that see one state of the database (an export's count and its rows),
        taking no write lock: the other instance goes on writing meanwhile."""
        return read_transaction(self.db)

    def changed_elsewhere(self) -> bool:
        """Whether another connection (a second window, an import) has committed since
        the last call, or since the store opened; cheap enough to ask every few seconds."""
        return self._changes.changed()
