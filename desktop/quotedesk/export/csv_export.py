"""The claim log as CSV, for a spreadsheet: one row per claim, or one per appearance.

- UTF-8; with `bom=True` it starts with a byte order mark, so Excel reads the accents
  and the Cyrillic right instead of guessing a Windows code page.
- RFC 4180: CRLF line ends, fields with commas, quotes or newlines in double quotes
  (a note keeps its line breaks inside its cell).
- The first line is a single cell starting with "#": how the log was made (time,
  filters, count). The column names follow on the second line.
- CSV injection (OWASP): a text cell starting with =, +, -, @, a tab or a carriage
  return would be run as a formula by a spreadsheet; such a cell gets a leading
  apostrophe ('=HYPERLINK(...) shows as text). So does one where spaces or line breaks
  come first: importers that trim cells (LibreOffice's "trim spaces", Google Sheets)
  would otherwise run " =1+1" too. Numbers (ids, counts) are written as numbers and
  never touched.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal, TextIO

from quotedesk.export.rows import ClaimRecord, ExportMeta

if TYPE_CHECKING:
    from quotedesk.store import Appearance

Per = Literal["claim", "appearance"]
PER_CHOICES: tuple[Per, ...] = ("claim", "appearance")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# The verdict's columns, at the end of both layouts.
VERDICT_COLUMNS = ("Status", "Rating", "Rated by", "Rated at", "Tags", "Notes", "Evidence")
CLAIM_COLUMNS = ("Claim ID", "Claim", "Speaker", "Role", "Appearances", "First seen", "First outlet",
                 "First article", "First URL", "First agency", "Agencies", "Outlets", "Last seen", *VERDICT_COLUMNS)
APPEARANCE_COLUMNS = ("Claim ID", "Claim", "Speaker", "Role", "Appearance", "Appearances", "Seen on", "Outlet",
                      "Article", "URL", "Agency", "Quote as it appeared", "Kind", "Quote ID", *VERDICT_COLUMNS)


def neutralise(value: object) -> object:
    """A cell a spreadsheet shows as text and never runs as a formula; None becomes ""."""
    if value is None:
        return ""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS)):
        return "'" + value
    return value


def _notes(record: ClaimRecord) -> str:
    return "\n\n".join(f"{n.text.strip()}\n({n.author or 'unknown'}, {n.created_at[:10]})"
                       for n in record.verdict.notes)


def _evidence(record: ClaimRecord) -> str:
    lines = []
    for link in record.verdict.evidence:
        line = link.url
        if link.note:
            line += f" ({' '.join(link.note.split())})"
        if link.retrieved_at:
            line += f" [retrieved {link.retrieved_at[:10]}]"
        lines.append(line)
    return "\n".join(lines)


def _verdict_cells(record: ClaimRecord) -> list[object]:
    v = record.verdict
    return [v.status, v.rating, record.rated_by, record.rated_at, "; ".join(v.tags), _notes(record),
            _evidence(record)]


def _claim_row(record: ClaimRecord) -> list[object]:
    c, first = record.claim, record.first
    return [c.id, c.text, c.speaker, record.speaker_role, len(record.appearances), c.first_seen,
            first.outlet if first else None, first.title if first else None, first.url if first else None,
            first.agency if first else None, "; ".join(record.agencies), "; ".join(record.outlets), c.last_seen,
            *_verdict_cells(record)]


def _appearance_rows(record: ClaimRecord) -> list[list[object]]:
    c = record.claim
    verdict = _verdict_cells(record)
    shown: Sequence[Appearance | None] = record.appearances or (None,)
    rows = []
    for n, a in enumerate(shown, 1):
        where = ([n, len(record.appearances), a.seen_on, a.outlet, a.title, a.url, a.agency, a.text, a.kind,
                  a.quote_id] if a is not None else [None] * 10)
        rows.append([c.id, c.text, c.speaker, record.speaker_role, *where, *verdict])
    return rows


def write_csv(meta: ExportMeta, records: Iterable[ClaimRecord], out: TextIO, *, per: Per = "claim",
              bom: bool = False) -> int:
    """Write the log to `out` (opened with newline=""); returns the number of data rows."""
    if per not in PER_CHOICES:
        raise ValueError(f"per must be one of {', '.join(PER_CHOICES)}")
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    layout = "one row per appearance" if per == "appearance" else "one row per claim"
    writer.writerow([neutralise(f"# {meta.line()}; {layout}")])
    writer.writerow(APPEARANCE_COLUMNS if per == "appearance" else CLAIM_COLUMNS)
    count = 0
    for record in records:
        rows = _appearance_rows(record) if per == "appearance" else [_claim_row(record)]
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])
            count += 1
    return count
