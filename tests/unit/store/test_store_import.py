"""Import through the whole pipeline (ingest -> attribution -> store), checked on the rows."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import sys
from pathlib import Path

import pytest
from quotedesk.ingest import textfile
from quotedesk.library import import_paths
from quotedesk.store import Store
from store_helpers import table_counts


def _edit(sample_text: str) -> str:
    edited = sample_text.replace("melalui kementerian luar negeri,", "melalui kementerian luar negeri masing-masing,")
    edited = edited.replace("Trump telah menyatakan keinginannya untuk mewujudkan gencatan senjata dalam perang "
                            "Rusia-Ukraina sesegera mungkin. ", "")
    assert edited != sample_text
    return edited + "\n\n“Kami siap berunding kapan saja dengan Washington,” kata Peskov.\n"


def _quote_row(con: sqlite3.Connection, starts_with: str) -> sqlite3.Row:
    con.row_factory = sqlite3.Row
    rows = con.execute("SELECT * FROM quotes WHERE text LIKE ? || '%'", [starts_with]).fetchall()
    assert len(rows) == 1, starts_with
    return rows[0]


def test_sample_twice_then_an_edited_copy(tmp_path: Path, sample_path: Path, sample_text: str) -> None:
    db_path = tmp_path / "lib.db"
    with Store.open(db_path) as store:
        store.set_user_name("Desk")
        first = import_paths(store, [sample_path])
        assert (first.imported, first.unchanged, first.revised, first.failed) == (1, 0, 0, [])
        kontak = next(q for q in store.quotes() if q.text.startswith("Kontak sedang"))
        store.set_verdict(kontak.claim_id, status="done", rating="Mostly true")
        before = table_counts(store.db)

        again = import_paths(store, [sample_path])
        assert (again.imported, again.unchanged, again.revised) == (0, 1, 0)
        assert table_counts(store.db) == before  # no new rows, no events

        edited = tmp_path / "peskov-edited.txt"
        edited.write_text(_edit(sample_text), encoding="utf-8")
        third = import_paths(store, [edited])
        assert (third.imported, third.unchanged, third.revised) == (0, 0, 1)
        assert third.results[0].reanchored == 11

    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    try:
        revisions = con.execute("SELECT * FROM revisions ORDER BY number").fetchall()
        assert [(r["article_id"], r["number"]) for r in revisions] == [(1, 1), (1, 2)]
        assert revisions[0]["text"] == sample_text
        assert revisions[0]["content_hash"] == hashlib.sha256(sample_text.encode()).hexdigest()
        assert revisions[1]["content_hash"] == hashlib.sha256(_edit(sample_text).encode()).hexdigest()
        article = con.execute("SELECT * FROM articles").fetchall()
        assert len(article) == 1 and article[0]["current_revision_id"] == revisions[1]["id"]
        assert article[0]["title"] == "Amerika-Rusia Kini Sahabatan, Pertemuan Lanjutan Bakal Digelar"

        # every current quote's offsets index the new text; the dropped one stays, not current
        current = con.execute("SELECT * FROM quotes WHERE is_current = 1").fetchall()
        assert len(current) == 12
        new_text = revisions[1]["text"]
        for q in current:
            assert q["revision_id"] == revisions[1]["id"]
            assert new_text[q["start_offset"]:q["end_offset"]] == q["text"]
        dropped = con.execute("SELECT * FROM quotes WHERE is_current = 0").fetchall()
        assert [q["text"][:25] for q in dropped] == ["keinginannya untuk mewuju"]
        assert dropped[0]["revision_id"] == revisions[0]["id"]

        # the edited quote kept its row and claim, so its verdict is still there
        moved = _quote_row(con, "Kontak sedang")
        assert moved["id"] == kontak.id and moved["claim_id"] == kontak.claim_id
        assert moved["text"].endswith("masing-masing,")
        verdict = con.execute("SELECT status, rating FROM verdicts WHERE claim_id = ?", [kontak.claim_id]).fetchone()
        assert tuple(verdict) == ("done", "Mostly true")

        counts = {r["text"][:12]: r["appearances"] for r in con.execute("SELECT text, appearances FROM claims")}
        assert counts["keinginannya"] == 0
        assert counts["Kami siap be"] == 1
        assert counts["Kontak sedan"] == 1
        assert con.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 13
        events = con.execute("SELECT field FROM events ORDER BY id").fetchall()
        assert [e[0] for e in events] == ["status", "rating"]  # imports are no person's changes
    finally:
        con.close()


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path, sample_text: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a-empty.txt").write_text("")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "c-big.txt").write_text("x" * 5000)
    (folder / "d-broken.html").write_text("<html><body><p>")
    (folder / "sub" / "e-good.txt").write_text(sample_text, encoding="utf-8")
    (folder / "sub" / "f-good.md").write_text('# Budi\n\n"Harga beras akan turun bulan depan," kata Budi Santoso.\n')
    monkeypatch.setattr(textfile, "MAX_BYTES", 4096)
    seen = []
    with Store.open(tmp_path / "lib.db") as store:
        summary = import_paths(store, [folder], batch_size=1,
                               progress=lambda done, total, source, error: seen.append((done, total, error)))
        assert (summary.imported, len(summary.failed)) == (2, 4)
        assert len(store.articles()) == 2
    messages = dict(summary.failed)
    assert sorted(Path(s).name for s in messages) == ["a-empty.txt", "b-binary.txt", "c-big.txt", "d-broken.html"]
    for source, message in summary.failed:
        assert "\n" not in message and Path(source).name in message
    big = next(m for s, m in summary.failed if s.endswith("c-big.txt"))
    assert "4 KB" in big or "4096" in big or "4 kB" in big, big
    assert [d for d, _, _ in seen] == [1, 2, 3, 4, 5, 6] and all(t == 6 for _, t, _ in seen)
    assert sum(e is not None for _, _, e in seen) == 4
    assert summary.line() == "2 imported, 0 revised, 0 unchanged, 4 failed"


def test_interrupted_import_keeps_committed_batches(tmp_path: Path) -> None:
    files = []
    for n in range(5):
        path = tmp_path / f"{n}.txt"
        path.write_text(f'Story {n}\n\n"Bridge {n} opens in spring," the mayor said.\n')
        files.append(path)
    from quotedesk.attribution import extract

    def analyse(doc):
        if doc.source.endswith("3.txt"):
            raise KeyboardInterrupt
        return extract(doc.text, doc.lang)

    with Store.open(tmp_path / "lib.db") as store:
        summary = import_paths(store, files, batch_size=2, analyse=analyse)
        assert summary.interrupted
        # 0 and 1 were committed as a batch; 2 was analysed and in hand, so it is kept too
        assert summary.imported == 3
        assert sorted(a.title for a in store.articles()) == ["Story 0", "Story 1", "Story 2"]

    stops = iter([False, True])
    with Store.open(tmp_path / "other.db") as store:
        summary = import_paths(store, files, should_stop=lambda: next(stops, True))
        assert summary.interrupted and summary.imported == 1


def test_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = 'Warta\n\n"Kami akan membangun jembatan baru tahun depan," kata Budi Santoso.\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
    with Store.open(tmp_path / "lib.db") as store:
        summary = import_paths(store, ["-"])
        assert summary.imported == 1
        article = store.articles()[0]
        assert store.revisions(article.id)[0].source == "<stdin>"
        assert store.article_text(article.id) == text


def test_html_article_body_and_title(tmp_path: Path) -> None:
    paragraph = ("Menteri Keuangan Sri Mulyani mengatakan pemerintah menyiapkan anggaran baru untuk subsidi. "
                 "“Anggaran subsidi energi akan kami naikkan tahun depan,” kata Sri Mulyani di Jakarta.")
    html = (f"<html><head><title>Subsidi naik</title></head><body><nav>Menu Home Login</nav>"
            f"<article><h1>Subsidi naik</h1><p>{paragraph}</p><p>{paragraph}</p></article>"
            "<footer>Copyright</footer></body></html>")
    path = tmp_path / "subsidi.html"
    path.write_text(html, encoding="utf-8")
    with Store.open(tmp_path / "lib.db") as store:
        summary = import_paths(store, [path])
        assert summary.imported == 1, summary.failed
        article = store.articles()[0]
        text = store.article_text(article.id)
        assert "Menu Home Login" not in text and "Anggaran subsidi energi" in text
        assert article.title == "Subsidi naik"
        assert any("Anggaran subsidi energi" in q.text for q in store.quotes(article_id=article.id))


def test_sql_looking_text_is_only_data(tmp_path: Path) -> None:
    nasty = "'); DROP TABLE quotes; --"
    path = tmp_path / "nasty.txt"
    path.write_text(f'Robert\'); DROP TABLE articles; --\n\n"{nasty} is what he typed," the clerk said.\n')
    with Store.open(tmp_path / "lib.db") as store:
        assert import_paths(store, [path]).imported == 1
        hits = store.search("DROP TABLE quotes", literal=True)
        assert hits and nasty in hits[0].text
        assert store.articles()[0].title == "Robert'); DROP TABLE articles; --"
        assert {"quotes", "articles"} <= set(store.db.table_names())
