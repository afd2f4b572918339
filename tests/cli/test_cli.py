"""`quotedesk extract` (readable, --json, --jsonl) and the spaCy component, as users run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from quotedesk.cli import main

CONTRACT_KEYS = {
    "text", "start", "end", "kind", "speaker", "speaker_start", "speaker_end", "speaker_kind",
    "role", "cue", "agency", "agency_relation", "confidence", "evidence",
}
TIMEOUT = 120


def run_cli(
    args: list[str], stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "quotedesk.cli", *args],
        input=stdin.encode("utf-8") if stdin is not None else None,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


def check_quote(q: dict, text: str) -> None:
    assert set(q) == CONTRACT_KEYS
    assert q["kind"] in ("direct", "partial", "indirect")
    assert 0 <= q["start"] < q["end"] <= len(text)
    assert text[q["start"] : q["end"]] == q["text"]
    if q["speaker_start"] is not None:
        assert 0 <= q["speaker_start"] < q["speaker_end"] <= len(text)


# ---- extract FILE ----------------------------------------------------------------------------------


def test_extract_readable_listing(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert str(sample_path) in out
    assert "[id]" in out
    assert "Dmitry Peskov" in out
    assert "Reuters" in out
    assert "Juru bicara Kremlin" in out
    assert "mention 'Peskov'" in out
    assert "mention 'ujarnya'" in out
    assert "Kontak sedang dipersiapkan" in out


def test_extract_json(sample_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(sample_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(sample_path)
    assert data["lang"] == "id"
    quotes = data["quotes"]
    assert quotes
    for q in quotes:
        check_quote(q, sample_text)
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert direct[0]["speaker"] == "Dmitry Peskov"
    assert direct[0]["text"].startswith("Kontak sedang dipersiapkan")
    assert (direct[0]["agency"], direct[0]["agency_relation"]) == ("Reuters", "reported_by")
    assert all(q["agency"] != "TASS" for q in quotes)


def test_extract_json_respects_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("“We are ready for the talks,” said John Brown.", encoding="utf-8")
    assert main(["extract", str(f), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lang"] == "en"
    assert [(q["speaker"], q["cue"]) for q in data["quotes"]] == [("John Brown", "said")]


def test_extract_without_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) != 0
    assert "--jsonl" in capsys.readouterr().err


def test_binary_file_is_a_clear_error(tmp_path: Path) -> None:
    blob = tmp_path / "photo.jpg"
    blob.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 16)
    res = run_cli(["extract", str(blob)], cwd=tmp_path)
    err = res.stderr.decode("utf-8", "replace")
    assert res.returncode != 0
    assert "Traceback" not in err
    assert "photo.jpg" in err
    assert "binary" in err
    assert res.stdout == b""


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) != 0
    err = capsys.readouterr().err
    assert "nope.txt" in err
    assert "Traceback" not in err


def test_good_file_after_a_bad_one_is_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(range(256)) * 8)
    good = tmp_path / "good.txt"
    good.write_text("“Kami siap bertanding besok,” kata Budi kepada wartawan.", encoding="utf-8")
    assert main(["extract", str(bad), str(good), "--lang", "id"]) == 1
    captured = capsys.readouterr()
    assert "bad.bin" in captured.err
    assert "Budi" in captured.out


# ---- extract --jsonl ---------------------------------------------------------------------------------


GOOD_TEXT = "Menteri Budi Santoso berbicara di Jakarta. “Kami siap menghadapi pertandingan itu,” kata Budi."
ENGLISH_TEXT = "“We are ready for the talks,” said John Brown."
# json.dumps escapes the lone surrogate as the six characters \ud800: valid JSON
SURROGATE_TEXT = "Budi berkata \ud800 “Kami siap menghadapi pertandingan itu,” kata Budi."
JSONL_INPUT = [
    json.dumps({"id": "good", "text": GOOD_TEXT, "lang": "id"}, ensure_ascii=False),
    "this is { not json",
    json.dumps({"id": "num", "text": 42, "lang": "id"}),
    json.dumps({"id": 7, "text": ENGLISH_TEXT, "lang": None}),
    json.dumps({"id": "surrogate", "text": SURROGATE_TEXT, "lang": "id"}),
    json.dumps({"id": "after", "text": GOOD_TEXT, "lang": "id"}, ensure_ascii=False),
]


@pytest.fixture(scope="module")
def jsonl_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess:
    assert "\\ud800" in JSONL_INPUT[4]
    return run_cli(["extract", "--jsonl"], stdin="\n".join(JSONL_INPUT) + "\n",
                   cwd=tmp_path_factory.mktemp("jsonl"))


@pytest.fixture(scope="module")
def jsonl_rows(jsonl_run: subprocess.CompletedProcess) -> list[dict]:
    assert jsonl_run.returncode == 0, jsonl_run.stderr
    assert b"Traceback" not in jsonl_run.stderr
    out = jsonl_run.stdout.decode("utf-8").splitlines()  # strict UTF-8: no raw surrogates written
    assert len(out) == len(JSONL_INPUT)
    return [json.loads(line) for line in out]


def test_jsonl_one_line_per_input_in_order(jsonl_rows: list[dict]) -> None:
    assert [r["id"] for r in jsonl_rows] == ["good", None, "num", 7, "surrogate", "after"]


def test_jsonl_valid_line_follows_the_contract(jsonl_rows: list[dict]) -> None:
    good = jsonl_rows[0]
    assert set(good) == {"id", "lang", "quotes"}
    assert good["lang"] == "id"
    assert len(good["quotes"]) == 1
    for q in good["quotes"]:
        check_quote(q, GOOD_TEXT)
    q = good["quotes"][0]
    assert q["text"] == "Kami siap menghadapi pertandingan itu,"
    assert q["speaker"] == "Budi Santoso"
    assert GOOD_TEXT[q["speaker_start"] : q["speaker_end"]] == "Budi"
    assert q["kind"] == "direct"
    assert q["cue"] == "kata"
    assert jsonl_rows[5] == {**good, "id": "after"}


def test_jsonl_detects_language_when_lang_is_null(jsonl_rows: list[dict]) -> None:
    english = jsonl_rows[3]
    assert set(english) == {"id", "lang", "quotes"}
    assert english["lang"] == "en"
    for q in english["quotes"]:
        check_quote(q, ENGLISH_TEXT)
    assert [(q["speaker"], q["cue"]) for q in english["quotes"]] == [("John Brown", "said")]


def test_jsonl_bad_lines_give_id_and_error(jsonl_rows: list[dict]) -> None:
    not_json, num = jsonl_rows[1], jsonl_rows[2]
    assert set(not_json) == {"id", "error"}
    assert isinstance(not_json["error"], str) and not_json["error"]
    assert set(num) == {"id", "error"}
    assert num["id"] == "num"
    assert "text" in num["error"]


def test_jsonl_lone_surrogate_does_not_break_the_stream(jsonl_rows: list[dict]) -> None:
    row = jsonl_rows[4]
    assert row["id"] == "surrogate"
    assert set(row) in ({"id", "lang", "quotes"}, {"id", "error"})
    # and the line after it is processed normally
    assert jsonl_rows[5]["quotes"][0]["speaker"] == "Budi Santoso"


def test_jsonl_lone_surrogate_still_gives_quotes(jsonl_rows: list[dict]) -> None:
    row = jsonl_rows[4]
    assert "error" not in row, row
    (q,) = [q for q in row["quotes"] if q["kind"] == "direct"]
    check_quote(q, SURROGATE_TEXT)
    assert q["speaker"] == "Budi"


# ---- spaCy component -----------------------------------------------------------------------------


SPACY_SCRIPT = textwrap.dedent(
    """
    import json, sys
    import spacy
    assert "quotedesk" not in sys.modules, "test must not import quotedesk first"
    nlp = spacy.blank("id")
    nlp.add_pipe("quotedesk_attribution")
    doc = nlp(sys.stdin.read())
    print(json.dumps({"pipes": nlp.pipe_names,
                      "quotes": [q.to_dict() for q in doc._.quotes]}, ensure_ascii=True))
    """
)


def test_spacy_component_registered_by_entry_point(tmp_path: Path) -> None:
    text = (
        "Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan di Moskow. "
        "“Kami belum menerima undangan,” kata Peskov, dilansir Reuters."
    )
    res = subprocess.run(
        [sys.executable, "-c", SPACY_SCRIPT],
        input=text.encode("utf-8"),
        capture_output=True,
        cwd=tmp_path,
        timeout=TIMEOUT,
        check=False,
    )
    assert res.returncode == 0, res.stderr.decode("utf-8", "replace")
    data = json.loads(res.stdout)
    assert data["pipes"] == ["quotedesk_attribution"]
    direct = [q for q in data["quotes"] if q["kind"] == "direct"]
    assert len(direct) == 1
    q = direct[0]
    check_quote(q, text)
    assert q["text"] == "Kami belum menerima undangan,"
    assert q["speaker"] == "Dmitry Peskov"
    assert text[q["speaker_start"] : q["speaker_end"]] == "Peskov"
    assert q["cue"] == "kata"
    assert (q["agency"], q["agency_relation"]) == ("Reuters", "reported_by")
