"""Verdicts, notes, evidence, tags and the rating scale; every change an event, undo appends."""

from __future__ import annotations

import json
import sqlite3

import pytest
from quotedesk.store import Store, StoreError
from store_helpers import make_analysis, make_doc


@pytest.fixture
def claim_id(store: Store) -> int:
    text = 'The mayor said "The new bridge will open in May." Then she left.'
    store.add_document(make_doc(text), make_analysis(text, ("The new bridge will open in May.", "Ann Lee")))
    return store.claims()[0].id


def _events(db_path) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT id, who, action, entity, entity_id, field, from_value, to_value, action_id, "
                           "undoes_event_id FROM events ORDER BY id").fetchall()
    finally:
        con.close()


def test_verdict_change_and_undo_are_both_events(store: Store, claim_id: int, db_path) -> None:
    verdict = store.set_verdict(claim_id, status="done", rating="mostly FALSE")
    assert (verdict.status, verdict.rating) == ("done", "Mostly false")
    first = _events(db_path)
    assert first == [
        (1, "Tester", "set verdict", "claim", claim_id, "status", '"unreviewed"', '"done"', 1, None),
        (2, "Tester", "set verdict", "claim", claim_id, "rating", None, '"Mostly false"', 1, None),
    ]
    reverse = store.undo()
    assert [(e.field, e.from_value, e.to_value, e.undoes_event_id) for e in reverse] == [
        ("rating", "Mostly false", None, 2), ("status", "done", "unreviewed", 1)]
    assert (store.verdict(claim_id).status, store.verdict(claim_id).rating) == ("unreviewed", None)
    after = _events(db_path)
    assert after[:2] == first  # nothing rewritten
    assert [(e[2], e[5], e[8], e[9]) for e in after[2:]] == [("undo", "rating", 3, 2), ("undo", "status", 3, 1)]
    with pytest.raises(StoreError, match="nothing to undo"):
        store.undo()
    history = store.history("claim", claim_id)
    assert [e.id for e in history] == [1, 2, 3, 4]


def test_undo_the_last_action_only(store: Store, claim_id: int) -> None:
    store.set_verdict(claim_id, status="in progress")
    store.set_verdict(claim_id, rating="True")
    store.undo()
    assert (store.verdict(claim_id).status, store.verdict(claim_id).rating) == ("in progress", None)
    store.undo()
    assert store.verdict(claim_id).status == "unreviewed"
    with pytest.raises(StoreError, match="already been undone"):
        store.undo(1)


def test_no_event_for_no_change(store: Store, claim_id: int, db_path) -> None:
    store.set_verdict(claim_id, status="unreviewed")
    assert _events(db_path) == []


def test_who_is_the_configured_name_else_the_os_user(store: Store, claim_id: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "osuser")
    store.set_user_name(None)
    store.set_verdict(claim_id, status="in progress")
    store.set_user_name("Rina")
    store.set_verdict(claim_id, status="done")
    assert [e.who for e in store.history("claim", claim_id)] == ["osuser", "Rina"]
    assert store.verdict(claim_id).updated_by == "Rina"


def test_bad_status_and_rating(store: Store, claim_id: int) -> None:
    with pytest.raises(StoreError, match="unknown status"):
        store.set_verdict(claim_id, status="finished")
    with pytest.raises(StoreError, match="not on this database's rating scale"):
        store.set_verdict(claim_id, rating="Pants on fire")
    with pytest.raises(StoreError, match="no claim 999"):
        store.set_verdict(999, status="done")
    assert store.recent_events() == []


def test_rating_scale_is_configurable(store: Store, claim_id: int) -> None:
    assert [lv.label for lv in store.rating_scale()][:2] == ["True", "Mostly true"]
    store.set_rating_scale([("Correct", 3), ("Misleading", 2), ("Wrong", 1), "No evidence"])
    assert [(lv.label, lv.value) for lv in store.rating_scale()] == [
        ("Correct", 3), ("Misleading", 2), ("Wrong", 1), ("No evidence", None)]
    store.set_verdict(claim_id, rating="misleading")
    assert store.verdict(claim_id).rating == "Misleading"
    with pytest.raises(StoreError, match="not on this database's rating scale"):
        store.set_verdict(claim_id, rating="True")
    with pytest.raises(StoreError, match="must stay on the scale: Misleading"):
        store.set_rating_scale(["Correct", "Wrong"])
    store.set_verdict(claim_id, rating=None)
    store.undo()  # the rating clearance
    store.undo()  # the rating
    store.undo()  # the scale
    assert [lv.label for lv in store.rating_scale()] == [
        "True", "Mostly true", "Half true", "Mostly false", "False", "Unverifiable"]


def test_notes_evidence_and_tags(store: Store, claim_id: int, db_path) -> None:
    note = store.add_note(claim_id, "Ministry says the tender failed")
    link = store.add_evidence(claim_id, "https://example.org/tender", retrieved_at="2025-02-01", note="tender notice")
    assert store.tag(claim_id, "infrastructure", "Budget") == ["Budget", "infrastructure"]
    verdict = store.verdict(claim_id)
    assert [n.text for n in verdict.notes] == ["Ministry says the tender failed"]
    assert [(e.url, e.retrieved_at, e.note) for e in verdict.evidence] == [
        ("https://example.org/tender", "2025-02-01", "tender notice")]
    assert verdict.tags == ("Budget", "infrastructure")

    con = sqlite3.connect(db_path)
    try:
        found = con.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'tender'").fetchall()
        assert found == [(note,)]
    finally:
        con.close()

    store.edit_note(note, None)
    assert store.verdict(claim_id).notes == ()
    store.undo()  # the deletion: the same note comes back, with its id
    assert [(n.id, n.text) for n in store.verdict(claim_id).notes] == [(note, "Ministry says the tender failed")]
    store.untag(claim_id, "budget")
    assert store.verdict(claim_id).tags == ("infrastructure",)
    store.remove_evidence(link)
    assert store.verdict(claim_id).evidence == ()
    store.undo()
    store.undo()
    assert store.verdict(claim_id).tags == ("Budget", "infrastructure")
    assert [e.id for e in store.verdict(claim_id).evidence] == [link]
    fields = [(e.field, e.undoes_event_id is not None) for e in store.history("claim", claim_id)]
    assert fields == [("note", False), ("evidence", False), ("tags", False), ("note", False), ("note", True),
                      ("tags", False), ("evidence", False), ("evidence", True), ("tags", True)]
    stored = _events(db_path)[0]
    assert json.loads(stored[7])["text"] == "Ministry says the tender failed"
