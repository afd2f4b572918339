"""One of the two Quotedesk instances test_two_instances runs on one database at once.

It imports articles (import_text and import_paths), sets statuses and ratings, adds
notes, all on any claim (its twin's too), and reads listings, for a given number of
seconds, through the public API only. It does not set a user name (that setting is
shared by everyone on the file): its events carry the login name the test gives it in
$LOGNAME, so it can find the events each of its calls wrote, and nobody else's.

Every call that returned is journaled with what was asked, what it returned, and the
highest event id just before and just after it; the test holds the database to that.
An exception from the store is journaled as an error and the worker goes on: the test
wants none, and a "database is locked" above all.

Usage: twin_worker.py DB JOURNAL WORKDIR NAME SEED SECONDS
Prints "ready" once warmed up, then waits for a line on stdin before starting the clock.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from pathlib import Path

from quotedesk.attribution import extract
from quotedesk.export import ExportFilters
from quotedesk.ingest import document_from_text
from quotedesk.library import import_paths, import_text
from quotedesk.store import STATUSES, Store

NAMES = ["Maria Lopez", "Tom Becker", "Aisha Rahman", "Peter Holm", "Grace Okafor", "Dewi Lestari"]
OUTLETS = ["Harbour Times", "Port Gazette", "Coastal Daily"]
CLAIM_POOL = 40  # claims picked from: enough that both workers often pick the same one


def article_text(name: str, n: int, rng: random.Random) -> str:
    """A short news article with two quotes; the second is new each time, the first
    comes from a small set, so some quotes are new appearances of claims already stored."""
    speaker, other = rng.sample(NAMES, 2)
    return (
        f"Port contracts under review ({name} {n})\n\n"
        f"The port authority said on Monday it would look again at its leases.\n\n"
        f'"We will review {rng.randint(1, 12)} contracts before June," said {speaker}, a port official.\n\n'
        f'"Nobody told us about article {n} of the {name} file," said {other}, who leads the dockers\' union.\n'
    )


class Worker:
    def __init__(self, db: Path, journal: Path, workdir: Path, name: str, seed: int) -> None:
        self.name = name
        self.rng = random.Random(f"{seed}-{name}")
        self.workdir = workdir
        self.journal = journal.open("a", encoding="utf-8")
        self.store = Store.open(db)
        self.ratings = [level.label for level in self.store.rating_scale()]
        self.last_own_event = 0
        self.counter = 0

    def write(self, **record: object) -> None:
        self.journal.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.journal.flush()

    def _max_event(self) -> int:
        return self.store.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]

    def _own_events(self) -> list[dict]:
        """The events this worker's last call wrote: its own name, newer than its last."""
        rows = self.store.db.execute(
            "SELECT id, entity, entity_id, field, to_value FROM events WHERE who = ? AND id > ? ORDER BY id",
            [self.name, self.last_own_event]).fetchall()
        if rows:
            self.last_own_event = rows[-1][0]
        return [{"id": r[0], "entity": r[1], "entity_id": r[2], "field": r[3],
                 "to": None if r[4] is None else json.loads(r[4])} for r in rows]

    # --- operations -------------------------------------------------------------------

    def _claim(self) -> int | None:
        claims = self.store.claims(limit=CLAIM_POOL, order="appearances")
        return self.rng.choice(claims).id if claims else None

    def import_one(self) -> None:
        self.counter += 1
        text = article_text(self.name, self.counter, self.rng)
        if self.rng.random() < 0.5:
            summary = import_text(self.store, text, title="", outlet=self.rng.choice(OUTLETS))
            how = "import_text"
        else:
            folder = self.workdir / self.name / f"batch-{self.counter}"
            folder.mkdir(parents=True)
            (folder / "article.txt").write_text(text, encoding="utf-8")
            summary = import_paths(self.store, [folder])
            how = "import_paths"
        if summary.failed:
            raise RuntimeError(f"{how} failed: {summary.failed}")
        self.write(op="import", how=how, hash=document_from_text(text, source="x").content_hash,
                   results=[{"article_id": r.article_id, "status": r.status, "quotes": r.quotes}
                            for r in summary.results])

    def set_field(self, field: str) -> None:
        claim_id = self._claim()
        if claim_id is None:
            return self.import_one()
        value = self.rng.choice(STATUSES) if field == "status" else self.rng.choice([*self.ratings, None])
        before = self._max_event()
        self.store.set_verdict(claim_id, **{field: value})
        after = self._max_event()
        self.write(op="set", claim=claim_id, field=field, value=value, before=before, after=after,
                   events=self._own_events())
        return None

    def add_note(self) -> None:
        claim_id = self._claim()
        if claim_id is None:
            return self.import_one()
        self.counter += 1
        text = f"{self.name} checked this against the register, pass {self.counter}."
        note_id = self.store.add_note(claim_id, text)
        self.write(op="note", claim=claim_id, note=note_id, text=text, events=self._own_events())
        return None

    def read(self) -> None:
        """What a window shows: the library, a claim listing, the claim log and a history."""
        library = self.store.library(limit=50, status=self.rng.choice(["", *STATUSES]))
        claims = self.store.claims(limit=100, status=self.rng.choice(STATUSES))
        log = self.store.claim_log_rows(ExportFilters(), "changed_at", True, limit=50)
        count = self.store.claim_log_count(ExportFilters())
        if claims:
            self.store.history("claim", claims[0].id)
        self.write(op="read", library=len(library), claims=len(claims), log=len(log), count=count)

    def step(self) -> None:
        choice = self.rng.random()
        if choice < 0.15:
            self.import_one()
        elif choice < 0.45:
            self.set_field("status")
        elif choice < 0.7:
            self.set_field("rating")
        elif choice < 0.8:
            self.add_note()
        else:
            self.read()


def main(argv: list[str]) -> int:
    db, journal, workdir, name, seed, seconds = (Path(argv[0]), Path(argv[1]), Path(argv[2]), argv[3],
                                                 int(argv[4]), float(argv[5]))
    worker = Worker(db, journal, workdir, name, seed)
    extract('Warm-up. "The engine loads its lexicons now," said Ann Lee.', "en")
    print("ready", flush=True)
    sys.stdin.readline()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            worker.step()
        except Exception as ex:  # journaled for the test to report; the run goes on
            worker.write(op="error", type=type(ex).__name__, message=str(ex),
                         trace=traceback.format_exc(limit=6))
    worker.write(op="finished")
    worker.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
