"""Pick the language of a text among those that have a lexicon.

Counting each lexicon's frequent function words is enough to tell the supported
news languages apart, costs one regex pass and needs no model download.
"""

from __future__ import annotations

import re
from collections import Counter

from quotedesk.attribution.lexicon import available_languages, load_lexicon

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 20_000
MIN_HITS = 3


def detect_language(text: str, default: str | None = None) -> str | None:
    """The lexicon language whose markers are most frequent, or `default` if none stands out."""
    words = Counter(w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS]))
    best, best_hits = default, 0
    for code in available_languages():
        markers = load_lexicon(code).markers
        hits = sum(n for w, n in words.items() if w in markers)
        if hits > best_hits:
            best, best_hits = code, hits
    return best if best_hits >= MIN_HITS else default
