"""Importing an article held in memory: the paste box and the clipboard."""

from __future__ import annotations

from pathlib import Path

from quotedesk.library import import_text
from quotedesk.store import Store


def test_pasted_text_is_stored_with_what_the_person_gave(tmp_path: Path, sample_text: str) -> None:
    with Store.open(tmp_path / "paste.db") as store:
        summary = import_text(store, sample_text, title="  Pasted   Peskov ", outlet="Example Daily",
                              url="https://example.org/peskov")
        assert (summary.imported, summary.failed) == (1, [])
        (article,) = store.articles()
        assert (article.title, article.outlet, article.url) == ("Pasted Peskov", "Example Daily",
                                                                 "https://example.org/peskov")
        assert [r.source for r in store.revisions(article.id)] == ["https://example.org/peskov"]
        speakers = [q.speaker for q in store.quotes(article_id=article.id) if q.kind != "indirect"]
        assert speakers == ["Dmitry Peskov", "Dmitry Peskov",
                            "Sumber yang mengetahui isi rancangan perjanjian tersebut"]


def test_empty_paste_is_a_failure_not_an_article(tmp_path: Path) -> None:
    with Store.open(tmp_path / "paste.db") as store:
        summary = import_text(store, "   \n ")
        assert summary.imported == 0
        assert summary.failed == [("pasted", "pasted: is empty (only whitespace)")]
        assert store.articles() == []
