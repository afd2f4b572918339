"""Verbs whose object, not their subject, said it: "Interfax quoted Peskov as saying …"
(the agency is the subject), "zitierte die Agentur Interfax den Minister", "Reuters mengutip
seorang sumber yang mengatakan …". The verbs are the lexicon's `cues.quoting`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.name_phrase import NamePhrase

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

MAX_QUOTED_OBJECT = 12  # "cited regional governor Oleh Synehubov as saying"
SPEAKING_KINDS = ("person", "role", "anonymous", "pronoun")


def quoted_as_saying(v: ArticleView, lex: Lexicon, f: SpeakerFinder, lo: int, cue_start: int) -> NamePhrase | None:
    """Who "quoted X as" puts before the speech verb at `cue_start`: X, not the one quoting."""
    k = cue_start - 1
    while k > lo and v.is_space(k):
        k -= 1
    if k <= lo or v.lower[k] not in lex.as_markers:
        return None
    verb = next((t for t in range(k - 1, max(lo, k - MAX_QUOTED_OBJECT) - 1, -1) if v.lower[t] in lex.quoting_verbs),
                None)
    if verb is None:
        return None
    return _object_pronoun(v, lex, verb + 1, k) or f.after(verb + 1, k) or f.before(k - 1, verb + 1)


def _object_pronoun(v: ArticleView, lex: Lexicon, i: int, limit: int) -> NamePhrase | None:
    """"quoted him as saying", "zitierte ihn": whom the pronoun means quoted."""
    while i < limit and v.is_space(i):
        i += 1
    if i < limit and v.lower[i] in lex.object_pronouns:
        return NamePhrase(i, i + 1, v.words[i], "pronoun")
    return None


def quoted_object(v: ArticleView, lex: Lexicon, f: SpeakerFinder, cue_start: int, cue_end: int,
                  limit: int) -> NamePhrase | None:
    """"zitierte die Agentur Interfax den Minister Sergej Lawrow": where an article marks the
    object, the one the quoting verb quotes; "Interfax zitierte Lawrow mit den Worten": with the
    subject before the verb, the phrase after it. The one who quoted only passed it on."""
    if v.lower[cue_start] not in lex.quoting_verbs or not lex.object_articles:
        return None
    for t in range(cue_end, min(limit, len(v), cue_end + MAX_QUOTED_OBJECT)):
        if v.words[t] in (",", ";", ":", ".") or v.quote_of[t] >= 0:
            break
        if v.lower[t] in lex.object_articles and v.lower[t - 1] not in lex.prepositions:  # not "mit den Worten"
            ph = f.after(t, limit)
            return ph if ph is not None and ph.kind in SPEAKING_KINDS else None
    k = cue_start - 1
    while k >= 0 and v.is_space(k):
        k -= 1
    if k < 0 or v.words[k] in (",", ";", ":", ".") or v.opens_sentence(cue_start) or v.quote_of[k] >= 0:
        return None  # the subject follows the verb
    ph = _object_pronoun(v, lex, cue_end, limit) or f.after(cue_end, limit)
    return ph if ph is not None and ph.kind in SPEAKING_KINDS else None


def quoted_speaker(v: ArticleView, lex: Lexicon, f: SpeakerFinder, cue_start: int, cue_end: int, floor: int,
                   limit: int) -> NamePhrase | None:
    """The one quoted, in either shape, for the speech verb at [cue_start, cue_end)."""
    return quoted_as_saying(v, lex, f, floor, cue_start) or quoted_object(v, lex, f, cue_start, cue_end, limit)
