"""Claims: which quotes are appearances of the same statement, and what is known about it."""

from __future__ import annotations

import sqlite3

import pytest
from quotedesk.store import Store
from quotedesk.store.matching import same_statement
from quotedesk.store.text import normalize
from store_helpers import make_analysis, make_doc


def _add(store: Store, text: str, *quotes: tuple, **meta):
    return store.add_document(make_doc(text, **meta), make_analysis(text, *quotes))


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Prices will fall next year.", "“PRICES will fall, next year!”", True),
    ("prices will fall next year", "we expect that prices will fall next year and wages will rise", True),
    ("The economy grew by three percent last year", "The economy grew by three per cent last year", True),
    ("We will raise taxes on the rich", "We will not raise taxes on the rich", False),
    ("yes", "yes we can do it", False),  # too short to be a partial quote
    ("The bridge opens in May", "The school closes in June", False),
])
def test_same_statement_rules(a: str, b: str, same: bool) -> None:
    assert (same_statement(normalize(a), normalize(b)) is not None) is same


def test_appearances_across_articles(store: Store, db_path) -> None:
    first = 'Lee said: "Prices will fall next year." Later she left.'
    second = 'According to Lee, “prices will fall, next year!” she told Reuters.'
    third = 'Ann Lee repeated: "We expect that prices will fall next year and wages will rise."'
    _add(store, first, ("Prices will fall next year.", "Ann Lee"), title="One", published="2025-01-10")
    _add(store, second, ("prices will fall, next year!", "ANN LEE", "Reuters"), title="Two", published="2025-03-02")
    _add(store, third, ("We expect that prices will fall next year and wages will rise.", "Ann Lee"),
         title="Three", published="2024-12-31")
    [claim] = store.claims()
    assert claim.text == "Prices will fall next year."
    assert (claim.appearances, claim.first_seen, claim.last_seen) == (3, "2024-12-31", "2025-03-02")
    assert claim.speaker == "Ann Lee"
    timeline = store.appearances(claim.id)
    assert [a.title for a in timeline] == ["Three", "One", "Two"]
    assert timeline[2].agency == "Reuters"

    con = sqlite3.connect(db_path)
    try:
        rows = con.execute("SELECT claim_id, COUNT(*), MIN(seen_on), MAX(seen_on) FROM quotes "
                           "WHERE is_current = 1 GROUP BY claim_id").fetchall()
        assert rows == [(claim.id, 3, "2024-12-31", "2025-03-02")]
        assert con.execute("SELECT COUNT(*) FROM speakers").fetchone()[0] == 1
    finally:
        con.close()


def test_claims_are_per_speaker(store: Store) -> None:
    _add(store, 'A said "Taxes will not rise this year."', ("Taxes will not rise this year.", "Ann Lee"), title="A")
    _add(store, 'B said "Taxes will not rise this year."', ("Taxes will not rise this year.", "Bo Chen"), title="B")
    assert sorted((c.speaker, c.appearances) for c in store.claims()) == [("Ann Lee", 1), ("Bo Chen", 1)]


def test_quotes_without_a_named_speaker(store: Store) -> None:
    long = "The ceasefire will be signed before the end of the month."
    _add(store, f'A source said "{long}" and "Yes."', (long, "a source", None, "anonymous"),
         ("Yes.", None), title="A")
    _add(store, f'Another said "{long}" and "Yes."', (long, "an official", None, "anonymous"),
         ("Yes.", None), title="B")
    by_text = {}
    for c in store.claims():
        by_text.setdefault(c.text, []).append(c.appearances)
    assert by_text[long] == [2]  # the same long sentence from nobody named: one statement going round
    assert by_text["Yes."] == [1, 1]  # a short reply is not


def test_verdict_covers_every_article(store: Store) -> None:
    _add(store, 'Lee: "The dam is safe for ten more years."', ("The dam is safe for ten more years.", "Ann Lee"),
         title="A", outlet="Daily")
    _add(store, 'Lee: "the dam is safe for ten more years"', ("the dam is safe for ten more years", "Ann Lee"),
         title="B", outlet="Weekly")
    [claim] = store.claims()
    store.set_verdict(claim.id, status="done", rating="False")
    hits = store.search("dam")
    assert sorted(h.outlet for h in hits) == ["Daily", "Weekly"]
    assert {(h.status, h.rating) for h in hits} == {("done", "False")}


def test_claim_listing_filters_and_order(store: Store) -> None:
    _add(store, 'X "One two three four five." Y "Six seven eight nine ten."',
         ("One two three four five.", "Ann Lee"), ("Six seven eight nine ten.", "Bo Chen"), title="A")
    _add(store, 'X "One two three four five."', ("One two three four five.", "Ann Lee"), title="B")
    rows = store.claims()
    assert [(r.speaker, r.appearances) for r in rows] == [("Ann Lee", 2), ("Bo Chen", 1)]
    store.set_verdict(rows[1].id, status="in progress")
    store.tag(rows[1].id, "economy")
    assert [r.speaker for r in store.claims(status="in progress")] == ["Bo Chen"]
    assert [r.speaker for r in store.claims(status="unreviewed")] == ["Ann Lee"]
    assert [r.tags for r in store.claims(tag="economy")] == [("economy",)]
    assert [r.speaker for r in store.claims(speaker="bo chen")] == ["Bo Chen"]
    assert store.claims(speaker="nobody at all") == []


def test_claim_text_edit_is_searchable_and_undoable(store: Store) -> None:
    _add(store, 'Lee: "We did it."', ("We did it.", "Ann Lee"), title="A")
    [claim] = store.claims()
    store.set_claim_text(claim.id, "Lee claims the government finished the railway")
    hits = store.search("railway")
    assert [(h.kind, h.claim_id) for h in hits] == [("claim", claim.id)]
    store.undo()
    assert store.claim(claim.id).text == "We did it."
    assert store.search("railway") == []
