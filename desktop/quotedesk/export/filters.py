"""What a claim log holds: the filters a person chose, as the CLI and the GUI pass them.

The same filters are written into every export (`describe()` for a line a person reads,
`to_dict()` for the JSON metadata), so a journalist can tell later how the log was made.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class ExportFilters:
    """None (or "") means "any". Every filter narrows the log; together they must all hold.

    - text: full-text search (FTS5 syntax, or the words as typed with `literal`) over
      the claim's text and its appearances' text and speaker
    - speaker: the claim's speaker, by name or alias (merged speakers count as one)
    - status, rating, tag: the claim's verdict
    - agency, outlet, since, until: the claim has one current appearance carried by
      this agency, in an outlet whose name contains `outlet`, dated within
      [since, until] (YYYY, YYYY-MM or YYYY-MM-DD), all at once
    """

    text: str | None = None
    literal: bool = False
    speaker: str | None = None
    agency: str | None = None
    outlet: str | None = None
    rating: str | None = None
    status: str | None = None
    tag: str | None = None
    since: str | None = None
    until: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The filters in use (a literal search shows as literal: true), for the metadata."""
        out = {key: value for key, value in asdict(self).items() if value not in (None, "", False)}
        if not self.text:
            out.pop("literal", None)
        return out

    def describe(self) -> str:
        """One line: 'speaker="Dmitry Peskov", rating="False"', or 'none (every claim)'."""
        used = self.to_dict()
        if not used:
            return "none (every claim)"
        parts = []
        for f in fields(self):
            if f.name in used:
                value = used[f.name]
                parts.append(f"{f.name}={_quoted(value)}" if not isinstance(value, bool) else f.name)
        return ", ".join(parts)


def _quoted(value: Any) -> str:
    text = " ".join(str(value).split())
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
