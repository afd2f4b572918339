"""Libraries for the backup tests: built, backed up, and damaged in the ways files get damaged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from quotedesk.cli import main
from quotedesk.model import Analysis, Document, Quote
from quotedesk.store import Store


def add_article(store: Store, n: int) -> int:
    text = f'Minister {n} said: "We will build bridge number {n} this year." The end.'
    quote = f"We will build bridge number {n} this year."
    start = text.index(quote)
    doc = Document(text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), source=f"{n}.txt",
                   title=f"Bridge {n}", lang="en")
    analysis = Analysis(lang="en", quotes=(Quote(
        text=quote, start=start, end=start + len(quote), kind="direct", speaker=f"Minister {n}",
        speaker_kind="person", cue="said", confidence=0.9, evidence="test"),))
    result = store.add_document(doc, analysis)
    return store.quotes(article_id=result.article_id)[0].claim_id


def make_library(path: Path) -> Path:
    """A library of three articles with one verdict set."""
    with Store.open(path) as store:
        store.set_user_name("Tester")
        claim_ids = [add_article(store, n) for n in range(3)]
        store.set_verdict(claim_ids[1], status="done", rating="False")
    return path


def titles(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT title FROM articles ORDER BY id")]
    finally:
        con.close()


def back_up_and_grow(library: Path) -> Path:
    """A manual backup into the library's backups folder; then more articles, so that
    halving the file cuts into its tables and not just free pages."""
    (library.parent / "backups").mkdir()
    assert main(["backup", str(library.parent / "backups"), "--db", str(library)]) == 0
    with Store.open(library) as store:
        for n in range(3, 60):
            add_article(store, n)
    return library


def _rootpage(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        con.close()


def damage(path: Path, how: str) -> None:
    size = path.stat().st_size
    if how == "header":
        with open(path, "r+b") as f:
            f.write(os.urandom(100))
    elif how == "truncated":
        with open(path, "r+b") as f:
            f.truncate(size // 2)
    elif how == "middle":
        # the claims table's first page, which the claim log reads at once
        page = _rootpage(path, "claims")
        with open(path, "r+b") as f:
            f.seek((page - 1) * 4096)
            f.write(os.urandom(4096))
    elif how == "empty with a log":
        with open(path, "r+b") as f:
            f.truncate(0)
        path.with_name(path.name + "-wal").write_bytes(os.urandom(8192))
