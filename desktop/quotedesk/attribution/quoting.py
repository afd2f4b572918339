"""Verbs whose object, not their subject, said it: "Interfax quoted Peskov as saying …"
(the agency is the subject), "zitierte die Agentur Interfax den Minister", "Reuters mengutip
seorang sumber yang mengatakan …". The verbs are the lexicon's `cues.quoting`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.mentions import NamePhrase
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

MAX_QUOTED_OBJECT = 12  # "cited regional governor Oleh Synehubov as saying"


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
    return f.after(verb + 1, k) or f.before(k - 1, verb + 1)
