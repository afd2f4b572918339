"""The import pipeline: ingest -> attribution -> store. The only module that runs all
three; the CLI and the GUI's workers both call it.

An import goes file by file: a file that cannot be read or analysed is reported and
counted and the batch goes on. Analysed articles are stored in batches, each batch one
transaction, so an interrupted import keeps every batch already committed (and the
batch in hand, when the interruption came between two files).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial

from quotedesk.attribution import extract
from quotedesk.ingest import IngestError, document_from_text, iter_sources, load_document
from quotedesk.model import Analysis, Document
from quotedesk.store import ImportResult, Store

PASTED_SOURCE = "pasted"

# progress(done, total, source, error): after each file; `error` is the one-line
# message when that file failed, else None.
Progress = Callable[[int, int, str, "str | None"], None]


@dataclass(slots=True)
class ImportSummary:
    imported: int = 0
    unchanged: int = 0
    revised: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, one-line message)
    interrupted: bool = False
    results: list[ImportResult] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.imported + self.unchanged + self.revised + len(self.failed)

    def count(self, result: ImportResult) -> None:
        self.results.append(result)
        if result.status == "unchanged":
            self.unchanged += 1
        elif result.status == "revised":
            self.revised += 1
        else:
            self.imported += 1

    def line(self) -> str:
        text = (f"{self.imported} imported, {self.revised} revised, {self.unchanged} unchanged, "
                f"{len(self.failed)} failed")
        return text + (" (interrupted: the batches stored so far are kept)" if self.interrupted else "")


def _analyse(doc: Document) -> Analysis:
    return extract(doc.text, doc.lang)


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def import_paths(store: Store, paths: Iterable[str | os.PathLike[str]], *, progress: Progress | None = None,
                 batch_size: int = 50, should_stop: Callable[[], bool] | None = None,
                 analyse: Callable[[Document], Analysis] = _analyse) -> ImportSummary:
    """Import files, folders (recursively) and "-" (stdin) into `store`."""
    sources = [(os.fspath(item), partial(load_document, item)) for item in iter_sources(paths)]
    return _import(store, sources, progress=progress, batch_size=batch_size, should_stop=should_stop,
                   analyse=analyse)


def import_text(store: Store, text: str, *, title: str = "", outlet: str = "", url: str = "",
                progress: Progress | None = None, analyse: Callable[[Document], Analysis] = _analyse
                ) -> ImportSummary:
    """Import one article held in memory (the paste box, the clipboard) with the title,
    outlet and URL the person gave; its source is its URL, or "pasted"."""
    def load() -> Document:
        doc = document_from_text(text, source=url.strip() or PASTED_SOURCE)
        given = {key: " ".join(value.split()) for key, value in (("title", title), ("outlet", outlet),
                                                                   ("url", url))}
        return replace(doc, **{key: value for key, value in given.items() if value})
    return _import(store, [(url.strip() or PASTED_SOURCE, load)], progress=progress, analyse=analyse)


def _import(store: Store, sources: list[tuple[str, Callable[[], Document]]], *, progress: Progress | None = None,
            batch_size: int = 50, should_stop: Callable[[], bool] | None = None,
            analyse: Callable[[Document], Analysis] = _analyse) -> ImportSummary:
    summary = ImportSummary()
    total = len(sources)
    pending: list[tuple[Document, Analysis]] = []
    done = 0
    writing = False

    def flush() -> None:
        nonlocal writing
        if not pending:
            return
        writing = True
        try:
            results = store.add_documents(pending)
        except Exception:
            # the batch was rolled back as a whole; store its articles one by one so
            # that only the one at fault is lost, and said so
            results = []
            for doc, analysis in pending:
                try:
                    results.append(store.add_document(doc, analysis))
                except Exception as ex:
                    summary.failed.append((doc.source, _one_line(f"{doc.source}: cannot store it: {ex}")))
        writing = False
        pending.clear()
        for result in results:
            summary.count(result)

    def report(source: str, error: str | None) -> None:
        if progress is not None:
            progress(done, total, source, error)

    try:
        for source, load in sources:
            if should_stop is not None and should_stop():
                summary.interrupted = True
                break
            try:
                doc = load()
                if store.has_content(doc.content_hash) or any(d.content_hash == doc.content_hash for d, _ in pending):
                    # the same text again: nothing to analyse, nothing to change
                    analysis = Analysis(lang=doc.lang or "")
                else:
                    analysis = analyse(doc)
            except IngestError as ex:
                message = _one_line(str(ex))
            except Exception as ex:  # one bad article never stops the batch
                message = _one_line(f"{source}: {type(ex).__name__}: {ex}")
            else:
                message = None
                pending.append((doc, analysis))
            if message is not None:
                summary.failed.append((source, message))
            done += 1
            report(source, message)
            if len(pending) >= batch_size:
                flush()
        flush()
    except KeyboardInterrupt:
        summary.interrupted = True
        # An interruption inside add_documents has rolled that batch back, and the
        # person wants to stop, not to wait for it again; one between files leaves
        # complete analyses in hand, quick to keep.
        if not writing:
            with contextlib.suppress(KeyboardInterrupt):
                flush()
    return summary


def reextract(store: Store, article_id: int, *, analyse: Callable[[Document], Analysis] = _analyse) -> ImportResult:
    """Run the engine again on an article's current text (after an engine or lexicon
    update); quotes found again keep their claims, verdicts and corrections."""
    article = store.article(article_id)
    text = store.article_text(article_id)
    doc = document_from_text(text, source=f"article {article_id}")
    return store.reanalyse(article_id, analyse(replace(doc, lang=article.lang)))
