"""Long work off the GUI thread: a QRunnable wraps one core job (`quotedesk.library`).

The job logic stays in the core; this module only opens the job its own Store (a
Store is not thread-safe), relays progress as queued signals, and asks it to stop.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int, str, object)  # done, total, source, error message or None
    finished = Signal(object)  # what the job returned
    failed = Signal(str)


class CoreJob(QRunnable):
    """Runs `work(store, progress, should_stop)` on a pool thread with a Store of its own."""

    def __init__(self, db_path: str | os.PathLike[str], work: Callable[..., Any]) -> None:
        super().__init__()
        self.db_path = db_path
        self.work = work
        self.signals = JobSignals()
        self._stop = False

    def cancel(self) -> None:
        self._stop = True

    def run(self) -> None:
        from quotedesk.store import Store  # the pool thread opens its own connection

        try:
            with Store.open(self.db_path) as store:
                result = self.work(store, self.signals.progress.emit, lambda: self._stop)
        except Exception as ex:  # a failed job is reported, never a crashed app
            self.signals.failed.emit(f"{type(ex).__name__}: {ex}")
            return
        self.signals.finished.emit(result)


def model_analyse(models: dict[str, str]) -> Callable[..., Any] | None:
    """An `analyse` for the import pipeline that uses the person's trained spaCy pipeline
    for the article's language (Settings ▸ spaCy pipelines); None when none is chosen."""
    if not models:
        return None

    def analyse(doc):
        from quotedesk.attribution.engine import extract, resolve_language

        code, _lexicon = resolve_language(doc.text, doc.lang)
        return extract(doc.text, code, model=models.get(code))
    return analyse


def import_work(paths: list[str], models: dict[str, str] | None = None) -> Callable[..., Any]:
    def work(store, progress, should_stop):
        from quotedesk.library import import_paths  # spaCy loads here, on first import, not at start-up

        analyse = model_analyse(models or {})
        extra = {"analyse": analyse} if analyse is not None else {}
        return import_paths(store, paths, progress=progress, should_stop=should_stop, **extra)
    return work


def reextract_work(article_id: int, models: dict[str, str] | None = None) -> Callable[..., Any]:
    def work(store, progress, _should_stop):
        from quotedesk.library import reextract

        progress(0, 1, f"article {article_id}", None)
        analyse = model_analyse(models or {})
        result = reextract(store, article_id, **({"analyse": analyse} if analyse is not None else {}))
        progress(1, 1, f"article {article_id}", None)
        return result
    return work


def paste_work(title: str, outlet: str, url: str, text: str,
               models: dict[str, str] | None = None) -> Callable[..., Any]:
    def work(store, progress, _should_stop):
        from quotedesk.library import import_text

        analyse = model_analyse(models or {})
        extra = {"analyse": analyse} if analyse is not None else {}
        return import_text(store, text, title=title, outlet=outlet, url=url, progress=progress, **extra)
    return work


def throttled(progress: Callable[..., Any], label: str, steps: int = 200) -> Callable[[int, int], None]:
    """progress(done, total) as at most `steps` signals: a million claims need not
    queue a million events for the GUI thread."""
    last = [-1]

    def report(done: int, total: int) -> None:
        step = done * steps // max(total, 1)
        if step != last[0] or done == total:
            last[0] = step
            progress(done, total, label, None)
    return report


def export_work(fmt: str, path: str, filters: Any = None, *, per: str = "claim",
                bom: bool = False) -> Callable[..., Any]:
    """Export the claim log through `quotedesk.export` (the PDF through `gui.pdf`)."""
    def work(store, progress, should_stop):
        report = throttled(progress, path)
        if fmt == "pdf":
            from quotedesk.export import ExportResult
            from quotedesk.gui.pdf import export_pdf

            meta = export_pdf(store, path, filters, progress=report, should_stop=should_stop)
            return ExportResult("pdf", path, meta, meta.claims)
        from quotedesk.export import export

        return export(store, fmt, path, filters, per=per, bom=bom, progress=report, should_stop=should_stop)
    return work


class Jobs(QObject):
    """One job at a time: the window's import and re-extraction runner (and, with a
    Jobs of its own, the export dialog's)."""

    started = Signal(str)  # what is running
    progress = Signal(int, int, str)
    problem = Signal(str, str)  # source, one-line message
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: str | os.PathLike[str], parent=None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.pool = QThreadPool.globalInstance()
        self.current: CoreJob | None = None
        self.models: dict[str, str] = {}  # language -> trained spaCy pipeline for imports

    @property
    def busy(self) -> bool:
        return self.current is not None

    def start(self, label: str, work: Callable[..., Any]) -> bool:
        if self.current is not None:
            self.failed.emit("another job is still running")
            return False
        job = CoreJob(self.db_path, work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.current = job
        self.started.emit(label)
        self.pool.start(job)
        return True

    def import_paths(self, paths: list[str]) -> bool:
        return self.start(f"Importing {len(paths)} item(s)…", import_work([os.fspath(p) for p in paths],
                                                                               dict(self.models)))

    def import_pasted(self, title: str, outlet: str, url: str, text: str) -> bool:
        return self.start("Importing the pasted article…", paste_work(title, outlet, url, text,
                                                                                 dict(self.models)))

    def reextract(self, article_id: int) -> bool:
        return self.start("Re-extracting…", reextract_work(article_id, dict(self.models)))

    def export(self, fmt: str, path: str, filters: Any = None, *, per: str = "claim", bom: bool = False) -> bool:
        return self.start(f"Exporting to {os.path.basename(path)}…", export_work(fmt, path, filters, per=per, bom=bom))

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def _progress(self, done: int, total: int, source: str, error: object) -> None:
        self.progress.emit(done, total, source)
        if error:
            self.problem.emit(source, str(error))

    def _done(self) -> None:
        self.current = None

    def _finished(self, result: object) -> None:
        self._done()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._done()
        self.failed.emit(message)
