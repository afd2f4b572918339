"""JSON and JSON Lines: re-read with the json module; the full structure, and the metadata."""

from __future__ import annotations

import json
from pathlib import Path

from export_library import EVIDENCE_URL, HOSTILE_NOTE, LAVROV_CYRILLIC, LAVROV_TEXT, PESKOV_TEXT, Library
from quotedesk.export import ExportFilters, export
from quotedesk.store import Store

CLAIM_KEYS = {"id", "text", "speaker", "speaker_id", "speaker_kind", "speaker_role", "first_seen", "last_seen",
              "agencies", "outlets", "first_appearance", "appearances", "verdict", "history"}


def _check_peskov(claim: dict) -> None:
    assert set(claim) == CLAIM_KEYS
    assert claim["text"] == PESKOV_TEXT and claim["speaker"] == "Dmitry Peskov"
    assert (claim["speaker_kind"], claim["speaker_role"]) == ("person", "Kremlin spokesman")
    assert [(a["seen_on"], a["outlet"], a["agency"], a["url"]) for a in claim["appearances"]] == [
        ("2025-02-26", "Kompas", "Reuters", "https://example.id/kremlin-1"),
        ("2025-02-27", "The Jakarta Post", "Associated Press", "https://example.com/peskov-2"),
        ("2025-02-28", "Tempo", "Reuters", "https://example.id/kremlin-3"),
    ]
    assert claim["first_appearance"] == claim["appearances"][0]
    assert claim["appearances"][2]["title"] == 'Kremlin bersiap & "siaga"'
    verdict = claim["verdict"]
    assert (verdict["status"], verdict["rating"], verdict["rated_by"]) == ("done", "False", "Ana Wulandari")
    assert [n["text"] for n in verdict["notes"]] == [HOSTILE_NOTE]
    assert verdict["evidence"][0] == {**verdict["evidence"][0], "url": EVIDENCE_URL, "note": 'Siaran pers "resmi"',
                                      "retrieved_at": "2025-03-02T09:00:00Z", "author": "Ana Wulandari"}
    assert verdict["tags"] == ["kremlin", "ukraina"]
    history = claim["history"]
    assert [e["field"] for e in history if e["entity"] == "claim"] == ["status", "rating", "note", "evidence",
                                                                        "evidence", "tags"]
    assert all(e["who"] == "Ana Wulandari" for e in history)
    rating = next(e for e in history if e["field"] == "rating")
    assert (rating["from_value"], rating["to_value"]) == (None, "False")


def test_json_has_metadata_and_every_claim_in_full(store: Store, library: Library, tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    result = export(store, "json", out, generated_at="2025-03-05T10:00:00Z")
    assert result.written == 5
    raw = out.read_text(encoding="utf-8")
    assert LAVROV_CYRILLIC in raw and "sorgfältig" in raw  # UTF-8 text, not \u escapes
    doc = json.loads(raw)
    assert set(doc) == {"meta", "claims"}
    meta = doc["meta"]
    assert meta["generated_at"] == "2025-03-05T10:00:00Z" and meta["generator"] == "Quotedesk 0.1.0"
    assert meta["filters"] == {} and meta["filters_text"] == "none (every claim)" and meta["claims"] == 5
    assert meta["database"] == "claims.db"
    assert meta["rating_scale"][0] == {"label": "True", "value": 5.0}
    assert [c["id"] for c in doc["claims"]] == [library.peskov, library.script, library.formula, library.lavrov,
                                                library.merz]
    by_id = {c["id"]: c for c in doc["claims"]}
    _check_peskov(by_id[library.peskov])
    assert by_id[library.script]["text"] == "<script>alert('x')</script> adalah kebohongan besar,"
    assert by_id[library.script]["verdict"]["rated_by"] == "Budi Editor"
    # JSON is data, not a spreadsheet: the formula text is kept exactly
    assert by_id[library.formula]["text"] == "=HYPERLINK('http://evil.example') tidak benar,"
    assert by_id[library.formula]["verdict"]["rating"] is None
    lavrov = by_id[library.lavrov]
    assert (lavrov["text"], lavrov["speaker"]) == (LAVROV_TEXT, LAVROV_CYRILLIC)
    assert {e["field"] for e in lavrov["history"]} >= {"speaker", "text", "rating"}
    assert by_id[library.merz]["appearances"][0]["url"] is None


def test_json_lines_start_with_the_metadata(store: Store, library: Library, tmp_path: Path) -> None:
    out = tmp_path / "log.jsonl"
    filters = ExportFilters(agency="Reuters", since="2025-02", until="2025-02")
    result = export(store, "jsonl", out, filters)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + result.written == 1 + 4
    first, *claims = (json.loads(line) for line in lines)
    assert set(first) == {"meta"}
    assert first["meta"]["filters"] == {"agency": "Reuters", "since": "2025-02", "until": "2025-02"}
    assert first["meta"]["filters_text"] == 'agency="Reuters", since="2025-02", until="2025-02"'
    assert all(set(c) == CLAIM_KEYS for c in claims)
    _check_peskov(next(c for c in claims if c["id"] == library.peskov))
    assert LAVROV_TEXT in [c["text"] for c in claims]  # the newline stays inside its line, escaped


def test_an_empty_log_is_still_valid_json(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    result = export(store, "json", out, ExportFilters(since="2030"))
    assert result.written == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["claims"] == [] and doc["meta"]["claims"] == 0 and doc["meta"]["filters"] == {"since": "2030"}
