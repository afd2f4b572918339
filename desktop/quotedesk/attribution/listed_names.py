"""Institutions whose names list their fields: "Badan Meteorologi, Klimatologi, dan Geofisika
(BMKG)", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi". The commas and
the "dan" hold one name together, so the last field alone ("Geofisika") names no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

MAX_FIELDS = 6


def listed_name_start(v: ArticleView, lex: Lexicon, name_start, s: int) -> int | None:
    """Where the institution begins whose listed fields end with the run starting at token s,
    or None. `name_start(j)` is the first token of the capitalised run ending at token j."""
    k = _skip_space(v, s - 1)
    if k < 0 or v.lower[k] not in lex.coordinators:
        return None
    k = _skip_space(v, k - 1)
    for _ in range(MAX_FIELDS):
        if k >= 0 and v.words[k] == ",":
            k = _skip_space(v, k - 1)  # "Klimatologi, dan": the serial comma
        if k < 0 or not v.words[k][:1].isupper():
            return None
        start = name_start(k)
        if start > k:
            return None
        j = _skip_space(v, start - 1)
        if j >= 1 and v.lower[j] in lex.role_joiners and v.words[j - 1][:1].isupper():
            start = name_start(j - 1)  # "Department of | Health, Education and Welfare"
        if v.lower[start] in lex.org_heads:
            return start
        k = _skip_space(v, start - 1)
        if k < 0 or v.words[k] != ",":
            return None
        k = _skip_space(v, k - 1)
    return None


def _skip_space(v: ArticleView, k: int) -> int:
    while k >= 0 and v.is_space(k):
        k -= 1
    return k
