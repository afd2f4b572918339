"""Sentence starts by the rule of spaCy's Sentencizer, read off the view's words.

The blank pipeline needs no sentencizer component: running it builds a Python Token for
every token of the article, and the view already holds the words as strings. Where a
trained pipeline set sentence boundaries, the view reads those instead.
"""

from __future__ import annotations

import unicodedata

from spacy.pipeline import Sentencizer

PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


def _is_punct(word: str) -> bool:
    """spaCy's IS_PUNCT: every character is punctuation."""
    return all(unicodedata.category(ch).startswith("P") for ch in word)


def sentence_starts(words: list[str]) -> list[bool]:
    """After a sentence-final character, the first token that is no punctuation opens a
    sentence (a space token too, as the Sentencizer has it)."""
    starts = [False] * len(words)
    if words:
        starts[0] = True
    seen_final = False
    for i, w in enumerate(words):
        if w in PUNCT_CHARS:
            seen_final = True
        elif seen_final and not _is_punct(w):
            starts[i] = True
            seen_final = False
    return starts
