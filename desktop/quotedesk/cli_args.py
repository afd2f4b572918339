"""Argument types shared by the command-line modules."""

from __future__ import annotations


def text(value: str) -> str:
    """A search word or filter value as a person meant it. Bytes that are not UTF-8 reach
    Python as lone surrogates, which SQLite cannot take; each becomes U+FFFD, the way an
    editor shows them. File names are left alone: a path may rightly hold such bytes."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
