"""Impersonal reporting ("So heißt es in dem Schreiben: „…“", "hieß es aus Regierungskreisen"):
no one is the subject, and the source, if any, stands after a preposition."""

from __future__ import annotations

from quotedesk.attribution.according import capitalised_noun_phrase_end
from quotedesk.attribution.cues import Cue
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.view import ArticleView

MAX_SOURCE_GAP = 4  # "heißt es [dazu | nun | wörtlich] in …"


def impersonal_source(v: ArticleView, lex: Lexicon, cue: Cue, limit: int,
                      floor: int | None = None) -> tuple[bool, NamePhrase | None]:
    """(is the cue impersonal, the source it names or None). From `floor`, the sentence's
    start, the source may also open the sentence: "In einem Positionspapier … heißt es"."""
    if not lex.impersonal:
        return False, None
    nxt = next((t for t in range(cue.end, min(limit, cue.end + 3)) if not v.is_space(t)), None)
    prev = next((t for t in range(cue.start - 1, max(-1, cue.start - 3), -1) if not v.is_space(t)), None)
    if nxt is not None and f"{v.lower[cue.start]} {v.lower[nxt]}" in lex.impersonal:
        after = nxt + 1
    elif prev is not None and f"{v.lower[prev]} {v.lower[cue.start]}" in lex.impersonal:
        after = cue.end
    else:
        return False, None
    if floor is not None:
        first = next((t for t in range(floor, cue.start) if not v.is_space(t)), None)
        if first is not None and v.lower[first] in lex.impersonal_sources:
            ph = _noun_phrase(v, lex, first + 1, cue.start)
            if ph is not None:
                return True, ph
        if first is not None and v.lower[first] in lex.impersonal_back and floor > 0:
            # "… gab eine Stellungnahme ab. Darin heißt es: „…“": the document the sentence before named
            ph = _last_noun_phrase(v, lex, v.sentence_bounds(floor - 1)[0], floor)
            if ph is not None:
                return True, ph
    for t in range(after, min(limit, after + MAX_SOURCE_GAP + 1)):
        if v.words[t] in (",", ";", ":", ".") or v.is_quote_mark(t) or v.quote_of[t] >= 0:
            break
        if v.lower[t] in lex.impersonal_sources:
            return True, _noun_phrase(v, lex, t + 1, limit)
    return True, None


def _noun_phrase(v: ArticleView, lex: Lexicon, i: int, limit: int) -> NamePhrase | None:
    """"dem Schreiben", "einer Mitteilung des Ministeriums", "Regierungskreisen"."""
    j = capitalised_noun_phrase_end(v, lex, i, limit)
    return NamePhrase(i, j, v.span_text(i, j - 1), "described") if j > i else None


def _last_noun_phrase(v: ArticleView, lex: Lexicon, a: int, b: int) -> NamePhrase | None:
    """The last noun phrase with an article in tokens [a, b): "eine Stellungnahme"."""
    for t in range(b - 2, a - 1, -1):
        if v.lower[t] in lex.determiners and v.words[t + 1].isalpha():
            j = capitalised_noun_phrase_end(v, lex, t, b)
            if j > t + 1:
                return NamePhrase(t, j, v.span_text(t, j - 1), "described")
    return None
