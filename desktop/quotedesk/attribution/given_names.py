"""Common given names, from resources/names/given_names.txt.

A capitalised word opening a sentence is no evidence of a name where every noun is
capitalised (German) or where sentences open with names and nouns alike; a known first
name followed by a second capitalised word is.
"""

from __future__ import annotations

from functools import cache

from quotedesk.resources import resource_path


@cache
def given_names() -> frozenset[str]:
    path = resource_path("names", "given_names.txt")
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s for s in (line.strip() for line in lines) if s and not s.startswith("#"))
