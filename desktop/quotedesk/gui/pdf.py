"""The claim log's HTML report as a PDF, through Qt's own PDF writer (no browser, no
other library): QTextDocument lays the report out in pages and prints it to QPdfWriter.
It works offscreen, and off the GUI thread (both classes are reentrant).

Like the other exports, the file is written under a temporary name beside its target
and moved into place only when complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

if TYPE_CHECKING:
    from quotedesk.export import ExportFilters, ExportMeta
    from quotedesk.store import Store

RESOLUTION = 300  # dots per inch of the page layout; text stays vector either way


def print_pdf(html: str, path: str | os.PathLike[str], *, title: str = "Claim log") -> None:
    """Lay `html` out on A4 pages and write them to `path` (replaced only when done)."""
    target = Path(path).expanduser()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Quotedesk")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer  # flushes and closes the file
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def export_pdf(store: Store, path: str | os.PathLike[str], filters: ExportFilters | None = None, *,
               progress: Callable[[int, int], None] | None = None,
               should_stop: Callable[[], bool] | None = None) -> ExportMeta:
    """The same report as `quotedesk.export`'s HTML, as a PDF; returns how it was made."""
    from quotedesk.export import CannotWrite, open_log
    from quotedesk.export.report import render_html

    target = Path(path).expanduser()
    if target.is_dir() or not target.parent.is_dir():
        raise CannotWrite(f"cannot write {target}: " + ("it is a folder" if target.is_dir() else "no such folder"))
    with store.snapshot():  # one read: the count in the title agrees with the claims below it
        log = open_log(store, filters, progress=progress, should_stop=should_stop)
        html = render_html(log.meta, log.records())
    try:
        print_pdf(html, target)
    except OSError as ex:
        raise CannotWrite(f"cannot write {target}: {ex.strerror or ex}") from ex
    return log.meta
