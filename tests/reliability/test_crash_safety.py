"""Crash safety: a worker importing articles and setting verdicts is killed with SIGKILL
at random moments and restarted on the same database, again and again. Afterwards the
database must be intact, every call the worker saw return must be in it (with its
event), and no article may be visible half imported.

The worker (crash_worker.py) journals, fsync'd, what it is about to do and what each
call returned; the checks here hold the database to that journal, and hold every
stored article to what the engine finds in its text. Set QUOTEDESK_CRASH_SEED to
replay a run; the seed is printed with the figures.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from quotedesk.attribution import extract

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WORKER = Path(__file__).with_name("crash_worker.py")
REPO_ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 120.0  # hang guard: a loaded machine starts the worker slowly
KILL_AFTER_S = (0.05, 1.2)  # after the worker says it is working
FTS_TABLES = ("quotes_fts", "claims_fts", "notes_fts", "revisions_fts")
DEFAULT_STATUS = "unreviewed"


@dataclass
class Figures:
    kills: int = 0
    kills_in_flight: Counter = field(default_factory=Counter)
    verdicts: int = 0
    verdict_events: int = 0
    notes: int = 0
    tags: int = 0
    imports: int = 0
    articles: int = 0
    revised: int = 0
    quotes: int = 0
    claims: int = 0

    def line(self) -> str:
        inside = sum(self.kills_in_flight.values())
        return (f"{self.kills} kills survived ({inside} with a call in flight: "
                f"{dict(sorted(self.kills_in_flight.items()))}); {self.verdicts} verdicts journaled and "
                f"verified with {self.verdict_events} events, {self.notes} notes, {self.tags} tags; "
                f"{self.articles} articles verified ({self.revised} revised, {self.imports} journaled imports), "
                f"{self.quotes} current quotes, {self.claims} claims; 0 lost")


# --- running and killing ------------------------------------------------------------------

def _kill_mid_work(tmp: Path, db: Path, run: int, seed: int, kill_after: float) -> Path:
    """Start a worker on `db`, wait until it is working, let it work `kill_after`
    seconds, SIGKILL it; return its journal."""
    journal = tmp / f"journal-{run:02d}.jsonl"
    stderr_path = tmp / f"worker-{run:02d}.err"
    env = {**os.environ, "QUOTEDESK_DB": str(db)}
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen([sys.executable, str(WORKER), str(journal), str(tmp / "files"), str(run), str(seed)],
                                cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], READY_TIMEOUT_S)
        line = proc.stdout.readline() if ready else b""
        assert line.strip() == b"ready", (f"run {run}: the worker did not start: "
                                           f"{stderr_path.read_text(errors='replace')[-3000:]}")
        time.sleep(kill_after)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=60)
        proc.stdout.close()
    # any other ending means the worker failed or finished on its own: the kill did not land mid-work
    assert proc.returncode == -signal.SIGKILL, (f"run {run}: exit {proc.returncode}: "
                                                f"{stderr_path.read_text(errors='replace')[-3000:]}")
    return journal


def _read_journal(path: Path) -> list[dict]:
    """The records, in order; only the last line may be torn (the kill came mid-write)."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    records = []
    for n, line in enumerate(lines):
        if not line:
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            assert n == len(lines) - 1, f"{path.name}: line {n + 1} is torn but is not the last"
    assert records and records[0]["event"] == "ready", f"{path.name} does not start with the worker ready"
    return records


# --- checking ------------------------------------------------------------------------------

def _check_file(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in FTS_TABLES:
        # with rank 1, FTS5 also compares the index with the content table it indexes
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def _check_articles(conn: sqlite3.Connection, figures: Figures) -> None:
    """Every article is whole: a current revision of its own, and exactly the quotes the
    engine finds in that revision's text, all of them current and of that revision."""
    articles = conn.execute("SELECT id, current_revision_id, lang FROM articles ORDER BY id").fetchall()
    assert articles, "the worker stored no article at all"
    for article_id, revision_id, lang in articles:
        assert revision_id is not None, f"article {article_id} has no current revision"
        row = conn.execute("SELECT article_id, text FROM revisions WHERE id = ?", [revision_id]).fetchone()
        assert row is not None and row[0] == article_id, f"article {article_id}: revision {revision_id} is not its"
        expected = [(q.start, q.end, q.text, q.speaker) for q in extract(row[1], lang).quotes]
        stored = conn.execute(
            "SELECT start_offset, end_offset, text, extracted_speaker, revision_id FROM quotes "
            "WHERE article_id = ? AND is_current = 1 ORDER BY position", [article_id]).fetchall()
        assert {r[4] for r in stored} <= {revision_id}, f"article {article_id} shows quotes of an old revision"
        assert [tuple(r[:4]) for r in stored] == expected, f"article {article_id}: its quotes are not all there"
        figures.quotes += len(stored)
    figures.articles = len(articles)
    figures.revised = conn.execute("SELECT COUNT(*) FROM articles WHERE (SELECT COUNT(*) FROM revisions r "
                                   "WHERE r.article_id = articles.id) > 1").fetchone()[0]
    assert conn.execute("SELECT a.id FROM articles a WHERE current_revision_id != (SELECT r.id FROM revisions r "
                        "WHERE r.article_id = a.id ORDER BY number DESC LIMIT 1)").fetchall() == [], \
        "an article's newest revision is not its current one"
    assert conn.execute("SELECT q.id FROM quotes q JOIN revisions r ON r.id = q.revision_id "
                        "WHERE r.article_id != q.article_id").fetchall() == [], "a quote points at another article"
    # a claim is only ever created with its first quote, in one transaction
    assert conn.execute("SELECT id FROM claims c WHERE NOT EXISTS "
                        "(SELECT 1 FROM quotes q WHERE q.claim_id = c.id)").fetchall() == []
    assert conn.execute("SELECT id FROM claims c WHERE appearances != "
                        "(SELECT COUNT(*) FROM quotes q WHERE q.claim_id = c.id AND q.is_current = 1)").fetchall() == []
    figures.claims = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]


class JournalCheck:
    """Holds the database to the journals: what a call reported after it returned is
    there; what the next run read before writing agrees with what the last one wrote."""

    def __init__(self, conn: sqlite3.Connection, figures: Figures) -> None:
        self.conn = conn
        self.figures = figures
        self.verdict: dict[int, set[tuple[str, str | None]]] = {}  # claim -> values it may hold now

    def run(self, records: list[dict]) -> None:
        for record in records:
            if record["event"] == "done":
                getattr(self, f"_{record['op']}")(record)
            elif record["event"] == "begin" and record["op"] == "verdict":
                before = tuple(record["before"])
                allowed = self.verdict.get(record["claim"], {(DEFAULT_STATUS, None)})
                assert before in allowed, f"claim {record['claim']}: the worker read {before}, journaled {allowed}"
        last = records[-1]
        if last["event"] == "begin":  # killed before this call's return was journaled: committed or not
            self.figures.kills_in_flight[last["op"]] += 1
            self._in_flight(last)

    def _in_flight(self, begin: dict) -> None:
        if begin["op"] == "verdict":
            self.verdict[begin["claim"]] = {tuple(begin["before"]), (begin["status"], begin["rating"])}
        elif begin["op"] in ("add_documents", "revise"):
            marks = ", ".join("?" for _ in begin["hashes"])
            found = self.conn.execute(f"SELECT COUNT(*) FROM revisions WHERE content_hash IN ({marks})",
                                      begin["hashes"]).fetchone()[0]
            assert found in (0, len(begin["hashes"])), f"a killed batch is half stored: {found} of {begin['hashes']}"

    def _imported(self, record: dict) -> None:
        for result in record["results"]:
            assert result["status"] == ("revised" if record["op"] == "revise" else "imported"), result
            row = self.conn.execute("SELECT article_id, content_hash FROM revisions WHERE id = ?",
                                    [result["revision_id"]]).fetchone()
            assert row is not None, f"journaled revision {result['revision_id']} is gone"
            assert row[0] == result["article_id"] and result["hash"] in (None, row[1]), \
                f"journaled revision {result['revision_id']} is not the one stored: {row}"
            current = self.conn.execute("SELECT current_revision_id FROM articles WHERE id = ?",
                                        [result["article_id"]]).fetchone()[0]
            if current == result["revision_id"]:
                count = self.conn.execute("SELECT COUNT(*) FROM quotes WHERE article_id = ? AND is_current = 1",
                                          [result["article_id"]]).fetchone()[0]
                assert count == result["quotes"], f"article {result['article_id']}: {count} quotes, not {result}"
            self.figures.imports += 1

    _add_documents = _import_paths = _revise = _imported

    def _verdict(self, record: dict) -> None:
        claim = record["claim"]
        self.verdict[claim] = {(record["status"], record["rating"])}
        assert record["events"], f"claim {claim}: a verdict call that changed the status left no event"
        for event_id in record["events"]:
            row = self.conn.execute("SELECT entity, entity_id, field, to_value FROM events WHERE id = ?",
                                    [event_id]).fetchone()
            assert row is not None, f"claim {claim}: event {event_id} is lost"
            entity, entity_id, name, to_value = row
            assert (entity, entity_id) == ("claim", claim) and name in ("status", "rating"), row
            assert (None if to_value is None else json.loads(to_value)) == record[name], row
            self.figures.verdict_events += 1
        self.figures.verdicts += 1

    def _note(self, record: dict) -> None:
        row = self.conn.execute("SELECT claim_id, text FROM notes WHERE id = ?", [record["note"]]).fetchone()
        assert row == (record["claim"], record["text"]), f"note {record['note']} is lost: {row}"
        events = self.conn.execute("SELECT to_value FROM events WHERE entity = 'claim' AND entity_id = ? "
                                   "AND field = 'note'", [record["claim"]]).fetchall()
        assert any(json.loads(v)["id"] == record["note"] for (v,) in events if v), f"note {record['note']}: no event"
        self.figures.notes += 1

    def _tag(self, record: dict) -> None:
        tags = {r[0] for r in self.conn.execute("SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
                                                "WHERE ct.claim_id = ?", [record["claim"]])}
        assert record["tag"] in tags, f"claim {record['claim']}: tag {record['tag']!r} is lost"
        self.figures.tags += 1

    def final_verdicts(self) -> None:
        for claim, allowed in self.verdict.items():
            row = self.conn.execute("SELECT status, rating FROM verdicts WHERE claim_id = ?", [claim]).fetchone()
            assert tuple(row or (DEFAULT_STATUS, None)) in allowed, f"claim {claim}: {row}, journaled {allowed}"
        unasked = {r[0] for r in self.conn.execute("SELECT claim_id FROM verdicts")} - set(self.verdict)
        assert not unasked, f"verdicts no call asked for: {sorted(unasked)}"


def _verify(db: Path, journals: list[Path], figures: Figures) -> Figures:
    conn = sqlite3.connect(db)  # opened after the last kill, as the next session would
    try:
        _check_file(conn)
        check = JournalCheck(conn, figures)
        for journal in journals:
            check.run(_read_journal(journal))
        check.final_verdicts()
        _check_articles(conn, figures)
    finally:
        conn.close()
    return figures


def _survive_kills(tmp_path: Path, kills: int) -> Figures:
    seed = int(os.environ.get("QUOTEDESK_CRASH_SEED") or random.SystemRandom().randrange(10**6))
    rng = random.Random(seed)
    db = tmp_path / "library.db"
    journals = [_kill_mid_work(tmp_path, db, run, seed, rng.uniform(*KILL_AFTER_S))
                for run in range(1, kills + 1)]
    figures = _verify(db, journals, Figures(kills=kills))
    print(f"\ncrash safety (seed {seed}): {figures.line()}")
    assert figures.verdicts > 0 and figures.imports > 0, "the worker did too little work to prove anything"
    return figures


def test_five_kills_lose_nothing(tmp_path: Path) -> None:
    _survive_kills(tmp_path, 5)


@pytest.mark.slow
def test_twenty_kills_lose_nothing(tmp_path: Path) -> None:
    _survive_kills(tmp_path, 20)


# --- the checks themselves: each loss, made by hand in a copy, is caught -----------------------

@pytest.fixture(scope="module")
def killed_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("killed-once")
    db = tmp / "library.db"
    return db, _kill_mid_work(tmp, db, 1, 1, 1.5)


def _done(journal: Path, op: str) -> dict:
    return next(r for r in _read_journal(journal) if r["event"] == "done" and r["op"] == op)


def _reviewed_claim(journal: Path) -> int:
    """A claim the journal says was last given a verdict other than the default."""
    records = _read_journal(journal)
    last = {r["claim"]: (r["status"], r["rating"]) for r in records if r["event"] == "done" and r["op"] == "verdict"}
    last.pop(records[-1].get("claim"), None)  # the call in flight may have reset it
    return next(claim for claim, value in last.items() if value != (DEFAULT_STATUS, None))


LOSSES = {
    "nothing": (lambda conn, journal: None, None),
    "a quote": (lambda conn, journal: conn.execute(
        "DELETE FROM quotes WHERE id = (SELECT MAX(id) FROM quotes WHERE is_current = 1)"), "quotes"),
    "a current revision": (lambda conn, journal: conn.execute(
        "UPDATE articles SET current_revision_id = NULL WHERE id = (SELECT MIN(id) FROM articles)"), "revision"),
    "a verdict": (lambda conn, journal: conn.execute(
        "DELETE FROM verdicts WHERE claim_id = ?", [_reviewed_claim(journal)]), "claim"),
    "an event": (lambda conn, journal: conn.executescript(
        "DROP TRIGGER events_are_append_only_delete; "
        f"DELETE FROM events WHERE id = {_done(journal, 'verdict')['events'][0]:d};"), "event"),
    "a note": (lambda conn, journal: conn.execute(
        "DELETE FROM notes WHERE id = ?", [_done(journal, "note")["note"]]), "note"),
}


@pytest.mark.parametrize("loss", list(LOSSES))
def test_the_checks_catch_each_loss(killed_once: tuple[Path, Path], tmp_path: Path, loss: str) -> None:
    db, journal = killed_once
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    tamper, caught = LOSSES[loss]
    with sqlite3.connect(copy) as conn:
        tamper(conn, journal)
    conn.close()
    if caught is None:
        _verify(copy, [journal], Figures())
    else:
        with pytest.raises(AssertionError, match=caught):
            _verify(copy, [journal], Figures())
