"""The claim-log records and the filters that choose them."""

from __future__ import annotations

import pytest
from export_library import EVIDENCE_URL, HOSTILE_NOTE, HOSTILE_URL, LAVROV_CYRILLIC, LAVROV_TEXT, PESKOV_TEXT, Library
from quotedesk.export import ExportError, ExportFilters, open_log, read_record, select_claims
from quotedesk.store import Store


def test_a_record_holds_the_whole_story_of_a_claim(store: Store, library: Library) -> None:
    record = read_record(store, library.peskov)
    assert record.claim.text == PESKOV_TEXT
    assert record.claim.speaker == "Dmitry Peskov" and record.speaker_kind == "person"
    assert [(a.seen_on, a.outlet, a.agency) for a in record.appearances] == [
        ("2025-02-26", "Kompas", "Reuters"),
        ("2025-02-27", "The Jakarta Post", "Associated Press"),
        ("2025-02-28", "Tempo", "Reuters"),
    ]
    assert record.first is not None and record.first.url == "https://example.id/kremlin-1"
    assert record.agencies == ("Reuters", "Associated Press")
    assert record.outlets == ("Kompas", "The Jakarta Post", "Tempo")
    assert (record.verdict.status, record.verdict.rating) == ("done", "False")
    assert record.rated_by == "Ana Wulandari" and record.rated_at.endswith("Z")
    assert [n.text for n in record.verdict.notes] == [HOSTILE_NOTE]
    assert [e.url for e in record.verdict.evidence] == [EVIDENCE_URL, HOSTILE_URL]
    assert record.verdict.tags == ("kremlin", "ukraina")
    assert {e.field for e in record.history} >= {"status", "rating", "note", "evidence", "tags"}

    as_dict = record.to_dict()
    assert as_dict["first_appearance"]["outlet"] == "Kompas"
    assert len(as_dict["appearances"]) == 3 and as_dict["agencies"] == ["Reuters", "Associated Press"]
    assert as_dict["verdict"]["rated_by"] == "Ana Wulandari"
    assert as_dict["verdict"]["evidence"][0]["note"] == 'Siaran pers "resmi"'


def test_rated_by_is_who_gave_the_current_rating(store: Store, library: Library) -> None:
    assert read_record(store, library.script).rated_by == "Budi Editor"
    # a later status change by someone else does not make them the rater
    store.set_user_name("Someone Else")
    store.set_verdict(library.script, status="done")
    record = read_record(store, library.script)
    assert record.rated_by == "Budi Editor" and record.verdict.updated_by == "Someone Else"
    # an undo that gives a rating back is the act that gave it
    store.set_verdict(library.script, rating="True")
    assert read_record(store, library.script).rated_by == "Someone Else"
    store.set_user_name("Undoer")
    store.undo()
    record = read_record(store, library.script)
    assert (record.verdict.rating, record.rated_by) == ("Mostly false", "Undoer")
    assert read_record(store, library.formula).rated_by is None


def test_the_corrected_speaker_and_edited_text_are_exported(store: Store, library: Library) -> None:
    record = read_record(store, library.lavrov)
    assert record.claim.speaker == LAVROV_CYRILLIC
    assert record.claim.text == LAVROV_TEXT
    assert record.appearances[0].text == "Rusia siap berdialog,"  # the quote as it appeared


@pytest.mark.parametrize(("filters", "expected"), [
    (ExportFilters(), ["peskov", "script", "formula", "lavrov", "merz"]),
    (ExportFilters(speaker="peskov"), ["peskov"]),
    (ExportFilters(speaker="Сергей Лавров"), ["lavrov"]),
    (ExportFilters(agency="Associated Press"), ["peskov"]),
    (ExportFilters(agency="dpa"), ["merz"]),
    (ExportFilters(outlet="jakarta"), ["peskov"]),
    (ExportFilters(outlet="SPIEGEL"), ["merz"]),
    (ExportFilters(rating="mostly FALSE"), ["script"]),
    (ExportFilters(status="in-progress"), ["merz"]),
    (ExportFilters(status="unreviewed"), ["script", "formula"]),
    (ExportFilters(tag="Kremlin"), ["peskov"]),
    (ExportFilters(since="2025-02-28"), ["peskov", "script", "formula", "lavrov", "merz"]),
    (ExportFilters(until="2025-02-26"), ["peskov"]),
    (ExportFilters(since="2025-03"), ["merz"]),
    (ExportFilters(since="2025-02-27", until="2025-02-27"), ["peskov"]),
    # one appearance must meet every appearance filter at once: Reuters was not there on the 27th
    (ExportFilters(agency="Reuters", since="2025-02-27", until="2025-02-27"), []),
    (ExportFilters(agency="Reuters", outlet="Tempo", rating="False"), ["peskov"]),
    (ExportFilters(text="kebohongan"), ["script"]),
    (ExportFilters(text="kementerian", speaker="peskov"), ["peskov"]),
    (ExportFilters(text="=HYPERLINK(", literal=True), ["formula"]),
], ids=lambda v: v.describe() if isinstance(v, ExportFilters) else None)
def test_filters_choose_the_claims(store: Store, library: Library, filters: ExportFilters,
                                   expected: list[str]) -> None:
    names = {getattr(library, name): name for name in ("peskov", "script", "formula", "lavrov", "merz")}
    assert [names[cid] for cid in select_claims(store, filters)] == expected


@pytest.mark.parametrize(("filters", "message"), [
    (ExportFilters(speaker="Nobody Atall"), "no speaker called 'Nobody Atall'"),
    (ExportFilters(agency="Xinhua"), "no agency called 'Xinhua'"),
    (ExportFilters(rating="Pants on fire"), "not on this database's rating scale"),
    (ExportFilters(status="maybe"), "unknown status"),
    (ExportFilters(since="yesterday"), "not a date"),
    (ExportFilters(text='"unbalanced'), "cannot search for"),
])
def test_bad_filters_are_errors_not_empty_logs(store: Store, filters: ExportFilters, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        select_claims(store, filters)


def test_the_metadata_says_how_the_log_was_made(store: Store, library: Library) -> None:
    filters = ExportFilters(speaker='Dmitry "Peskov"', rating="False", text="kontak", literal=True)
    log = open_log(store, ExportFilters(speaker="Peskov", rating="False"), generated_at="2025-03-05T10:00:00Z")
    assert log.meta.claims == 1 and log.meta.database == "claims.db"
    assert log.meta.line() == ('Claim log exported 2025-03-05T10:00:00Z by Quotedesk 0.1.0 from claims.db; '
                               'filters: speaker="Peskov", rating="False"; 1 claim')
    assert filters.describe() == 'text="kontak", literal, speaker="Dmitry \\"Peskov\\"", rating="False"'
    assert filters.to_dict() == {"text": "kontak", "literal": True, "speaker": 'Dmitry "Peskov"', "rating": "False"}
    assert ExportFilters().describe() == "none (every claim)" and ExportFilters(literal=True).to_dict() == {}
    assert [lv["label"] for lv in log.meta.to_dict()["rating_scale"]] == [
        "True", "Mostly true", "Half true", "Mostly false", "False", "Unverifiable"]


def test_records_are_read_as_they_are_written_with_progress(store: Store) -> None:
    seen: list[tuple[int, int]] = []
    log = open_log(store, progress=lambda done, total: seen.append((done, total)))
    assert seen == []  # nothing read yet
    records = list(log.records())
    assert len(records) == 5 and seen == [(n, 5) for n in range(1, 6)]
