"""Hostile files through import: each bad file gets its one-line message, the rest of the
batch imports, memory stays bounded and nothing hangs.

One folder holds good articles before, between and after the bad ones: binary, empty,
200 MB (sparse), UTF-16 without BOM, Latin-1, mojibake, 10,000 nested divs, a zip bomb
renamed .html, a flood of tags, a flood of text without tags, symbolic link loops, a file
deleted mid-import and an unreadable one. It goes through the core (import_paths), the
CLI (`quotedesk import`) and the GUI's job runner, which must say the same things.

Memory bound: importing the whole hostile batch raises the peak RSS of a fresh process by
less than MEMORY_BOUND_MB (400 MB) over its RSS after a warm-up import (measured: ~45 MB).
Hang guards: every import here runs under a timeout (a subprocess timeout, a thread join
or a Qt signal wait); a parse that never ends fails the test instead of stalling the run.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from quotedesk.ingest import IngestError, document_from_bytes, load_document
from quotedesk.ingest.html import MAX_TAGS, parse_html
from quotedesk.ingest.mojibake import repair
from quotedesk.library import ImportSummary, import_paths
from quotedesk.store import Store

MB = 1024 * 1024
MEMORY_BOUND_MB = 400
HANG_GUARD_S = 120  # generous: the whole batch imports in a few seconds
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
PYTHON = sys.executable
SRC = Path(__file__).resolve().parents[2] / "desktop"

GOOD = {
    "00_first.txt": "First story\n\nThe mayor said: “We will open the new library on Monday.”\n",
    "50_middle.txt": "Middle story\n\n“The budget is balanced,” the treasurer told reporters.\n",
    "99_last.txt": "Last story\n\nThe coach said: “We played our best game of the season.”\n",
}
# imported as text whatever their encoding: name -> (bytes on disk, the text stored)
LATIN = "Le ministre a déclaré : « Nous construirons le pont à Besançon », a-t-il dit à l’AFP.\n"
ENCODED = {
    "13_utf16.txt": (("Der Minister sagte: „Wir bauen die Brücke.“\n" * 5).encode("utf-16-le"),
                     "Der Minister sagte: „Wir bauen die Brücke.“\n" * 5),
    "14_latin1.txt": (LATIN.replace("’", "'").encode("latin-1"), LATIN.replace("’", "'")),
    "15_mojibake.txt": (LATIN.encode("utf-8").decode("cp1252").encode("utf-8"), LATIN),
}


def _zip_bomb(path: Path, payload_mb: int = 100) -> None:
    """A real zip of `payload_mb` MB of zeros (about 100 KB on disk), streamed in, renamed .html."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive, \
            archive.open("index.html", "w") as member:
        chunk = b"0" * MB
        for _ in range(payload_mb):
            member.write(chunk)
    path.write_bytes(buffer.getvalue())


def build_hostile_folder(root: Path, *, deleted: bool = False, locked: bool = False) -> dict[str, str]:
    """The batch on disk; returns {relative path: the one-line message it must get}."""
    root.mkdir(parents=True)
    for name, text in GOOD.items():
        (root / name).write_text(text, encoding="utf-8")
    for name, (data, _text) in ENCODED.items():
        (root / name).write_bytes(data)
    (root / "10_binary.txt").write_bytes(random.Random(7).randbytes(64 * 1024))
    (root / "11_empty.txt").write_bytes(b"")
    with (root / "12_huge.txt").open("wb") as fh:
        fh.truncate(200 * MB)  # sparse: 200 MB by its size, nothing written
    (root / "20_nested.html").write_text(
        "<html><body>" + "<div>" * 10_000 + "<p>“Deep,” he said.</p>" + "</div>" * 10_000 + "</body></html>")
    _zip_bomb(root / "21_bomb.html")
    (root / "22_tag_flood.html").write_text("<html><body>" + "<p>a</p>" * 300_000 + "</body></html>")
    (root / "23_text_flood.html").write_text("<html><body><p>" + "word " * (11 * MB // 5) + "</p></body></html>")
    loops = root / "30_loops"
    loops.mkdir()
    (loops / "back").symlink_to(".", target_is_directory=True)  # dir/a -> dir
    (loops / "ping").symlink_to("pong")  # a -> b -> a
    (loops / "pong").symlink_to("ping")
    expected = {
        "10_binary.txt": "looks like a binary file, not text",
        "11_empty.txt": "is empty",
        "12_huge.txt": "is 200.0 MB, over the 64 MB limit",
        "20_nested.html": "nests its tags 256 or more levels deep, past what the HTML reader accepts",
        "21_bomb.html": "looks like a binary file, not text (a zip archive)",
        "22_tag_flood.html": "has about 600,004 tags, over the 250,000 limit for one page",
        "23_text_flood.html": "has a run of text over 10 MB without a tag, past what the HTML reader accepts",
        "30_loops/back": "is a link back to a folder it is in (a symbolic link loop)",
        "30_loops/ping": "is a symbolic link loop (its links lead back to themselves)",
        "30_loops/pong": "is a symbolic link loop (its links lead back to themselves)",
    }
    if deleted:
        (root / "60_deleted.txt").write_text("Deleted story\n\n“Gone,” she said.\n")
        expected["60_deleted.txt"] = "no such file"
    if locked:
        (root / "70_locked.txt").write_text("Locked story\n\n“Private,” he said.\n")
        (root / "70_locked.txt").chmod(0)
        expected["70_locked.txt"] = "cannot be read (Permission denied)"
    return {rel: f"{root / rel}: {message}" for rel, message in expected.items()}


def expected_texts() -> dict[str, str]:
    return {**GOOD, **{name: text for name, (_data, text) in ENCODED.items()}}


def stored_texts(store: Store, root: Path) -> dict[str, str]:
    """{path relative to root: stored text} for every article in the store, read back by rows."""
    out = {}
    for article in store.articles(limit=1000):
        source = store.revisions(article.id)[-1].source
        out[Path(source).relative_to(root).as_posix()] = store.article_text(article.id)
    return out


def bounded(work: Callable[[], object], seconds: float = HANG_GUARD_S) -> object:
    """work() on a thread; fails the test, rather than hanging it, if it does not finish in time."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = work()
        except BaseException as ex:  # re-raised on the test's thread
            box["error"] = ex

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: a parse without a limit?"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]


def import_bounded(db: Path, root: Path, progress=None) -> tuple[ImportSummary, dict[str, str]]:
    """import_paths under the hang guard, with the store opened on the importing thread (as the GUI does)."""
    def work() -> tuple[ImportSummary, dict[str, str]]:
        with Store.open(db) as store:
            return import_paths(store, [root], progress=progress), stored_texts(store, root)
    return bounded(work)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The shared batch, untouched by the tests that read it (no deleted file; a truly
    unreadable one only where permissions apply)."""
    root = tmp_path_factory.mktemp("hostile") / "inbox"
    return root, build_hostile_folder(root, locked=not IS_ROOT)


# --- the core: every message, the rest of the batch, by rows ------------------------------

def test_each_hostile_file_gets_its_message_and_the_rest_imports(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "inbox"
    expected = build_hostile_folder(root, deleted=True, locked=True)
    locked = root / "70_locked.txt"
    if IS_ROOT:  # chmod 000 does not stop root: the refusal the kernel would give is simulated
        real_open = Path.open

        def refusing_open(self: Path, *args, **kwargs):
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)
        monkeypatch.setattr(Path, "open", refusing_open)

    reports: list[tuple[int, int, str, str | None]] = []

    def progress(done: int, total: int, source: str, error: str | None) -> None:
        reports.append((done, total, source, error))
        if source.endswith("50_middle.txt"):
            (root / "60_deleted.txt").unlink()  # after the folder was listed, before it is read

    summary, texts = import_bounded(tmp_path / "library.db", root, progress)

    assert dict(summary.failed) == {os.fspath(root / rel): message for rel, message in expected.items()}
    for message in expected.values():
        assert "\n" not in message
    # the progress callback (what the CLI and the GUI show) carried the same lines, in walk order
    assert [(s, e) for _d, _t, s, e in reports if e] == summary.failed
    assert [d for d, *_ in reports] == list(range(1, len(reports) + 1))
    assert summary.imported == len(expected_texts()) and not summary.interrupted
    assert texts == expected_texts()  # good ones before, between and after; mojibake repaired


@pytest.mark.skipif(IS_ROOT, reason="root reads a chmod 000 file anyway; the refusal is simulated above")
def test_unreadable_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / "closed").mkdir(parents=True)
    (root / "a.txt").write_text(GOOD["00_first.txt"])
    (root / "closed" / "b.txt").write_text(GOOD["99_last.txt"])
    (root / "closed").chmod(0)
    try:
        summary, _texts = import_bounded(tmp_path / "library.db", root)
    finally:
        (root / "closed").chmod(0o755)
    assert summary.failed == [(os.fspath(root / "closed"),
                               f"{root / 'closed'}: cannot be read (Permission denied)")]
    assert summary.imported == 1


def test_a_link_to_a_missing_article_says_where_it_points(tmp_path: Path) -> None:
    (tmp_path / "story.txt").symlink_to("moved-away.txt")
    with pytest.raises(IngestError) as info:
        load_document(tmp_path / "story.txt")
    assert str(info.value) == f"{tmp_path / 'story.txt'}: is a link to moved-away.txt, which does not exist"


def test_the_same_folder_through_two_links_is_imported_once(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / "real").mkdir(parents=True)
    (root / "real" / "a.txt").write_text(GOOD["00_first.txt"])
    (root / "alias").symlink_to("real", target_is_directory=True)  # a second way in, not a loop
    summary, texts = import_bounded(tmp_path / "library.db", root)
    assert summary.failed == [] and summary.imported == 1
    assert texts == {"alias/a.txt": GOOD["00_first.txt"]}  # walked in name order: alias, then real


# --- mojibake: repaired when the rule is sure, left alone otherwise ------------------------

def mangle(text: str) -> str:
    """UTF-8 read as Windows-1252, the way Windows does it (its five undefined bytes become C1 controls)."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                   for b in text.encode("utf-8"))


@pytest.mark.parametrize("text", [
    "Le ministre a déclaré « oui » — c’est sûr.",
    "Árvíztűrő tükörfúrógép: „Igen”, mondta.",  # Á's second byte is one Windows-1252 leaves undefined
    "Prezydent powiedział: „Żółć”.",
])
def test_mojibake_is_repaired(text: str) -> None:
    once, twice = mangle(text), mangle(mangle(text))
    assert once != text and twice != once
    assert repair(once) == text
    assert repair(twice) == text
    assert document_from_bytes(once.encode("utf-8"), source="a.txt").text == text


@pytest.mark.parametrize("text", [
    "Le ministre a déclaré « oui » à Besançon.",  # real accents: not valid UTF-8 once re-encoded
    "Café Ã© is how mojibake looks, wrote the editor.",  # a pair, but the é beside it is real
    "Москва: «Да», — сказал он.",  # Cyrillic has no Windows-1252 bytes
    "SÃO PAULO — O prefeito disse: “Não.”",
    "plain ASCII",
])
def test_text_that_is_not_mojibake_is_left_alone(text: str) -> None:
    assert repair(text) == text
    assert document_from_bytes(text.encode("utf-8"), source="a.txt").text == text


# --- every parse is bounded ----------------------------------------------------------------

def test_html_over_the_tag_limit_is_refused_before_parsing() -> None:
    page = "<html><body>" + "<p>a</p>" * (MAX_TAGS // 2 + 1) + "</body></html>"
    with pytest.raises(IngestError) as info:
        bounded(lambda: parse_html(page, "flood.html"), 30)
    assert str(info.value) == "flood.html: has about 250,006 tags, over the 250,000 limit for one page"


def test_a_large_page_skips_trafilatura_but_keeps_its_text() -> None:
    """60,000 paragraphs: over the trafilatura bound, so the linear fallback reads it."""
    page = "<html><body>" + "".join(f"<p>Paragraph {i} said “yes”.</p>" for i in range(60_000)) + "</body></html>"
    body, _meta = bounded(lambda: parse_html(page, "big.html"), 60)
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 60_000
    assert paragraphs[0] == "Paragraph 0 said “yes”." and paragraphs[-1] == "Paragraph 59999 said “yes”."


def test_nesting_under_the_limit_still_imports() -> None:
    page = "<html><body><p>Before.</p>" + "<div>" * 250 + "<p>“Deep,” he said.</p>" + "</div>" * 250 + \
        "<p>After.</p></body></html>"
    body, _meta = bounded(lambda: parse_html(page, "deep.html"), 30)
    assert body == "Before.\n\n“Deep,” he said.\n\nAfter."


# --- memory, in a fresh process ------------------------------------------------------------

CHILD = r"""
import json, resource, sys
from quotedesk.library import import_paths
from quotedesk.store import Store

def status_mb(field):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(field + ":")) / 1024

def reset_peak():
    # Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current RSS, so the peak
    # read afterwards is the batch's own, not the warm-up's
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return status_mb("VmRSS"), lambda: status_mb("VmHWM")
    except OSError:  # elsewhere: the lifetime peak, which the warm-up may already have set
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KB on Linux
        peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
        return peak(), peak

warm, folder, db = sys.argv[1:4]
with Store.open(db) as store:
    import_paths(store, [warm])  # loads the engine, lxml and trafilatura: their cost is not the batch's
    before, peak = reset_peak()
    summary = import_paths(store, [folder])
    after = peak()
print(json.dumps({"before": before, "after": after, "imported": summary.imported, "failed": len(summary.failed)}))
"""


def test_memory_stays_bounded(hostile: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    """Peak RSS growth of importing the whole hostile batch, over a warmed-up baseline, < 400 MB."""
    root, expected = hostile
    warm = tmp_path / "warm"
    warm.mkdir()
    (warm / "a.txt").write_text("Warm up\n\n“Ready,” the editor said.\n")
    (warm / "b.html").write_text("<html><head><title>Warm</title></head><body><article><p>“Set,” she said."
                                 "</p><p>More text here for the extractor.</p></article></body></html>")
    run = subprocess.run([PYTHON, "-c", CHILD, warm, root, tmp_path / "m.db"], capture_output=True, text=True,
                         timeout=HANG_GUARD_S, env={**os.environ, "PYTHONPATH": os.fspath(SRC)})
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"RSS {figures['before']:.0f} MB after warm-up, peak {figures['after']:.0f} MB during the hostile batch")
    assert figures["imported"] == len(expected_texts()) and figures["failed"] == len(expected)
    assert figures["after"] - figures["before"] < MEMORY_BOUND_MB


# --- the CLI and the GUI say the same ------------------------------------------------------

def test_cli_import_reports_each_file_and_imports_the_rest(hostile: tuple[Path, dict[str, str]],
                                                           tmp_path: Path) -> None:
    root, expected = hostile
    db = tmp_path / "cli.db"
    run = subprocess.run([PYTHON, "-m", "quotedesk.cli", "import", root, "--db", db], capture_output=True,
                         text=True, timeout=HANG_GUARD_S, env={**os.environ, "PYTHONPATH": os.fspath(SRC)})
    assert run.returncode == 1, run.stderr  # some files failed
    errors = [line.removeprefix("quotedesk: ") for line in run.stderr.splitlines() if line.startswith("quotedesk: ")]
    assert errors == sorted(expected.values())
    n = len(expected_texts())
    assert run.stdout.startswith(f"{n} imported, 0 revised, 0 unchanged, {len(expected)} failed")
    with Store.open(db) as store:
        assert stored_texts(store, root) == expected_texts()


def test_gui_import_lists_the_same_messages(qtbot, hostile: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    from quotedesk.gui.import_ui import ProblemsDock
    from quotedesk.gui.workers import Jobs

    root, expected = hostile
    db = tmp_path / "gui.db"
    Store.open(db).close()
    jobs = Jobs(db)
    dock = ProblemsDock(jobs)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(jobs.finished, timeout=HANG_GUARD_S * 1000) as blocker:
        assert jobs.import_paths([os.fspath(root)])
    summary = blocker.args[0]
    assert dock.messages() == sorted(expected.values())
    assert summary.imported == len(expected_texts())
    with Store.open(db) as store:
        digests = {hashlib.sha256(t.encode()).hexdigest() for t in stored_texts(store, root).values()}
    assert digests == {hashlib.sha256(t.encode()).hexdigest() for t in expected_texts().values()}
