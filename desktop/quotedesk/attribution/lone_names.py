"""Words an article names someone by alone, beside a speech verb: "ungkap Endro", "Tessa
mengatakan". Such a word opens that someone's full name where a long role phrase runs into it
("Juru bicara KPK | Tessa Mahardhika Sugiarto").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView


def words_speaking_alone(v: ArticleView, lex: Lexicon, title_ends: set[int],
                         cue_words: frozenset[str]) -> frozenset[str]:
    """Capitalised words that stand alone right after a verb that puts its speaker after it or
    right before a speech verb, and nowhere after a preposition, a place head or a role title:
    those name a place or an institution ("di Sleman", "Kota Semarang", "anggota Gekira")."""
    n, after = len(v), lex.inverted_verbs or cue_words
    alone = {v.words[t] for t in range(n)
             if v.words[t][:1].isupper() and not v.words[t].isupper()
             and not (t + 1 < n and v.is_upper_initial(t + 1))
             and not (t > 0 and v.is_upper_initial(t - 1) and v.lower[t - 1] not in after)
             and ((t > 0 and v.lower[t - 1] in after) or (t + 1 < n and v.lower[t + 1] in cue_words))}
    placed = {v.words[t] for t in range(1, n) if t in title_ends or v.lower[t - 1] in lex.prepositions
              or v.lower[t - 1] in lex.place_heads}
    return frozenset(alone - placed)
