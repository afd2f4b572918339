"""Fuzzing the engine with article-shaped text: it never raises, every offset it gives indexes the
input, and the same input gives the same result, again and from a fresh engine in another process.

The shapes (marks of every style, unbalanced and nested; each lexicon's cues; long paragraphs;
RTL and CJK; control characters; lone surrogates) live in strategies.py, shared with
benchmarks/fuzz_engine.py, which runs 100,000 of them. tests/unit/test_bad_input.py covers
fixed hostile strings and plain st.text(); this file adds the shapes and the CLI stream.
Set QUOTEDESK_FUZZ_EXAMPLES to run more examples per test.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from quotedesk.attribution import extract
from quotedesk.attribution.lexicon import available_languages, load_lexicon
from quotedesk.cli import run_jsonl

from .strategies import SURROGATES, Article, article, articles, jsonl_line, problems, vocabularies

EXAMPLES = int(os.environ.get("QUOTEDESK_FUZZ_EXAMPLES", "0")) or None
TIMEOUT = 300  # a hang guard for the subprocess, not a speed limit


def fuzz_settings(n: int) -> settings:
    # about 300 examples over the file by default: `make test` stays under half a minute here
    return settings(max_examples=EXAMPLES or n, deadline=None, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def run(art: Article):
    note(f"text={art.text!r} lang={art.lang!r}")
    a = extract(art.text, art.lang)
    assert problems(art.text, a) == []
    return a


# ---- the generator itself: it must reach what it claims to ----------------------------------------


def test_every_lexicon_gives_the_generator_its_cues() -> None:
    vocab = {w.code: w for w in vocabularies()}
    assert set(vocab) == set(available_languages())
    for code, w in vocab.items():
        assert set(load_lexicon(code).cue_verbs) <= set(w.cues), code


def test_generated_articles_have_quotes_speakers_and_hostile_parts() -> None:
    arts = [article(random.Random(i)) for i in range(300)]
    texts = "".join(a.text for a in arts)
    for ch in ("“", "«", "„", "「", "‹", "\x00", "\u2028", "\u200b", "\ufeff", "\r", "\ud800"):
        assert ch in texts, repr(ch)
    assert any("\u0600" <= ch <= "\u06ff" for ch in texts)  # Arabic
    assert any("\u0590" <= ch <= "\u05ff" for ch in texts)  # Hebrew
    assert any("\u4e00" <= ch <= "\u9fff" for ch in texts)  # CJK
    assert max(len(a.text) for a in arts) > 10_000
    assert {a.lang for a in arts} >= {None, *available_languages()}
    results = [extract(a.text, a.lang) for a in arts[:40]]
    quotes = [q for r in results for q in r.quotes]
    # the shapes are realistic enough that the engine finds attributed quotes of every kind in them
    assert {q.kind for q in quotes} == {"direct", "partial", "indirect"}
    assert sum(q.speaker is not None for q in quotes) > 20


def test_same_seed_same_article() -> None:
    assert article(random.Random("7:3")) == article(random.Random("7:3"))


@pytest.mark.parametrize(("seed", "index"), [(421, 1397)])
def test_inputs_the_fuzzer_once_broke_stay_whole(seed: int, index: int) -> None:
    """benchmarks/fuzz_engine.py --seed 421 found a German role read after the verb at the end of
    a paragraph's tokens (an IndexError); the input is made again from its seed and index."""
    art = article(random.Random(f"{seed}:{index}"))
    assert problems(art.text, extract(art.text, art.lang)) == []


# ---- the properties ------------------------------------------------------------------------------


@fuzz_settings(120)
@given(articles())
def test_articles_keep_the_contract_and_repeat(art: Article) -> None:
    a = run(art)
    assert extract(art.text, art.lang) == a


@fuzz_settings(30)
@given(articles(), st.sampled_from(SURROGATES), st.integers(0, 10**6))
def test_lone_surrogates_change_nothing_but_their_own_character(art: Article, sur: str, at: int) -> None:
    """A surrogate is read as one replacement character: the result equals that of the text
    with U+FFFD in its place, offsets included, and the quotes' texts come from the input."""
    clean = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in art.text)
    at %= len(clean) + 1
    clean = clean[:at] + "\ufffd" + clean[at:]
    dirty = Article(clean[:at] + sur + clean[at + 1:], art.lang)
    got, want = run(dirty), extract(clean, art.lang)
    assert [(q.start, q.end, q.kind, q.speaker, q.speaker_start) for q in got.quotes] == [
        (q.start, q.end, q.kind, q.speaker, q.speaker_start) for q in want.quotes]
    assert got.lang == want.lang


# ---- the --jsonl stream ---------------------------------------------------------------------------

BAD_LINES = (
    b"not json at all",
    b'{"id": "trunc", "text": "\xe2\x80\x9cWe are',
    b"[" * 50_000,
    b'{"id": ' + b"[" * 3000 + b"]" * 3000 + b', "text": "x"}',
    b'"a string"',
    b'{"id": "num", "text": 42}',
    b'{"id": "lang", "text": "ok", "lang": 5}',
    b'{"id": "bytes", "text": "\xff\xfe\xc3(\xed\xa0\x80"}',  # invalid UTF-8, incl. an encoded surrogate
    b'{"id": "escaped", "text": "\\udfff\\ud800 \\u201cWe are ready for it,\\u201d she said."}',
    b"\x00\x00\x00",
)


def results_of(stdout: bytes) -> list[dict]:
    lines = stdout.decode("utf-8").split("\n")  # strict: nothing the stream writes is broken UTF-8
    assert lines[-1] == ""
    return [json.loads(line) for line in lines[:-1]]


@fuzz_settings(30)
@given(st.lists(st.tuples(st.randoms(use_true_random=False), st.booleans()), min_size=1, max_size=5),
       st.sampled_from(BAD_LINES))
def test_jsonl_gives_one_line_per_input_whatever_the_line(items, bad: bytes) -> None:
    lines, ids = [], []
    for n, (rng, good) in enumerate(items):
        if good:
            lines.append(jsonl_line(rng, article(rng), n).encode("utf-8", "surrogatepass"))
            ids.append(n)
        else:
            lines.append(bad)
            ids.append("bad")
    out = io.BytesIO()
    assert run_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), out) == 0
    rows = results_of(out.getvalue())
    assert len(rows) == len(lines)
    for row, want in zip(rows, ids, strict=True):
        if want == "bad":
            assert "error" in row or "quotes" in row
            continue
        assert row["id"] == want and "error" not in row, row
        item = json.loads(lines[want])
        expected = extract(item["text"], item["lang"])
        assert row == {"id": want, **json.loads(json.dumps(expected.to_dict()))}


def run_cli_jsonl(data: bytes, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotedesk.cli", "extract", "--jsonl"], input=data,
                          capture_output=True, env={**os.environ, **env}, timeout=TIMEOUT, check=False)


def test_jsonl_in_another_process_equals_extract_here() -> None:
    """A fresh interpreter with another hash seed, fed generated articles through JSON (lone
    surrogates as \\ud800 escapes) and every kind of bad line, answers each line in order, with
    exactly what extract() gives in this process."""
    rng = random.Random(20261206)
    arts = [article(rng) for _ in range(60)]
    lines = [jsonl_line(rng, a, n).encode("utf-8", "surrogatepass") for n, a in enumerate(arts)]
    for k, bad in enumerate(BAD_LINES):
        lines.insert(5 * k + 3, bad)
    proc = run_cli_jsonl(b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\n",
                         PYTHONHASHSEED="4242", PYTHONIOENCODING="utf-8:strict")
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")[-3000:]
    assert proc.returncode == 0
    rows = results_of(proc.stdout)
    assert len(rows) == len(lines)
    good = [r for r in rows if r.get("id") in range(60) and "quotes" in r]
    assert [r["id"] for r in good] == list(range(60))
    for row, art in zip(good, arts, strict=True):
        assert row == {"id": row["id"], **json.loads(json.dumps(extract(art.text, art.lang).to_dict()))}
    by_id = {r["id"]: r for r in rows if isinstance(r.get("id"), str)}
    assert by_id["escaped"]["quotes"][0]["text"] == "We are ready for it,"
    assert "'text' must be a string" in by_id["num"]["error"]


# ---- regressions found by fuzzing ------------------------------------------------------------------


@pytest.mark.parametrize("io_encoding", ["utf-8:strict", "latin-1"])
def test_jsonl_bad_bytes_and_locale_do_not_end_the_stream(io_encoding: str) -> None:
    """Before: a line of invalid UTF-8 under a strict UTF-8 locale, or any non-ASCII text under a
    Latin-1 (or ASCII) one, ended the whole run with a UnicodeDecodeError or UnicodeEncodeError."""
    data = (b'{"id": "a", "text": "\xe2\x80\x9cWe are ready for it,\xe2\x80\x9d she said."}\n'
            b'{"id": "b", "text": "\xff\xfe"}\n'
            b'\xff\n'
            b'{"id": "c", "text": "\xe4\xbb\x96\xe8\xaf\xb4\xef\xbc\x9a\xe2\x80\x9c\xe5\xa5\xbd\xe2\x80\x9d"}\n')
    proc = run_cli_jsonl(data, PYTHONIOENCODING=io_encoding)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    rows = results_of(proc.stdout)
    assert [r["id"] for r in rows] == ["a", None, None, "c"]
    assert rows[0]["quotes"][0]["text"] == "We are ready for it,"
    assert rows[1]["error"].startswith("not UTF-8") and rows[2]["error"].startswith("not UTF-8")
    assert rows[3]["lang"] and "error" not in rows[3]


def test_jsonl_deeply_nested_line_is_an_error_of_its_own() -> None:
    """Before: 50,000 '[' on a line raised RecursionError out of json.loads and ended the stream."""
    out = io.BytesIO()
    run_jsonl(io.BytesIO(b"[" * 50_000 + b'\n{"id": "next", "text": "ok"}\n'), out)
    rows = results_of(out.getvalue())
    assert rows[0]["id"] is None and rows[0]["error"].startswith("not JSON")
    assert rows[1] == {"id": "next", "lang": rows[1]["lang"], "quotes": []}
