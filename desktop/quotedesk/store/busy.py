"""Sharing the database with another Quotedesk: a second window, a command-line import.

SQLite lets one connection write at a time. The busy timeout set when the database opens
makes a second writer wait for the first, but only where SQLite consults it: a deferred
transaction that has read and then wants to write gets SQLITE_BUSY at once in WAL mode
when another connection committed meanwhile, since waiting could not make its snapshot
current. So every write transaction here starts with BEGIN IMMEDIATE, taking the write
lock before it reads anything; nothing inside it can then be refused. What is left to
fail is the wait itself, when the other instance holds the lock for longer than the
timeout (a big import batch): that wait is tried again a few times, and if the lock is
still held the person gets a `DatabaseBusy` saying so, never SQLite's own words.
"""

from __future__ import annotations

import contextlib
import random
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from quotedesk.store.errors import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")

_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class DatabaseBusy(StoreError):
    """Another program kept the database locked for longer than we were willing to wait."""


@dataclass(frozen=True, slots=True)
class Retry:
    """How often to wait for the write lock once SQLite's own busy timeout has run out.

    Each attempt already waits the connection's busy timeout (5 s) inside SQLite; the
    pause between attempts is short and jittered so two instances retrying do not meet again."""

    attempts: int = 3
    pause_s: float = 0.05
    sleep: Callable[[float], None] = time.sleep

    def pause(self, attempt: int) -> float:
        return self.pause_s * (2 ** attempt) * random.uniform(0.5, 1.5)


DEFAULT_RETRY = Retry()


def is_busy(ex: BaseException) -> bool:
    """Whether `ex` is SQLite saying another connection holds a lock (and nothing worse)."""
    if not isinstance(ex, sqlite3.OperationalError):
        return False
    code = getattr(ex, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY_CODES  # extended codes (BUSY_SNAPSHOT, ...) keep the primary in the low byte
    message = str(ex).casefold()
    return "database is locked" in message or "database is busy" in message


def retry_busy(fn: Callable[[], T], retry: Retry | None = None) -> T:
    """`fn()`, run again after a pause while SQLite says the database is locked."""
    retry = retry or DEFAULT_RETRY  # read at the call, so a test can make the waits short
    last: sqlite3.OperationalError | None = None
    for attempt in range(max(1, retry.attempts)):
        if attempt:
            retry.sleep(retry.pause(attempt - 1))
        try:
            return fn()
        except sqlite3.OperationalError as ex:
            if not is_busy(ex):
                raise
            last = ex
    raise DatabaseBusy(
        "cannot write to the database: another Quotedesk window or import is using it "
        f"and has not let go after {retry.attempts} tries; try again in a moment") from last


@contextlib.contextmanager
def write_transaction(db: Database, retry: Retry | None = None) -> Iterator[None]:
    """One atomic write holding the write lock from its first statement. Inside another
    transaction it is a savepoint of that one, which already holds whatever lock it needs."""
    conn = db.conn
    if conn.in_transaction:
        savepoint = f"quotedesk_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            # an error that ended the whole transaction leaves no savepoint to go back to
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    retry_busy(lambda: conn.execute("BEGIN IMMEDIATE"), retry)
    try:
        yield
        # In WAL mode a COMMIT holding the write lock is not refused; in rollback-journal
        # mode (a file system without shared memory) it may wait for readers, and SQLite
        # keeps the transaction open for a second try.
        retry_busy(lambda: conn.execute("COMMIT"), retry)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def read_transaction(db: Database) -> Iterator[None]:
    """Several reads that see one state of the database (an export's count and its rows)
    without taking the write lock, so the other instance goes on writing meanwhile.
    Inside another transaction it adds nothing: that one already sees one state."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if conn.in_transaction:
        conn.execute("COMMIT")  # after reads only, this just lets go of the snapshot
