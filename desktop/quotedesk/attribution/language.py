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
    """The lexicon language whose function words and speech verbs are most frequent, or
    `default` if none stands out. A short text ("“…,” kata Peskov.") may have one such
    word only: it decides when no other language has any."""
    words = Counter(w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS]))
    scores = []
    for code in available_languages():
        lexicon = load_lexicon(code)
        hits = sum(n for w, n in words.items() if w in lexicon.markers or w in lexicon.cue_verbs)
        scores.append((hits, code))
    scores.sort(key=lambda s: -s[0])  # stable: a tie goes to the first language, as listed
    if not scores or scores[0][0] == 0:
        return default
    (best_hits, best), runner_up = scores[0], (scores[1][0] if len(scores) > 1 else 0)
    if best_hits >= MIN_HITS or runner_up == 0:
        return best
    return default
