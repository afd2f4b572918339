"""What the store says when it cannot do what was asked, in words for a person."""

from __future__ import annotations


class StoreError(Exception):
    """A request the store refuses; the message is meant to be shown as it is."""


class NotFound(StoreError):
    """The claim, quote, speaker or event named does not exist."""


class SearchSyntaxError(StoreError):
    """The search text is not a query SQLite's FTS5 understands."""
