"""A quotation the words before it announce as said: "Lawrow schloss mit den Worten „…“", "Mit
den Worten „…“ richtete er seinen Blick …". Whoever the clause is about said it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.name_phrase import NamePhrase
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView
    from quotedesk.attribution.windows import QuoteWindow

SPEAKING = ("person", "pronoun", "role", "anonymous")


def worded_speaker(v: ArticleView, lex: Lexicon, f: SpeakerFinder, w: QuoteWindow) -> NamePhrase | None:
    """The subject of the clause whose "with the words" opens the quotation, before the phrase
    or right after the verb that follows the quotation (German puts the verb second)."""
    s, e = w.before
    j = e - 1
    while j >= s and v.is_space(j):
        j -= 1
    start = next((j - len(p) + 1 for p in lex.content_lead_ins if j - len(p) + 1 >= s
                  and v.lower[j - len(p) + 1 : j + 1] == list(p)), None)
    if start is None:
        return None
    sa = v.sentence_bounds(start)[0]
    ph = f.subject(sa, start) if start > sa else None
    if ph is not None and ph.kind in SPEAKING:
        return ph  # "Lawrow schloss seine Rede mit den Worten „…“"
    a, b = w.after
    k = a
    while k < b and (v.is_space(k) or v.words[k] == ","):
        k += 1
    if k + 1 >= b or not v.words[k].isalpha() or not v.words[k].islower():
        return None
    after = f.after(k + 1, b)  # "„…“, richtete er", "„…“ machte die Kanzlerin Mut"
    if after is None or after.kind not in SPEAKING:
        return None
    if after.kind == "pronoun":
        # the pronoun must mean someone named in full: a capitalised noun may look like a name
        who = f.meant_by(after)
        if who is None or (len(who.tokens) < 2 and not who.role):
            return None
    return after
