"""Search: FTS5 over quotes and claims, filters, and bad queries that never become tracebacks."""

from __future__ import annotations

import pytest
from quotedesk.store import SearchSyntaxError, Store, StoreError
from store_helpers import make_analysis, make_doc


@pytest.fixture
def library(store: Store) -> Store:
    one = 'Lee told Reuters: "Rice prices will fall next month." Chen said "Rice imports are stopped."'
    two = 'Lee said again: "Rice prices will fall next month." Pratt said: "Bridges need money."'
    store.add_document(make_doc(one, title="One", outlet="Daily", published="2025-01-10"),
                       make_analysis(one, ("Rice prices will fall next month.", "Ann Lee", "Reuters"),
                                     ("Rice imports are stopped.", "Bo Chen")))
    store.add_document(make_doc(two, title="Two", outlet="Weekly", published="2025-06-01"),
                       make_analysis(two, ("Rice prices will fall next month.", "Ann Lee"),
                                     ("Bridges need money.", "Cy Pratt", "AP")))
    return store


@pytest.mark.parametrize(("query", "reason"), [
    ('"unbalanced', "never closed"),
    ("AND AND", "unexpected 'AND'"),
    ("*", "cannot start with '*'"),
    ("rice AND", "ends where more was expected"),
    ("nosuchfield:rice", "no such field"),
    ("'); DROP TABLE quotes; --", "unexpected"),
    ("   ", "nothing to search for"),
])
def test_syntax_errors_get_a_clear_message(library: Store, query: str, reason: str) -> None:
    with pytest.raises(SearchSyntaxError) as caught:
        library.search(query)
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message and "fts5" not in message and "sqlite" not in message.lower()
    assert "quotes" in library.db.table_names()


def test_literal_mode_searches_the_words_as_typed(library: Store) -> None:
    assert library.search('"unbalanced', literal=True) == []
    assert len(library.search("rice AND", literal=True)) == 0  # "AND" is a word here, and no quote has it
    assert {h.text for h in library.search("rice prices", literal=True)} == {"Rice prices will fall next month."}
    with pytest.raises(SearchSyntaxError, match="no letters or digits"):
        library.search("*** --", literal=True)


def test_fts_syntax_works(library: Store) -> None:
    assert {h.text for h in library.search("rice NOT prices")} == {"Rice imports are stopped."}
    assert {h.text for h in library.search('"prices will fall"')} == {"Rice prices will fall next month."}
    assert {h.text for h in library.search("bridg*")} == {"Bridges need money."}
    assert {h.speaker for h in library.search("Pratt")} == {"Cy Pratt"}  # the speaker is indexed too


def test_filters(library: Store) -> None:
    def outlets(**filters) -> list:
        return sorted((h.outlet, h.text[:5]) for h in library.search("rice OR bridges", **filters))

    assert outlets() == [("Daily", "Rice "), ("Daily", "Rice "), ("Weekly", "Bridg"), ("Weekly", "Rice ")]
    assert outlets(speaker="ann lee") == [("Daily", "Rice "), ("Weekly", "Rice ")]
    assert outlets(agency="Reuters") == [("Daily", "Rice ")]
    assert outlets(since="2025-02") == [("Weekly", "Bridg"), ("Weekly", "Rice ")]
    assert outlets(until="2025-01") == [("Daily", "Rice "), ("Daily", "Rice ")]
    assert outlets(since="2025", until="2025-06-01") == outlets()
    claim = next(c for c in library.claims() if c.speaker == "Bo Chen")
    library.set_verdict(claim.id, status="done", rating="Half true")
    assert outlets(status="done") == [("Daily", "Rice ")]
    assert outlets(rating="half true") == [("Daily", "Rice ")]
    assert len(outlets(status="unreviewed")) == 3
    assert outlets(speaker="nobody") == []
    with pytest.raises(StoreError, match="not a date"):
        library.search("rice", since="last week")
    with pytest.raises(StoreError, match="unknown status"):
        library.search("rice", status="maybe")


def test_limit_and_order(library: Store) -> None:
    hits = library.search("rice", limit=1)
    assert len(hits) == 1
    all_hits = library.search("rice")
    assert [h.rank for h in all_hits] == sorted(h.rank for h in all_hits)
    assert all(h.kind == "quote" for h in all_hits)  # claims already shown through their quotes


def test_quotes_no_longer_in_their_article_are_not_found(store: Store) -> None:
    text = 'Budget\n\nShe said "Railways get more money." and "Ports get less."'
    store.add_document(make_doc(text, title="Budget"),
                       make_analysis(text, ("Railways get more money.", "Ann Lee"), ("Ports get less.", "Ann Lee")))
    revised = 'Budget\n\nShe said "Ports get less."'
    store.add_document(make_doc(revised, title="Budget"), make_analysis(revised, ("Ports get less.", "Ann Lee")))
    assert [h.kind for h in store.search("railways")] == ["claim"]  # the claim remains, its quote is gone
    assert [h.kind for h in store.search("ports")] == ["quote"]


def test_very_common_queries_list_the_newest_first(library: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotedesk.store import search

    assert library.search("rice").ranked
    monkeypatch.setattr(search, "RANKED_MATCHES", 2)
    hits = library.search("rice")
    assert not hits.ranked
    assert [h.quote_id for h in hits] == sorted((h.quote_id for h in hits), reverse=True)
    assert [h.outlet for h in library.search("rice", speaker="Ann Lee")] == ["Weekly", "Daily"]


def test_notes_and_articles_are_searchable(library: Store) -> None:
    claim = library.claims()[0]
    library.add_note(claim.id, "The ministry's own figures contradict this")
    assert [n.claim_id for n in library.search_notes("ministry figures")] == [claim.id]
    assert [a.title for a in library.search_articles("bridges")] == ["Two"]
    assert {a.title for a in library.search_articles("rice")} == {"One", "Two"}
    with pytest.raises(SearchSyntaxError):
        library.search_notes('"open')
    with pytest.raises(SearchSyntaxError):
        library.search_articles("AND AND")
