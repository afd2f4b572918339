"""The claim log, exported: CSV, JSON, JSON Lines, a Markdown or HTML report, and
ClaimReview JSON-LD. No Qt: the CLI (`quotedesk export`) and the GUI call the same
functions.

    from quotedesk.export import ExportFilters, export, html_report
    export(store, "csv", "log.csv", ExportFilters(rating="False"), per="appearance", bom=True)
    page = html_report(store, ExportFilters(speaker="Peskov"))   # e.g. to print to PDF

Modules, one job each: filters (what the log holds), rows (the records, read through
the Store API), csv_export, json_export, report (Markdown and HTML), claimreview, and
writer (formats, files written whole or not at all).
"""

from quotedesk.export.errors import CannotWrite, ExportCancelled, ExportError
from quotedesk.export.filters import ExportFilters
from quotedesk.export.rows import ClaimLog, ClaimRecord, ExportMeta, open_log, read_record, select_claims
from quotedesk.export.writer import FORMATS, SUFFIXES, ExportResult, export, format_for_path, html_report, write_log

__all__ = [
    "FORMATS", "SUFFIXES", "CannotWrite", "ClaimLog", "ClaimRecord", "ExportCancelled", "ExportError", "ExportFilters",
    "ExportMeta", "ExportResult", "export", "format_for_path", "html_report", "open_log", "read_record",
    "select_claims", "write_log",
]
