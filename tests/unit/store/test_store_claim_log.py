"""The claim log view's listing (every column sorted in SQL, a window at a time) and the
claims seen again after a False rating."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from quotedesk.export import ExportFilters, select_claims
from quotedesk.store import Store, StoreError
from quotedesk.store.claim_log import SORT_KEYS
from store_helpers import make_analysis, make_doc

A1 = "“We are ready,” said Dmitry Peskov. “Nothing was signed,” said Ann Lee."
A2 = "“Prices rose,” said Bob Stone. “We are ready,” said Dmitry Peskov."
A3 = "“Exports fell,” said Bob Stone. “Talks failed,” said Zed Arno."
A4 = "“We are ready,” Dmitry Peskov told Antara."


@pytest.fixture
def log(store: Store) -> Store:
    store.add_documents([
        (make_doc(A1, title="One", outlet="Kompas", published="2025-03-01"),
         make_analysis(A1, ("We are ready,", "Dmitry Peskov", "Reuters"), ("Nothing was signed,", "Ann Lee"))),
        (make_doc(A2, title="Two", outlet="Tempo", published="2025-01-15"),
         make_analysis(A2, ("Prices rose,", "Bob Stone", "AFP"), ("We are ready,", "Dmitry Peskov"))),
        (make_doc(A3, title="Three", outlet="Detik", published="2025-02-10"),
         make_analysis(A3, ("Exports fell,", "Bob Stone"), ("Talks failed,", "Zed Arno", "Reuters"))),
    ])
    return store


def claim(store: Store, text: str) -> int:
    return next(c.id for c in store.claims(limit=100) if c.text == text)


def ids(rows) -> list[int]:
    return [r.claim_id for r in rows]


def test_each_claim_with_its_first_appearance_agencies_and_last_change(log: Store) -> None:
    ready = claim(log, "We are ready,")
    log.set_verdict(ready, status="in progress", rating="Half true")
    log.tag(ready, "talks")
    rows = {r.claim_id: r for r in log.claim_log_rows(ExportFilters())}
    row = rows[ready]
    assert (row.text, row.speaker, row.appearances, row.first_seen, row.first_outlet, row.first_agency) == (
        "We are ready,", "Dmitry Peskov", 2, "2025-01-15", "Tempo", None)  # the first carried no agency
    assert row.agencies == ("Reuters",)
    assert (row.rating, row.status, row.changed_by) == ("Half true", "in progress", "Tester")
    assert row.changed_at == log.history("claim", ready)[-1].at  # the tag, after the verdict
    assert row.first_article_id == log.quote(row.first_quote_id).article_id
    untouched = rows[claim(log, "Talks failed,")]
    assert (untouched.status, untouched.rating, untouched.changed_at, untouched.changed_by) == (
        "unreviewed", None, None, None)
    assert log.claim_log_row(ready) == row and log.claim_log_row(10_000) is None


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_in_windows_with_empty_values_last(log: Store, key: str, descending: bool) -> None:
    log.set_verdict(claim(log, "Prices rose,"), rating="False")
    log.set_verdict(claim(log, "Talks failed,"), status="done", rating="True")
    whole = log.claim_log_rows(ExportFilters(), key, descending, limit=100)
    assert len(whole) == log.claim_log_count(ExportFilters()) == 5
    windows = [r for offset in range(0, 6, 2) for r in log.claim_log_rows(ExportFilters(), key, descending,
                                                                          limit=2, offset=offset)]
    assert windows == whole
    values = {
        "claim": lambda r: r.text.casefold(), "speaker": lambda r: r.speaker.casefold(), "role": lambda r: r.role,
        "first_seen": lambda r: r.first_seen, "outlet": lambda r: r.first_outlet, "agency": lambda r: r.first_agency,
        "appearances": lambda r: r.appearances, "agencies": lambda r: ", ".join(r.agencies) or None,
        "rating": lambda r: {"True": 1, "False": 5}.get(r.rating), "status": lambda r: r.status == "done",
        "changed_at": lambda r: r.changed_at, "changed_by": lambda r: r.changed_by,
    }[key]
    filled = [r for r in whole if values(r) is not None]
    assert whole == filled + [r for r in whole if values(r) is None]  # no value: last, either way
    expected = sorted(filled, key=lambda r: r.claim_id, reverse=descending)
    expected.sort(key=values, reverse=descending)  # ties by id, the same way
    assert ids(filled) == ids(expected)


@pytest.mark.parametrize("filters", [
    ExportFilters(), ExportFilters(agency="Reuters"), ExportFilters(outlet="temp"),
    ExportFilters(since="2025-02", until="2025-02"), ExportFilters(speaker="Bob Stone"),
    ExportFilters(text="ready", literal=True), ExportFilters(status="unreviewed"), ExportFilters(status="done"),
    ExportFilters(rating="False"), ExportFilters(tag="talks"), ExportFilters(agency="Reuters", since="2025-02"),
    ExportFilters(speaker="Nobody At All"),
])
def test_the_view_holds_what_an_export_with_its_filters_holds(log: Store, filters: ExportFilters) -> None:
    log.set_verdict(claim(log, "Prices rose,"), rating="False")
    log.set_verdict(claim(log, "Talks failed,"), status="done")
    log.tag(claim(log, "We are ready,"), "talks")
    shown = ids(log.claim_log_rows(filters, limit=100))
    assert log.claim_log_count(filters) == len(shown)
    if filters.speaker == "Nobody At All":
        assert shown == []  # an export says the name is unknown instead
        return
    assert shown == select_claims(log, filters)  # the same claims, oldest first by default


def test_filters_narrow_as_described(log: Store) -> None:
    stone, talks = claim(log, "Prices rose,"), claim(log, "Talks failed,")
    # one appearance must meet every appearance filter at once: Reuters carried "We are ready," in March only
    assert ids(log.claim_log_rows(ExportFilters(agency="Reuters", until="2025-02-28"))) == [talks]
    assert ids(log.claim_log_rows(ExportFilters(outlet="TEMPO"))) == [claim(log, "We are ready,"), stone]
    with pytest.raises(StoreError):
        log.claim_log_rows(ExportFilters(since="March"))


def test_a_new_rating_reorders_the_next_window(log: Store, db_path: Path) -> None:
    fell = claim(log, "Exports fell,")
    assert ids(log.claim_log_rows(ExportFilters(), "rating"))[0] != fell
    log.set_verdict(fell, rating="True")
    assert ids(log.claim_log_rows(ExportFilters(), "rating"))[0] == fell
    with Store.open(db_path) as other:  # another connection (an import job, say) commits
        other.set_verdict(claim(other, "Talks failed,"), rating="True")
    assert ids(log.claim_log_rows(ExportFilters(), "rating"))[:2] == sorted([fell, claim(log, "Talks failed,")])
    assert log.claim_log_count(ExportFilters(rating="True")) == 2


def test_an_unknown_sort_key_is_refused(log: Store) -> None:
    with pytest.raises(ValueError, match="sort key"):
        log.claim_log_rows(ExportFilters(), "mood")


# --- reappearances -------------------------------------------------------------------------------

def _import(store: Store, text: str, published: str | None, imported_at: str, title: str) -> int:
    result = store.add_document(make_doc(text, title=title, published=published),
                                make_analysis(text, ("We are ready,", "Dmitry Peskov", "Antara")))
    store.db.execute("UPDATE revisions SET imported_at = ? WHERE article_id = ?", [imported_at, result.article_id])
    store.db.conn.commit()
    return result.article_id


def test_a_claim_rated_false_is_flagged_where_it_comes_in_again(log: Store) -> None:
    ready = claim(log, "We are ready,")
    log.set_verdict(ready, rating="False")
    rated = log.history("claim", ready)[-1]
    moment = datetime.fromisoformat(rated.at.replace("Z", "+00:00")) + timedelta(milliseconds=1)
    day, later = rated.at[:10], moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")  # just after
    old_ids = [a.article_id for a in log.appearances(ready)]
    new = _import(log, A4, day, later, "New")  # the same day, after the rating
    undated = _import(log, A4 + " ", None, later, "Undated")
    backfill = _import(log, A4 + "  ", "2025-01-01", later, "Old, imported late")
    before = _import(log, A4 + "   ", day, "2000-01-01T00:00:00.000Z", "Imported before the rating")
    found = log.reappearances([*old_ids, new, undated, backfill, before])
    assert sorted(r.article_id for r in found) == sorted([new, undated])
    assert {r.claim_id for r in found} == {ready}
    assert found[0].line() == f"rated False on {day} by Tester"
    assert log.reappearances([backfill, before]) == []

    log.set_verdict(ready, rating="Mostly false")
    assert log.reappearances([new]) == []  # the new rating came after this appearance
    log.set_verdict(ready, rating="True")
    assert log.reappearances([new, undated]) == []
