"""The one normalisation every comparison of quote text goes through.

Claims are matched, overrides anchored and revisions re-anchored on this form, so two
spellings of the same statement that differ only in case, punctuation, typography or
spacing compare equal.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, datetime

_DROP_CATEGORIES = ("P", "S", "C")


class _SpaceForPunctuation(dict):
    """A str.translate table filled on first sight of each character: a million quotes
    pass through here on a large import, and a per-character Python loop was the cost."""

    def __missing__(self, codepoint: int) -> int:
        kept = unicodedata.category(chr(codepoint))[0] not in _DROP_CATEGORIES
        value = codepoint if kept else 32
        self[codepoint] = value
        return value


_TABLE = _SpaceForPunctuation()


def normalize(text: str) -> str:
    """Case-folded words separated by single spaces; punctuation and symbols are gone."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_TABLE).split())


def norm_key(normalized: str) -> str:
    """A short fixed-size key for an index, instead of indexing whole texts."""
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=8).hexdigest()


def now() -> str:
    """UTC time as ISO 8601 text: sortable, and readable in Datasette."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def today() -> str:
    return datetime.now(UTC).date().isoformat()
