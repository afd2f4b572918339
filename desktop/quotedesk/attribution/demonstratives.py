"""Speakers named again by a noun and a demonstrative where the demonstrative follows its
noun: "“…,” kata pria itu", "“…,” demikian pernyataan kementerian tersebut"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

MAX_DEMONSTRATIVE_PHRASE = 6  # "pria berusia 71 tahun itu"


def demonstrative_phrase(v: ArticleView, lex: Lexicon, i: int, limit: int) -> NamePhrase | None:
    """Lower-case words from token i that end on a demonstrative, then the sentence end, a
    comma or where and to whom: "pria berusia 71 tahun itu", "kementerian tersebut"."""
    if not lex.demonstratives:
        return None
    while i < limit and v.is_space(i):
        i += 1
    if i >= limit or not v.words[i].isalpha() or not v.words[i].islower() or _function_word(lex, v.lower[i]):
        return None
    j = i + 1
    while j < limit and j - i < MAX_DEMONSTRATIVE_PHRASE and v.lower[j] not in lex.demonstratives:
        w = v.words[j]
        if not (v.is_space(j) or w.isdigit() or (w.isalpha() and w.islower())) or _function_word(lex, v.lower[j]):
            return None
        j += 1
    if j >= limit or v.lower[j] not in lex.demonstratives:
        return None
    k = j + 1
    while k < limit and v.is_space(k):
        k += 1
    if k < limit and not (v.words[k] in SENT_FINAL or v.words[k] == "," or v.lower[k] in lex.prepositions
                          or v.lower[k] in lex.listeners):
        return None
    return NamePhrase(i, j + 1, v.span_text(i, j), "described")


def _function_word(lex: Lexicon, low: str) -> bool:
    return low in lex.cue_verbs or low in lex.prepositions or low in lex.conjunctions or low in lex.pronouns \
        or low in lex.complementizers or low in lex.relatives or low in lex.adverbs
