"""Two connections on one file: a write waits for the other's instead of failing halfway,
a lock held too long is a StoreError in words for a person, an export's reads take no
write lock, and a store can tell when someone else has committed."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from quotedesk.store import Store, StoreError, busy
from store_helpers import make_analysis, make_doc

HANG_GUARD_S = 30.0


@pytest.fixture
def claim_id(store: Store) -> int:
    text = 'The mayor said "The new bridge will open in May." Then she left.'
    store.add_document(make_doc(text), make_analysis(text, ("The new bridge will open in May.", "Ann Lee")))
    return store.claims()[0].id


def _status_events(db_path: Path) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT who, from_value, to_value FROM events WHERE field = 'status' ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_write_that_read_first_is_not_refused_when_another_commits_meanwhile(
        store: Store, claim_id: int, db_path: Path) -> None:
    # A deferred transaction that has read cannot take the write lock once another
    # connection has committed: SQLite says "database is locked" at once, whatever the
    # busy timeout. A write transaction holds the lock from its start, so the other waits.
    other_failed: list[BaseException] = []

    def other_instance() -> None:
        try:
            with Store.open(db_path) as other:
                other.set_user_name("Other")
                other.set_verdict(claim_id, status="in progress")
        except BaseException as ex:
            other_failed.append(ex)

    with store.transaction():
        assert store.verdict(claim_id).status == "unreviewed"  # the read comes first
        thread = threading.Thread(target=other_instance)
        thread.start()
        thread.join(0.3)  # gives the other every chance to get in first
        store.set_verdict(claim_id, status="done")
    thread.join(HANG_GUARD_S)
    assert not thread.is_alive() and other_failed == []
    assert _status_events(db_path) == [
        ("Tester", '"unreviewed"', '"done"'), ("Other", '"done"', '"in progress"')]


def _hold_write_lock(db_path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_lock_held_too_long_is_a_store_error_after_a_few_tries(
        store: Store, claim_id: int, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(busy, "DEFAULT_RETRY", busy.Retry(attempts=3, pause_s=0.01, sleep=pauses.append))
    store.db.execute("PRAGMA busy_timeout = 20")  # each try waits 20 ms instead of 5 s
    holder = _hold_write_lock(db_path)
    try:
        with pytest.raises(StoreError) as raised:
            store.set_verdict(claim_id, status="done")
    finally:
        holder.rollback()
        holder.close()
    message = str(raised.value)
    assert isinstance(raised.value, busy.DatabaseBusy)
    assert "another Quotedesk window or import is using it" in message and "3 tries" in message
    assert "database is locked" not in message  # SQLite's words stay behind the cause
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    assert len(pauses) == 2  # a pause between tries, none after the last
    assert not store.db.conn.in_transaction
    assert store.verdict(claim_id).status == "unreviewed" and _status_events(db_path) == []
    store.set_verdict(claim_id, status="done")  # once the lock is free, the same call works
    assert _status_events(db_path) == [("Tester", '"unreviewed"', '"done"')]


def test_a_lock_let_go_between_tries_lets_the_write_through(
        store: Store, claim_id: int, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = _hold_write_lock(db_path)
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # the other instance finishes its write during the pause
        pauses.append(seconds)
        holder.commit()

    monkeypatch.setattr(busy, "DEFAULT_RETRY", busy.Retry(attempts=3, pause_s=0.01, sleep=pause))
    store.db.execute("PRAGMA busy_timeout = 20")
    try:
        assert store.set_verdict(claim_id, status="done").status == "done"
    finally:
        holder.close()
    assert len(pauses) == 1
    assert _status_events(db_path) == [("Tester", '"unreviewed"', '"done"')]


def test_other_errors_are_not_retried_and_roll_back(store: Store, claim_id: int, db_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"), store.transaction():
        store.set_verdict(claim_id, status="done")
        store.db.execute("SELECT * FROM no_such_table")
    assert store.verdict(claim_id).status == "unreviewed" and _status_events(db_path) == []
    assert not busy.is_busy(sqlite3.OperationalError("no such table: x"))
    assert busy.is_busy(sqlite3.OperationalError("database is locked"))


def test_a_snapshot_reads_one_state_without_blocking_the_other_writer(
        store: Store, claim_id: int, db_path: Path) -> None:
    with Store.open(db_path) as other:
        other.db.execute("PRAGMA busy_timeout = 20")  # it would fail, not wait, if the snapshot held the lock
        with store.snapshot():
            assert store.verdict(claim_id).status == "unreviewed"
            other.set_verdict(claim_id, status="done")
            assert store.verdict(claim_id).status == "unreviewed"  # still the state it began with
        assert store.verdict(claim_id).status == "done"


def test_changed_elsewhere_sees_other_connections_commits_once(store: Store, claim_id: int, db_path: Path) -> None:
    assert store.changed_elsewhere() is False
    store.set_verdict(claim_id, status="done")
    assert store.changed_elsewhere() is False  # its own write: whoever made it knows
    with Store.open(db_path) as other:
        assert other.changed_elsewhere() is False
        other.set_verdict(claim_id, rating="False")
        assert store.changed_elsewhere() is True
        assert store.changed_elsewhere() is False  # reported once
        assert other.changed_elsewhere() is False
        store.add_note(claim_id, "seen the register")
        assert other.changed_elsewhere() is True
