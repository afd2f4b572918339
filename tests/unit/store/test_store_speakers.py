"""Speakers across articles, merges and "not the same person", and corrections that
survive re-extraction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from quotedesk.library import import_paths, reextract
from quotedesk.store import Store, StoreError
from store_helpers import make_analysis, make_doc


def _add(store: Store, text: str, *quotes: tuple, **meta):
    return store.add_document(make_doc(text, **meta), make_analysis(text, *quotes))


def test_speakers_match_by_canonical_name_and_alias(store: Store) -> None:
    _add(store, 'A: "Talks are being prepared at expert level."', ("Talks are being prepared at expert level.",
                                                                   "Dmitry Peskov"), title="A")
    _add(store, 'B: "No date has been set for the summit."', ("No date has been set for the summit.",
                                                              "DMITRY PESKOV"), title="B")
    [peskov] = store.find_speakers("Dmitry Peskov")
    store.add_alias(peskov.id, "Kremlin spokesman")
    _add(store, 'C: "No date has been set for the summit yet."', ("No date has been set for the summit yet.",
                                                                  "Kremlin spokesman"), title="C")
    assert {q.speaker_id for q in store.quotes()} == {peskov.id}
    assert sorted(c.appearances for c in store.claims()) == [1, 2]


def test_merge_and_unmerge_are_events(store: Store, db_path: Path) -> None:
    statement = "The summit will take place in spring in a neutral country."
    _add(store, f'Peskov said "{statement}"', (statement, "Peskov"), title="A")
    _add(store, f'Dmitry Peskov said "{statement}"', (statement, "Dmitry Peskov"), title="B")
    [short] = store.find_speakers("Peskov")
    [full] = store.find_speakers("Dmitry Peskov")
    assert len(store.claims()) == 2  # two speakers as far as the store knows

    store.merge_speakers(full.id, short.id)
    assert store.speaker(short.id).merged_into == full.id
    assert {c.speaker for c in store.claims(speaker="Dmitry Peskov")} == {"Dmitry Peskov"}
    assert len(store.claims(speaker="Dmitry Peskov")) == 2
    # a new appearance now joins a claim of the merged group
    _add(store, f'Peskov again: "{statement}"', (statement, "Peskov"), title="C")
    assert len(store.claims()) == 2 and sum(c.appearances for c in store.claims()) == 3

    store.unmerge(short.id)
    assert store.speaker(short.id).merged_into is None
    assert len(store.claims(speaker="Dmitry Peskov")) == 1

    con = sqlite3.connect(db_path)
    try:
        rows = con.execute("SELECT action, entity, entity_id, field, from_value, to_value FROM events").fetchall()
    finally:
        con.close()
    assert rows == [("merge speakers", "speaker", short.id, "merged_into", None, str(full.id)),
                    ("unmerge speaker", "speaker", short.id, "merged_into", str(full.id), None)]
    store.undo()  # undo the unmerge: merged again
    assert store.speaker(short.id).merged_into == full.id


def test_not_the_same_person(store: Store) -> None:
    _add(store, 'A: "We will build a new port this year."', ("We will build a new port this year.", "Ali Hassan"),
         title="A")
    _add(store, 'B: "The port deal was signed on Monday."', ("The port deal was signed on Monday.", "Ali Hasan"),
         title="B")
    [one], [two] = store.find_speakers("Ali Hassan"), store.find_speakers("Ali Hasan")
    store.mark_distinct(one.id, two.id)
    with pytest.raises(StoreError, match="not the same person"):
        store.merge_speakers(one.id, two.id)
    assert store.recent_events()[0].field == "distinct_from"
    store.undo()
    store.merge_speakers(one.id, two.id)
    with pytest.raises(StoreError, match="merged"):
        store.mark_distinct(one.id, two.id)


def test_speaker_correction_is_an_override_that_survives_reextraction(tmp_path: Path, sample_path: Path) -> None:
    with Store.open(tmp_path / "lib.db") as store:
        import_paths(store, [sample_path])
        [kremlin] = [q for q in store.quotes() if q.speaker == "Kremlin"]
        old_claim = kremlin.claim_id
        store.set_verdict(old_claim, status="in progress")
        corrected = store.correct_speaker(kremlin.id, "Dmitry Peskov")
        assert (corrected.speaker, corrected.extracted_speaker) == ("Dmitry Peskov", "Kremlin")
        # its only appearance moved, so the claim moved with it, verdict and all
        assert corrected.claim_id == old_claim
        assert store.claim(old_claim).speaker == "Dmitry Peskov"
        store.correct_agency(kremlin.id, "TASS")

        result = reextract(store, kremlin.article_id)
        assert result.status == "reextracted" and result.reanchored == len(store.quotes())
        again = store.quote(kremlin.id)
        assert (again.speaker, again.agency, again.claim_id) == ("Dmitry Peskov", "TASS", old_claim)

        con = sqlite3.connect(store.path)
        try:
            overrides = con.execute("SELECT quote_id, field, value FROM overrides ORDER BY field").fetchall()
            events = con.execute("SELECT entity, entity_id, field, from_value, to_value FROM events "
                                 "WHERE entity = 'quote'").fetchall()
        finally:
            con.close()
        assert overrides == [(kremlin.id, "agency", "TASS"), (kremlin.id, "speaker", "Dmitry Peskov")]
        assert events == [("quote", kremlin.id, "speaker", None, '"Dmitry Peskov"'),
                          ("quote", kremlin.id, "agency", None, '"TASS"')]

        store.undo()
        store.undo()
        back = store.quote(kremlin.id)
        assert (back.speaker, back.agency) == ("Kremlin", "Reuters")
        assert store.claim(old_claim).speaker == "Kremlin"


def test_correction_survives_a_new_revision(store: Store) -> None:
    text = 'Budget\n\nA spokesman said "Spending on roads doubles next year."'
    _add(store, text, ("Spending on roads doubles next year.", "Unknown Man"), title="Budget", outlet="Daily")
    [quote] = store.quotes()
    store.correct_speaker(quote.id, "Sri Mulyani")
    revised = text.replace("A spokesman said", "Later a spokesman said")
    result = _add(store, revised, ("Spending on roads doubles next year.", "Unknown Man"), title="Budget",
                  outlet="Daily")
    assert result.status == "revised"
    [again] = store.quotes()
    assert (again.id, again.speaker, again.extracted_speaker) == (quote.id, "Sri Mulyani", "Unknown Man")


def test_correction_moves_a_quote_to_the_right_claim(store: Store) -> None:
    statement = "Fuel prices will stay the same until June."
    _add(store, f'A: "{statement}"', (statement, "Ann Lee"), title="A")
    _add(store, f'B: "{statement}"', (statement, "Ann Lee"), title="B")
    _add(store, f'C: "{statement}"', (statement, "Bo Chen"), title="C")
    bo_quote = next(q for q in store.quotes() if q.speaker == "Bo Chen")
    store.correct_speaker(bo_quote.id, "ann lee")
    assert [(c.speaker, c.appearances) for c in store.claims()] == [("Ann Lee", 3), ("Bo Chen", 0)]
    store.correct_speaker(bo_quote.id, "")
    assert store.quote(bo_quote.id).speaker is None
    store.clear_correction(bo_quote.id, "speaker")
    assert store.quote(bo_quote.id).speaker == "Bo Chen"


def test_correction_waits_for_a_quote_that_comes_back(store: Store) -> None:
    text = 'Port\n\nThe official said "The port will reopen on Monday." Then: "Ships are waiting."'
    _add(store, text, ("The port will reopen on Monday.", "Bo Chen"), ("Ships are waiting.", "Bo Chen"), title="Port")
    port = next(q for q in store.quotes() if q.text.startswith("The port"))
    store.correct_speaker(port.id, "Ann Lee")
    article_id = port.article_id
    store.reanalyse(article_id, make_analysis(text, ("Ships are waiting.", "Bo Chen")))
    assert [q.text for q in store.quotes()] == ["Ships are waiting."]
    store.reanalyse(article_id, make_analysis(text, ("The port will reopen on Monday.", "Bo Chen"),
                                              ("Ships are waiting.", "Bo Chen")))
    back = next(q for q in store.quotes() if q.text.startswith("The port"))
    assert back.id != port.id
    assert (back.speaker, back.extracted_speaker) == ("Ann Lee", "Bo Chen")
    assert back.claim_id == port.claim_id  # Ann Lee's claim, found again
    rows = store.db.execute("SELECT quote_id, value FROM overrides").fetchall()
    assert rows == [(back.id, "Ann Lee")]
