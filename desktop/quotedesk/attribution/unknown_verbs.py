"""A quotation closed by a comma and a person named beside a word the lexicon does not know:
"„…“, unterstreicht Müller.", "“…,” Smith laughed.", "“…,” cerita Budi.". The shape says it
was said, and by whom; the word is taken as no cue, so the attribution is less sure."""

from __future__ import annotations

from quotedesk.attribution.speakers import Speaker, SpeakerFinder
from quotedesk.attribution.view import SENT_FINAL, ArticleView
from quotedesk.attribution.windows import QuoteWindow


def unknown_verb_tail(v: ArticleView, f: SpeakerFinder, w: QuoteWindow) -> Speaker | None:
    """The person named in a tail of one lower-case word and a known name, before the
    sentence ends, after a quotation closed by a comma."""
    a, b = w.after
    k = v.starts[w.close_tok] - 1 if w.close_tok < len(v) else -1
    while k >= 0 and v.text[k].isspace():
        k -= 1
    i, comma = a, k >= 0 and v.text[k] == ","  # “…,” inside the marks, or „…“, after them
    while i < b and (v.words[i] == "," or v.is_space(i)):
        comma |= v.words[i] == ","
        i += 1
    if not comma or i + 1 >= b:
        return None
    if _plain_word(v, i):
        ph = f.m.phrase_at(i + 1)  # "cerita Budi", "unterstreicht Müller"
        end = ph.end if ph is not None and ph.start == i + 1 else None
    else:
        ph = f.m.phrase_at(i)  # "Smith laughed"
        end = ph.end + 1 if ph is not None and ph.start == i and ph.end < b and _plain_word(v, ph.end) else None
    if ph is None or end is None or ph.kind != "person" or end >= len(v) or v.words[end] not in SENT_FINAL:
        return None
    known = f.coref.find(ph.text, ph.start)
    if known is None or known.kind != "person" or not (len(known.tokens) >= 2 or known.speaker or known.role):
        return None  # a word the article gives as a name nowhere else may be no name at all
    return f.resolve(ph)


def _plain_word(v: ArticleView, i: int) -> bool:
    return v.words[i].isalpha() and v.words[i].islower()
