"""One call that exports the claim log to a file or a stream, in any of the formats.

A file is written next to its target under a temporary name and moved into place only
when complete, so a failed or cancelled export never leaves half a log behind, nor
destroys the previous one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quotedesk.export.claimreview import write_claimreview
from quotedesk.export.csv_export import PER_CHOICES, Per, write_csv
from quotedesk.export.errors import CannotWrite, ExportError
from quotedesk.export.filters import ExportFilters
from quotedesk.export.json_export import write_json, write_jsonl
from quotedesk.export.report import render_html, render_markdown
from quotedesk.export.rows import ClaimLog, ExportMeta, Progress, open_log

if TYPE_CHECKING:
    from quotedesk.store import Store

FORMATS = ("csv", "json", "jsonl", "md", "html", "claimreview")

# What a file name's suffix says about the format, when none is given.
SUFFIXES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md",
            ".markdown": "md", ".html": "html", ".htm": "html", ".jsonld": "claimreview"}


@dataclass(frozen=True, slots=True)
class ExportResult:
    format: str
    path: str | None  # None when written to a stream
    meta: ExportMeta
    written: int  # CSV rows, claims, or ClaimReviews (rated claims only)

    def line(self) -> str:
        """'6 claims, 8 rows -> log.csv'."""
        claims = f"{self.meta.claims} claim{'' if self.meta.claims == 1 else 's'}"
        if self.format == "csv":
            claims += f", {self.written} row{'' if self.written == 1 else 's'}"
        elif self.format == "claimreview":
            claims += f", {self.written} rated: {self.written} ClaimReview{'' if self.written == 1 else 's'}"
        return f"{claims} -> {self.path or 'stdout'}"


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def write_log(log: ClaimLog, fmt: str, out: TextIO, *, per: Per = "claim", bom: bool = False) -> int:
    """Write an opened log to a text stream (for CSV, opened with newline="")."""
    records = log.records()
    if fmt == "csv":
        return write_csv(log.meta, records, out, per=per, bom=bom)
    if fmt == "json":
        return write_json(log.meta, records, out)
    if fmt == "jsonl":
        return write_jsonl(log.meta, records, out)
    if fmt in ("md", "html"):
        rendered = list(records)
        render = render_markdown if fmt == "md" else render_html
        out.write(render(log.meta, rendered))
        return len(rendered)
    if fmt == "claimreview":
        return write_claimreview(log.meta, records, out)
    raise ExportError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")


def _check(fmt: str, per: str, bom: bool) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if per not in PER_CHOICES:
        raise ExportError(f"unknown layout {per!r}; use one of: {', '.join(PER_CHOICES)}")
    if fmt != "csv" and (per != "claim" or bom):
        raise ExportError("one row per appearance and the byte order mark are for CSV only")


def export(store: Store, fmt: str, out: str | os.PathLike[str] | TextIO, filters: ExportFilters | None = None, *,
           per: Per = "claim", bom: bool = False, progress: Progress | None = None,
           should_stop: Callable[[], bool] | None = None, generated_at: str | None = None) -> ExportResult:
    """Export the claims the filters keep to a file path, or to an open text stream.

    The claims are chosen and read in one read transaction: a person rating claims in
    the GUI meanwhile cannot make the count in the metadata disagree with the records."""
    _check(fmt, per, bom)

    def write(stream: TextIO) -> tuple[ExportMeta, int]:
        with store.snapshot():
            log = open_log(store, filters, progress=progress, should_stop=should_stop, generated_at=generated_at)
            return log.meta, write_log(log, fmt, stream, per=per, bom=bom)

    if not isinstance(out, str | os.PathLike):
        meta, written = write(out)
        return ExportResult(fmt, None, meta, written)
    target = Path(out).expanduser()
    if target.is_dir():
        raise CannotWrite(f"{target} is a folder; name the file to write")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as ex:
        raise CannotWrite(f"cannot write in {target.parent}: {ex.strerror or ex}") from ex
    try:
        # errors="replace": a lone surrogate (only a broken paste can make one) becomes
        # U+FFFD instead of stopping the export
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="") as stream:
            meta, written = write(stream)
        # mkstemp makes the file 0600; keep the mode of the log it replaces, else 0644
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except OSError as ex:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise CannotWrite(f"cannot write {target}: {ex.strerror or ex}") from ex
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return ExportResult(fmt, str(target), meta, written)


def html_report(store: Store, filters: ExportFilters | None = None) -> str:
    """The HTML report as a string, for the GUI to show or print to PDF."""
    with store.snapshot():
        log = open_log(store, filters)
        return render_html(log.meta, log.records())
