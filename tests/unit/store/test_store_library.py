"""The library listing: one window of articles, newest first, filtered in SQL, with counts."""

from __future__ import annotations

import pytest
from quotedesk.store import LibraryRow, SearchSyntaxError, Store, StoreError, listings
from store_helpers import make_analysis, make_doc

T1 = "Alpha. “Talks will resume soon,” said Dmitry Peskov. “Nothing was signed,” he said. Obsolete wording."
T2 = "Beta. “Kami siap berunding,” kata Joko Widodo. Lalu: “Kami siap berunding,” katanya lagi."
T3 = "Gamma. “Wir sind bereit,” sagte Olaf Scholz."
T4 = "Delta. A quiet day with nobody quoted at all."
T5 = "Epsilon. “Exports grew,” the minister said."
T6 = "Zeta. Again: “Talks will resume soon,” said Dmitry Peskov."


@pytest.fixture
def lib(store: Store) -> Store:
    """Six articles, ids 1..6 in import order; verdicts make 1 in progress, 2 and 6 done."""
    items = [
        (make_doc(T1, title="Alpha", outlet="Daily Planet", url="https://e.org/1"),
         make_analysis(T1, ("Talks will resume soon,", "Dmitry Peskov"), ("Nothing was signed,", "Dmitry Peskov"),
                       agency="Reuters")),
        (make_doc(T2, title="Beta", outlet="Kompas", lang="id"),
         make_analysis(T2, ("Kami siap berunding,", "Joko Widodo", "Antara"),
                       ("Kami siap berunding,", "Joko Widodo", "Antara"), lang="id")),
        (make_doc(T3, title="Gamma", outlet="Süddeutsche Zeitung", lang="de"),
         make_analysis(T3, ("Wir sind bereit,", "Olaf Scholz", "dpa"), lang="de")),
        (make_doc(T4, title="Delta", outlet="daily planet weekly"), make_analysis(T4)),
        (make_doc(T5, title="Epsilon", outlet="ÖSTERREICH HEUTE", lang="EN"),
         make_analysis(T5, ("Exports grew,", "the minister", None, "anonymous"))),
        (make_doc(T6, title="Zeta", outlet="Other Paper"),
         make_analysis(T6, ("Talks will resume soon,", "Dmitry Peskov"))),
    ]
    results = store.add_documents(items)
    assert [r.article_id for r in results] == [1, 2, 3, 4, 5, 6]
    talks, nothing = (q.claim_id for q in store.quotes(article_id=1))
    store.set_verdict(talks, status="done")
    store.set_verdict(store.quotes(article_id=2)[0].claim_id, status="done")
    store.set_verdict(nothing, status="unreviewed", rating="False")  # a verdict row, still unreviewed
    return store


def ids(rows: list[LibraryRow]) -> list[int]:
    return [r.article.id for r in rows]


def test_rows_carry_the_article_and_its_counts(lib: Store) -> None:
    rows = {r.article.id: r for r in lib.library()}
    assert ids(lib.library()) == [6, 5, 4, 3, 2, 1]
    assert rows[1].article == lib.article(1)
    counts = {aid: (r.quotes, r.claims, r.done, r.reviewed, r.state) for aid, r in rows.items()}
    assert counts == {
        1: (2, 2, 1, 1, "in progress"),
        2: (2, 1, 1, 1, "done"),  # the same statement twice is one claim
        3: (1, 1, 0, 0, "unreviewed"),
        4: (0, 0, 0, 0, "unreviewed"),
        5: (1, 1, 0, 0, "unreviewed"),
        6: (1, 1, 1, 1, "done"),  # its claim was verified in article 1
    }
    assert lib.library_row(1) == rows[1]


def test_the_order_and_windows_are_those_of_articles(lib: Store) -> None:
    assert ids(lib.library()) == [a.id for a in lib.articles()]
    assert ids(lib.library(limit=2)) == [6, 5]
    assert ids(lib.library(limit=2, offset=2)) == [4, 3]
    assert ids(lib.library(limit=4, offset=4)) == [2, 1]
    assert lib.library(offset=6) == []
    assert lib.library(limit=0) == []


def test_language_is_exact_and_ignores_case(lib: Store) -> None:
    assert ids(lib.library(lang="en")) == [6, 5, 4, 1]
    assert ids(lib.library(lang="ID")) == [2]
    assert ids(lib.library(lang="e")) == []


def test_outlet_is_a_substring_in_any_case(lib: Store) -> None:
    assert ids(lib.library(outlet="PLANET")) == [4, 1]
    assert ids(lib.library(outlet="süddeutsche")) == [3]
    assert ids(lib.library(outlet="österreich")) == [5]  # not ASCII: SQLite's LIKE would miss it
    assert ids(lib.library(outlet="50%")) == []


@pytest.mark.parametrize("set_limit", [listings.AGENCY_SET_LIMIT, 1])
def test_agency_of_the_article_or_of_a_current_quote(lib: Store, monkeypatch: pytest.MonkeyPatch,
                                                     set_limit: int) -> None:
    # with 1, every agency counts as common and each article is asked on its own
    monkeypatch.setattr(listings, "AGENCY_SET_LIMIT", set_limit)
    assert ids(lib.library(agency="reut")) == [1]  # the article's own agency
    assert ids(lib.library(agency="ANTARA")) == [2]  # its quotes' agency
    assert ids(lib.library(agency="dpa")) == [3]
    assert ids(lib.library(agency="a")) == [3, 2]  # Antara, dpa
    assert ids(lib.library(agency="r")) == [2, 1]  # Antara, Reuters
    assert lib.library(agency="AFP") == []
    # a quote no longer in the article no longer counts
    lib.reanalyse(3, make_analysis(T3, ("Wir sind bereit,", "Olaf Scholz"), lang="de"))
    assert lib.library(agency="dpa") == []
    assert lib.library_row(3).quotes == 1


def test_a_corrected_agency_is_the_one_filtered_on(lib: Store) -> None:
    quote = lib.quotes(article_id=5)[0]
    lib.correct_agency(quote.id, "AFP")
    assert ids(lib.library(agency="afp")) == [5]


def test_status_is_the_articles_state(lib: Store) -> None:
    assert ids(lib.library(status="done")) == [6, 2]
    assert ids(lib.library(status="in progress")) == [1]
    assert ids(lib.library(status="unreviewed")) == [5, 4, 3]
    assert ids(lib.library(status="in_progress")) == [1]  # spelled as the CLI accepts it
    with pytest.raises(StoreError):
        lib.library(status="finished")


def test_status_follows_verdicts_and_quotes_leaving(lib: Store) -> None:
    nothing = lib.quotes(article_id=1)[1].claim_id
    lib.set_verdict(nothing, status="done")
    assert ids(lib.library(status="done")) == [6, 2, 1]
    lib.set_verdict(nothing, status="in progress")
    assert ids(lib.library(status="in progress")) == [1]
    # the claim still in progress leaves the article: every claim left is done
    lib.reanalyse(1, make_analysis(T1, ("Talks will resume soon,", "Dmitry Peskov")))
    assert ids(lib.library(status="done")) == [6, 2, 1]
    assert (lib.library_row(1).claims, lib.library_row(1).state) == (1, "done")


def test_query_searches_the_current_text_and_title(lib: Store) -> None:
    assert ids(lib.library("resume")) == [6, 1]
    assert ids(lib.library("epsilon")) == [5]
    assert ids(lib.library("resume", limit=1, offset=1)) == [1]
    assert ids(lib.library("obsolete")) == [1]
    revised = T1.replace(" Obsolete wording.", "")
    lib.add_document(make_doc(revised, title="Alpha", outlet="Daily Planet", url="https://e.org/1"),
                     make_analysis(revised, ("Talks will resume soon,", "Dmitry Peskov")))
    assert lib.library("obsolete") == []  # only in the earlier revision
    assert [a.id for a in lib.search_articles("obsolete")] == [1]  # which the ranked search still finds


def test_query_syntax(lib: Store) -> None:
    with pytest.raises(SearchSyntaxError):
        lib.library('"talks')
    assert ids(lib.library('"talks', literal=True)) == [6, 1]
    assert ids(lib.library("talks OR kami")) == [6, 2, 1]
    assert ids(lib.library("   ")) == [6, 5, 4, 3, 2, 1]  # a blank query is no filter


def test_filters_combine(lib: Store) -> None:
    assert ids(lib.library("talks", status="done")) == [6]
    assert ids(lib.library("talks", lang="en", outlet="planet", agency="reuters", status="in progress")) == [1]
    assert ids(lib.library(lang="en", status="unreviewed")) == [5, 4]
    assert ids(lib.library(lang="en", status="unreviewed", limit=1, offset=1)) == [4]
    assert lib.library("talks", lang="id") == []


def test_the_window_plans(lib: Store) -> None:
    def plan(**kw) -> str:
        sql, params = listings.window_query(lib.db, **kw)
        return " | ".join(r[3] for r in lib.db.execute("EXPLAIN QUERY PLAN " + sql, params))

    assert plan() == "SCAN a"  # newest first by rowid: no sort, stops at the window
    assert "USE TEMP B-TREE" not in plan(lang="en")
    assert "articles_lang" in plan(lang="en")
    assert "articles_outlet" in plan(outlet="planet")
    # next to another filter the walk stays in rowid order, whatever the language
    assert plan(lang="en", status="unreviewed").startswith("SCAN a")
    assert "quotes_agency" in plan(agency="reuters")
    assert "SCAN quotes" not in plan(query="talks", lang="en", outlet="planet", agency="reuters", status="done")
    assert listings.window_query(lib.db, outlet="no such outlet") is None


def test_the_gui_pages_through_the_library(lib: Store) -> None:
    from quotedesk.gui.queries import ArticleFilter, article_page, article_stats

    english = ArticleFilter(lang="en")
    rows, after, exhausted = article_page(lib, english, 0, 2)
    assert (ids(rows), after, exhausted) == ([6, 5], 2, False)
    rows, after, exhausted = article_page(lib, english, after, 2)
    assert (ids(rows), after, exhausted) == ([4, 1], 4, True)  # the last full page already says so
    assert ids(article_page(lib, ArticleFilter(query='"talks'), 0, 10)[0]) == [6, 1]  # words as typed
    assert article_page(lib, ArticleFilter(query="?!"), 0, 10) == ([], 0, True)
    assert ids(article_page(lib, ArticleFilter(status="done", agency="antara"), 0, 10)[0]) == [2]
    assert article_stats(lib, 1).state == "in progress"
