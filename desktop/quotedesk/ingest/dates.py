"""Dates as news articles write them ("Jumat, 14 Maret 2025", "14. März 2025",
"March 14, 2025", "2025-03-14"), turned into ISO dates.

Month names are language data, so they live in resources/ingest/months.toml; a new
language is a new table there, not a code change.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache

from quotedesk.resources import resources_dir

MONTHS_FILE = ("ingest", "months.toml")


@cache
def month_names() -> dict[str, int]:
    """Every known spelling of a month, lower-case, mapped to its number (1-12)."""
    path = resources_dir().joinpath(*MONTHS_FILE)
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    names: dict[str, int] = {}
    for lang, table in data.items():
        months = table.get("months", [])
        if len(months) != 12:
            raise ValueError(f"{path}: [{lang}] lists {len(months)} months, not 12")
        for number, spellings in enumerate(months, start=1):
            for spelling in spellings:
                key = spelling.lower()
                # One regex serves every language, so a spelling must not be ambiguous.
                if names.setdefault(key, number) != number:
                    raise ValueError(f"{path}: {spelling!r} is month {names[key]} elsewhere but {number} in [{lang}]")
    return names


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    # Longest first, so "maret" wins over "mar" and "sept" over "sep".
    alternatives = "|".join(re.escape(n) for n in sorted(month_names(), key=len, reverse=True))
    month = rf"(?P<month>{alternatives})\.?"
    day = r"(?P<day>[0-3]?\d)"
    year = r"(?P<year>(?:19|20)\d\d)"
    return (
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        re.compile(rf"(?<![\w.]){day}\.?\s+{month},?\s+{year}(?!\d)", re.IGNORECASE),
        re.compile(rf"(?<!\w){month}\s+{day}(?:st|nd|rd|th)?,?\s+{year}(?!\d)", re.IGNORECASE),
    )


def _to_iso(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else month_names()[groups["month"].lower()]
    try:
        return date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except ValueError:  # 31 February and the like: not a date, keep looking
        return None


def find_date_span(text: str) -> tuple[str, int, int] | None:
    """The earliest valid date in `text` as (ISO date, start, end), or None."""
    best: tuple[str, int, int] | None = None
    for pattern in _patterns():
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            iso = _to_iso(m)
            if iso:
                best = (iso, m.start(), m.end())
                break
    return best


def find_date(text: str) -> str | None:
    found = find_date_span(text)
    return found[0] if found else None


def parse_date(value: str) -> str | None:
    """An ISO date from a metadata value: "2025-03-14T09:00:00+07:00", "14 March 2025"."""
    return find_date(value.strip())
