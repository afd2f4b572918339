"""What reported content must look like beyond its length: a clause, not a noun phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView


def names_only_a_thing(v: ArticleView, lex: Lexicon, i: int, j: int) -> bool:
    """Where every noun is capitalised, are tokens [i, j) a noun phrase with no verb and no
    quotation in it? "Er erläuterte | die Klimapolitik aus Sicht Chinas", "Brüderle sieht | die
    Gefahr der Einschränkung des Wettbewerbs": what the verb is about, not what was said."""
    if not lex.capitalised_nouns:
        return False  # elsewhere a lower-case word may be a noun or a verb alike
    small = (lex.determiners, lex.definite_articles, lex.prepositions, lex.conjunctions, lex.coordinators)
    for t in range(i, j):
        if v.quote_of[t] >= 0 or v.is_quote_mark(t):
            return False
        w = v.words[t]
        if w.isalpha() and w.islower() and not any(v.lower[t] in words for words in small):
            return False
    return True
