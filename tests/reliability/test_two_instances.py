"""Two Quotedesk instances on one database: two processes (twin_worker.py) import
articles, set statuses and ratings and add notes on each other's claims, and read
listings, at the same time for TWIN_SECONDS.

Neither may see a "database is locked" (or any other error) from the store, and nothing
either saw return may be missing: every event a call wrote is in the database, as
journaled, and no event is there that no call wrote; a call that wrote no event set a
value the field really held at the time; each field's events chain (each starts from
the value the previous one left); the verdicts table is the replay of the events; and
every journaled note and article is there.

And a window notices what the other instance did, on activation or by its timer,
without losing what the person was typing.
"""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from quotedesk.store import Store

WORKER = Path(__file__).with_name("twin_worker.py")
REPO_ROOT = Path(__file__).resolve().parents[2]
TWINS = ("twin-a", "twin-b")
TWIN_SECONDS = float(os.environ.get("QUOTEDESK_TWIN_SECONDS", "30"))  # the issue asks for 30 s
READY_TIMEOUT_S = 120.0  # hang guards, not speed limits: a loaded machine starts slowly
FINISH_TIMEOUT_S = TWIN_SECONDS + 120.0
DEFAULTS = {"status": "unreviewed", "rating": None}


def _run_twins(tmp: Path, db: Path) -> dict[str, list[dict]]:
    procs = {}
    for seed, name in enumerate(TWINS):
        # the login name is the events' "who": each twin can tell its own events apart
        env = {**os.environ, "LOGNAME": name, "USER": name}
        with (tmp / f"{name}.err").open("wb") as err:
            procs[name] = subprocess.Popen(
                [sys.executable, str(WORKER), str(db), str(tmp / f"{name}.jsonl"), str(tmp / "files"), name,
                 str(seed), str(TWIN_SECONDS)],
                cwd=REPO_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)
    try:
        for name, proc in procs.items():
            ready, _, _ = select.select([proc.stdout], [], [], READY_TIMEOUT_S)
            line = proc.stdout.readline() if ready else b""
            assert line.strip() == b"ready", f"{name} did not start: {_tail(tmp / f'{name}.err')}"
        for proc in procs.values():  # both start their clocks together
            proc.stdin.write(b"go\n")
            proc.stdin.flush()
        for name, proc in procs.items():
            assert proc.wait(timeout=FINISH_TIMEOUT_S) == 0, f"{name} failed: {_tail(tmp / f'{name}.err')}"
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdin.close()
            proc.stdout.close()
    return {name: [json.loads(line) for line in (tmp / f"{name}.jsonl").read_text("utf-8").splitlines()]
            for name in TWINS}


def _tail(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:]


def _events(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT id, who, entity, entity_id, field, from_value, to_value FROM events "
                           "ORDER BY id").fetchall()
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    decode = lambda v: None if v is None else json.loads(v)  # noqa: E731
    return [(i, who, entity, entity_id, field, decode(old), decode(new))
            for i, who, entity, entity_id, field, old, new in rows]


def _replay(events: list[tuple]) -> dict[tuple[int, str], list[tuple[int, object]]]:
    """(claim, status|rating) -> [(event id, value it set)], oldest first; checks on the
    way that every event starts from the value the one before it left."""
    chains: dict[tuple[int, str], list[tuple[int, object]]] = defaultdict(list)
    for event_id, _who, entity, entity_id, field, old, new in events:
        if entity != "claim" or field not in DEFAULTS:
            continue
        chain = chains[(entity_id, field)]
        previous = chain[-1][1] if chain else DEFAULTS[field]
        assert old == previous, f"event {event_id} on claim {entity_id} {field} starts from {old!r}, " \
                                f"but the field held {previous!r}: an update was lost in between"
        chain.append((event_id, new))
    return chains


def _held_between(chain: list[tuple[int, object]], field: str, first: int, last: int) -> set:
    """Every value the field held from event id `first` to event id `last`."""
    before = [value for event_id, value in chain if event_id <= first]
    during = {value for event_id, value in chain if first < event_id <= last}
    return {before[-1] if before else DEFAULTS[field], *during}


def test_two_instances_lose_nothing_and_never_see_a_locked_database(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    Store.open(db).close()  # the schema first: the twins open an existing library
    journals = _run_twins(tmp_path, db)

    ops = {name: Counter(record["op"] for record in journal) for name, journal in journals.items()}
    errors = [(name, r["type"], r["message"]) for name, journal in journals.items() for r in journal
              if r["op"] == "error"]
    assert errors == [], f"errors reached the twins: {errors[:10]}"
    assert all(o["finished"] == 1 for o in ops.values())

    events = _events(db)
    chains = _replay(events)
    by_id = {e[0]: e for e in events}
    journaled: dict[int, str] = {}
    noops = 0
    with Store.open(db) as store:
        for name, journal in journals.items():
            for r in journal:
                for ev in r.get("events", ()):
                    assert ev["id"] not in journaled, f"event {ev['id']} journaled twice"
                    journaled[ev["id"]] = name
                    stored = by_id.get(ev["id"])
                    assert stored is not None, f"{name}: event {ev['id']} of {r} is not in the database"
                    assert stored[1:5] == (name, ev["entity"], ev["entity_id"], ev["field"])
                    assert stored[6] == ev["to"]
                if r["op"] == "set":
                    if r["events"]:
                        [ev] = r["events"]
                        assert (ev["entity_id"], ev["field"], ev["to"]) == (r["claim"], r["field"], r["value"])
                        assert r["before"] < ev["id"] <= r["after"]
                    else:  # no change to record: the field held that value while the call ran
                        noops += 1
                        held = _held_between(chains.get((r["claim"], r["field"]), []), r["field"], r["before"],
                                             r["after"])
                        assert r["value"] in held, f"{name}: {r} wrote no event, yet the field held {held}"
                elif r["op"] == "note":
                    note = next(n for n in store.verdict(r["claim"]).notes if n.id == r["note"])
                    assert (note.text, note.author) == (r["text"], name)
                    assert [ev["field"] for ev in r["events"]] == ["note"]
                elif r["op"] == "import":
                    assert store.has_content(r["hash"]), f"{name}: the article of {r} is not stored"
                    for result in r["results"]:
                        assert len(store.quotes(article_id=result["article_id"])) == result["quotes"]

        twin_events = {e[0] for e in events if e[1] in TWINS}
        assert twin_events == set(journaled), "the database holds events no returned call wrote, or lacks some"

        # the verdicts table says what the events, replayed in order, say
        verdicts = store.db.execute("SELECT claim_id, status, rating FROM verdicts").fetchall()
        for claim_id, status, rating in verdicts:
            for field, value in (("status", status), ("rating", rating)):
                chain = chains.get((claim_id, field))
                assert (chain[-1][1] if chain else DEFAULTS[field]) == value, f"claim {claim_id} {field}"
        assert {cid for cid, _field in chains} <= {row[0] for row in verdicts}

    sets = {name: o["set"] for name, o in ops.items()}
    contended = len({r["claim"] for r in journals[TWINS[0]] if r["op"] == "set"}
                    & {r["claim"] for r in journals[TWINS[1]] if r["op"] == "set"})
    for name, o in ops.items():
        print(f"\n{name} in {TWIN_SECONDS:.0f} s: {o['set']} verdict sets, {o['note']} notes, "
              f"{o['import']} imports, {o['read']} listing reads "
              f"({o['set'] + o['note'] + o['import'] + o['read']} operations)")
    print(f"{len(journaled)} events journaled and found, {noops} sets that changed nothing, "
          f"{contended} claims set by both; 0 lost, 0 'database is locked'")
    assert min(sets.values()) > 0 and contended > 0  # they really worked on the same claims


# --- a window on the same file ------------------------------------------------------------

@pytest.fixture
def window(qtbot, tmp_path: Path, sample_path: Path):
    from PySide6.QtCore import QSettings
    from quotedesk.gui.external_changes import ExternalChanges
    from quotedesk.gui.main_window import MainWindow
    from quotedesk.library import import_paths

    store = Store.open(tmp_path / "shared.db")
    article_id = import_paths(store, [sample_path]).results[0].article_id
    win = MainWindow(store, QSettings(os.fspath(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_article(article_id)
    win.external_changes = ExternalChanges(win)
    yield win
    win.close()  # before its store: a window left open would go on polling a closed database
    store.close()


def _card_details(window, row: int) -> str:
    """The card's third line, ending in the claim's status (and rating)."""
    from quotedesk.gui.models import ROW_ROLE, VERDICT_ROLE
    from quotedesk.gui.quotes_pane import card_lines

    index = window.quotes.model.index(row)
    return card_lines(index.data(ROW_ROLE), index.data(VERDICT_ROLE))[2]


def _activate(window) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


def test_a_verdict_set_by_the_other_instance_shows_when_the_window_is_activated(qtbot, window) -> None:
    from quotedesk.gui.models import ROW_ROLE
    from quotedesk.gui.theme import status_label

    window.quotes.select_quote(window.quotes.shown_quotes()[0].id)
    quote = window.inspector.quote
    assert _card_details(window, 0).endswith(f" · {status_label('unreviewed')}")
    window.inspector.note_edit.setFocus()
    qtbot.keyClicks(window.inspector.note_edit, "half a note")
    with Store.open(window.store.path) as other:
        other.set_verdict(quote.claim_id, status="done", rating="False")
        other.add_note(quote.claim_id, "checked elsewhere")
    with qtbot.waitSignal(window.external_changes.refreshed, timeout=10_000):
        _activate(window)
    assert _card_details(window, 0).endswith(f" · {status_label('done')} · False")
    assert window.reader._statuses[quote.claim_id] == "done"
    assert window.inspector.status.currentData() == "done" and window.inspector.rating.currentData() == "False"
    assert [window.inspector.notes.item(n).text().split("  — ")[0]
            for n in range(window.inspector.notes.count())] == ["checked elsewhere"]
    # the person's typing and place are where they were
    assert window.inspector.note_edit.text() == "half a note"
    assert window.inspector.note_edit.hasFocus()
    assert window.quotes.current_quote_id() == quote.id and window.inspector.quote.id == quote.id
    assert window.library.model.index(0, 0).data(ROW_ROLE).id == window.article_id
    assert window.external_changes.check() is False  # nothing new since


def test_an_article_imported_by_the_other_instance_appears_by_the_timer(qtbot, window) -> None:
    from quotedesk.gui.external_changes import POLL_MS
    from quotedesk.library import import_text

    before = window.library.model.rowCount()
    opened = window.article_id
    with Store.open(window.store.path) as other:
        import_text(other, '"We will review 12 contracts before June," said Maria Lopez, a port official.',
                    title="Port contracts under review", outlet="Harbour Times")
    with qtbot.waitSignal(window.external_changes.refreshed, timeout=POLL_MS * 5):
        pass  # no activation, no click: the timer finds it
    titles = [window.library.model.article_at(n).title for n in range(window.library.model.rowCount())]
    assert len(titles) == before + 1 and "Port contracts under review" in titles
    assert window.article_id == opened and window.library.current_article_id() == opened


def test_the_claim_log_and_a_typed_tag_wait_for_the_person(qtbot, window) -> None:
    from quotedesk.gui.claim_log_model import LogColumn, cell
    from quotedesk.gui.theme import status_label

    window.claim_log.show()
    view = window.claim_log.view
    quote = window.quotes.shown_quotes()[0]
    window.quotes.select_quote(quote.id)
    row = next(n for n, r in enumerate(view.model.loaded()) if r.claim_id == quote.claim_id)
    view.table.setCurrentIndex(view.model.index(row, 0))
    window.inspector.tags.setFocus()
    qtbot.keyClicks(window.inspector.tags, "port")
    with Store.open(window.store.path) as other:
        other.set_verdict(quote.claim_id, status="in progress")
    assert window.external_changes.check() is True
    fresh = next(r for r in view.model.loaded() if r.claim_id == quote.claim_id)
    assert cell(fresh, LogColumn.STATUS) == status_label("in progress")
    assert view.model.row_at(view.table.currentIndex().row()).claim_id == quote.claim_id
    assert window.inspector.tags.text() == "port"  # not overwritten while typed
    assert window.inspector.status.currentData() == "unreviewed"  # the inspector waits...
    window.inspector.note_edit.setFocus()  # ...until the tags are left (which saves them)
    assert window.external_changes.check() is False
    assert window.inspector.status.currentData() == "in progress"
    assert window.inspector.tags.text() == "port" and window.store.verdict(quote.claim_id).tags == ("port",)
