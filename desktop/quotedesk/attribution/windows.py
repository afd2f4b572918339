"""The stretches of text around a quote where its cue and speaker can stand."""

from __future__ import annotations

from dataclasses import dataclass

from quotedesk.attribution.quotes import QuoteSpan
from quotedesk.attribution.view import SENT_FINAL, ArticleView

MAX_AFTER = 24
MAX_BEFORE = 70


@dataclass(frozen=True, slots=True)
class QuoteWindow:
    open_tok: int
    close_tok: int  # the closing mark's token, or the paragraph's last token
    before: tuple[int, int]  # tokens [a, b) before the opening mark, within the sentence
    after: tuple[int, int]  # tokens [a, b) after the closing mark, to the sentence end


def quote_window(view: ArticleView, q: QuoteSpan, k: int) -> QuoteWindow:
    open_tok = view.token_at(q.open_at)
    close_tok = view.token_at(q.close_at) if q.close_at is not None else view.token_before(q.end)
    n = len(view)
    # after: up to a sentence end outside quotes, a paragraph break or another quote
    a = close_tok + 1
    b = a
    while b < n and b - a < MAX_AFTER:
        if view.is_break(b) or (view.quote_of[b] >= 0 and view.quote_of[b] != k):
            break
        if view.words[b] in SENT_FINAL:
            break
        b += 1
    # before: back to a sentence end, a paragraph break or the previous quote
    e = open_tok
    s = e
    while s > 0 and e - s < MAX_BEFORE:
        p = s - 1
        if view.is_break(p) or (view.quote_of[p] >= 0 and view.quote_of[p] != k) or view.words[p] in SENT_FINAL:
            break
        s -= 1
    return QuoteWindow(open_tok, close_tok, (s, e), (a, b))
