"""The process test_crash_safety kills: it imports articles and sets verdicts, notes and
tags through the public API, on the database $QUOTEDESK_DB, until it is killed.

It keeps a journal the test checks the database against. Before each call it writes
what it is about to do ("begin"); after the call returns it writes what the call
reported ("done"). Every line is flushed and fsync'd before the next step, so a "done"
line is a promise: the call returned, and what it reported must be in the database.
A kill can tear only the journal's last line.

Usage: crash_worker.py JOURNAL WORKDIR RUN SEED
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

from quotedesk.attribution import extract
from quotedesk.ingest import document_from_text
from quotedesk.library import import_paths
from quotedesk.model import Analysis, Document
from quotedesk.store import STATUSES, Store

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = REPO_ROOT / "resources" / "samples"
MAX_ROUNDS = 100_000  # the test kills the worker long before; this only stops a forgotten one

LANGS = ("en", "de")
NAMES = {
    "en": ["Maria Lopez", "Tom Becker", "Aisha Rahman", "Peter Holm", "Grace Okafor"],
    "de": ["Jana Weber", "Lukas Brandt", "Miriam Roth", "Stefan Kühn", "Eva Sommer"],
}
MONTHS = {
    "en": ["June", "July", "August", "September"],
    "de": ["Juni", "Juli", "August", "September"],
}
# A quote each generated article adds, so that claims keep coming: the number and the
# speaker vary, and small numbers repeat, so some quotes are new appearances of old claims.
EXTRA = {
    "en": '"We will review {n} contracts before {month}," said {name}, a port official.',
    "de": "„Wir prüfen {n} Verträge bis {month}“, sagte {name}, eine Sprecherin des Hafens.",
}


class Journal:
    def __init__(self, path: Path) -> None:
        self.file = path.open("a", encoding="utf-8")

    def write(self, **record: object) -> None:
        record["t"] = round(time.time(), 3)  # for a person reading a journal: how long each call took
        self.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.file.flush()
        os.fsync(self.file.fileno())


def _templates() -> list[tuple[str, str, str]]:
    """(file suffix, language, text) of the sample articles, each also as plain text
    (its title line, then the body) so that both readers and both ways of finding an
    article again (by address, by title) are exercised.

    Only the languages whose tokenizers set up in a fraction of a second: the
    Indonesian one takes seconds per process, and a worker restarted twenty times
    would spend the test there rather than in the store.
    """
    out = []
    for path in sorted(SAMPLES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        lang = re.search(r"^lang: (\w+)$", text, re.MULTILINE).group(1)
        if lang not in LANGS:
            continue
        out.append((".md", lang, text))
        title = re.search(r"^title: (.*)$", text, re.MULTILINE).group(1)
        body = text.split("---", 2)[2].strip().split("\n\n", 1)[1]  # without the front matter and the heading
        out.append((".txt", lang, f"{title}\n\n{body}\n"))
    return out


class Worker:
    def __init__(self, journal: Journal, workdir: Path, run: int, seed: int) -> None:
        self.journal = journal
        self.workdir = workdir
        self.run = run
        self.rng = random.Random(f"{seed}-{run}")
        self.templates = _templates()
        self.counter = 0
        self.store = Store.open()  # $QUOTEDESK_DB
        self.store.set_user_name(f"crash worker {run}")
        self.ratings = [level.label for level in self.store.rating_scale()]

    # --- articles -------------------------------------------------------------------

    def _extra(self, lang: str) -> str:
        return EXTRA[lang].format(n=self.rng.randint(1, 60), month=self.rng.choice(MONTHS[lang]),
                                  name=self.rng.choice(NAMES[lang]))

    def article(self) -> tuple[str, str]:
        """(file suffix, text) of a new article: a sample with its title, address and
        one quote changed, so that every one has its own content hash."""
        self.counter += 1
        tag = f"{self.run}-{self.counter}"
        suffix, lang, text = self.rng.choice(self.templates)
        if suffix == ".md":
            text = re.sub(r"^title: (.*)$", rf"title: \1 ({tag})", text, count=1, flags=re.MULTILINE)
            text = re.sub(r"^url: (.*)$", rf"url: \1-{tag}", text, count=1, flags=re.MULTILINE)
            text = re.sub(r"^# (.*)$", rf"# \1 ({tag})", text, count=1, flags=re.MULTILINE)  # the hashed body
            head, sep, body = text.partition("\n\n")
            body_paras = body.split("\n\n")
            body_paras.insert(self.rng.randint(1, len(body_paras)), self._extra(lang))
            text = head + sep + "\n\n".join(body_paras)
        else:
            title, _, rest = text.partition("\n")
            text = f"{title} ({tag})\n{rest.rstrip()}\n\n{self._extra(lang)}\n"
        return suffix, text

    def add_documents(self) -> None:
        """Analysed articles straight into Store.add_documents, one transaction."""
        items = []
        for _ in range(self.rng.randint(1, 6)):
            suffix, text = self.article()
            doc = document_from_text(text, source=f"generated {self.run}-{self.counter}{suffix}",
                                     fmt="md" if suffix == ".md" else "txt")
            items.append((doc, extract(doc.text, doc.lang)))
        self._add(items, "add_documents")

    def _add(self, items: list[tuple[Document, Analysis]], op: str) -> None:
        self.journal.write(event="begin", op=op, hashes=[doc.content_hash for doc, _ in items])
        results = self.store.add_documents(items)
        self.journal.write(event="done", op=op, results=[
            {"article_id": r.article_id, "revision_id": r.revision_id, "status": r.status, "quotes": r.quotes,
             "hash": doc.content_hash} for r, (doc, _) in zip(results, items, strict=True)])

    def import_files(self) -> None:
        """Articles written to a folder and imported with import_paths, a few per batch."""
        folder = self.workdir / f"run-{self.run}" / f"files-{self.counter}"
        folder.mkdir(parents=True)
        for n in range(self.rng.randint(2, 7)):
            suffix, text = self.article()
            (folder / f"{n:02d}-{self.run}-{self.counter}{suffix}").write_text(text, encoding="utf-8")
        self.journal.write(event="begin", op="import_paths", folder=str(folder))
        summary = import_paths(self.store, [folder], batch_size=2)
        if summary.failed:
            raise RuntimeError(f"import failed: {summary.failed}")
        self.journal.write(event="done", op="import_paths", results=[
            {"article_id": r.article_id, "revision_id": r.revision_id, "status": r.status, "quotes": r.quotes,
             "hash": None} for r in summary.results])

    def revise(self) -> None:
        """A new text of an article already stored (same address, one more paragraph):
        its quotes are re-anchored, keeping their claims and verdicts."""
        row = self.store.db.execute(
            "SELECT id FROM articles WHERE url IS NOT NULL ORDER BY random() LIMIT 1").fetchone()
        if row is None:
            return
        article = self.store.article(row[0])
        lang = article.lang if article.lang in EXTRA else "en"
        text = self.store.article_text(article.id) + "\n\n" + self._extra(lang)
        doc = replace(document_from_text(text, source=f"revision of {article.id}"), title=article.title,
                      outlet=article.outlet, url=article.url, published=article.published, lang=article.lang)
        self._add([(doc, extract(doc.text, doc.lang))], "revise")

    # --- verdicts, notes, tags -----------------------------------------------------------

    def _claims(self, count: int) -> list[int]:
        return [r[0] for r in self.store.db.execute("SELECT id FROM claims ORDER BY random() LIMIT ?", [count])]

    def verdicts(self) -> None:
        for claim_id in self._claims(self.rng.randint(1, 8)):
            current = self.store.verdict(claim_id)
            status = self.rng.choice([s for s in STATUSES if s != current.status])
            rating = self.rng.choice([*self.ratings, None])
            self.journal.write(event="begin", op="verdict", claim=claim_id, status=status, rating=rating,
                               before=[current.status, current.rating])
            self.store.set_verdict(claim_id, status=status, rating=rating)
            history = self.store.history("claim", claim_id)
            last = max(e.action_id for e in history if e.action == "set verdict")
            self.journal.write(event="done", op="verdict", claim=claim_id, status=status, rating=rating,
                               events=[e.id for e in history if e.action_id == last])

    def notes_and_tags(self) -> None:
        for claim_id in self._claims(self.rng.randint(1, 3)):
            text = f"Checked against the port authority's register, pass {self.run}-{self.counter}."
            self.journal.write(event="begin", op="note", claim=claim_id, text=text)
            note_id = self.store.add_note(claim_id, text)
            self.journal.write(event="done", op="note", claim=claim_id, text=text, note=note_id)
            tag = f"pass {self.rng.randint(1, 5)}"
            self.journal.write(event="begin", op="tag", claim=claim_id, tag=tag)
            tags = self.store.tag(claim_id, tag)
            self.journal.write(event="done", op="tag", claim=claim_id, tag=tag, tags=tags)

    def step(self) -> None:
        choice = self.rng.random()
        if choice < 0.35:
            self.add_documents()
        elif choice < 0.5:
            self.import_files()
        elif choice < 0.6:
            self.revise()
        elif choice < 0.9:
            self.verdicts()
        else:
            self.notes_and_tags()


def main(argv: list[str]) -> int:
    journal_path, workdir, run, seed = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    worker = Worker(Journal(journal_path), workdir, run, seed)
    for lang in LANGS:  # the engine sets up a language on first use: before the kills may land
        extract(worker._extra(lang), lang)
    worker.journal.write(event="ready", run=run)
    print("ready", flush=True)
    for _ in range(MAX_ROUNDS):
        worker.step()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
