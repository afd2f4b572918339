"""The claim log as JSON and as JSON Lines: the full structure of every claim, with its
appearances, verdict (notes, evidence, tags, who rated it) and history.

- JSON: one object, {"meta": {...}, "claims": [...]}.
- JSON Lines: the first line is {"meta": {...}}; each further line is one claim (an
  object with an "id"), so a reader tells them apart by the "meta" key.

"meta" says how the log was made: generator, time, database, filters and the rating
scale. Text is written as UTF-8, not as \\u escapes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from quotedesk.export.rows import ClaimRecord, ExportMeta


def _dumps(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=False)


def _indented(text: str, by: str) -> str:
    return "\n".join(by + line for line in text.split("\n"))


def write_json(meta: ExportMeta, records: Iterable[ClaimRecord], out: TextIO) -> int:
    """Write one JSON document, a claim at a time; returns the number of claims."""
    out.write('{\n  "meta": ' + _dumps(meta.to_dict(), indent=2).replace("\n", "\n  ") + ',\n  "claims": [')
    count = 0
    for record in records:
        out.write(("," if count else "") + "\n" + _indented(_dumps(record.to_dict(), indent=2), "    "))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def write_jsonl(meta: ExportMeta, records: Iterable[ClaimRecord], out: TextIO) -> int:
    """Write the metadata line, then one line per claim; returns the number of claims."""
    out.write(_dumps({"meta": meta.to_dict()}) + "\n")
    count = 0
    for record in records:
        out.write(_dumps(record.to_dict()) + "\n")
        count += 1
    return count
