"""Speakers named by a label instead of a cue: a transcript's "PENCE:" opening a turn,
and a "― Sonya Herridge" credit closing a quote."""

from __future__ import annotations

from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.quotes import QuoteSpan
from quotedesk.attribution.speakers import Speaker, SpeakerFinder
from quotedesk.attribution.view import ArticleView
from quotedesk.attribution.windows import QuoteWindow

DASHES = frozenset({"―", "—", "–", "-", "--"})
MAX_LABEL_TOKENS = 5  # "REP. JOHN SMITH:"


def turn_label(v: ArticleView, f: SpeakerFinder, q: QuoteSpan, w: QuoteWindow) -> tuple[Speaker, int] | None:
    """'"PENCE: Well, look, …': a transcript's turn opens with its speaker's name in
    capitals, or a known person's name, and a colon. The speaker, and the offset where
    the quotation proper starts."""
    i = w.open_tok + 1
    while i < len(v) and v.is_space(i):
        i += 1
    j = i
    while j < len(v) and j - i < MAX_LABEL_TOKENS and v.words[j] != ":" and v.quote_of[j] == v.quote_of[i]:
        j += 1
    if j == i or j >= len(v) or v.words[j] != ":" or v.starts[i] < q.start:
        return None
    words = [v.words[t] for t in range(i, j) if not v.is_space(t)]
    capitals = all((t.isupper() and len(t) > 1) or t in (".", "-") for t in words)
    ph = f.m.phrase_at(i)
    known = f.coref.find(ph.text, ph.start) if ph is not None and ph.kind == "person" and ph.end == j else None
    if not capitals and (known is None or known.kind != "person"
                         or not (len(known.tokens) >= 2 or known.speaker or known.role)):
        # "Collapse: How Societies Choose to Fail": a title, not someone named before; nor is
        # "Video: …" after "Simak Video", a word no one was introduced by
        return None
    # "PENCE" is Mike Pence if the article names him, and is shown as "Pence" if not
    ph = NamePhrase(i, j, v.span_text(i, j - 1).title(), "person") if capitals else ph
    start = next((v.starts[t] for t in range(j + 1, len(v)) if not v.is_space(t)), q.end)
    if start >= q.end:
        return None
    return f.resolve(ph), start


def dash_credit(v: ArticleView, f: SpeakerFinder, w: QuoteWindow) -> Speaker | None:
    """“…” ― Sonya Herridge: a dash and a name closing the quote's paragraph."""
    a, b = w.after
    i = a
    while i < b and v.is_space(i):
        i += 1
    if i >= b or v.words[i] not in DASHES:
        return None
    i += 1
    while i < len(v) and v.is_space(i):
        i += 1
    ph = f.m.phrase_at(i)
    if ph is None:  # after a dash a capital opens a name, not a sentence
        j = i
        while j < b and f.m.is_name_token(j, False):
            j += 1
        ph = NamePhrase(i, j, v.span_text(i, j - 1), f.m.kind_of(i, j)) if j > i else None
    if ph is None or ph.kind not in ("person", "organization", "role"):
        return None
    rest = [t for t in range(ph.end, b) if any(ch.isalnum() for ch in v.words[t])]
    if rest:
        return None
    return f.resolve(ph)
