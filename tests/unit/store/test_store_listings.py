"""Speakers by claims, the names a completer offers, and where a quote's speaker mention sits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from quotedesk.gui.queries import known_agencies, known_speakers, mention_span, speaker_summaries, speaker_timeline
from quotedesk.library import import_paths
from quotedesk.model import Analysis, Quote
from quotedesk.store import Store, listings
from quotedesk.store.text import normalize
from store_helpers import make_analysis, make_doc

A1 = "“We are ready,” said Dmitry Peskov. “Nothing was signed,” Peskov said. “Later,” said Ann Lee."
A2 = "“Prices rose,” said Bob Stone. “We are ready,” said Dmitry Peskov. “Talks failed,” said Zed Arno."
A3 = "“Exports fell,” said Bob Stone. “Imports fell,” Bob Stone said."


@pytest.fixture
def people(store: Store) -> Store:
    store.add_documents([
        (make_doc(A1, title="One", published="2025-03-01"),
         make_analysis(A1, ("We are ready,", "Dmitry Peskov", "Reuters"), ("Nothing was signed,", "Peskov"),
                       ("Later,", "Ann Lee"))),
        (make_doc(A2, title="Two", published="2025-01-15"),
         make_analysis(A2, ("Prices rose,", "Bob Stone"), ("We are ready,", "Dmitry Peskov"),
                       ("Talks failed,", "Zed Arno", "Kantor Berita Lokal"))),
        (make_doc(A3, title="Three", published="2025-02-10"),
         make_analysis(A3, ("Exports fell,", "Bob Stone"), ("Imports fell,", "Bob Stone"))),
    ])
    return store


def _id(store: Store, name: str) -> int:
    return store.find_speakers(name)[0].id


def listing(store: Store, **kw) -> list[tuple[str, int, int]]:
    return [(s.name, s.claims, s.merged) for s in store.speakers_listing(**kw)]


def test_speakers_by_claims_with_merged_ones_folded_in(people: Store) -> None:
    # Bob Stone 3 claims; Dmitry Peskov 1 claim in two articles; ties by name
    assert listing(people) == [("Bob Stone", 3, 0), ("Ann Lee", 1, 0), ("Dmitry Peskov", 1, 0),
                               ("Peskov", 1, 0), ("Zed Arno", 1, 0)]
    assert listing(people, limit=2, offset=1) == [("Ann Lee", 1, 0), ("Dmitry Peskov", 1, 0)]
    dmitry, peskov = _id(people, "Dmitry Peskov"), _id(people, "Peskov")
    people.merge_speakers(dmitry, peskov)
    assert listing(people) == [("Bob Stone", 3, 0), ("Dmitry Peskov", 2, 1), ("Ann Lee", 1, 0), ("Zed Arno", 1, 0)]
    assert people.speakers_listing()[1].id == dmitry
    people.unmerge(peskov)
    assert ("Peskov", 1, 0) in listing(people)


def test_speaker_appearances_cover_the_group_oldest_first(people: Store) -> None:
    dmitry, peskov = _id(people, "Dmitry Peskov"), _id(people, "Peskov")
    assert [(a.seen_on, a.text) for a in people.speaker_appearances(dmitry)] == [
        ("2025-01-15", "We are ready,"), ("2025-03-01", "We are ready,")]
    people.merge_speakers(dmitry, peskov)
    expected = [("2025-01-15", "We are ready,"), ("2025-03-01", "We are ready,"), ("2025-03-01", "Nothing was signed,")]
    assert [(a.seen_on, a.text) for a in people.speaker_appearances(peskov)] == expected
    assert [(a.seen_on, a.text) for a in people.speaker_appearances(dmitry)] == expected
    assert [(a.seen_on, a.text) for a in people.speaker_appearances(dmitry, limit=2)] == expected[1:]  # the latest
    assert speaker_timeline(people, peskov) == people.speaker_appearances(dmitry)


def test_gui_speaker_summaries_come_from_the_listing(people: Store) -> None:
    rows = speaker_summaries(people)
    assert [(r.name, r.claims) for r in rows[:2]] == [("Bob Stone", 3), ("Ann Lee", 1)]
    assert rows[0].speaker_id == _id(people, "Bob Stone")


def test_speaker_names_by_prefix(people: Store) -> None:
    assert people.speaker_names() == ["Ann Lee", "Bob Stone", "Dmitry Peskov", "Peskov", "Zed Arno"]
    assert people.speaker_names("dm") == ["Dmitry Peskov"]
    assert people.speaker_names("  PESKOV ") == ["Peskov"]
    assert people.speaker_names("bob-st") == ["Bob Stone"]  # compared as normalised: punctuation is a space
    assert people.speaker_names("x") == []
    assert people.speaker_names("?!") == []
    assert people.speaker_names(limit=2) == ["Ann Lee", "Bob Stone"]
    people.add_alias(_id(people, "Dmitry Peskov"), "Dmitri Peskow")
    assert people.speaker_names("dmitr") == ["Dmitri Peskow", "Dmitry Peskov"]
    assert known_speakers(people) == people.speaker_names(limit=2000)


def test_agency_names_join_the_database_and_the_shipped_list(people: Store) -> None:
    names = people.agency_names()
    assert "Kantor Berita Lokal" in names  # only in this database
    assert "Antara" in names and "Agence France-Presse" in names  # only shipped
    assert names.count("Reuters") == 1  # in both
    keys = [normalize(n) for n in names]
    assert len(keys) == len(set(keys))
    assert names == sorted(names, key=lambda n: (n.casefold(), n))
    assert set(listings.shipped_agencies()) <= set(names)
    assert known_agencies(people, 1) == names


def test_quotes_keep_the_speaker_mention_offsets(store: Store) -> None:
    text = "“We are ready,” said Peskov. “Not yet,” she said."
    quotes = (
        Quote(text="We are ready,", start=1, end=14, kind="direct", speaker="Dmitry Peskov", speaker_kind="person",
              speaker_start=text.index("Peskov"), speaker_end=text.index("Peskov") + 6),
        Quote(text="Not yet,", start=text.index("Not"), end=text.index("Not") + 8, kind="direct", speaker=None),
    )
    result = store.add_document(make_doc(text), Analysis(lang="en", quotes=quotes))
    first, second = store.quotes(article_id=result.article_id)
    assert text[first.speaker_start:first.speaker_end] == "Peskov"
    assert (second.speaker_start, second.speaker_end) == (None, None)
    assert mention_span(text, first) == (first.speaker_start, first.speaker_end)
    # a re-extraction that finds the mention elsewhere moves it
    moved = dataclasses.replace(quotes[1], speaker="Ann Lee", speaker_kind="person",
                                speaker_start=text.index("she"), speaker_end=text.index("she") + 3)
    store.reanalyse(result.article_id, Analysis(lang="en", quotes=(quotes[0], moved)))
    assert text[slice(store.quote(second.id).speaker_start, store.quote(second.id).speaker_end)] == "she"


def test_mention_span_uses_the_stored_offsets_and_falls_back_without_them(store: Store, sample_path: Path) -> None:
    article_id = import_paths(store, [sample_path]).results[0].article_id
    text = store.article_text(article_id)
    quotes = store.quotes(article_id=article_id)
    assert all(q.speaker_start is not None for q in quotes)
    spans = {q.id: mention_span(text, q) for q in quotes}
    assert all(spans[q.id] == (q.speaker_start, q.speaker_end) for q in quotes)
    ujarnya = next(q for q in quotes if q.cue == "ujarnya")
    assert text[slice(*spans[ujarnya.id])] == "ujarnya"
    # without offsets (a row from before they were kept): the mention the evidence names
    kata = next(q for q in quotes if q.cue == "kata")
    bare = dataclasses.replace(kata, speaker_start=None, speaker_end=None)
    assert text[slice(*mention_span(text, bare))] == "Peskov"
    # offsets that do not fit the text are not trusted
    broken = dataclasses.replace(kata, speaker_start=len(text), speaker_end=len(text) + 6)
    assert mention_span(text, broken) == mention_span(text, bare)
